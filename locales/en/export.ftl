# export

export-ranking-sheet = Ranking
export-proposal-sheet = Proposal
export-pots-sheet = Per pot
export-changes-sheet = Applications
export-moved-sheet = Moved amounts
export-rank = Rank
export-id = Case number
export-title = Project name
export-applicant = Applicant
export-org-nr = Organisation number
export-support = Support
export-form = Form of support
export-municipalities = Municipality
export-requested = Requested amount
export-score = Score
export-alignment = Strategic alignment
export-agenda = Agenda 2030
export-quality = Quality
export-eligible = Eligible
export-problems = Rules not met
export-decision-body = Decided by
export-proposal = Proposed
export-granted = Proposed amount
export-reason = Reason
export-explanation = Explanation
export-budget-needed = Budget increase that would be enough
export-score-needed = Score that would be enough
export-pot = Pot
export-budget = Budget
export-allocated = Proposed
export-remaining = Left
export-change = Change
export-amount-in = Amount { $letter } – { $scenario }
export-difference = Difference
export-dimension = Breakdown
export-what = What
export-entered = Coming in
export-left = Dropping out
export-changed = Changed amount
export-yes = Yes
export-no = No
export-written = Wrote { $path } ({ $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}).
export-comparison-needs-with = --what comparison needs a second scenario to compare with: --with scenarios/2021/budget-minus-10.yaml
export-csv-one-sheet = A CSV file holds one table; the first is written (XLSX gets every sheet).
export-de-minimis-sheet = De minimis aid
export-recipient = Recipient
export-grant-date = Date of grant
export-amount = Amount (SEK)
export-amount-eur = Amount (EUR)
export-eur-rate = Rate (SEK/EUR)
export-grantor = Grantor
export-regulation = Regulation
export-instrument = Aid instrument
export-instrument-grant = Grant
export-sector = Sector (SNI 2007)

## Open data (360Giving).
export-open-sole-trader = Sole trader
export-open-vocabulary-rus = Regional development strategy for Västmanland: goal area
export-open-vocabulary-sdg = Agenda 2030: Sustainable Development Goal
export-open-no-prefix = The rules file gives no open_data_prefix, the prefix 360Giving gives a publisher for its grant identifiers, so open data cannot be written.
export-open-no-funder = The rules file gives no region_org_nr, the region's organisation number, so the funder cannot be named in open data.
export-open-format = 360Giving is written as json or csv (--format json or --format csv).
export-json-only-open = Only --what 360giving is written as JSON; choose --format xlsx or csv.
export-written-grants = Wrote { $file } ({ $count ->
    [one] one grant
   *[other] { $count } grants
}).
export-open-description = { $what } from appropriation 1:1{ $places ->
    [none] .
   *[other] {""}, in { $places }.
}
export-pabulib-description = Proposal for { $pot } { $year } from appropriation 1:1, scenario { $scenario } (anslag)
export-pabulib-decided-description = Decisions on { $pot } { $year } from appropriation 1:1, { $region } (anslag)
export-decided-only-pabulib = --decided and --year apply only to --what pabulib.
export-year-needs-decided = --year gives the year whose decisions are written and needs --decided.
export-pabulib-needs-pot = Choose the pot to write with --pot (projektmedel, foretagsstod or kommersiell_service).
export-pabulib-decided-written = Wrote { $file } ({ $count ->
    [one] one decided application
   *[other] { $count } decided applications
  }, { $selected } granted).
export-pabulib-written = Wrote { $file } ({ $count } applications, { $selected } in the proposal).
export-open-undated = Grants without a decision date are not written, because the standard requires the day of the decision: { $ids }.
export-decided = Already granted this year
