# cli

cli-about = Prioritising applications for the appropriation 1:1 Regional development measures (until 2021 Regional growth measures)
cli-commands-heading = Commands
cli-command-value = COMMAND
cli-arguments-heading = Arguments
cli-options-heading = Options
cli-help-flag = Show help
cli-format-table = a table in English for people
cli-format-json = stable JSON for programs
cli-format-csv = CSV with commas and decimal points for programs
cli-version-flag = Show the version
cli-format-help = Output format
cli-lang-help = Language of everything the program writes: sv (Swedish, the default) or en (English); without the flag, LANG decides
cli-options-value = [OPTIONS]
cli-possible-values-heading = Possible values:
cli-default-value = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-argument-error = error
cli-unreadable-command-line = the command line could not be read
cli-invalid-utf8 = an argument is not valid UTF-8
cli-valid-values = possible values: { $values }
cli-unknown-argument = unknown option or argument '{ $arg }'
cli-as-a-value = to give '{ $arg }' as a value: write '-- { $arg }'
cli-unknown-command = unknown command '{ $command }'
cli-did-you-mean = did you mean { $suggestions }?
cli-missing-arguments = these must be given: { $args }
cli-missing-command = a command must be given: { $commands }
cli-conflicting = { $arg } cannot be used together with { $prior }
cli-given-twice = { $arg } may be given only once
cli-needs-equals = { $arg } is written with an equals sign: { $arg }=VALUE
cli-wrong-number-of-values = { $arg } takes { $expected } values, not { $actual }
cli-unexpected-value = unexpected value '{ $value }' for { $arg }
cli-usage = Usage: { $usage }
cli-more-help = More help: { $command } --help
cli-yes = yes
cli-no = no
cli-hidden-columns = (Hidden so that the table fits: { $names }. Widen the window, or write to a file for the full width.)
cli-given = given from outside
cli-rank-heading = Ranking – { $scenario } ({ $candidates ->
    [one] { $candidates } application
   *[other] { $candidates } applications
} to assess)
cli-demand-line = {"  "}{ $pot }: requested { $demand }, budget { $budget }
cli-demand-heading = Requested amount against budget:
cli-no-budget = no budget
cli-warnings-hint = { $warnings } while reading; run `anslag validate` to see them.
cli-unknown-application = application "{ $id }" is not in the scenario{ $hint }
cli-scenario-missing = cannot find the scenario { $path }; check the path (e.g. scenarios/2021/bas.yaml)
cli-default-missing = cannot find the default scenario { $path }; give a scenario (e.g. scenarios/2021/bas.yaml)
cli-output-failed = could not write the output: { $why }
cli-explain-heading = Application { $id }: { $title }
cli-applicant = Applicant
cli-support = Support
cli-status = Status
cli-municipalities = Municipalities
cli-requested = Requested amount
cli-eligible-cost = Eligible cost
cli-cofinancing = Co-financing
cli-years = Per year
cli-partial = Can be partly funded down to
cli-decision-date = Decision date
cli-rules-used = Rules
cli-score = Score
cli-out-of-100 = out of 100
cli-given-score = The score is given from outside (e.g. by an external panel or a vote) and replaces the computed one; the parts are not computed.
cli-no-ratings = no ratings
cli-not-counted = Ratings not counted:
cli-outweighed = Outweighed ratings:
cli-eligible = Eligible
cli-eligible-yes = yes – every rule checked is met
cli-eligible-no = no – these rules are broken:
cli-unchecked = Could not be checked:
cli-manual = Checked by the case officer:
cli-source = source
cli-decision-body = Decided by (preliminary, on the requested amount)
cli-public = public
cli-private = private
cli-rank = Place in the ranking
cli-not-ranked = not ranked (not an application to assess this year)
cli-decided-by = Decided by (on the granted amount)
cli-not-a-candidate = The application is not assessed this year (it is already granted or has another status).
cli-part-line = { $name }: { $score } × { $weight } = { $points } p
cli-rank-of = { $rank } of { $of }
cli-optimise-heading = Proposed allocation – { $scenario }
cli-objective-line = Goal attainment: { $objective } (ranking and funding from the top: { $baseline }; difference { $gain })
cli-pots = Pots:
cli-overrides = Political locks and what they change:
cli-conflict-heading = The scenario's conditions cannot all hold at once:
cli-pot-line = {"  "}{ $pot }: budget { $budget }, allocated { $allocated }, left { $remaining }
cli-funded-heading = Funded ({ $n }):
cli-not-funded-heading = Not funded ({ $n }):
cli-locked = forced in
cli-versus-ranking = Compared with ranking and funding from the top:
cli-displaced-line = {"  "}{ $pot }: { $new } funded instead of { $old }
cli-baseline-missed = {"  "}the ranking does not meet { $limit }
cli-why-heading = Funding in the scenario:
cli-no-highs = HiGHS is not in this build; build with `cargo build --release --features highs` (needs cmake and libclang)
cli-usage-word = Usage
cli-whole-between = give a whole number from { $min } to { $max }
cli-number-between = give a number from { $min } to { $max }
cli-seconds-between = give seconds from { $min } to { $max }
cli-needs-value = { $arg } needs a value
cli-invalid-value = invalid value '{ $value }' for { $arg }
cli-either = { $first } or { $last }
cli-rank-headers-plats = Place
cli-rank-headers-id = Id
cli-rank-headers-titel = Title
cli-rank-headers-stod = Support
cli-rank-headers-sokt = Requested
cli-rank-headers-poang = Score
cli-rank-headers-forankring = Alignment
cli-rank-headers-agenda-2030 = Agenda 2030
cli-rank-headers-kvalitet = Quality
cli-rank-headers-stodberattigad = Eligible
cli-rank-headers-beslut-prel = Decision (prel.)
cli-funded-headers-id = Id
cli-funded-headers-titel = Title
cli-funded-headers-stod = Support
cli-funded-headers-belopp = Amount
cli-funded-headers-poang = Score
cli-funded-headers-beslutas-av = Decided by
cli-funded-headers-last = Locked
cli-not-funded-headers-id = Id
cli-not-funded-headers-titel = Title
cli-not-funded-headers-poang = Score
cli-not-funded-headers-skal = Reason
cli-not-funded-headers-budget-som-behovs = Budget needed
cli-not-funded-headers-poang-som-behovs = Score needed
cli-rank-footer = { $ineligible } not eligible (not considered for funding); { $others } { cli-not-candidates }.
cli-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
cli-problems-summary = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
} and { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}.
cli-validate-ok = { $file }: no errors ({ $applications ->
    [one] { $applications } application
   *[other] { $applications } applications
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}).
cli-status-rank-optimal = every step down the ranking proven
cli-status-rank-feasible = feasible, but there was not time to try everyone down the ranking
cli-status-optimal = proven optimal
cli-status-feasible = feasible but not proven optimal (at most { $gap } % from the best possible)
cli-status-infeasible = impossible
cli-status-none = no allocation was found within the time limit
cli-status-line = Status: { $what } · computed in { $seconds } s with { $solver }
cli-form-konsultstod = Consultancy support
cli-form-mikrobidrag = Micro-grant
cli-form-innovationsstod = Innovation support
cli-form-socialt-foretag = Social enterprise
cli-form-turism-samverkan = Tourism cooperation
cli-form-investeringsbidrag = Investment grant
cli-form-miljo-energi = Environment and energy
cli-form-servicebidrag = Service grant
cli-form-hemsandningsbidrag = Home-delivery grant
cli-form-sarskilt-driftstod = Special operating aid
cli-status-intresseanmalan = expression of interest
cli-status-ansokan = application
cli-status-under-beredning = being prepared
cli-status-beviljad = granted
cli-status-avslagen = rejected
cli-status-pagaende = ongoing
cli-status-avslutad = closed
cli-value-kalkylblad = SPREADSHEET
cli-value-fil = FILE
cli-value-mapp = FOLDER
cli-value-scenario = SCENARIO
cli-value-vad = WHAT
cli-value-namn = NAME
cli-value-id = ID
cli-value-blad = SHEET
cli-value-adress-port = ADDRESS:PORT
cli-value-sekunder = SECONDS
cli-value-antal = COUNT
cli-value-niva = LEVEL
cli-value-pott = POT
cli-value-format = FORMAT
cli-value-losare = SOLVER
cli-value-fall = CASE
cli-value-storlekar = SIZES
cli-value-fro = SEED
cli-value-procent = PERCENT
cli-value-sprak = LANGUAGE

