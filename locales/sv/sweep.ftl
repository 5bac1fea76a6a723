# sweep

sweep-heading = Budgetkurva – { $scenario } ({ $what })
sweep-scale = alla potter skalade { $from }–{ $to } %
sweep-pot = { $pot } från { $from } till { $to }
sweep-bad-level = "{ $text }" är ingen procentsats; skriv t.ex. 50 eller 150
sweep-bad-amount = "{ $text }" är inget belopp: { $why }
sweep-no-such-pot = scenariot har ingen budget för { $pot }
sweep-headers-niva = Nivå
sweep-headers-budget = Budget
sweep-headers-fordelat = Fördelat
sweep-headers-maluppfyllelse = Måluppfyllelse
sweep-headers-antal = Antal
sweep-headers-status = Status
sweep-headers-tillkommer = Tillkommer
sweep-headers-faller-bort = Faller bort
sweep-status-optimal = optimal
sweep-status-feasible = ej bevisad
sweep-status-infeasible = omöjlig
sweep-status-none = ingen lösning
