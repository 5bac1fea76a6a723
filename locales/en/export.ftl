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