# The commands' and arguments' help (--help), by command: cli-cmd-COMMAND, cli-arg-COMMAND-ARGUMENT,
# cli-value-help-COMMAND-ARGUMENT-VALUE.
cli-cmd-user-add = Adds an account or changes its password; the password is read from the terminal (without echo) or from standard input
cli-arg-user-add-name = The user name
cli-arg-user-add-data = The data folder (default: the shipped one); the accounts go into its konton.yaml
cli-cmd-user-remove = Removes an account; its logins end at the next page view
cli-arg-user-remove-name = The user name
cli-arg-user-remove-data = The data folder (default: the shipped one)
cli-cmd-validate = Reads scenarios with everything they point to and shows every error and warning
cli-arg-validate-scenarios = Scenario files (default: scenarios/2021/bas.yaml)
cli-cmd-rank = Ranks the applications with part scores, eligibility and preliminary decision-maker
cli-arg-rank-scenario = Scenario file (default: scenarios/2021/bas.yaml)
cli-cmd-optimise = Proposes an allocation within the budget, proven optimal, beside the ranking
cli-arg-optimise-scenario = Scenario file (default: scenarios/2021/bas.yaml)
cli-arg-optimise-time-limit = Time limit in seconds for a solution (replaces the scenario's time_limit)
cli-arg-optimise-no-counterfactuals = Skip the counterfactual calculations (the budget and score that would be needed)
cli-arg-optimise-solver = Solver: microlp (default, pure Rust) or highs (needs the build with --features highs)
cli-arg-optimise-charts = Write charts (SVG) of the allocation into this folder
cli-arg-optimise-force = Overwrite charts that already exist (the current ones are kept as ….forra)
cli-cmd-bench = Measures the optimisation's time and memory (for developers; writes a Markdown table)
cli-arg-bench-sizes = Sizes of synthetic portfolios
cli-arg-bench-seed = Random seeds of the synthetic portfolios, e.g. 1,2,3 (each size with each seed)
cli-arg-bench-mknapcb1 = The OR-Library file mknapcb1.txt (left out if not given)
cli-arg-bench-case = Runs a single case in this process (used by bench itself)
cli-arg-bench-scenario = The scenario the synthetic portfolios build on
cli-arg-bench-lp = Write the case's model (--case) in CPLEX LP format to the file instead of solving it, to try it with another solver
cli-arg-bench-force = Overwrite an existing file with --lp (the current one is kept as ….forra)
cli-arg-bench-time-limit = Time limit per case in seconds
cli-arg-bench-web = Measure the web server under load (the shipped data and portfolios of the --sizes sizes)
cli-arg-bench-siege = Attack the server as an exposed server is attacked: a login flood (--clients clients for --seconds seconds) and slow clients; measures answers, memory and how long they are held
cli-arg-bench-server = The program attacked with --siege (default: this one; an older build to compare)
cli-arg-bench-clients = Concurrent clients for --web
cli-arg-bench-seconds = Seconds per kind of request for --web
cli-cmd-compare = Compares two scenarios' allocations: what comes in, what drops out and how the money moves
cli-arg-compare-a = The scenario to compare from
cli-arg-compare-b = The scenario to compare with
cli-cmd-sweep = The budget curve: the best allocation over a span of budgets, and when each application comes in
cli-arg-sweep-scenario = Scenario file (default: scenarios/2021/bas.yaml)
cli-arg-sweep-pot = A pot to vary (projektmedel, foretagsstod, kommersiell_service); without it, all are scaled
cli-arg-sweep-from = From: per cent of the budget (all pots) or an amount (one pot), e.g. 50 or "10 mkr"
cli-arg-sweep-to = To: per cent of the budget (all pots) or an amount (one pot)
cli-arg-sweep-steps = Number of budget levels (2–1,000)
cli-arg-sweep-svg = Write the budget curve as an SVG chart to this file
cli-arg-sweep-force = Overwrite an existing file with --svg (the current one is kept as ….forra)
cli-cmd-stability = How often each application is funded when the weights vary
cli-arg-stability-scenario = Scenario file (default: scenarios/2021/bas.yaml)
cli-arg-stability-spread = How much each weight may vary, in per cent (±, 0–100)
cli-arg-stability-draws = Number of draws (1–100,000)
cli-arg-stability-seed = Random seed (the same seed gives the same result)
cli-cmd-export = Writes the ranking, the proposal or a comparison as a spreadsheet (XLSX, or CSV for Swedish Excel)
cli-arg-export-scenario = Scenario file (default: scenarios/2021/bas.yaml)
cli-arg-export-what = What is written
cli-arg-export-format = File format
cli-arg-export-output = The file written
cli-arg-export-with = The scenario to compare with (for --what comparison)
cli-arg-export-force = Overwrite an existing file (the current one is kept as ….forra)
cli-arg-export-pot = The pot written (for --what pabulib)
cli-arg-export-decided = Write the year's recorded decisions instead of the proposal (for --what pabulib)
cli-arg-export-year = The year whose decisions are written (with --decided; default: the scenario's year)
cli-cmd-import = Reads a list of applications from CSV or XLSX and writes it as ansokningar.yaml
cli-arg-import-file = The spreadsheet (.csv or .xlsx)
cli-arg-import-output = The file written
cli-arg-import-mapping = A mapping file when the headings differ from the documented layout
cli-arg-import-sheet = The sheet to read (XLSX; default: the first)
cli-arg-import-scenario = The scenario whose strategies, Agenda 2030 and rules the rows are checked against
cli-arg-import-skip-invalid = Write the rows that are whole and list those that were skipped
cli-arg-import-force = Overwrite an existing file (the current one is kept as ….forra)
cli-arg-import-register = Read aid of minor importance (de minimis) into the aid register instead of applications
cli-arg-import-add = Add the aid at the end of an existing aid register (-o) instead of writing a new file; the previous version is kept as ….forra
cli-cmd-serve = Starts the web interface (default: http://127.0.0.1:8080 with the shipped data)
cli-arg-serve-bind = Address and port to listen on; an address other than 127.0.0.1 shows only the public view (except with --behind-proxy)
cli-arg-serve-data = The data folder with scenarios/ and strategies/ (default: the shipped one)
cli-arg-serve-behind-proxy = The server is reached through a reverse proxy that handles TLS (HTTPS): everything but the public view requires logging in with accounts in the data folder's konton.yaml
cli-arg-serve-hosts = A name the server is reached under, besides 127.0.0.1 and localhost (e.g. the proxy's anslag.region.se); may be given several times. Other names are refused (protection against DNS rebinding)
cli-cmd-user = Manages the accounts for logging in (`serve --behind-proxy`)
cli-cmd-explain = Explains an application's score, rules and decision-maker
cli-arg-explain-id = The application's id, e.g. 2021-0004
cli-arg-explain-scenario = Scenario file (default: scenarios/2021/bas.yaml)
cli-value-help-export-what-ranking = The ranking with part scores, rules and the proposal
cli-value-help-export-what-allocation = The proposal: each application with decision, amount and reason, and the money per pot
cli-value-help-export-what-comparison = The difference from the scenario in --with
cli-value-help-export-what-de-minimis = The region's own grants of aid of minor importance, for the national register
cli-value-help-export-format-xlsx = Excel workbook with krona formats, a locked heading row and filters
cli-value-help-export-format-csv = CSV for Swedish Excel: semicolons, decimal commas, BOM
cli-value-help-export-what-360giving = The decided grants as open data in the 360Giving standard (JSON or CSV)
cli-value-help-export-what-pabulib = A pot's proposal as a Pabulib file (.pb) for research on budget allocation
cli-value-help-export-format-json = JSON (only for --what 360giving)
cli-strategy-line = Strategy: { $name }. { $explanation }
cli-rank-objective-line = Sum of the scores of those funded: { $total }
cli-other-strategies = With the other strategies:
cli-id-list-more = { $ids } and { $more } more
cli-other-strategy-line = { "  " }{ $name }: { $funded } applications. { $n_entering ->
    [0] None comes in
   *[other] Coming in ({ $n_entering }): { $entering }
}. { $n_leaving ->
    [0] None drops out
   *[other] Dropping out ({ $n_leaving }): { $leaving }
}.
cli-cmd-decide = Records a meeting's decisions: the proposal for the body's applications, with the changes the body made (each with its reason), in ansokningar.beslut.yaml
cli-arg-decide-scenario = Scenario file whose proposal the decisions start from (default: scenarios/2021/bas.yaml)
cli-arg-decide-body = The body that decided, as the guideline names it (e.g. "Regionala utvecklingsnämnden")
cli-arg-decide-date = The decision date, YYYY-MM-DD
cli-arg-decide-case-number = The decision's case number or paragraph (e.g. "RUN 2021/45 § 12")
cli-arg-decide-grant = Granted, with another amount or although not proposed: ID or ID=AMOUNT; may be repeated
cli-arg-decide-reject = Rejected although proposed: ID; may be repeated
cli-arg-decide-reason = The reason for a change: ID=TEXT; required for every --grant and --reject that departs from the proposal
cli-arg-decide-who = Who records the decisions (for the log; default: the logged-in user)
cli-arg-decide-dry-run = Show the decisions without writing anything
cli-decide-needs-date = Give the decision date with --date YYYY-MM-DD.
cli-decide-which-body = Give the body that decided with --body: { $bodies }.
cli-decide-unknown-body = "{ $body }" decides no application in the proposal. Choose from: { $bodies }.
cli-decide-bad-date = "{ $date }" is not a date; write YYYY-MM-DD.
cli-decide-bad-reason = "{ $text }": write the reason as ID=TEXT, e.g. --reason "2021-0008=The board gave priority to skills".
cli-decide-bad-amount = "{ $text }" is not an amount; write e.g. 800000 or "800 000".
cli-decide-reason-without-change = --reason for { $id } but no --grant or --reject for it.
cli-decide-twice = { $id } is given twice.
cli-decide-not-proposed = not proposed
cli-decide-granted = Granted
cli-decide-rejected = Rejected
cli-decide-col-id = Application
cli-decide-col-title = Title
cli-decide-col-proposed = Proposal
cli-decide-col-decision = Decision
cli-decide-col-amount = Granted
cli-decide-col-change = Reason for the change
cli-decide-command-line = the command line
cli-decide-nothing-written = No decision was written:
cli-decide-dry-run = Dry run: nothing written. Without --dry-run the decisions are recorded for { $body } { $date }.
cli-decide-saved = { $granted } granted ({ $amount }), { $rejected } rejected, { $changed ->
    [0] no changes from the proposal
    [one] one change from the proposal
   *[other] { $changed } changes from the proposal
}. Written to { $file }.
cli-pot-line-decided = {"  "}{ $pot }: budget { $budget }, already granted this year { $decided }, proposed { $allocated }, left { $remaining }
cli-cmd-report = Annual reports on recorded decisions: the conditions decision and the report to the committee
cli-cmd-report-villkor = Annual report on the conditions decision: granted 1:1 funds per pot and support form, national strategy, target area, municipality, payments per year and commitment authority
cli-arg-report-villkor-scenario = Scenario file (default: scenarios/2021/bas.yaml)
cli-arg-report-villkor-year = The year reported (default: the scenario's year)
cli-arg-report-villkor-format = Output format; csv gives the year's granted applications for programs
cli-arg-report-villkor-output = Also save the report as a workbook (XLSX), one sheet per table
cli-arg-report-villkor-force = Replace an existing file (the old one is kept as .forra)
cli-cmd-report-run = Annual report to the committee: the year's decisions, what each pot funded, projects under way and a project presentation per granted project
cli-arg-report-run-scenario = Scenario file (default: scenarios/2021/bas.yaml)
cli-arg-report-run-year = The year reported (default: the scenario's year)
cli-arg-report-run-format = Output format; csv gives the year's granted applications for programs
cli-arg-report-run-output = A workbook exists only for the conditions report
cli-arg-report-run-force = Replace an existing file
cli-cmd-report-lan = The whole county: applied and granted per municipality, kronor per inhabitant, share granted and how evenly the money is spread (Gini coefficient, most against least)
cli-arg-report-lan-scenario = Scenario file (default: scenarios/2021/bas.yaml)
cli-arg-report-lan-year = The year reported (default: the scenario's year)
cli-arg-report-lan-format = Output format
cli-arg-report-lan-output = A workbook exists only for the conditions report
cli-arg-report-lan-force = Replace an existing file
