# sweep

sweep-heading = Budget curve – { $scenario } ({ $what })
sweep-scale = all pots scaled { $from }–{ $to } %
sweep-pot = { $pot } from { $from } to { $to }
sweep-bad-level = "{ $text }" is not a percentage; write e.g. 50 or 150
sweep-bad-amount = "{ $text }" is not an amount: { $why }
sweep-no-such-pot = the scenario has no budget for { $pot }
sweep-headers-niva = Level
sweep-headers-budget = Budget
sweep-headers-fordelat = Allocated
sweep-headers-maluppfyllelse = Goal attainment
sweep-headers-antal = Count
sweep-headers-status = Status
sweep-headers-tillkommer = Coming in
sweep-headers-faller-bort = Dropping out
sweep-status-optimal = optimal
sweep-status-feasible = not proven
sweep-status-infeasible = impossible
sweep-status-none = no solution
