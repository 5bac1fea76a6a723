# web

web-app-name = anslag
web-app-subtitle = prioritising the 1:1 appropriation Regional development measures
web-skip-to-content = Skip to the content
web-main-menu = Main menu
web-scenario = Scenario
web-show = Show
web-footer = The proposals are a basis for decisions. Decisions are taken by the Regional Executive Board, the Regional Development Committee or by delegation.
web-back-to-overview = To the overview
web-back-to-list = ← Back to the applications
web-chart-failed = The chart could not be drawn; the figures are in the tables.
web-reload = Reload the page
web-nav-overview = Overview
web-nav-applications = Applications
web-nav-strategy = Strategy
web-nav-scenarios = Scenarios
web-nav-compare = Compare
web-nav-frontier = Budget curve
web-nav-memo = Decision memo
web-nav-public = How the 1:1 appropriation is allocated
web-nav-accessibility = Accessibility statement
web-err-bad-request = Bad request
web-err-not-found = The page does not exist
web-err-forbidden = Not allowed
web-err-timeout = The calculation took too long
web-err-timeout-text = The calculation did not finish within the time limit. Try again, or simplify the scenario (fewer locks or constraints).
web-xlsx = Excel (XLSX)
web-csv = CSV for Swedish Excel
web-download-ranking = Download the ranking
web-download-proposal = Download the proposal with reasons
web-download-comparison = Download the comparison
web-unknown-download = There is no file “{ $file }” to download. The files are rangordning, forslag and jamforelse, as .xlsx or .csv.
web-assess-heading = Change the assessment
web-assess-intro = The changes are saved in a file of their own beside the applications (the applications file is never rewritten), with who, when and why in a log. If someone else has saved in the meantime, your change is not taken until you have seen theirs.
web-assess-links = Links to the strategies
web-assess-agenda = Agenda 2030 – the global goals
web-assess-criteria = Quality criteria
web-assess-status = Status of the case
web-assess-who = Your name
web-assess-why = Reason for the change
web-assess-hint = Choose a rating 0–3 for each goal, global goal and criterion the application contributes to. “No assessment” counts as 0. Groups with ratings are open; open another group to rate there.
web-assess-criteria-group = The criteria of the guideline
web-assess-activities = Activities of the operational plans
web-assess-others = Other
web-assess-rus-group = RUS – { $name }
web-assess-goal = Goal { $number }: { $name }
web-assess-not-rated = no assessment
web-assess-not-rated-option = No assessment
web-assess-scale-0 = 0 – not at all
web-assess-scale-1 = 1 – to a small extent
web-assess-scale-2 = 2 – to a large extent
web-assess-scale-3 = 3 – to a very large extent
web-assess-count = { $count ->
    [0] no ratings
    [one] 1 rating
   *[other] { $count } ratings
}
web-assess-case = The case
web-assess-errors = Correct the following and save again
web-assess-bad-rating = { $label }: “{ $value }” is not a rating. Choose 0, 1, 2, 3 or No assessment.
web-assess-unknown-rating = The field “{ $field }” is not in the form for this application. Reload the page and make the change again.
web-assess-change = { $label }: { $before } → { $after }
web-assess-entry = Last changed by { $who } { $when }: { $what }. Reason: { $why }
web-assess-unchanged = You changed nothing in the assessment, so nothing was saved.
web-assess-changed = What changed:
web-log-heading = Changes to the assessment
web-log-empty = Nobody has changed the assessment here in the tool. The ratings come from the applications file.
web-log-when = When
web-log-who = Who
web-log-what = What changed
web-log-why = Reason
web-log-effect = Effect on the proposal
web-effect-scenario = In the scenario { $scenario }:
web-effect-score = The score changed from { $before } to { $after }.
web-effect-rank = The place in the ranking changed from { $before } to { $after }.
web-effect-unranked = The application is no longer in the ranking.
web-effect-ranked = The application entered the ranking at place { $place }.
web-effect-grant = a grant of { $amount }
web-effect-reject = rejection
web-effect-not-tried = not considered (status: { $status })
web-effect-same = The proposal for { $id } is the same as before: { $now }.
web-effect-verdict = The proposal for { $id } changed from { $before } to { $now }.
web-effect-more = and { $count } more
web-effect-item = { $id } ({ $amount })
web-effect-changed-item = { $id } ({ $before } → { $after })
web-effect-entered = Comes into the proposal: { $list }.
web-effect-left = Drops out of the proposal: { $list }.
web-effect-changed = Gets another amount: { $list }.
web-effect-reject-ineligible = rejection, since it is not eligible
web-assess-both-changed = You changed the same thing in different ways; your choice stays in the form:
web-assess-both-changed-field = { $label }: the other change set { $theirs }, you chose { $mine }. Choose what is to apply.
web-too-long = { $label }: at most { $most } characters.
web-effect-no-others = No other application comes into or drops out of the proposal.
web-assess-save = Save the assessment
web-assess-saved = The assessment is saved. Scores and proposal have been computed again.
web-assess-who-missing = Write your name, so that the log shows who made the change.
web-assess-why-missing = Write a reason for the change.
web-assess-conflict-heading = Someone else has made changes
web-in-scenario = In the scenario { $scenario }: { $message }
web-assess-conflict = Someone else has saved a change to { $id } since you opened the page, so your change is not saved yet. The form below holds their change and yours merged. Check it and save again.
web-err-method = Wrong kind of request
web-err-method-text = The address does not take this kind of request. Use the links and forms on the pages.
web-bad-path = The address contains characters that cannot be read (invalid UTF-8).
web-err-too-large = Form too large
web-err-too-large-text = The form is larger than the server accepts (256 kB). Shorten the texts and try again.
web-bad-body = The form could not be read (it is not text in UTF-8).
web-err-slow = The form did not arrive in time
web-err-slow-text = Receiving what was sent took too long. Go back in the browser and send again; nothing was saved.
web-err-host = Unknown server name
web-err-host-text = The server answers only under its own names (127.0.0.1 and localhost, and the names it was started with through --host). Open it under one of them.
web-err-busy = The server is busy
web-err-busy-text = Many calculations are running just now. Wait a while and try again; nothing you wrote has been lost – go back in the browser.
web-err-internal = Something went wrong
web-err-internal-text = An unexpected error happened in the server. Nothing has been saved. The error is logged; try again or contact whoever runs the service.
web-err-no-page = There is no page at that address. Use the menu to find the right one.
web-too-many-fields = The request contains too many fields.
web-save-not-allowed = Scenarios can be saved only when the server listens on this computer (127.0.0.1). Logging in for a shared server comes in a later version.
web-cross-site = The form was sent from another website and was not accepted. Save from the Scenarios page in anslag.
web-save-name-missing = Give the scenario a name: one line of text, at most 200 characters, without tabs or line breaks.
web-save-file-bad = The file name may contain only lower-case letters a–z, digits and hyphens and must start and end with a letter or digit (at most 60 characters), e.g. budget-plus-5.
web-form-source = the form
web-value-too-long = The field “{ $field }” is too long.
web-control-characters = The field “{ $field }” contains control characters that are not allowed.
web-bad-choice = { $label }: “{ $got }” is not a valid choice. Valid choices: { $allowed }.
web-bad-number = { $label }: “{ $got }” is not a whole number between { $min } and { $max }.
web-unknown-value = { $label }: “{ $got }” is not among the choices.
web-unknown-scenario = There is no scenario “{ $key }”. Scenarios that exist: { $keys }.
web-unknown-application = There is no application “{ $id }”{ $hint }.
web-no-scenarios-folder = cannot read the folder { $path }: { $why }; give the data folder with --data (the one that contains scenarios/ and strategies/)
web-loading = Reading and optimising the scenarios in { $data } …
web-load-failed = the data could not be read (an internal error); run `anslag validate` to see whether something is wrong in the files
web-cannot-listen = cannot listen on { $addr }: { $why }; choose another port with --bind 127.0.0.1:8081
web-no-scenarios = no scenario could be read under { $path }; run `anslag validate` to see the errors
web-all = All
web-pot = Pot
web-year = Year
web-budget = Budget
web-frame = Frame
web-committed = Earlier commitments
web-proposed = Proposed
web-remaining = Left
web-amount = Amount
web-count = Count
web-decision-body = Decision-maker
web-status = Status
web-objective = Sum of the scores proposed
web-funded-count = Applications proposed
web-candidates = Applications to assess
web-total-budget = Budget in the pots
web-reason = Reasoning
web-what = What
web-before = Before (A)
web-after = After (B)
web-change = Change
web-area = Goal area
web-prioritised = prioritised in the RUS
web-measure = Measure
web-status-optimal = The proposal is proven the best by the strategy “{ $strategy }”: no other allocation within the budget and the conditions is better.
web-status-no-solution = The time limit was reached before any allocation was found. Try a longer time limit.
web-status-feasible = The proposal keeps the budget and the conditions, but it is not proven the best: there may be an allocation that is at most { $gap } better.
web-status-infeasible = The scenario cannot be met: { $summary }
web-overview-title = Overview – { $scenario }
web-gain-sentence = Compared with funding in ranking order until the money runs out ({ $baseline_count ->
    [one] { $baseline_count } application
   *[other] { $baseline_count } applications
}), the proposal gives { $gain } more points in total.
web-budget-heading = Budget per pot
web-payments-heading = Payments per year
web-proposed-payments = Proposed payments
web-frame-remaining = Left of the frame
web-no-frame = from this year's budget
web-budget-caption = What is granted in { $year }, all years counted: the pots' budget, the proposal and what is left
web-payments-caption = Payments per pot and year: { $year } is paid from this year's budget, later years fit within the planning frames together with earlier commitments
web-bodies-heading = Who decides
web-bodies-caption = Proposed applications per decision-maker
web-nothing-funded = Nothing is proposed.
web-pictures-heading = Pictures
web-see-applications = See all applications
web-see-memo = The decision memo for printing
web-warnings-heading = To note
web-broken-scenarios = Scenario files that could not be read
web-applications-title = Applications – { $scenario }
web-ranking-caption = The applications in { $scenario } and the proposal for each
web-col-rank = Rank
web-col-id = Case number
web-col-title = Project and applicant
web-col-support = Support
web-col-municipality = Municipality
web-col-requested = Requested amount
web-col-score = Score
web-col-decision-body = Decided by
web-col-proposal = Proposal
web-col-decided = Decision date
web-col-granted = Granted amount
web-f-pot = Pot
web-f-form = Form of support
web-f-municipality = Municipality
web-f-status = Status of the case
web-f-proposal = Proposal
web-f-body = Decided by
web-f-node = Clearly contributes to (rating 2–3)
web-f-goal = Global goal (rating 2–3)
web-f-text = Free text
web-f-sort = Sort by
web-f-order = Order
web-proposal-yes = Proposed
web-proposal-no = Not proposed
web-filter-legend = Filter
web-filter-button = Filter
web-clear-filters = Clear filters
web-showing = Showing { $shown } of { $total ->
    [one] { $total } application
   *[other] { $total } applications
}.
web-sort-hint = {" "}(sort by { $label })
web-score-heading = Score
web-path = Path through the strategy documents
web-rating = Rating
web-points = Points
web-rules-heading = The guideline's rules
web-eligible-yes = Eligible: every rule that can be checked here is met.
web-eligible-no = Not eligible:
web-why-heading = The proposal and why
web-blocked-by = Stopped by:
web-counterfactuals-pending = Which budget or score would give the application money is being computed in the background just now. Reload the page in half a minute.
web-counterfactuals-off = Which budget or score would give the application money is not computed on this server; run `anslag explain` for that.
web-lines-caption = { $part }: paths, ratings and points
web-rules-period = Rules that apply: { $period }.
web-must-fund-reason = Political decision: { $reason }
web-strategy-title = Strategy – { $name }
web-strategy-intro = The hierarchy from the regional development strategy (RUS) through goal areas and sub-goals to the plans' goals and activities. At each node: how many applications contribute to it (rating 1–3 on the node or below it), how many of them are proposed, and their total amount. An application that contributes to several nodes is counted at each; the division per goal area below instead divides the money by the contributions to the score and adds up to what is proposed.
web-split-caption = Proposed money per RUS goal area, divided by the contributions to the score
web-tree-heading = The hierarchy
web-plans-heading = Plans and their goals
web-shown-above = (the nodes below are shown above)
web-flow = – { $serving ->
    [one] { $serving } application contributes
   *[other] { $serving } applications contribute
}, { $funded } proposed, { $amount }
web-tree-show = { $count ->
    [one] Show the application
   *[other] Show the { $count } applications
}
web-also-under = (serves: { $parents })
web-node-in-force-between = (in force { $from } – { $to })
web-node-in-force-from = (in force from { $from })
web-node-in-force-to = (in force until { $to })
web-scenarios-title = Scenarios – starting from { $scenario }
web-scenarios-intro = Change the budget, the weights, the minimum score and the political locks and see the new allocation and the difference from the starting scenario. Nothing is saved until you choose to save.
web-budgets-legend = Budget per pot
web-budget-hint = Write the amounts as SEK 18.4 million, 850k or 18,400,000 (the Swedish forms 18,4 mkr and 850 tkr are read too).
web-weights-legend = Weights of the score's parts
web-weights-hint = The weights are rescaled to add up to 1; write e.g. 0.5, 0.2 and 0.3.
web-areas-legend = Weights of the RUS goal areas
web-areas-hint = The weight is compared with the other goal areas: 2 means twice as important as a goal area with the weight 1.
web-rules-legend = Minimum score and strategy
web-min-score-label = Minimum score (0–100, empty = no limit)
web-objective-label = Strategy of the proposal
web-locks-legend = Political locks
web-locks-hint = One application per line: the case number first, then the reason (a reason is required). Example: 2021-0001 Regional Executive Board decision 2021-03-09 §6
web-must-fund-label = To be granted (a political position)
web-exclude-label = Not to be granted (a political position)
web-simulate = Compute a new allocation
web-reset-form = Start again from the scenario
web-form-errors = Correct the following and compute again
web-result-heading = The new allocation
web-result-summary = The starting scenario and the new allocation
web-result-start = Starting scenario
web-result-new = New allocation
web-result-granted-count = Applications proposed for a grant
web-result-granted-sum = Proposed amount
web-result-left-sum = Left in the pots
web-result-strategy = Strategy
web-result-other-measure = The mean scores are not compared: scores are computed with other weights than in the starting scenario.
web-result-pots = The pots in the new allocation
web-result-all = The whole new allocation ({ $count } applications)
web-result-all-caption = Applications proposed for a grant in the new allocation
web-result-versus = Against the starting scenario
web-result-same = Unchanged
web-result-new-entry = New
web-result-changed = Before: { $amount }
web-result-download = Download the new allocation:
web-result-change-form = Change the assumptions
web-saved = The scenario “{ $name }” is saved in the file { $file } and is shown now. Everything that was not changed it inherits from the starting scenario.
web-overrides-heading = What the political locks change
web-overrides-hint = Each lock is compared with the same settings without that one lock.
web-compare-diff-heading = Difference from { $a } to { $b }
web-gap-small = less than 0.1%
web-diff-heading = Difference from the starting scenario
web-no-difference = No difference: the same applications with the same amounts.
web-entered = Coming in
web-left = Dropping out
web-changed = Changed amount
web-moved-by-pot = Per pot
web-moved-by-year = Per year
web-moved-by-body = Per decision-maker
web-moved-by-municipality = Per municipality
web-moved-by-area = Per RUS goal area
web-save-heading = Save as a new scenario
web-save-name = The scenario's name
web-save-file = File name
web-save-file-hint = Lower-case letters a–z, digits and hyphens; saved as .yaml in the same folder as the starting scenario, which it inherits from. An existing file is never overwritten.
web-save-button = Save the scenario
web-budget-missing = Give a budget for { $pot }.
web-budget-whole = The budget for { $pot } must be whole kronor.
web-amount-not-a-number = not a number; write e.g. 1,200,000, SEK 1.2 million or 850k
web-bad-amount = The budget for { $pot }: “{ $text }” cannot be read ({ $why }).
web-bad-weight = The weight of { $part }: “{ $text }” is not a number between 0 and 1,000.
web-bad-min-score = Minimum score: “{ $text }” is not a number between 0 and 100.
web-lock-twice = { $id } is given twice.
web-too-many-locks = At most { $max } locks of each kind.
web-file-exists = There is already a file { $name }; choose another file name. Nothing has been overwritten.
web-compare-title = Compare { $a } and { $b }
web-compare-legend = Choose two scenarios
web-scenario-a = Scenario A (before)
web-scenario-b = Scenario B (after)
web-compare-button = Compare
web-settings-heading = What differs between the scenarios
web-settings-caption = Settings that differ between the scenarios
web-settings-same = The scenarios have the same budget, weights, rules and locks. The differences below come from the applications or their assessment.
web-setting-budget = Budget for { $pot }
web-setting-frame = Frame for { $pot } { $year }
web-setting-committed = Earlier commitments for { $pot } { $year }
web-setting-ceiling = Commitment ceiling
web-setting-partial = Part-funding allowed
web-setting-weight = Weight of { $what }
web-setting-other-weights = Weights within Agenda 2030, quality or the strategy's goals
web-setting-differs = different from the other scenario
web-setting-constraints = Conditions found in only one of them
web-setting-nothing = –
web-compare-no-mean = The mean scores are not compared: scores are computed differently in the two scenarios.
web-compare-summary = The scenarios side by side
web-frontier-title = Budget curve – { $scenario }
web-frontier-intro = The curve shows the proposal, under the scenario's strategy, when every pot's budget is scaled from 50 to 150 per cent of the scenario's. The dashed line is the scenario's budget. Filled points are budget levels where at least one application comes into the proposal, hollow ones levels where none does. Under Ranking first the sum of points can fall as the budget grows: a better-ranked, more expensive application then fits and takes money that would otherwise have gone to several smaller ones.
web-frontier-pending = The budget curve is being computed in the background just now (a proposal for each of 21 budget levels). Reload the page in half a minute.
web-frontier-off = The budget curve is not computed on this server; run `anslag sweep` for it.
web-frontier-table = The proposal at each budget level
web-level = Level
web-entries-heading = When applications come in and drop out
web-entries-caption = Budget (all pots) at which the application comes into or drops out of the proposal
web-no-entries = The same applications are proposed at every level.
web-enters-at = Comes in at
web-leaves-at = Drops out at
web-memo-title = Decision memo – { $scenario }
web-summary-heading = Summary
web-per-pot-caption = Budget and proposal per pot, the decision year
web-memo-summary = The proposal allocates { $total } of the pots' { $budget } for { $year } to { $n ->
    [one] { $n } application
   *[other] { $n } applications
}.
web-public-title = How the 1:1 appropriation is allocated
web-public-intro = Only support granted from appropriation 1:1 is shown here.
web-public-caption = Support granted
web-public-count = { $n ->
    [one] { $n } grant
   *[other] { $n } grants
}, { $total } in all.
web-a11y-title = Accessibility statement
web-listening-login = anslag listens on http://{ $addr } behind a TLS proxy: everything but the public view requires logging in (accounts in konton.yaml). Stop with Ctrl-C.
web-listening-public = anslag shows the public view on http://{ $addr } (decided support only). Editing and the rest require logging in: run behind a TLS proxy with --behind-proxy. Stop with Ctrl-C.
web-listening = anslag is running on http://{ $addr } – open the address in a web browser. Stop with Ctrl-C.
web-prove-link = Compute until the proposal is proven the best (may take up to { $seconds } seconds)
web-memo-whole = Proposed grant: { $amount }, the whole amount requested.
web-memo-part = Proposed grant: { $amount } of the { $requested } requested.
web-memo-forced-because = To be granted (a political position): { $reason }.
web-memo-forced = To be granted (a political position).
web-memo-score-rank-path = Scores { $score } points (place { $rank }) and contributes most to { $path }.
web-memo-score-path = Scores { $score } points and contributes most to { $path }.
web-memo-score-rank = Scores { $score } points (place { $rank }).
web-memo-score = Scores { $score } points.
web-internal-error-log = anslag serve: internal error: { $what }
web-chart-failed-log = anslag serve: the chart could not be drawn: { $why }
web-status-rank-optimal = The proposal follows the ranking, proven: every application has been tried in turn and given money whenever some allocation within the budget and the conditions could give it that together with those above it.
web-status-rank-feasible = The proposal keeps the budget and the conditions, but the time did not allow every application to be tried in ranking order; those not tried get no money.
web-strategy = Strategy

