# optimise

optimise-no-frame = { $pot }: granted amounts reach the year { $year } but the scenario has no planning frame for that year; the year is not limited
optimise-frame-overcommitted = { $pot } { $year }: earlier commitments ({ $committed }) already exceed the planning frame ({ $frame }); no new amounts fit that year
optimise-share-dropped = the constraint "{ $name }" applies to no eligible application and is dropped
optimise-repaired = the check in exact kronor showed that { $limit } was exceeded; { $id } was removed to keep the limit
optimise-not-computed = there was not time to work out which budget or score would change the decision for { $n ->
    [one] one application
   *[other] { $n } applications
} (in the table: "not computed"); a longer time limit (--time-limit) gives more time
optimise-progress = Working out what would change the decisions: { $done } of { $total } applications
optimise-ties-unsettled = there was not time to check whether another equally good allocation exists that the ranking prefers; the proposal is as good, but the choice between equally good allocations is not checked
optimise-still-broken = the check in exact kronor: { $limit } does not hold
optimise-lock-name = { $id } being forced in
optimise-cannot-hold-together = These cannot all hold at once: { $names }.
optimise-ineligible = Not eligible: { $rules }.
optimise-no-budget = the scenario has no budget for { $pot }
optimise-crowded-out-plain = Eligible but does not fit within the budget and conditions.
optimise-crowded-left = In the proposal { $left } is left of { $limit_name } of { $limit }, and the application needs { $need }.
optimise-crowded-breaks = Together with the proposal it would break { $limits }.
optimise-crowded-swap = In the best allocation where the application is funded, { $out } would make way.
optimise-crowded-swap-in = In the best allocation where the application is funded, { $out } would make way and { $come_in } would come in.
optimise-crowded-worth-score = Those making way have { $out_worth } points together, against { $in_worth } points for { $others ->
    [yes] it and those coming in
   *[no] it
}.
optimise-crowded-worth-value = Counted as points times amount in millions of kronor, those making way give { $out_worth } together, against { $in_worth } for { $others ->
    [yes] it and those coming in
   *[no] it
}.
optimise-ids-and-more = { $ids } and { $n } more
optimise-row-budget = the budget for { $pot } { $year }
optimise-row-frame = the planning frame for { $pot } { $year }
optimise-row-ceiling = the commitment authorisation (commitments for coming years)
optimise-row-share-min = { $name } (minimum share)
optimise-row-share-max = { $name } (maximum share)
optimise-row-of = { $name } ({ $of })
optimise-row-requires = { $name } ({ $id } requires { $requires })
optimise-row-blocked = { $name } (the prerequisite cannot be granted)
optimise-row-objective = the objective value
optimise-row-cut = a derived inequality
optimise-locks-exceed = { $what } add up to { $total } but { $limit_name } is { $limit }
optimise-locks-do-not-fit = { $what } add up to { $total } and do not fit within { $limit_name }
optimise-excluded-because = Excluded in the scenario: { $reason }.
optimise-excluded = Excluded in the scenario.
optimise-below-min-score = The score { $score } is below the scenario's minimum score { $min }.
optimise-blocked = Cannot be funded in this scenario without breaking a rule.
optimise-blocked-by = Cannot be funded in this scenario: { $names } does not allow it.
optimise-and = {" "}and{" "}
optimise-would-fund-budget-or-score = It would be funded if the budget for { $pot } grew by { $budget }, or if its score were at least { $score }.
optimise-would-fund-budget = It would be funded if the budget for { $pot } grew by { $budget }.
optimise-would-fund-score = It would be funded if its score were at least { $score }.
optimise-would-fund-budget-more = It would be funded if the budget for { $pot } grew by { $budget }. That is more than it requests, because { $n ->
    [one] { $ids } would then be funded too
   *[other] { $n } other applications ({ $ids }) would then be funded too
}.
optimise-would-fund-score-also = It would also be funded if its score were at least { $score }.
optimise-would-fund-along = At that budget { $ids } would be funded too.
optimise-would-fund-leaving = At that budget { $ids } would make way.
optimise-would-fund-along-leaving = At that budget { $along } would be funded too, and { $leaving } would make way.
optimise-budget-none = No increase of the budget for { $pot }, up to everything requested there, gets it funded.
optimise-budget-not-computed = There was not time to work out how much the budget for { $pot } would have to grow for it to be funded.
optimise-score-none = No score up to 100 gets it funded.
optimise-score-not-computed = There was not time to work out which score it would need to be funded.
optimise-needed-not-computed = There was not time to work out which budget for { $pot } or which score would get it funded.
optimise-funded-whole = Funded with { $amount } (the whole amount requested).
optimise-funded-partly = Partly funded with { $amount } of the { $requested } requested.
optimise-forced-because = Forced in by a political decision: { $reason }.
optimise-forced = To be granted (a political position).
optimise-score-and-rank = Score { $score } – place { $rank } in the ranking.
optimise-displaces = Compared with the ranking, it and the other newcomers together achieve more than { $ids }, which then have to give way.
optimise-rest-does-not-fit = The rest does not fit in the budget.
optimise-locks-what = { $count ->
    [one] The application forced in ({ $ids })
   *[other] The applications forced in ({ $ids })
}
optimise-rank-unproven = The time ran out before { $n ->
    [one] one application
   *[other] { $n } applications
} had been tried in ranking order; they get no money in the proposal, which is therefore not proven right. Give a longer time limit.
optimise-rank-unknown = The time ran out before it could be tried whether it can be funded together with the higher-ranked ones; it gets no money in the proposal.
optimise-rank-left = When its turn came (place { $rank }), { $left } was left of { $limit_name } of { $limit }, and the application needs { $need }.
optimise-rank-at-most-one = The condition { $limit_name } allows only one of the applications, and a higher-ranked one already has money.
optimise-rank-took-place = { $n ->
    [one] The money went to the higher-ranked { $ids }.
   *[other] The money went to the higher-ranked { $ids }.
}
optimise-rank-took-place-many = The money went to { $n } higher-ranked applications, nearest above it { $ids } and others.
optimise-rank-proven-with = It cannot be funded together with the higher-ranked { $n ->
    [one] application
   *[other] applications
} { $ids } without breaking { $limits }.
optimise-rank-proven-limits = It cannot be funded together with the higher-ranked ones that have money without breaking { $limits }.
optimise-rank-proven = It cannot be funded together with the higher-ranked ones that have money without breaking a condition.
optimise-rank-proven-with-many = It cannot be funded together with { $n } of the higher-ranked ones that have money (nearest above it { $ids } and others) without breaking { $limits }.
optimise-override-must-fund = Forcing in { $id }
optimise-override-exclude = Excluding { $id }
optimise-override-out = means that { $ids } { $count ->
    [one] is
   *[other] are
} not proposed ({ $count ->
    [one] { $amount }
   *[other] together { $amount }
})
optimise-override-in = means that { $ids } { $count ->
    [one] is
   *[other] are
} proposed ({ $count ->
    [one] { $amount }
   *[other] together { $amount }
})
optimise-override-effect = { $what } { $effects }.
optimise-override-same-must-fund = { $id } is proposed without the lock too, so the lock changes nothing.
optimise-override-same-exclude = { $id } is not proposed without the lock either, so the lock changes nothing.
optimise-override-no-price = What the lock of { $id } changes cannot be shown: without it no allocation keeps the budget and the conditions.
optimise-override-reason = Reason: { $reason }
optimise-row-de-minimis = the room for aid of minor importance for { $name }
optimise-paid-nationally = Eligible, but { $form } is paid from Tillväxtverket's national funds and not from the region's pot, so the proposal allocates no money to it. The decision is made against the region's allocation from the national funds.
# What each limit of the scenario costs: the proposal without it.
optimise-limits-heading = What the conditions and frames cost
optimise-limit-constraint = the condition “{ $name }”
optimise-limit-frames = the planning frames of later years
optimise-limit-ceiling = the ceiling for commitments
optimise-limit-effect = Without { $limit }, { $effects }.
optimise-limit-in = { $ids } would also be proposed ({ $count ->
    [one] { $amount }
   *[other] together { $amount }
})
optimise-limit-out = { $ids } would not be proposed ({ $count ->
    [one] { $amount }
   *[other] together { $amount }
})
optimise-limit-same = The proposal is the same without { $limit }.
optimise-limit-no-price = What { $limit } costs cannot be shown: the proposal without it could not be made in time.
