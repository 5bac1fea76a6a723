# Recording a meeting's decisions (anslag decide, the page Beslut).
decide-no-body = Give the body that decided.
decide-not-for-body = { $id } is not decided by { $body } (or is no longer a candidate).
decide-zero-amount = { $id }: the amount granted must be more than 0 kr.
decide-above-requested = { $id }: the amount granted is more than was applied for ({ $requested }).
decide-not-whole = { $id }: the amount granted must be whole kronor.
decide-change-needs-reason = { $id }: the decision departs from the proposal; give the reason.
decide-nothing-to-decide = The proposal has no applications for { $body } to decide.
decide-not-proposed-reason = Not in the proposal: { $why }
decide-already-recorded = { $id } already has a recorded decision.
decide-logged-granted = Granted { $amount } ({ $body } { $date }{ $case })
decide-logged-rejected = Rejected ({ $body } { $date }{ $case })