# Decision memo: the heading block, the proposal per body, the appendix.
web-memo-matter-label = Matter
web-memo-matter-until-2021 = Allocation of the { $year } funds of appropriation 1:1 Regional growth measures
web-memo-matter = Allocation of the { $year } funds of appropriation 1:1 Regional development measures
web-memo-to-label = To
web-memo-date-label = Date
web-memo-dnr-label = Case number
web-memo-dnr-blank = ………………………
web-memo-dnr-field = Case number to print on the memo
web-memo-dnr-button = Show with case number
web-memo-version-label = Version
web-memo-version = Scenario { $scenario }, proposal { $code } (the code changes when the proposal changes)
web-memo-decision-heading = Proposed decisions
web-memo-decides = { $body } decides on { $pots } above { $threshold }.
web-memo-nothing = Nothing in the proposal is decided by { $body }.
web-memo-propose-grant = { $body } is proposed to grant { $grants ->
    [one] one application
   *[other] { $grants } applications
} a total of { $sum }.
web-memo-propose-reject = { $body } is proposed to reject { $rejections ->
    [one] one application
   *[other] { $rejections } applications
}.
web-memo-propose-both = { $body } is proposed to grant { $grants ->
    [one] one application
   *[other] { $grants } applications
} a total of { $sum } and to reject { $rejections ->
    [one] one application
   *[other] { $rejections } applications
}.
web-memo-grant-caption = Proposed grants by { $body }
web-memo-reject-caption = Proposed rejections by { $body }
web-memo-col-application = Application
web-memo-reject = Proposed rejection.
web-memo-delegation-note = Applications of at most { $threshold } are decided under delegation: { $grants ->
    [one] one is proposed for a grant
   *[other] { $grants } are proposed for a grant
} and { $rejections ->
    [one] one for rejection
   *[other] { $rejections } for rejection
}. They are listed in the appendix.
web-memo-basis-heading = How the proposal was made
web-memo-others-heading = What the other strategies would change
web-memo-others-caption = Applications that would gain or lose money under another strategy, with the same budget and rules
web-memo-others-missing = There was not time to compute the other strategies' proposals.
web-memo-others-pending = The other strategies' proposals are being computed. Reload the page in half a minute.
web-memo-others-none = none
web-memo-col-funded = Applications funded
web-memo-col-entering = Would be funded instead
web-memo-col-leaving = Would no longer be funded
web-memo-ids-more = { $ids } and { $more } more
web-memo-appendix-heading = Appendix: decisions under delegation
web-memo-appendix-intro = Applications of at most { $threshold } are decided under delegation, not by the board or the committee. They are summed up here; the reasons for each are on its page in anslag.
web-memo-appendix-summary-caption = Decisions under delegation per pot
web-memo-appendix-list-caption = Decisions under delegation, one by one
web-memo-col-grants = Proposed grants
web-memo-col-granted-sum = Amount
web-memo-col-rejections = Proposed rejections
web-memo-col-proposal = Proposal
web-memo-rejected = Rejected: { $reason }
web-total = Total
web-verdict-grant = Proposed for a grant
web-verdict-reject = Proposed for rejection
web-mean-score = Mean score of those proposed
web-memo-conditions-heading = Conditions the proposal keeps
web-memo-min-score = No application below { $min } points gets money (the scenario's lowest score).
web-shown-sums = Requested in total { $requested }, proposed { $proposed }.
web-nothing-shown = No application matches every filter. Choose “All” in one of them, change the search words, or
web-nothing-shown-clear = clear every filter
web-a11y-about-heading = Accessibility of anslag
web-a11y-about = { $organisation } stands behind the service anslag, used to prepare and prioritise applications for funds from appropriation 1:1. We want as many people as possible to be able to use it. This statement describes how the service meets the Swedish act (2018:1937) on accessibility to digital public services, the shortcomings we know of, and how you can report problems so that we can fix them.
web-a11y-status-heading = How accessible is the service?
web-a11y-status = The service is partially compliant with the act on accessibility to digital public services, because of the shortcomings described below.
web-a11y-gaps-heading = Content that is not accessible
web-a11y-gap-review = The service has not been reviewed by an external auditor nor tested by users with disabilities. Automatic checks do not find every shortcoming, so there may be some we do not know of.
web-a11y-gap-charts = The text in the charts can be small, especially on paper and on a phone. The same figures are always in a table on the same page.
web-a11y-gap-tables = Wide tables scroll sideways on a narrow screen; the rest of the page adapts to the screen's width.
web-a11y-design = The pages work without JavaScript, with a keyboard and with a screen reader. The strategy hierarchy is shown as a nested list, not as a drawing, so that a screen reader can read it.
web-a11y-other-form-heading = What can you do if you cannot use parts of the service?
web-a11y-other-form = If you need content from the service in another form, for example the decision memo as a file or read aloud, contact us:
web-a11y-report-heading = Report shortcomings in the service's accessibility
web-a11y-report = We keep working to improve accessibility. If you find problems not described here, or think that we do not meet the act's requirements, tell us so that we know of the problem. Use the same contact details as above.
web-a11y-email = Email
web-a11y-phone = Telephone
web-a11y-response = You will have an answer { $time }.
web-a11y-no-contact = This server has no contact details: the region writes them in the file tillganglighet.yaml in the data folder.
web-a11y-supervision-heading = Supervision
web-a11y-supervision = The Agency for Digital Government (DIGG) supervises the act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can report it to DIGG.
web-a11y-digg-link = Report a lack of accessibility to DIGG
web-a11y-method-heading = How we tested the service
web-a11y-method = The assessment is our own ({ $method }). The latest assessment was made on { $assessed }. The statement was last updated on { $updated }.
web-a11y-file-problem = The statement's details about the region could not be read:
web-a11y-region = The region
web-footer-public = Decisions are taken by the Regional Executive Board, the Regional Development Committee or by delegation.
web-lock-needs-reason = { $id } has no reason: write the reason after the case number, for example “{ $id } Regional Executive Board decision 2021-03-09 §6”.
web-glossary-title = Glossary
web-glossary-intro = Words that the proposal, the decision memo and the pages use, explained.
web-glossary-term-1 = Score
web-glossary-def-1 = A number between 0 and 100 that shows how well an application matches the region's strategies. It combines three parts: how the application contributes to the regional development strategy (RUS) and the plans under it, how it contributes to Agenda 2030, and the project's quality. The application page shows how the score was computed, step by step.
web-glossary-term-2 = Ranking
web-glossary-def-2 = The applications ordered by score, highest first. With equal scores, the application asking for less money comes first, then the one with the lower case number.
web-glossary-term-3 = Minimum score
web-glossary-def-3 = The score an application must at least have to be proposed. Applications below it are not proposed, however much money there is.
web-glossary-term-4 = Pot
web-glossary-def-4 = A part of the appropriation that may only be used for one kind of support: project funds, business support or commercial service. Each pot has its own budget for the year.
web-glossary-term-5 = Frame (planning frame)
web-glossary-def-5 = The amount that may be paid from a pot in a later year. Support decided this year but paid over several years must fit both this year's budget and the later years' frames.
web-glossary-term-6 = Earlier commitments
web-glossary-def-6 = Money already promised in earlier decisions and paid in coming years. It reduces what is left in the frames.
web-glossary-term-7 = Authorisation (bemyndigande)
web-glossary-def-7 = The government's permission to take decisions this year that bind money for later years. The commitment ceiling is the most that may be promised for later years in all.
web-glossary-term-8 = Conditions
web-glossary-def-8 = Rules the proposal must keep besides the budget, for example that a certain share of project funds goes outside Västerås, that every municipality gets some business support, that the case officers' time suffices, or that no applicant gets more than a certain amount.
web-glossary-term-9 = Eligible
web-glossary-def-9 = An application that meets the guideline's rules for the support, for example who may apply and how large a share may be funded. An application that is not eligible cannot be proposed, however high its score.
web-glossary-term-10 = Does not fit within the budget and conditions
web-glossary-def-10 = The application is eligible and has a sufficient score, but when its turn came the money or some condition did not suffice. The application page says which limit it was, which applications got the money and how much larger the budget would have to be.
web-glossary-term-11 = Strategy for the proposal
web-glossary-def-11 = How the proposal chooses between applications. Ranking first: the money goes in ranking order as far as it lasts. Most quality for the money: each krona counts with the score of the application it goes to, so the money goes to the highest-scored ones whatever their size. Most points: each application's score counts once, which favours many small ones.
web-glossary-term-12 = Political lock
web-glossary-def-12 = A political position that an application shall or shall not be granted, with its reason. The proposal follows the lock and shows what it changes.
web-glossary-term-13 = Decision-maker
web-glossary-def-13 = Who decides on an application under the delegation order: the Regional Board, the Regional Development Committee or an official by delegation. It depends on the kind of support and the amount.
web-glossary-term-14 = Delegated decision
web-glossary-def-14 = A decision an official takes on behalf of the committee or board, under the delegation order. Delegated decisions are listed in an appendix to the decision memo.
web-glossary-term-15 = Decision memo
web-glossary-def-15 = The proposal for decision in a form that can be printed: what is proposed to be granted and rejected, per decision-maker, with the reasons.
web-glossary-term-16 = Budget curve
web-glossary-def-16 = What the proposal would be with less or more money in the pots, from half to one and a half times the budget, and when each application comes in or drops out.
web-glossary-term-17 = Safe, uncertain and outside
web-glossary-def-17 = How sensitive the proposal is to the weights. The weights are varied at random many times: a safe application is proposed every time, an uncertain one sometimes, and one outside never.
web-glossary-term-18 = Part-funding
web-glossary-def-18 = An application getting less than it asked for. Only where the scenario allows it, and never less than the application's least amount.
web-nav-glossary = Glossary
web-col-stability = Stability
web-stability-pending = being computed
web-stability-share = { $class } ({ $share } %)
web-stability-sentence = { $class ->
    [saker] The proposal for the application is safe: it is proposed in all { $draws } computations where the weights vary at random by up to ±{ $spread } %.
    [osaker] The proposal for the application is uncertain: it is proposed in { $share } % of { $draws } computations where the weights vary at random by up to ±{ $spread } %.
   *[utanfor] The application is outside: it is proposed in none of { $draws } computations where the weights vary at random by up to ±{ $spread } %.
}
web-stability-sentence-pending = How sensitive the proposal is to the weights is being computed just now; reload the page in a while.
web-stability-what = What does it mean?
web-verdict-outside = Outside the region's pot
web-memo-national = { $n ->
    [one] One application for { $forms } ({ $ids }) is paid from national funds, not the region's pots, so it is not part of the proposal; it is decided against the region's allocation from those funds.
   *[other] { $n } applications for { $forms } ({ $ids }) are paid from national funds, not the region's pots, so they are not part of the proposal; they are decided against the region's allocation from those funds.
}

## The de minimis register page.
web-nav-register = Aid register
web-register-title = Aid register: de minimis aid
web-register-intro = This is the de minimis aid (aid of minor importance) that companies have received from every grantor. When an application is assessed, anslag adds up the aid to the company, and to companies that count as a single undertaking with it, over the years that apply on the decision date, and compares the sum with the ceiling. The region's own granted applications count automatically and are listed too.
web-register-file = The register is kept in the file { $file }, beside the applications.
web-register-none = This scenario has no aid register. Write the line aid_register: stodregister.yaml in the scenario file to enter aid here.
web-register-search = Search by organisation number or name
web-register-search-button = Search
web-register-show-all = Show the whole register
web-register-applications = Applications from the company in the scenario
web-register-not-checked = De minimis is not checked for this application.
web-register-aid = Aid in the register
web-register-count = { $count ->
    [0] No aid.
    [one] One aid of { $total }.
   *[other] { $count } aids of { $total } in total.
}
web-register-general = De minimis aid
web-register-sgei = De minimis aid for services of general economic interest
web-register-col-date = Decision date
web-register-col-recipient = Recipient
web-register-col-org = Organisation number
web-register-col-grantor = Grantor
web-register-col-amount = Amount
web-register-col-regulation = Regulation
web-register-col-reference = Reference and note
web-register-col-note = Note
web-register-groups = Companies that count as a single undertaking
web-register-groups-intro = Aid to companies in the same group is added up, because one controls the other (Article 2.2 of Commission Regulation 1407/2013, from 2024 Regulation 2023/2831). Groups are changed in the register file by whoever administers anslag.
web-register-add = Enter an aid
web-register-add-intro = Enter aid that a company has received from another grantor, for example from the company's de minimis declaration or an extract from another register. The region's own granted applications are not entered here.
web-register-add-many = Many aids at once are entered with the command
web-register-org-hint = Ten digits, for example 556677-8899.
web-register-date-hint = The day the aid was granted, for example 2020-03-20.
web-register-amount-label = Amount in kronor
web-register-form-label = Support form, if the aid was given from appropriation 1:1
web-register-form-none = None of the appropriation's support forms
web-register-years-label = Years the aid covered
web-register-years-hint = Only for servicebidrag and other aid covering several years, for example 2020, 2021.
web-register-reference-label = The grantor's reference number
web-register-why = Basis: where does this come from?
web-register-why-missing = Write where this comes from, for example the company's declaration, so that the log shows it.
web-register-save = Enter the aid
web-register-errors = The aid was not entered. Correct this:
web-register-saved = The aid is entered in the aid register.
web-register-file-broken = The register file { $file } cannot be read at the moment. Run anslag validate and correct the file first.
web-register-now-ineligible = Application { $id } no longer meets the conditions: { $reasons }.
web-register-application-room = Application { $id }: { $lead }
web-register-proposal-same = The proposal in the scenario { $scenario } is the same as before.
web-register-proposal-changed = In the scenario { $scenario } the proposal changed: { $out ->
    [none] {""}
   *[other] { $out } no longer get support.
}{ $came ->
    [none] {""}
   *[other] { " " }{ $came } get support instead.
}
web-register-no-group = The company is in no group of companies that count as a single undertaking.
web-register-to-form = Enter an aid.
web-register-lines = { $count ->
    [one] One aid.
   *[other] { $count } aids. Search for a company to see its sum.
}
web-register-missing = Fill in { $label }.
web-decided-this-year = Already granted this year
web-nav-decisions = Decisions
web-nav-reports = Reports
web-report-show = Show
web-report-download = Download the report
web-report-about = How the tables are counted
web-report-to-run = Annual report to the committee
web-report-to-villkor = Annual report on the conditions decision
web-report-to-county = The whole county
web-reports-nav = The reports
web-decisions-title = Record decisions
web-decisions-intro = After a meeting, the body's decisions are recorded here. The form is filled in from the proposal: change what the body decided differently and give the reason. Decided applications then count as decisions in every scenario: they leave the ranking, their amounts are taken from the year's budget and their later years count as commitments.
web-decisions-file = The decisions are saved in { $name } beside the applications file, which is never rewritten. Each decision is also written to the log beside it, with who and when.
web-decisions-body = Body that decided
web-decisions-show = Show the applications
web-decisions-nothing-left = Every application in the proposal already has a decision.
web-decisions-read-only = Decisions can only be recorded when the server runs on your own computer (127.0.0.1) or with login.
web-decisions-meeting = Decisions of { $body }
web-decisions-conflict = Someone else has recorded decisions since the page was opened, so yours were not saved. The page now shows the state after their decisions; the form keeps your choices. Check and save again.
web-decisions-errors = The decisions were not saved. Correct this:
web-decisions-proposal = The proposal: { $proposed } of { $all } applications granted, { $total } in all.
web-decisions-date = Decision date
web-decisions-date-hint = The day the body decided, YYYY-MM-DD.
web-decisions-case = Case number or paragraph
web-decisions-case-hint = For example RUN 2021/45 § 12. May be left empty.
web-decisions-requested = Applies for { $amount }.
web-decisions-proposed = Proposed to get { $amount }.
web-decisions-not-proposed = Not proposed:
web-decisions-granted = Granted
web-decisions-rejected = Rejected
web-decisions-amount = Amount granted
web-decisions-reason = Reason
web-decisions-reason-hint = Required when the decision departs from the proposal. A rejection that follows the proposal gets the proposal's reason.
web-decisions-save = Record the decisions
web-decisions-recorded = Recorded decisions
web-decisions-none-recorded = No decisions are recorded yet.
web-decisions-recorded-count = { $granted } applications granted, { $amount } in all, and { $rejected } rejected.
web-decisions-col-application = Application
web-decisions-col-decision = Decision
web-decisions-col-amount = Granted
web-decisions-col-meeting = Body and day
web-decisions-col-reason = Reason
web-decisions-was-proposed = The proposal was { $amount }.
web-decisions-was-not-proposed = Not proposed.
web-decisions-saved-heading = The decisions are recorded.
web-decisions-saved = { $granted } granted ({ $amount }) and { $rejected } rejected, { $changed ->
    [0] no changes from the proposal
    [one] one change from the proposal
   *[other] { $changed } changes from the proposal
}. The proposal for the remaining applications has been computed again.
web-decisions-unknown-body = The body is not among those that decide the applications in the proposal.
web-decisions-date-missing = Fill in the decision date.
web-decisions-bad-date = "{ $text }" is not a date; write YYYY-MM-DD.
web-decisions-choose = { $id }: choose granted or rejected.
web-decisions-bad-amount = { $id }: "{ $text }" is not an amount; write for example 800,000.
web-decisions-amount-missing = { $id }: fill in the amount granted.
web-public-sole-trader = Sole trader
web-public-sole-trader-note = A sole trader's name is a person's name and is not shown here or in the downloads.
web-public-privacy = Only decided grants are here: no applications being prepared, no assessments and no organisation numbers.
web-public-download = Download the grants
web-public-download-standard = (open data in the 360Giving standard)
web-public-no-open-data = Open data cannot be written: the rules file lacks the region's organisation number or prefix.
web-public-no-date = without a decision date
web-public-charts = The money in charts
web-public-charts-intro = The charts show the grants the list shows. A grant to several municipalities is split evenly between them; the money per goal area is split by how the application contributes to them.
web-public-by-area = Granted per RUS goal area, SEK million
web-public-by-municipality = Granted per municipality, SEK million
web-public-by-year = Granted per decision year, SEK million
web-public-updated = Last updated { $date } (the day of the latest decision).
web-public-bars-description = Horizontal bars, SEK million: { $parts }.
web-f-year = Decision year
web-f-area = RUS goal area
web-decision-line-granted = with { $amount } by { $body } on { $date }{ $case }.
web-decision-line-rejected = by { $body } on { $date }{ $case }.
web-memo-decided = Of the budget for { $year }, { $amount } is already granted by earlier decisions; the proposal allocates what is left.
