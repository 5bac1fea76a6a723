# The annual reports on decided 1:1 money (anslag report, the pages under Reports).
report-villkor-title = Annual report on the conditions decision { $year }
report-villkor-intro = Funds from appropriation 1:1 Regional development measures decided during { $year } for { $region }, as recorded in anslag. Every table counts the same decisions and adds up to the same amount.
report-run-title = Annual report to the regional development committee { $year }
report-run-intro = The year's decisions on 1:1 funds, what each pot funded, the projects under way and a presentation of every granted project.
report-summary = { $granted ->
    [one] One application was granted
   *[other] { $granted } applications were granted
  } with { $total } in all; { $rejected ->
    [0] none was rejected.
    [one] one was rejected.
   *[other] { $rejected } were rejected.
  }
report-updated = Latest decision: { $date }.
report-no-decisions = No decisions are recorded for { $year }. Decisions are recorded on the page Decisions or with anslag decide.
report-known-years = Years with recorded decisions: { $years }.
report-no-years = No decisions are recorded yet.
report-sheet-pots = Per pot and support form
report-sheet-national = National strategy
report-sheet-areas = RUS target areas
report-sheet-places = Municipalities
report-sheet-payments = Payments per year
report-sheet-authorisation = Commitment authority
report-sheet-grants = Granted
report-sheet-rejected = Rejected
report-sheet-running = Projects under way
report-col-count = Number
report-col-granted = Granted
report-col-left = Left of the budget
report-col-national = Strategic area
report-col-area = Target area
report-col-share = Share (%)
report-col-code = Municipality code
report-col-per-inhabitant = SEK per inhabitant
report-col-year = Year
report-col-this-year = This year's decisions
report-col-earlier = Earlier decisions
report-col-sum = Total
report-col-what = What
report-col-amount = Amount
report-col-decision-date = Decision date
report-col-body = Deciding body
report-col-case = Case number of the decision
report-col-status = Status
report-col-years = Payments per year
report-col-last-year = Last year
report-no-form = no support form
report-total = Total
report-pot-total = Total { $pot }
report-auth-ceiling = Ceiling for financial commitments (authority)
report-auth-this-year = Commitments for later years, this year's decisions
report-auth-earlier = Commitments for later years, earlier decisions
report-auth-used = Used of the ceiling at the end of the year
report-auth-left = Left of the ceiling
report-auth-no-ceiling = The scenario for { $year } gives no ceiling; compare with the conditions decision.
report-population = Population: { $source } ({ $date }).
report-split-note = A decision for several municipalities is split equally between them; the money per target area is split by how much each target area contributes to the application's score, and each target area's part is split equally between the strategic areas of the national strategy it serves.
report-payments-note = The payments are the plan in the decisions (amount per year), not payments made. Earlier decisions also include commitments the scenario gives outside the applications file.
report-written = Wrote { $file } ({ $sheets } sheets).
report-presentations = Project presentations
report-presentation-purpose = Purpose
report-presentation-money = Money
report-presentation-strategy = Link to the strategies
report-presentation-agenda = Agenda 2030
report-presentation-decision = Decision
report-presentation-no-description = The application does not describe its purpose.
report-presentation-no-links = The application is not linked to any strategy.
report-presentation-no-goals = No global goal is rated 2 or more.
report-goal-rating = { $goal } (rated { $rating } of 3)
report-xlsx-needs-villkor = Only the report on the conditions decision can be saved as a spreadsheet (--output file.xlsx).
report-bad-year-text = “{ $text }” is not a year. { $known }
report-bad-year = The year { $year } has no recorded decisions. { $known }
report-sheet-county = The whole county
report-col-population = Population
report-col-applied-count = Applications
report-col-applied = Applied for
report-col-granted-count = Granted
report-col-granted-share = Share granted of decided (%)
report-county-title = The whole county { $year }
report-county-intro = What the year's applications asked for and what was granted in each municipality, and how evenly the money per inhabitant is spread over the county.
report-county-gini = The Gini coefficient of SEK per inhabitant is { $gini } (0 means the same per inhabitant in every municipality; the closer to 1, the more has gone to a small part of the county's inhabitants).
report-county-spread = The most per inhabitant went to { $most } (SEK { $most_kr }), the least to { $least } (SEK { $least_kr }).
report-county-ratio = That is { $ratio } times as much.
report-county-most = The most per inhabitant went to { $most } (SEK { $most_kr }).
report-county-nothing = { $count ->
    [one] { $names } got nothing, so the ratio of most to least cannot be computed.
   *[other] { $count } municipalities got nothing: { $names }. So the ratio of most to least cannot be computed.
  }
report-county-no-spread = Nothing is granted yet, so the spread cannot be computed.
report-county-note = The year's applications are those decided during the year and, when the scenario is of the year, those not yet decided. An application for several municipalities counts in each, its amount split equally between them. The Gini coefficient weighs each municipality by its population.
