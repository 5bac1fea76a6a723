# web

web-app-name = anslag
web-app-subtitle = prioritising the 1:1 appropriation Regional growth measures
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
web-assess-links = Strategy links (node and rating 0–3)
web-assess-agenda = Agenda 2030 (goal and rating 0–3)
web-assess-criteria = Quality criteria (criterion and rating 0–3)
web-assess-status = Status of the case
web-assess-who = Your name
web-assess-why = Reason for the change
web-assess-hint = Write e.g. kpv.matchning 3, apv.energi 2 – or 4: 3, 8: 2 for global goals. An empty box removes every rating of that kind.
web-assess-save = Save the assessment
web-assess-saved = The assessment was saved. Scores and proposal have been computed again.
web-assess-who-missing = Write your name, so that the log shows who made the change.
web-assess-why-missing = Write a reason for the change.
web-assess-conflict-heading = Someone else has made changes
web-in-scenario = In the scenario { $scenario }: { $message }
web-assess-conflict = The assessments have been saved by someone else since you opened the page. Your change to { $id } was not saved, so that theirs is not overwritten. Below is what applies now; your changes are still in the form – check them and save again.
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
web-objective = Total goal attainment
web-baseline-objective = Goal attainment when funding from the top of the ranking
web-base-objective = Goal attainment in the starting scenario
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
web-status-optimal = The proposal is proven optimal: no other allocation within the budget and the conditions gives higher total goal attainment.
web-status-no-solution = The time limit was reached before any allocation was found. Try a longer time limit.
web-status-feasible = The proposal keeps the budget and the conditions but is not proven optimal: there may be an allocation that is at most { $gap } better.
web-status-infeasible = The scenario cannot be met: { $summary }
web-overview-title = Overview – { $scenario }
web-gain-sentence = Compared with funding in ranking order until the money runs out ({ $baseline_count ->
    [one] { $baseline_count } application
   *[other] { $baseline_count } applications
}), the proposal gives { $gain } more points of total goal attainment.
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
web-ranking-caption = The applications in { $scenario }, with the optimisation's proposal
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
web-also-under = (serves: { $parents })
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
web-overrides-heading = What the political locks cost
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
web-compare-summary = The scenarios side by side
web-frontier-title = Budget curve – { $scenario }
web-frontier-intro = The curve shows the best possible total goal attainment when every pot's budget is scaled from 50 to 150 per cent of the scenario's. Where the curve flattens out, more money gives little.
web-frontier-pending = The budget curve is being computed in the background just now (21 optimisations). Reload the page in half a minute.
web-frontier-off = The budget curve is not computed on this server; run `anslag sweep` for it.
web-frontier-table = The best allocation at each budget level
web-level = Level
web-entries-heading = When applications come in and drop out
web-entries-caption = Budget (all pots) at which the application comes into or drops out of the best proposal
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
web-prove-link = Compute until the proposal is proven optimal (can take up to { $seconds } seconds)
web-override-must-fund = Forcing in { $id }
web-override-exclude = Excluding { $id }
web-override-costs = costs { $cost } points of total goal attainment
web-override-no-price = cannot be priced (the scenario without the lock has no solution)
web-override-price-because = { $what } { $price }. Reason: { $reason }
web-override-price = { $what } { $price }.
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
