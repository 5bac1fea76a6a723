//! Every sentence a user reads, one module per area: each function names its message in the
//! Fluent files (`locales/sv/AREA.ftl`, `locales/en/AREA.ftl`) and gives it its arguments, in
//! the language of the moment ([`crate::i18n`]). What the region's data files say about
//! themselves (YAML comments, the audit log's columns) stays Swedish: those files are shared by
//! everyone who edits the data.

/// A number with as few decimals as it needs, the current language's way: `0,1`, `86 400`.
fn cli_number(v: f64) -> String {
    // Rust writes the shortest text that reads back as `v` (0.001, not 0.00100000000000000002).
    let d: rust_decimal::Decimal = format!("{v}").parse().unwrap_or_default();
    let d = d.normalize();
    match crate::i18n::current() {
        crate::i18n::Lang::Sv => crate::money::group_swedish(d, d.scale()),
        crate::i18n::Lang::En => crate::format::en_number(v, d.scale() as usize),
    }
}

/// The operating system's errors, in Swedish. The system's own (English) words go to the
/// trace only (`ANSLAG_TRACE=1`).
pub mod os {
    use std::io::ErrorKind;

    /// What went wrong with a file or a connection, in plain words, in the current language.
    pub fn io_error(e: &std::io::Error) -> String {
        io_error_text(e).render()
    }

    /// What went wrong, kept to be written in a reader's language later.
    pub fn io_error_text(e: &std::io::Error) -> crate::i18n::Text {
        crate::problem::trace("io", e);
        match e.kind() {
            ErrorKind::NotFound => crate::tt!("os-not-found"),
            ErrorKind::PermissionDenied => crate::tt!("os-permission-denied"),
            ErrorKind::AlreadyExists => crate::tt!("os-already-exists"),
            ErrorKind::IsADirectory => crate::tt!("os-is-a-directory"),
            ErrorKind::NotADirectory => crate::tt!("os-not-a-directory"),
            ErrorKind::StorageFull => crate::tt!("os-storage-full"),
            ErrorKind::ReadOnlyFilesystem => crate::tt!("os-read-only-filesystem"),
            ErrorKind::FileTooLarge => crate::tt!("os-file-too-large"),
            ErrorKind::InvalidFilename => crate::tt!("os-invalid-filename"),
            ErrorKind::AddrInUse => crate::tt!("os-addr-in-use"),
            ErrorKind::AddrNotAvailable => crate::tt!("os-addr-not-available"),
            ErrorKind::ConnectionRefused => crate::tt!("os-connection-refused"),
            ErrorKind::TimedOut => crate::tt!("os-timed-out"),
            ErrorKind::Interrupted => crate::tt!("os-interrupted"),
            ErrorKind::InvalidData => crate::tt!("os-invalid-data"),
            ErrorKind::UnexpectedEof => crate::tt!("os-unexpected-eof"),
            ErrorKind::OutOfMemory => crate::tt!("os-out-of-memory"),
            _ => match e.raw_os_error() {
                Some(code) => crate::tt!("os-error-number", code = code.to_string()),
                None => crate::tt!("os-error"),
            },
        }
    }
}

/// Files that a command writes because the user named them (`-o`, `--svg`, `--lp`).
pub mod output {
    pub fn wrong_extension(path: &str, wanted: &[&str]) -> String {
        let list: Vec<String> = wanted.iter().map(|e| format!(".{e}")).collect();
        crate::t!(
            "output-wrong-extension",
            path = path,
            kind = wanted.first().map_or(String::new(), |e| e.to_uppercase()),
            endings = super::cli::either(&list)
        )
    }

    pub fn exists(path: &str) -> String {
        crate::t!("output-exists", path = path)
    }

    pub fn is_directory(path: &str) -> String {
        crate::t!("output-is-directory", path = path)
    }

    pub fn kept_previous(path: &str) -> String {
        crate::t!("output-kept-previous", path = path)
    }

    pub fn cannot_write(path: &str, e: &std::io::Error) -> String {
        crate::t!(
            "output-cannot-write",
            path = path,
            why = super::os::io_error(e)
        )
    }
}

/// Problems found while reading files.
pub mod files {
    use crate::date::Date;
    use crate::i18n::{IntoTextArg, Msg, Text};
    use crate::money::Sek;
    use crate::problem::Loc;

    pub const WARNING_PREFIX: Msg = Msg("files-warning-prefix");
    pub const KIND_NULL: Msg = Msg("files-kind-null");
    pub const KIND_SEQ: Msg = Msg("files-kind-seq");
    pub const KIND_MAP: Msg = Msg("files-kind-map");

    pub const YAML_SYNTAX: Msg = Msg("files-yaml-syntax");
    pub const YAML_MANY_DOCUMENTS: Msg = Msg("files-yaml-many-documents");
    pub const YAML_UNKNOWN_ALIAS: Msg = Msg("files-yaml-unknown-alias");
    pub const YAML_TOO_LARGE: Msg = Msg("files-yaml-too-large");
    pub const VALUE_TOO_LONG: Msg = Msg("files-value-too-long");
    pub const YAML_TOO_DEEP: Msg = Msg("files-yaml-too-deep");
    pub const IS_DIRECTORY: Msg = Msg("files-is-directory");
    pub const FILE_TOO_LARGE: Msg = Msg("files-file-too-large");
    pub const NOT_UTF8: Msg = Msg("files-not-utf8");

    pub const EXPECT_TEXT: Msg = Msg("files-expect-text");
    pub const EXPECT_BOOL: Msg = Msg("files-expect-bool");
    pub const EXPECT_WHOLE: Msg = Msg("files-expect-whole");
    pub const EXPECT_NUMBER: Msg = Msg("files-expect-number");
    pub const EXPECT_AMOUNT: Msg = Msg("files-expect-amount");
    pub const EXPECT_DATE: Msg = Msg("files-expect-date");
    pub const EXPECT_LIST: Msg = Msg("files-expect-list");
    pub const EXPECT_MAP: Msg = Msg("files-expect-map");
    pub const EXPECT_KEY: Msg = Msg("files-expect-key");
    pub const EXPECT_PATH: Msg = Msg("files-expect-path");
    pub const EXPECT_APPLICATION_LIST: Msg = Msg("files-expect-application-list");
    pub const TEXT_TOO_LONG: Msg = Msg("files-text-too-long");
    pub const NOT_A_SCENARIO: Msg = Msg("files-not-a-scenario");

    pub const NO_RUS_NODE: Msg = Msg("files-no-rus-node");
    pub const MANY_RUS_NODES: Msg = Msg("files-many-rus-nodes");
    pub const NO_PARENTS: Msg = Msg("files-no-parents");
    pub const INFORMATIONAL_WITH_PARENTS: Msg = Msg("files-informational-with-parents");
    pub const RUS_WITH_PARENTS: Msg = Msg("files-rus-with-parents");
    pub const BAD_WEIGHT: Msg = Msg("files-bad-weight");
    pub const BAD_GOAL_NUMBER: Msg = Msg("files-bad-goal-number");
    pub const ZERO_CRITERIA_WEIGHTS: Msg = Msg("files-zero-criteria-weights");
    pub const BAD_NAME: Msg = Msg("files-bad-name");
    pub const RATE_NOT_PLAUSIBLE: Msg = Msg("files-rate-not-plausible");
    pub const NO_MUNICIPALITY: Msg = Msg("files-no-municipality");
    pub const ZERO_REQUESTED: Msg = Msg("files-zero-requested");
    pub const NOT_WHOLE_KRONOR: Msg = Msg("files-not-whole-kronor");
    pub const BAD_PARTIAL_MIN: Msg = Msg("files-bad-partial-min");
    pub const NO_YEARS: Msg = Msg("files-no-years");
    pub const ZERO_ELIGIBLE_COST: Msg = Msg("files-zero-eligible-cost");
    pub const BAD_SCORE: Msg = Msg("files-bad-score");
    pub const BAD_BUDGET_SCALE: Msg = Msg("files-bad-budget-scale");
    pub const BAD_TIME_LIMIT: Msg = Msg("files-bad-time-limit");
    pub const PARTS_CANNOT_NORMALISE: Msg = Msg("files-parts-cannot-normalise");
    pub const SHARE_NEEDS_BOUND: Msg = Msg("files-share-needs-bound");
    pub const SHARE_MIN_ABOVE_MAX: Msg = Msg("files-share-min-above-max");
    pub const AT_MOST_ONE_NEEDS_TWO: Msg = Msg("files-at-most-one-needs-two");

    pub fn did_you_mean(candidate: &str) -> Text {
        crate::tt!("files-did-you-mean", candidate = candidate)
    }

    pub fn expected(
        key: &str,
        what: impl IntoTextArg + Clone,
        got: impl IntoTextArg + Clone,
    ) -> Text {
        if key.is_empty() {
            crate::tt!("files-expected", what = what, got = got)
        } else {
            crate::tt!("files-expected-at", key = key, what = what, got = got)
        }
    }

    pub fn negative_number(key: &str, text: &str) -> Text {
        crate::tt!("files-negative-number", key = key, text = text)
    }

    pub fn bad_amount(key: &str, text: &str, why: impl IntoTextArg) -> Text {
        crate::tt!("files-bad-amount", key = key, text = text, why = why)
    }

    pub fn bad_rating(key: &str, got: Text) -> Text {
        crate::tt!("files-bad-rating", key = key, got = got)
    }

    pub fn bad_choice(key: &str, text: &str, hint: Text, choices: &[&str]) -> Text {
        crate::tt!(
            "files-bad-choice",
            key = key,
            text = text,
            hint = hint,
            choices = choices.join(", ")
        )
    }

    pub fn unknown_key(key: &str, hint: Text, allowed: &[&str]) -> Text {
        crate::tt!(
            "files-unknown-key",
            key = key,
            hint = hint,
            allowed = allowed.join(", ")
        )
    }

    pub fn repeated_key(key: &str, first: &Loc) -> Text {
        crate::tt!(
            "files-repeated-key",
            key = key,
            line = first.line.to_string(),
            column = first.column.to_string()
        )
    }

    pub fn duplicate_key(key: &str) -> Text {
        crate::tt!("files-duplicate-key", key = key)
    }

    pub fn missing_key(key: &str) -> Text {
        crate::tt!("files-missing-key", key = key)
    }

    pub fn cannot_read(e: &std::io::Error) -> Text {
        crate::tt!("files-cannot-read", why = super::os::io_error_text(e))
    }

    /// A YAML syntax error told in Swedish from the parser's (English) description; the
    /// description itself goes to the trace.
    pub fn yaml_syntax(info: &str) -> Text {
        crate::problem::trace("yaml", &info);
        let has = |part: &str| info.contains(part);
        let why = if has("tab") {
            crate::tt!("files-yaml-tab")
        } else if has("mapping values are not allowed") || has("illegal placement of ':'") {
            crate::tt!("files-yaml-colon")
        } else if has("did not find expected key") || has("mapping keys are not allowed") {
            crate::tt!("files-yaml-key")
        } else if has("'-' indicator") || has("block sequence entries are not allowed") {
            crate::tt!("files-yaml-dash")
        } else if has("flow mapping") || has("'}'") {
            crate::tt!("files-yaml-flow-map")
        } else if has("flow sequence") || has("']'") || has("misplaced bracket") {
            crate::tt!("files-yaml-flow-seq")
        } else if has("quoted scalar, found unexpected") {
            crate::tt!("files-yaml-unclosed-quote")
        } else if has("escape") || has("hexadecimal") || has("Unicode character") {
            crate::tt!("files-yaml-escape")
        } else if has("after double-quoted scalar") {
            crate::tt!("files-yaml-after-quote")
        } else if has("duplicated anchor") {
            crate::tt!("files-yaml-duplicate-anchor")
        } else if has("unknown anchor") {
            Text::from(YAML_UNKNOWN_ALIAS)
        } else if has("recursion limit") {
            Text::from(YAML_TOO_DEEP)
        } else if has("unprintable character") || has("byte order mark") {
            crate::tt!("files-yaml-control")
        } else if has("must be followed by a valid YAML whitespace") || has("expected whitespace") {
            crate::tt!("files-yaml-space-after")
        } else if has("simple key") {
            crate::tt!("files-yaml-simple-key")
        } else if has("comment intercepting") {
            crate::tt!("files-yaml-comment")
        } else if has("indentation") || has("wrongly indented") {
            crate::tt!("files-yaml-indentation")
        } else if has("tag") || has("directive") || has("document") {
            crate::tt!("files-yaml-tag")
        } else if has("node content") || has("plain scalar") || has("unexpected character") {
            crate::tt!("files-yaml-reserved")
        } else if has("unexpected eof") || has("end of stream") {
            crate::tt!("files-yaml-eof")
        } else {
            crate::tt!("files-yaml-other")
        };
        crate::tt!("files-yaml-syntax-why", why = why)
    }

    pub fn missing_file(path: &str) -> Text {
        crate::tt!("files-missing-file", path = path)
    }

    pub fn node_context(id: &str) -> Text {
        crate::tt!("files-node-context", id = id)
    }

    pub fn application_context(id: &str) -> Text {
        crate::tt!("files-application-context", id = id)
    }

    pub fn constraint_context(name: &str) -> Text {
        crate::tt!("files-constraint-context", name = name)
    }

    pub fn period_context(from: Date) -> Text {
        crate::tt!("files-period-context", from = from)
    }

    pub fn rules_from(from: Date) -> Text {
        crate::tt!("files-rules-from", from = from)
    }

    pub fn duplicate_id(id: &str, first: &Loc) -> Text {
        crate::tt!("files-duplicate-id", id = id, first = first.line)
    }

    pub fn bad_node_id(id: &str) -> Text {
        crate::tt!("files-bad-node-id", id = id)
    }

    pub fn unknown_node(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-node", id = id, hint = hint)
    }

    pub fn parent_not_scoring(id: &str) -> Text {
        crate::tt!("files-parent-not-scoring", id = id)
    }

    pub fn unknown_plan(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-plan", id = id, hint = hint)
    }

    pub fn unknown_national(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-national", id = id, hint = hint)
    }

    pub fn cycle(ids: &[String]) -> Text {
        crate::tt!(
            "files-cycle",
            ids = ids
                .iter()
                .map(|i| format!("\"{i}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }

    pub fn duplicate_goal(n: u8) -> Text {
        crate::tt!("files-duplicate-goal", n = n)
    }

    pub fn unknown_goal(n: u32) -> Text {
        crate::tt!("files-unknown-goal", n = n)
    }

    pub fn unknown_goal_key(text: &str) -> Text {
        crate::tt!("files-unknown-goal-key", text = text)
    }

    pub fn goal_in_two_groups(n: u8, other: &str) -> Text {
        crate::tt!("files-goal-in-two-groups", n = n, other = other)
    }

    pub fn goal_without_group(n: u8) -> Text {
        crate::tt!("files-goal-without-group", n = n)
    }

    pub fn periods_out_of_order(previous: Date) -> Text {
        crate::tt!("files-periods-out-of-order", previous = previous)
    }

    pub fn first_period_needs(section: &str) -> Text {
        crate::tt!("files-first-period-needs", section = section)
    }

    pub fn unknown_support(key: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-support", key = key, hint = hint)
    }

    pub fn form_in_wrong_pot(form: &str, support: &str) -> Text {
        crate::tt!("files-form-in-wrong-pot", form = form, support = support)
    }

    pub fn form_required(support: &str) -> Text {
        crate::tt!("files-form-required", support = support)
    }

    pub fn share_out_of_range(key: &str) -> Text {
        crate::tt!("files-share-out-of-range", key = key)
    }

    pub fn duplicate_criterion(id: &str) -> Text {
        crate::tt!("files-duplicate-criterion", id = id)
    }

    pub fn bad_org_nr(nr: &str) -> Text {
        crate::tt!("files-bad-org-nr", nr = nr)
    }

    pub fn unknown_municipality(name: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-municipality", name = name, hint = hint)
    }

    pub fn partial_above_requested(min: Sek, requested: Sek) -> Text {
        crate::tt!(
            "files-partial-above-requested",
            min = min,
            requested = requested
        )
    }

    pub fn bad_year(text: &str) -> Text {
        crate::tt!("files-bad-year", text = text)
    }

    pub fn years_do_not_sum(sum: Sek, requested: Sek) -> Text {
        crate::tt!("files-years-do-not-sum", sum = sum, requested = requested)
    }

    pub fn rated_informational(id: &str) -> Text {
        crate::tt!("files-rated-informational", id = id)
    }

    pub fn node_not_yet_valid(id: &str, from: Date, on: Date) -> Text {
        crate::tt!("files-node-not-yet-valid", id = id, from = from, on = on)
    }

    pub fn rated_with_ancestor(id: &str, ancestor: &str) -> Text {
        crate::tt!("files-rated-with-ancestor", id = id, ancestor = ancestor)
    }

    pub fn unknown_criterion(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-criterion", id = id, hint = hint)
    }

    pub fn base_cycle(files: &[String]) -> Text {
        crate::tt!("files-base-cycle", files = files.join(" → "))
    }

    pub fn coverage_by(text: &str) -> Text {
        crate::tt!("files-coverage-by", text = text)
    }

    pub fn duplicate_constraint(name: &str) -> Text {
        crate::tt!("files-duplicate-constraint", name = name)
    }

    pub fn no_rules_at(id: &str, date: Date) -> Text {
        crate::tt!("files-no-rules-at", id = id, date = date)
    }

    pub fn no_decision_date(id: &str, date: Date) -> Text {
        crate::tt!("files-no-decision-date", id = id, date = date)
    }

    pub fn must_fund_ineligible(id: &str) -> Text {
        crate::tt!("files-must-fund-ineligible", id = id)
    }

    pub fn must_fund_and_excluded(id: &str) -> Text {
        crate::tt!("files-must-fund-and-excluded", id = id)
    }

    pub fn must_fund_not_candidate(id: &str, status: &str) -> Text {
        crate::tt!("files-must-fund-not-candidate", id = id, status = status)
    }

    pub fn unknown_application(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-application", id = id, hint = hint)
    }

    pub fn no_budget_for_pot(pot: Msg) -> Text {
        crate::tt!("files-no-budget-for-pot", pot = pot)
    }

    pub fn node_serves_nothing(id: &str) -> Text {
        crate::tt!("files-node-serves-nothing", id = id)
    }

    pub fn no_such_edge(parent: &str, child: &str) -> Text {
        crate::tt!("files-no-such-edge", child = child, parent = parent)
    }

    pub fn unknown_group(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-group", id = id, hint = hint)
    }

    pub fn zero_weights(part: Msg, node: &str) -> Text {
        crate::tt!("files-zero-weights", part = part, node = node)
    }
}

/// Amounts of money.
pub mod money {
    use crate::i18n::Msg;
    pub const NOT_A_NUMBER: Msg = Msg("money-not-a-number");
    pub const NEGATIVE: Msg = Msg("money-negative");
    pub const BAD_GROUPING: Msg = Msg("money-bad-grouping");
    pub const TOO_MANY_DECIMALS: Msg = Msg("money-too-many-decimals");
    pub const TOO_LARGE: Msg = Msg("money-too-large");
}

/// The guideline's rules, broken.
pub mod rules {
    use crate::i18n::{Msg, Text, TextArg};
    use rust_decimal::Decimal;

    use crate::date::Date;
    use crate::money::Sek;

    pub const OPERATING_AID: Msg = Msg("rules-operating-aid");
    pub const NO_STRATEGY_LINK: Msg = Msg("rules-no-strategy-link");
    pub const IN_DIFFICULTY: Msg = Msg("rules-in-difficulty");
    pub const NOT_OPEN_ALL_YEAR: Msg = Msg("rules-not-open-all-year");
    pub const NO_ELIGIBLE_COST_SHARE: Msg = Msg("rules-no-eligible-cost-share");
    pub const NO_ELIGIBLE_COST_OVERFINANCING: Msg = Msg("rules-no-eligible-cost-overfinancing");
    pub const NO_COMPANY: Msg = Msg("rules-no-company");
    pub const NO_STORE: Msg = Msg("rules-no-store");
    pub const NO_DISTANCE: Msg = Msg("rules-no-distance");
    pub const NO_TURNOVER: Msg = Msg("rules-no-turnover");

    pub fn no_rules_for_support(support: Msg) -> Text {
        crate::tt!("rules-no-rules-for-support", s = support)
    }

    pub fn form_not_in_rules(form: &str) -> Text {
        crate::tt!("rules-form-not-in-rules", form = form)
    }

    pub fn wrong_applicant(kind: Msg, allowed: &[Msg]) -> Text {
        crate::tt!(
            "rules-wrong-applicant",
            kind = kind,
            allowed = Text::Joined(allowed.iter().map(|&m| m.into()).collect(), ", ")
        )
    }

    pub fn share_too_high(share: &str, cap: &str, max_grant: Sek, with_public: bool) -> Text {
        if with_public {
            crate::tt!(
                "rules-share-too-high-with-public",
                share = share,
                cap = cap,
                max_grant = max_grant
            )
        } else {
            crate::tt!(
                "rules-share-too-high",
                share = share,
                cap = cap,
                max_grant = max_grant
            )
        }
    }

    pub fn overfinanced(total: Sek, cost: Sek, max_grant: Sek) -> Text {
        crate::tt!(
            "rules-overfinanced",
            total = total,
            cost = cost,
            max_grant = max_grant
        )
    }

    pub fn started_before_application(received: Date, start: Date) -> Text {
        crate::tt!(
            "rules-started-before-application",
            start = start,
            received = received
        )
    }

    /// The limits of a small or medium-sized enterprise: employees, and turnover and balance
    /// sheet in euro.
    pub fn not_sme(
        employees: u32,
        max_employees: u32,
        max_turnover: f64,
        max_balance: f64,
    ) -> Text {
        crate::tt!(
            "rules-not-sme",
            employees = employees,
            max_employees = max_employees,
            max_turnover = TextArg::Number(max_turnover, 0),
            max_balance = TextArg::Number(max_balance, 0)
        )
    }

    /// `ceiling` in euro over `period` (the guideline's own words), `rate` in kronor per euro.
    pub fn de_minimis(room: Sek, ceiling: f64, period: &str, rate: f64, received: Sek) -> Text {
        crate::tt!(
            "rules-de-minimis",
            ceiling = TextArg::Number(ceiling, 0),
            period = period,
            rate = TextArg::Number(rate, 2),
            received = received,
            room = room
        )
    }

    pub fn amount_too_high(form: &str, max: Sek) -> Text {
        crate::tt!("rules-amount-too-high", form = form, max = max)
    }

    pub fn yearly_too_high(year: i32, amount: Sek, max: Sek, strategic: bool) -> Text {
        if strategic {
            crate::tt!(
                "rules-yearly-too-high-strategic",
                amount = amount,
                year = year,
                max = max
            )
        } else {
            crate::tt!(
                "rules-yearly-too-high",
                amount = amount,
                year = year,
                max = max
            )
        }
    }

    pub fn too_many_years(n: u32, max: u32) -> Text {
        crate::tt!("rules-too-many-years", n = n, max = max)
    }

    pub fn too_close(distance: Decimal, min: Decimal) -> Text {
        crate::tt!(
            "rules-too-close",
            distance = distance.normalize().to_string().replace('.', ","),
            min = min.normalize().to_string().replace('.', ",")
        )
    }

    pub fn turnover_too_high(turnover: Sek, max: Sek) -> Text {
        crate::tt!(
            "rules-turnover-too-high",
            turnover = TextArg::Short(turnover),
            max = TextArg::Short(max)
        )
    }
}

/// Explanations of scores.
pub mod explain {
    use crate::i18n::Msg;
    pub const MERGED_PATHS: Msg = Msg("explain-merged-paths");

    pub fn outweighed_by_children(name: &str, rating: u8) -> String {
        crate::t!(
            "explain-outweighed-by-children",
            name = name,
            rating = rating
        )
    }

    pub fn outweighed_no_room(name: &str, rating: u8) -> String {
        crate::t!("explain-outweighed-no-room", name = name, rating = rating)
    }

    pub fn outweighed_from_above(name: &str, rating: u8) -> String {
        crate::t!(
            "explain-outweighed-from-above",
            name = name,
            rating = rating
        )
    }
}

/// The command line: headings, labels and messages.
pub mod cli {
    use crate::i18n::Msg;

    pub const ABOUT: Msg = Msg("cli-about");
    /// clap's help layout, with "Användning" in the current language.
    pub fn help_template() -> String {
        format!(
            "{{about}}\n\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            Msg("cli-usage-word")
        )
    }
    pub const COMMANDS_HEADING: Msg = Msg("cli-commands-heading");
    pub const COMMAND_VALUE: Msg = Msg("cli-command-value");
    pub const ARGUMENTS_HEADING: Msg = Msg("cli-arguments-heading");
    pub const OPTIONS_HEADING: Msg = Msg("cli-options-heading");
    pub const HELP_FLAG: Msg = Msg("cli-help-flag");
    pub const FORMAT_TABLE: Msg = Msg("cli-format-table");
    pub const FORMAT_JSON: Msg = Msg("cli-format-json");
    pub const FORMAT_CSV: Msg = Msg("cli-format-csv");
    pub const VERSION_FLAG: Msg = Msg("cli-version-flag");
    pub const FORMAT_HELP: Msg = Msg("cli-format-help");
    pub const LANG_HELP: Msg = Msg("cli-lang-help");
    /// Stands for the flags in a usage line (clap writes `[OPTIONS]`).
    pub const OPTIONS_VALUE: Msg = Msg("cli-options-value");
    pub const POSSIBLE_VALUES_HEADING: Msg = Msg("cli-possible-values-heading");

    pub fn default_value(value: &str) -> String {
        crate::t!("cli-default-value", value = value)
    }

    pub fn possible_values(values: &str) -> String {
        crate::t!("cli-possible-values", values = values)
    }

    // Errors in the command line itself (clap's own are in English).
    pub const ARGUMENT_ERROR: Msg = Msg("cli-argument-error");
    pub const UNREADABLE_COMMAND_LINE: Msg = Msg("cli-unreadable-command-line");
    pub const INVALID_UTF8: Msg = Msg("cli-invalid-utf8");

    /// The placeholder shown for an argument's value (`--output <FIL>`), by the argument's id.
    pub fn value_name(id: &str) -> Option<&'static str> {
        Some(
            match id {
                "file" => Msg("cli-value-kalkylblad"),
                "output" | "svg" | "lp" | "mapping" | "mknapcb1" | "server" => Msg("cli-value-fil"),
                "charts" | "data" => Msg("cli-value-mapp"),
                "scenario" | "scenarios" | "with" | "a" | "b" => Msg("cli-value-scenario"),
                "what" => Msg("cli-value-vad"),
                "name" => Msg("cli-value-namn"),
                "id" => Msg("cli-value-id"),
                "sheet" => Msg("cli-value-blad"),
                "bind" => Msg("cli-value-adress-port"),
                "time_limit" | "seconds" => Msg("cli-value-sekunder"),
                "steps" | "draws" | "clients" => Msg("cli-value-antal"),
                "from" | "to" => Msg("cli-value-niva"),
                "pot" => Msg("cli-value-pott"),
                "format" => Msg("cli-value-format"),
                "solver" => Msg("cli-value-losare"),
                "case" => Msg("cli-value-fall"),
                "sizes" => Msg("cli-value-storlekar"),
                "seed" => Msg("cli-value-fro"),
                "spread" => Msg("cli-value-procent"),
                "lang" => Msg("cli-value-sprak"),
                _ => return None,
            }
            .text(),
        )
    }

    pub fn whole_between(min: usize, max: usize) -> String {
        crate::t!(
            "cli-whole-between",
            min = crate::i18n::whole(min as u64),
            max = crate::i18n::whole(max as u64)
        )
    }

    pub fn number_between(min: f64, max: f64) -> String {
        crate::t!(
            "cli-number-between",
            min = super::cli_number(min),
            max = super::cli_number(max)
        )
    }

    pub fn seconds_between(min: f64, max: f64) -> String {
        crate::t!(
            "cli-seconds-between",
            min = super::cli_number(min),
            max = super::cli_number(max)
        )
    }

    pub fn invalid_value(value: &str, arg: &str) -> String {
        if value.is_empty() {
            crate::t!("cli-needs-value", arg = arg)
        } else {
            crate::t!("cli-invalid-value", value = value, arg = arg)
        }
    }

    pub fn valid_values(values: &str) -> String {
        crate::t!("cli-valid-values", values = values)
    }

    pub fn unknown_argument(arg: &str) -> String {
        crate::t!("cli-unknown-argument", arg = arg)
    }

    pub fn as_a_value(arg: &str) -> String {
        crate::t!("cli-as-a-value", arg = arg)
    }

    pub fn unknown_command(command: &str) -> String {
        crate::t!("cli-unknown-command", command = command)
    }

    pub fn did_you_mean(suggestions: &str) -> String {
        crate::t!("cli-did-you-mean", suggestions = suggestions)
    }

    pub fn missing_arguments(args: &str) -> String {
        crate::t!("cli-missing-arguments", args = args)
    }

    pub fn missing_command(commands: &str) -> String {
        crate::t!("cli-missing-command", commands = commands)
    }

    pub fn conflicting(arg: &str, prior: &str) -> String {
        crate::t!("cli-conflicting", arg = arg, prior = prior)
    }

    pub fn given_twice(arg: &str) -> String {
        crate::t!("cli-given-twice", arg = arg)
    }

    pub fn needs_equals(arg: &str) -> String {
        crate::t!("cli-needs-equals", arg = arg)
    }

    pub fn wrong_number_of_values(arg: &str, expected: &str, actual: &str) -> String {
        crate::t!(
            "cli-wrong-number-of-values",
            arg = arg,
            expected = expected,
            actual = actual
        )
    }

    pub fn unexpected_value(value: &str, arg: &str) -> String {
        crate::t!("cli-unexpected-value", value = value, arg = arg)
    }

    /// `'a'`, `'a' eller 'b'`, `'a', 'b' eller 'c'`.
    pub fn either(words: &[String]) -> String {
        match words {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => crate::t!("cli-either", first = rest.join(", "), last = last),
        }
    }

    pub fn usage(usage: &str) -> String {
        crate::t!("cli-usage", usage = usage)
    }

    pub fn more_help(command: &str) -> String {
        crate::t!("cli-more-help", command = command)
    }

    pub const RANK_HEADERS: [Msg; 11] = [
        Msg("cli-rank-headers-plats"),
        Msg("cli-rank-headers-id"),
        Msg("cli-rank-headers-titel"),
        Msg("cli-rank-headers-stod"),
        Msg("cli-rank-headers-sokt"),
        Msg("cli-rank-headers-poang"),
        Msg("cli-rank-headers-forankring"),
        Msg("cli-rank-headers-agenda-2030"),
        Msg("cli-rank-headers-kvalitet"),
        Msg("cli-rank-headers-stodberattigad"),
        Msg("cli-rank-headers-beslut-prel"),
    ];
    pub const YES: Msg = Msg("cli-yes");
    pub const NO: Msg = Msg("cli-no");

    /// The line under a table that had to hide columns to fit the window.
    pub fn hidden_columns(names: &[&str]) -> String {
        crate::t!("cli-hidden-columns", names = names.join(", "))
    }
    pub const GIVEN: Msg = Msg("cli-given");
    pub const NOT_CANDIDATES: Msg = Msg("cli-not-candidates");

    pub fn rank_heading(scenario: &str, candidates: usize) -> String {
        crate::t!(
            "cli-rank-heading",
            scenario = scenario,
            candidates = candidates
        )
    }

    pub fn rank_footer(ineligible: usize, others: usize) -> String {
        crate::t!("cli-rank-footer", ineligible = ineligible, others = others)
    }

    pub fn demand_line(pot: &str, demand: &str, budget: &str) -> String {
        crate::t!(
            "cli-demand-line",
            pot = pot,
            demand = demand,
            budget = budget
        )
    }

    pub const DEMAND_HEADING: Msg = Msg("cli-demand-heading");
    pub const NO_BUDGET: Msg = Msg("cli-no-budget");

    pub fn warnings_hint(n: usize) -> String {
        crate::t!("cli-warnings-hint", warnings = warnings(n))
    }

    /// "1 varning", "2 varningar".
    pub fn warnings(n: usize) -> String {
        crate::t!("cli-warnings", n = n)
    }

    pub fn problems_summary(errors: usize, warnings: usize) -> String {
        crate::t!("cli-problems-summary", errors = errors, warnings = warnings)
    }

    pub fn validate_ok(file: &str, applications: usize, warnings: usize) -> String {
        crate::t!(
            "cli-validate-ok",
            file = file,
            applications = applications,
            warnings = warnings
        )
    }

    pub fn unknown_application(id: &str, hint: crate::i18n::Text) -> String {
        crate::t!("cli-unknown-application", id = id, hint = hint)
    }

    pub fn scenario_missing(path: &str) -> String {
        crate::t!("cli-scenario-missing", path = path)
    }

    pub fn default_missing(path: &str) -> String {
        crate::t!("cli-default-missing", path = path)
    }

    pub fn output_failed(why: &str) -> String {
        crate::t!("cli-output-failed", why = why)
    }

    // Explain
    pub fn explain_heading(id: &str, title: &str) -> String {
        crate::t!("cli-explain-heading", id = id, title = title)
    }
    pub const APPLICANT: Msg = Msg("cli-applicant");
    pub const SUPPORT: Msg = Msg("cli-support");
    pub const STATUS: Msg = Msg("cli-status");
    pub const MUNICIPALITIES: Msg = Msg("cli-municipalities");
    pub const REQUESTED: Msg = Msg("cli-requested");
    pub const ELIGIBLE_COST: Msg = Msg("cli-eligible-cost");
    pub const COFINANCING: Msg = Msg("cli-cofinancing");
    pub const YEARS: Msg = Msg("cli-years");
    pub const PARTIAL: Msg = Msg("cli-partial");
    pub const DECISION_DATE: Msg = Msg("cli-decision-date");
    pub const RULES_USED: Msg = Msg("cli-rules-used");
    pub const SCORE: Msg = Msg("cli-score");
    pub const OUT_OF_100: Msg = Msg("cli-out-of-100");
    pub const GIVEN_SCORE: Msg = Msg("cli-given-score");
    pub const NO_RATINGS: Msg = Msg("cli-no-ratings");
    pub const OUTWEIGHED: Msg = Msg("cli-outweighed");
    pub const ELIGIBLE: Msg = Msg("cli-eligible");
    pub const ELIGIBLE_YES: Msg = Msg("cli-eligible-yes");
    pub const ELIGIBLE_NO: Msg = Msg("cli-eligible-no");
    pub const UNCHECKED: Msg = Msg("cli-unchecked");
    pub const MANUAL: Msg = Msg("cli-manual");
    pub const SOURCE: Msg = Msg("cli-source");
    pub const DECISION_BODY: Msg = Msg("cli-decision-body");
    pub const PUBLIC: Msg = Msg("cli-public");
    pub const PRIVATE: Msg = Msg("cli-private");
    pub const RANK: Msg = Msg("cli-rank");
    pub const NOT_RANKED: Msg = Msg("cli-not-ranked");
    pub const DECIDED_BY: Msg = Msg("cli-decided-by");
    pub const NOT_A_CANDIDATE: Msg = Msg("cli-not-a-candidate");

    pub fn part_line(name: &str, score: &str, weight: &str, points: &str) -> String {
        crate::t!(
            "cli-part-line",
            name = name,
            score = score,
            weight = weight,
            points = points
        )
    }

    pub fn rank_of(rank: usize, of: usize) -> String {
        crate::t!("cli-rank-of", rank = rank, of = of)
    }

    pub fn optimise_heading(scenario: &str) -> String {
        crate::t!("cli-optimise-heading", scenario = scenario)
    }

    pub fn status_line(status: &str, gap: f64, millis: f64, solver: &str) -> String {
        let what = match status {
            "optimal" => crate::t!("cli-status-optimal"),
            "feasible" => crate::t!(
                "cli-status-feasible",
                gap = crate::i18n::number(gap * 100.0, 3)
            ),
            "infeasible" => crate::t!("cli-status-infeasible"),
            _ => crate::t!("cli-status-none"),
        };
        crate::t!(
            "cli-status-line",
            what = what,
            seconds = crate::i18n::number(millis / 1000.0, 2),
            solver = solver
        )
    }

    pub fn objective_line(objective: &str, baseline: &str, gain: &str) -> String {
        crate::t!(
            "cli-objective-line",
            objective = objective,
            baseline = baseline,
            gain = gain
        )
    }

    pub const POTS: Msg = Msg("cli-pots");
    pub const OVERRIDES: Msg = Msg("cli-overrides");

    pub fn override_line(
        kind: &str,
        id: &str,
        reason: Option<&str>,
        cost: Option<String>,
    ) -> String {
        let what = if kind == "must_fund" {
            crate::t!("cli-override-must-fund", id = id)
        } else {
            crate::t!("cli-override-exclude", id = id)
        };
        let why = reason.map_or_else(String::new, |r| format!(" ({r})"));
        match cost {
            Some(c) => crate::t!("cli-override-cost", what = what, why = why, cost = c),
            None => crate::t!("cli-override-no-cost", what = what, why = why),
        }
    }
    pub const CONFLICT_HEADING: Msg = Msg("cli-conflict-heading");

    pub fn pot_line(pot: &str, budget: &str, allocated: &str, remaining: &str) -> String {
        crate::t!(
            "cli-pot-line",
            pot = pot,
            budget = budget,
            allocated = allocated,
            remaining = remaining
        )
    }

    pub fn funded_heading(n: usize) -> String {
        crate::t!("cli-funded-heading", n = n)
    }

    pub fn not_funded_heading(n: usize) -> String {
        crate::t!("cli-not-funded-heading", n = n)
    }

    pub const FUNDED_HEADERS: [Msg; 7] = [
        Msg("cli-funded-headers-id"),
        Msg("cli-funded-headers-titel"),
        Msg("cli-funded-headers-stod"),
        Msg("cli-funded-headers-belopp"),
        Msg("cli-funded-headers-poang"),
        Msg("cli-funded-headers-beslutas-av"),
        Msg("cli-funded-headers-last"),
    ];
    pub const NOT_FUNDED_HEADERS: [Msg; 6] = [
        Msg("cli-not-funded-headers-id"),
        Msg("cli-not-funded-headers-titel"),
        Msg("cli-not-funded-headers-poang"),
        Msg("cli-not-funded-headers-skal"),
        Msg("cli-not-funded-headers-budget-som-behovs"),
        Msg("cli-not-funded-headers-poang-som-behovs"),
    ];
    pub const LOCKED: Msg = Msg("cli-locked");
    pub const VERSUS_RANKING: Msg = Msg("cli-versus-ranking");

    pub fn displaced_line(pot: &str, new: &[&str], old: &[&str]) -> String {
        crate::t!(
            "cli-displaced-line",
            pot = pot,
            new = new.join(", "),
            old = old.join(", ")
        )
    }

    pub fn baseline_missed(limit: &str) -> String {
        crate::t!("cli-baseline-missed", limit = limit)
    }

    pub const WHY_HEADING: Msg = Msg("cli-why-heading");
    pub const NO_HIGHS: Msg = Msg("cli-no-highs");
}

/// The optimiser: reasons, limits, conflicts.
pub mod optimise {
    use crate::i18n::{Msg, Text, TextArg};
    use crate::money::Sek;

    /// `pot`: the pot's name (`Support::msg`).
    pub fn no_frame(pot: Msg, year: i32) -> Text {
        crate::tt!("optimise-no-frame", pot = pot, year = year)
    }

    pub fn frame_overcommitted(pot: Msg, year: i32, committed: Sek, frame: Sek) -> Text {
        crate::tt!(
            "optimise-frame-overcommitted",
            pot = pot,
            year = year,
            committed = TextArg::Short(committed),
            frame = TextArg::Short(frame)
        )
    }

    pub fn share_dropped(name: &str) -> Text {
        crate::tt!("optimise-share-dropped", name = name)
    }

    pub fn repaired(id: &str, limit: Text) -> Text {
        crate::tt!("optimise-repaired", limit = limit, id = id)
    }

    pub fn still_broken(limit: Text) -> Text {
        crate::tt!("optimise-still-broken", limit = limit)
    }

    pub fn lock_name(id: &str) -> Text {
        crate::tt!("optimise-lock-name", id = id)
    }

    pub fn locks_exceed(ids: &[&str], total: Sek, limit_name: Text, limit: Option<Sek>) -> Text {
        let what = crate::tt!(
            "optimise-locks-what",
            count = TextArg::Count(ids.len() as f64),
            ids = ids.join(", ")
        );
        let total = TextArg::Short(total);
        match limit {
            Some(l) => crate::tt!(
                "optimise-locks-exceed",
                what = what,
                total = total,
                limit_name = limit_name,
                limit = TextArg::Short(l)
            ),
            None => crate::tt!(
                "optimise-locks-do-not-fit",
                what = what,
                total = total,
                limit_name = limit_name
            ),
        }
    }

    pub fn cannot_hold_together(names: &[Text]) -> Text {
        crate::tt!(
            "optimise-cannot-hold-together",
            names = Text::Joined(names.to_vec(), "; ")
        )
    }

    pub fn ineligible(rules: &[Text]) -> Text {
        crate::tt!(
            "optimise-ineligible",
            rules = Text::Joined(rules.to_vec(), "; ")
        )
    }

    pub fn excluded(reason: Option<&str>) -> Text {
        match reason {
            Some(r) => crate::tt!("optimise-excluded-because", reason = r),
            None => crate::tt!("optimise-excluded"),
        }
    }

    pub fn below_min_score(score: f64, min: f64) -> Text {
        crate::tt!(
            "optimise-below-min-score",
            score = TextArg::Number(score, 1),
            min = TextArg::Number(min, 1)
        )
    }

    /// `pot`: the pot's name inside a sentence (`Support::lower`).
    pub fn no_budget(pot: Msg) -> Text {
        crate::tt!("optimise-no-budget", pot = pot)
    }

    pub fn blocked(names: &[Text]) -> Text {
        if names.is_empty() {
            crate::tt!("optimise-blocked")
        } else {
            crate::tt!("optimise-blocked-by", names = Text::And(names.to_vec()))
        }
    }

    /// `pot`: the pot's name inside a sentence (`Support::lower`).
    pub fn crowded_out(pot: Msg) -> Text {
        crate::tt!("optimise-crowded-out", pot = pot)
    }

    pub fn crowded_out_with(pot: Msg, budget: Option<Sek>, score: Option<f64>) -> Text {
        let first = crowded_out(pot);
        let then = match (budget, score) {
            (Some(b), Some(s)) => crate::tt!(
                "optimise-would-fund-budget-or-score",
                pot = pot,
                budget = b,
                score = TextArg::Number(s, 2)
            ),
            (Some(b), None) => crate::tt!("optimise-would-fund-budget", pot = pot, budget = b),
            (None, Some(s)) => {
                crate::tt!("optimise-would-fund-score", score = TextArg::Number(s, 2))
            }
            (None, None) => return first,
        };
        Text::sentences(vec![first, then])
    }

    #[allow(clippy::too_many_arguments)] // One sentence draws on all of them.
    pub fn funded(
        requested: Sek,
        amount: Sek,
        score: f64,
        rank: usize,
        lock: Option<&Option<String>>,
        displaced: &[&str],
        partial: bool,
    ) -> Text {
        let mut sentences = vec![if amount == requested {
            crate::tt!("optimise-funded-whole", amount = amount)
        } else {
            crate::tt!(
                "optimise-funded-partly",
                amount = amount,
                requested = requested
            )
        }];
        sentences.push(match lock {
            Some(Some(reason)) => crate::tt!("optimise-forced-because", reason = reason),
            Some(None) => crate::tt!("optimise-forced"),
            None => crate::tt!(
                "optimise-score-and-rank",
                score = TextArg::Number(score, 1),
                rank = rank
            ),
        });
        if !displaced.is_empty() {
            sentences.push(crate::tt!("optimise-displaces", ids = displaced.join(", ")));
        }
        if partial && amount != requested {
            sentences.push(crate::tt!("optimise-rest-does-not-fit"));
        }
        Text::sentences(sentences)
    }
}

/// Comparing two scenarios.
pub mod compare {
    use crate::i18n::Msg;

    pub const NO_MUNICIPALITY: Msg = Msg("compare-no-municipality");
    pub const UNLINKED: Msg = Msg("compare-unlinked");
    pub const NO_DIFFERENCE: Msg = Msg("compare-no-difference");
    pub const LIST_HEADERS: [Msg; 3] = [
        Msg("compare-list-headers-id"),
        Msg("compare-list-headers-titel"),
        Msg("compare-list-headers-belopp"),
    ];
    pub const CHANGED_HEADERS: [Msg; 4] = [
        Msg("compare-changed-headers-id"),
        Msg("compare-changed-headers-titel"),
        Msg("compare-changed-headers-fore"),
        Msg("compare-changed-headers-efter"),
    ];
    pub const MOVED_HEADERS: [Msg; 5] = [
        Msg("compare-moved-headers-fordelat-per"),
        Msg("compare-moved-headers-vad"),
        Msg("compare-moved-headers-fore"),
        Msg("compare-moved-headers-efter"),
        Msg("compare-moved-headers-skillnad"),
    ];
    pub const MOVED: Msg = Msg("compare-moved");

    pub fn heading(a: &str, b: &str) -> String {
        crate::t!("compare-heading", a = a, b = b)
    }

    pub fn objective(a: &str, b: &str, change: &str) -> String {
        crate::t!("compare-objective", a = a, b = b, change = change)
    }

    pub fn baseline(a: &str, b: &str) -> String {
        crate::t!("compare-baseline", a = a, b = b)
    }

    pub fn status(a: &str, b: &str) -> String {
        crate::t!("compare-status", a = a, b = b)
    }

    pub fn entered(n: usize) -> String {
        crate::t!("compare-entered", n = n)
    }

    pub fn left(n: usize) -> String {
        crate::t!("compare-left", n = n)
    }

    pub fn changed(n: usize) -> String {
        crate::t!("compare-changed", n = n)
    }
}

/// The budget curve.
pub mod sweep {
    use crate::i18n::Msg;
    pub const HEADERS: [Msg; 8] = [
        Msg("sweep-headers-niva"),
        Msg("sweep-headers-budget"),
        Msg("sweep-headers-fordelat"),
        Msg("sweep-headers-maluppfyllelse"),
        Msg("sweep-headers-antal"),
        Msg("sweep-headers-status"),
        Msg("sweep-headers-tillkommer"),
        Msg("sweep-headers-faller-bort"),
    ];

    pub fn heading(scenario: &str, what: &str) -> String {
        crate::t!("sweep-heading", scenario = scenario, what = what)
    }

    pub fn scale(from: &str, to: &str) -> String {
        crate::t!("sweep-scale", from = from, to = to)
    }

    pub fn pot(pot: &str, from: &str, to: &str) -> String {
        crate::t!("sweep-pot", pot = pot.to_lowercase(), from = from, to = to)
    }

    pub fn status(key: &str) -> &'static str {
        match key {
            "optimal" => crate::i18n::Msg("sweep-status-optimal"),
            "feasible" => crate::i18n::Msg("sweep-status-feasible"),
            "infeasible" => crate::i18n::Msg("sweep-status-infeasible"),
            _ => crate::i18n::Msg("sweep-status-none"),
        }
        .text()
    }

    pub fn bad_level(text: &str) -> String {
        crate::t!("sweep-bad-level", text = text)
    }

    pub fn bad_amount(text: &str, why: &str) -> String {
        crate::t!("sweep-bad-amount", text = text, why = why)
    }

    pub fn no_such_pot(pot: &str) -> String {
        crate::t!("sweep-no-such-pot", pot = pot)
    }
}

/// Stability of the proposal.
pub mod stability {
    use crate::i18n::Msg;

    pub const HEADERS: [Msg; 5] = [
        Msg("stability-headers-id"),
        Msg("stability-headers-titel"),
        Msg("stability-headers-poang"),
        Msg("stability-headers-finansierad-i"),
        Msg("stability-headers-bedomning"),
    ];

    pub fn heading(scenario: &str, spread: &str, draws: usize, seed: u64) -> String {
        crate::t!(
            "stability-heading",
            scenario = scenario,
            spread = spread,
            draws = draws,
            seed = seed
        )
    }

    pub fn summary(safe: usize, unsure: usize, outside: usize) -> String {
        crate::t!(
            "stability-summary",
            safe = safe,
            unsure = unsure,
            outside = outside
        )
    }
}

/// `anslag bench` (a developer's command: its tables are English like docs/performance.md; its
/// messages are Swedish like every other command's).
pub mod bench {
    pub fn unknown_case(case: &str) -> String {
        crate::t!("bench-unknown-case", case = case)
    }

    pub fn not_a_size(v: &str) -> String {
        crate::t!("bench-not-a-size", v = v)
    }

    pub fn not_a_seed(v: &str) -> String {
        crate::t!("bench-not-a-seed", v = v)
    }

    pub fn not_an_index(v: &str) -> String {
        crate::t!("bench-not-an-index", v = v)
    }

    pub fn no_such_instance(index: usize, count: usize) -> String {
        crate::t!(
            "bench-no-such-instance",
            count = count,
            last = count.saturating_sub(1),
            index = index
        )
    }
}

/// Charts: titles, axes and text alternatives.
pub mod charts {
    use crate::i18n::Msg;
    pub const CANNOT_DRAW: Msg = Msg("charts-cannot-draw");
    pub const NO_POINTS: Msg = Msg("charts-no-points");
    pub const ALL_POTS: Msg = Msg("charts-all-pots");
    pub const X_AXIS: Msg = Msg("charts-x-axis");
    pub const Y_AXIS: Msg = Msg("charts-y-axis");

    pub fn frontier_title(scenario: &str, what: &str) -> String {
        crate::t!("charts-frontier-title", scenario = scenario, what = what)
    }

    pub fn frontier_description(
        from: &str,
        to: &str,
        low: &str,
        high: &str,
        points: usize,
        entering: usize,
    ) -> String {
        crate::t!(
            "charts-frontier-description",
            points = points,
            from = from,
            to = to,
            low = low,
            high = high,
            entering = entering
        )
    }

    pub const MKR: Msg = Msg("charts-mkr");
    pub const FILE_POTS: Msg = Msg("charts-file-pots");
    pub const FILE_AREAS: Msg = Msg("charts-file-areas");
    pub const FILE_SCORES: Msg = Msg("charts-file-scores");
    pub const REQUESTED_MKR: Msg = Msg("charts-requested-mkr");
    pub const SCORE: Msg = Msg("charts-score");
    pub const FUNDED: Msg = Msg("charts-funded");
    pub const NOT_FUNDED: Msg = Msg("charts-not-funded");

    pub fn by_pot_title(scenario: &str) -> String {
        crate::t!("charts-by-pot-title", scenario = scenario)
    }

    pub fn amount_in(pot: &str, year: i32, mkr: &str) -> String {
        crate::t!("charts-amount-in", pot = pot, year = year, mkr = mkr)
    }

    pub fn by_pot_description(parts: &[String]) -> String {
        crate::t!("charts-by-pot-description", parts = parts.join("; "))
    }

    pub fn flows_title(scenario: &str) -> String {
        crate::t!("charts-flows-title", scenario = scenario)
    }

    pub fn flow_part(pot: &str, area: &str, mkr: &str) -> String {
        crate::t!("charts-flow-part", pot = pot, area = area, mkr = mkr)
    }

    pub fn flows_description(parts: &[String]) -> String {
        crate::t!("charts-flows-description", parts = parts.join("; "))
    }

    pub fn by_area_title(scenario: &str) -> String {
        crate::t!("charts-by-area-title", scenario = scenario)
    }

    pub fn area_amount(area: &str, mkr: &str) -> String {
        crate::t!("charts-area-amount", area = area, mkr = mkr)
    }

    pub fn by_area_description(parts: &[String]) -> String {
        crate::t!("charts-by-area-description", parts = parts.join("; "))
    }

    pub fn bubble_title(scenario: &str) -> String {
        crate::t!("charts-bubble-title", scenario = scenario)
    }

    pub fn bubble_description(n: usize, funded: usize) -> String {
        crate::t!(
            "charts-bubble-description",
            n = n,
            funded = funded,
            not_funded = n - funded
        )
    }

    pub fn written(path: &str) -> String {
        crate::t!("charts-written", path = path)
    }

    pub fn cannot_write(path: &str, why: &str) -> String {
        crate::t!("charts-cannot-write", path = path, why = why)
    }
}

/// The web UI (`anslag serve`).
/// Logins, accounts and CSRF (web UI and `anslag user`).
pub mod auth {
    use crate::i18n::Msg;
    pub const FILE_HEADER: &str = "# Konton för `anslag serve --behind-proxy`: namn och argon2id-hash av lösenordet.\n# Skapas och ändras med `anslag user add NAMN`; skriv inte lösenord här.\n";
    pub const NOT_A_HASH: Msg = Msg("auth-not-a-hash");
    pub const PASSWORD_TOO_SHORT: Msg = Msg("auth-password-too-short");
    pub const PASSWORD_EMPTY: Msg = Msg("auth-password-empty");
    pub const PROMPT: Msg = Msg("auth-prompt");
    pub const PROMPT_AGAIN: Msg = Msg("auth-prompt-again");
    pub const MISMATCH: Msg = Msg("auth-mismatch");
    pub const LOGIN_TITLE: Msg = Msg("auth-login-title");
    pub const LOGIN_INTRO: Msg = Msg("auth-login-intro");
    pub const USER: Msg = Msg("auth-user");
    pub const PASSWORD: Msg = Msg("auth-password");
    pub const LOG_IN: Msg = Msg("auth-log-in");
    pub const LOG_OUT: Msg = Msg("auth-log-out");
    pub const WRONG: Msg = Msg("auth-wrong");
    pub const PAUSED: Msg = Msg("auth-paused");
    pub const ADDRESS_PAUSED: Msg = Msg("auth-address-paused");
    pub const BUSY: Msg = Msg("auth-busy");

    pub fn no_such_user(name: &str, file: &str) -> String {
        crate::t!("auth-no-such-user", name = name, file = file)
    }

    pub fn user_removed(name: &str, file: &str) -> String {
        crate::t!("auth-user-removed", name = name, file = file)
    }
    pub const CSRF: Msg = Msg("auth-csrf");
    pub const LOGIN_NEEDED: Msg = Msg("auth-login-needed");

    pub fn logged_in_as(user: &str) -> String {
        crate::t!("auth-logged-in-as", user = user)
    }

    pub fn cannot_read(e: &std::io::Error) -> String {
        crate::t!("auth-cannot-read", why = super::os::io_error(e))
    }

    pub fn cannot_write(e: &std::io::Error) -> String {
        crate::t!("auth-cannot-write", why = super::os::io_error(e))
    }

    pub fn duplicate(name: &str) -> String {
        crate::t!("auth-duplicate", name = name)
    }

    pub fn bad_name(name: &str) -> String {
        crate::t!("auth-bad-name", name = name)
    }

    pub fn user_added(name: &str, file: &str) -> String {
        crate::t!("auth-user-added", name = name, file = file)
    }

    pub fn user_changed(name: &str, file: &str) -> String {
        crate::t!("auth-user-changed", name = name, file = file)
    }

    pub fn no_accounts(file: &str) -> String {
        crate::t!("auth-no-accounts", file = file)
    }
}

pub mod web {
    use crate::i18n::Msg;
    use crate::money::Sek;

    pub const APP_NAME: Msg = Msg("web-app-name");
    pub const APP_SUBTITLE: Msg = Msg("web-app-subtitle");
    pub const SKIP_TO_CONTENT: Msg = Msg("web-skip-to-content");
    pub const MAIN_MENU: Msg = Msg("web-main-menu");
    pub const SCENARIO: Msg = Msg("web-scenario");
    pub const SHOW: Msg = Msg("web-show");
    pub const FOOTER: Msg = Msg("web-footer");
    pub const BACK_TO_OVERVIEW: Msg = Msg("web-back-to-overview");
    pub const BACK_TO_LIST: Msg = Msg("web-back-to-list");
    pub const CHART_FAILED: Msg = Msg("web-chart-failed");
    pub const RELOAD: Msg = Msg("web-reload");

    pub const NAV_OVERVIEW: Msg = Msg("web-nav-overview");
    pub const NAV_APPLICATIONS: Msg = Msg("web-nav-applications");
    pub const NAV_STRATEGY: Msg = Msg("web-nav-strategy");
    pub const NAV_SCENARIOS: Msg = Msg("web-nav-scenarios");
    pub const NAV_COMPARE: Msg = Msg("web-nav-compare");
    pub const NAV_FRONTIER: Msg = Msg("web-nav-frontier");
    pub const NAV_MEMO: Msg = Msg("web-nav-memo");
    pub const NAV_PUBLIC: Msg = Msg("web-nav-public");
    pub const NAV_ACCESSIBILITY: Msg = Msg("web-nav-accessibility");

    // Errors.
    pub const ERR_BAD_REQUEST: Msg = Msg("web-err-bad-request");
    pub const ERR_NOT_FOUND: Msg = Msg("web-err-not-found");
    pub const ERR_FORBIDDEN: Msg = Msg("web-err-forbidden");
    pub const ERR_TIMEOUT: Msg = Msg("web-err-timeout");
    pub const ERR_TIMEOUT_TEXT: Msg = Msg("web-err-timeout-text");
    pub const XLSX: Msg = Msg("web-xlsx");
    pub const CSV: Msg = Msg("web-csv");
    pub const DOWNLOAD_RANKING: Msg = Msg("web-download-ranking");
    pub const DOWNLOAD_PROPOSAL: Msg = Msg("web-download-proposal");
    pub const DOWNLOAD_COMPARISON: Msg = Msg("web-download-comparison");

    pub fn unknown_download(file: &str) -> String {
        crate::t!("web-unknown-download", file = file)
    }

    pub const OVERLAY_HEADER: &str = "# Bedömningar från beredningsmötet, sparade i webbgränssnittet (anslag serve).\n# Läggs över ansökningsfilen när den läses in: varje post ersätter de delar den anger\n# för sin ansökan. Historiken finns i loggen bredvid; den förra versionen i .forra.\n";
    /// The audit log's columns: a file format shared by everyone who edits the data, so
    /// Swedish in every language (like the YAML keys).
    pub const AUDIT_HEADER: [&str; 5] = ["tid", "vem", "ansökan", "ändring", "skäl"];
    pub const ASSESS_HEADING: Msg = Msg("web-assess-heading");
    pub const ASSESS_INTRO: Msg = Msg("web-assess-intro");
    pub const ASSESS_LINKS: Msg = Msg("web-assess-links");
    pub const ASSESS_AGENDA: Msg = Msg("web-assess-agenda");
    pub const ASSESS_CRITERIA: Msg = Msg("web-assess-criteria");
    pub const ASSESS_STATUS: Msg = Msg("web-assess-status");
    pub const ASSESS_WHO: Msg = Msg("web-assess-who");
    pub const ASSESS_WHY: Msg = Msg("web-assess-why");
    pub const ASSESS_HINT: Msg = Msg("web-assess-hint");
    pub const ASSESS_SAVE: Msg = Msg("web-assess-save");
    pub const ASSESS_SAVED: Msg = Msg("web-assess-saved");
    pub const ASSESS_WHO_MISSING: Msg = Msg("web-assess-who-missing");
    pub const ASSESS_WHY_MISSING: Msg = Msg("web-assess-why-missing");
    pub const ASSESS_CONFLICT: Msg = Msg("web-assess-conflict-heading");
    pub const ASSESS_NOTHING: Msg = Msg("web-assess-nothing");

    pub fn in_scenario(scenario: &str, message: &str) -> String {
        crate::t!("web-in-scenario", scenario = scenario, message = message)
    }

    pub fn assess_conflict(id: &str) -> String {
        crate::t!("web-assess-conflict", id = id)
    }

    pub const ERR_METHOD: Msg = Msg("web-err-method");
    pub const ERR_METHOD_TEXT: Msg = Msg("web-err-method-text");
    pub const BAD_PATH: Msg = Msg("web-bad-path");
    pub const ERR_TOO_LARGE: Msg = Msg("web-err-too-large");
    pub const ERR_TOO_LARGE_TEXT: Msg = Msg("web-err-too-large-text");
    pub const BAD_BODY: Msg = Msg("web-bad-body");
    pub const ERR_SLOW: Msg = Msg("web-err-slow");
    pub const ERR_SLOW_TEXT: Msg = Msg("web-err-slow-text");
    pub const ERR_HOST: Msg = Msg("web-err-host");
    pub const ERR_HOST_TEXT: Msg = Msg("web-err-host-text");
    pub const ERR_BUSY: Msg = Msg("web-err-busy");
    pub const ERR_BUSY_TEXT: Msg = Msg("web-err-busy-text");
    pub const ERR_INTERNAL: Msg = Msg("web-err-internal");
    pub const ERR_INTERNAL_TEXT: Msg = Msg("web-err-internal-text");
    pub const ERR_NO_PAGE: Msg = Msg("web-err-no-page");
    pub const TOO_MANY_FIELDS: Msg = Msg("web-too-many-fields");
    pub const SAVE_NOT_ALLOWED: Msg = Msg("web-save-not-allowed");
    pub const CROSS_SITE: Msg = Msg("web-cross-site");
    pub const SAVE_NAME_MISSING: Msg = Msg("web-save-name-missing");
    pub const SAVE_FILE_BAD: Msg = Msg("web-save-file-bad");
    pub const FORM_SOURCE: Msg = Msg("web-form-source");

    pub fn value_too_long(field: &str) -> String {
        crate::t!("web-value-too-long", field = field)
    }

    pub fn control_characters(field: &str) -> String {
        crate::t!("web-control-characters", field = field)
    }

    pub fn bad_choice(label: &str, got: &str, allowed: &[&str]) -> String {
        crate::t!(
            "web-bad-choice",
            label = label,
            got = got,
            allowed = allowed.join(", ")
        )
    }

    pub fn bad_number(label: &str, got: &str, min: i64, max: i64) -> String {
        crate::t!(
            "web-bad-number",
            label = label,
            got = got,
            min = min,
            max = max
        )
    }

    pub fn unknown_value(label: &str, got: &str) -> String {
        crate::t!("web-unknown-value", label = label, got = got)
    }

    pub fn unknown_scenario(key: &str, keys: &[String]) -> String {
        crate::t!("web-unknown-scenario", key = key, keys = keys.join(", "))
    }

    pub fn unknown_application(id: &str, hint: crate::i18n::Text) -> String {
        crate::t!("web-unknown-application", id = id, hint = hint)
    }

    pub fn no_scenarios_folder(path: &str, why: &str) -> String {
        crate::t!("web-no-scenarios-folder", path = path, why = why)
    }

    pub fn loading(data: &str) -> String {
        crate::t!("web-loading", data = data)
    }

    /// `login`: the server asks who you are; `public_only`: it shows the public pages only.
    pub fn listening(addr: &str, login: bool, public_only: bool) -> String {
        if login {
            crate::t!("web-listening-login", addr = addr)
        } else if public_only {
            crate::t!("web-listening-public", addr = addr)
        } else {
            crate::t!("web-listening", addr = addr)
        }
    }

    pub const LOAD_FAILED: Msg = Msg("web-load-failed");

    /// The server's log line for an internal error (the page says less).
    pub fn internal_error_log(what: &str) -> String {
        crate::t!("web-internal-error-log", what = what)
    }

    /// The server's log line for a chart that could not be drawn.
    pub fn chart_failed_log(why: &str) -> String {
        crate::t!("web-chart-failed-log", why = why)
    }

    pub fn cannot_listen(addr: &str, why: &str) -> String {
        crate::t!("web-cannot-listen", addr = addr, why = why)
    }

    pub fn no_scenarios(path: &str) -> String {
        crate::t!("web-no-scenarios", path = path)
    }

    // Shared words.
    pub const ALL: Msg = Msg("web-all");
    pub const POT: Msg = Msg("web-pot");
    pub const YEAR: Msg = Msg("web-year");
    pub const BUDGET: Msg = Msg("web-budget");
    pub const FRAME: Msg = Msg("web-frame");
    pub const COMMITTED: Msg = Msg("web-committed");
    pub const PROPOSED: Msg = Msg("web-proposed");
    pub const REMAINING: Msg = Msg("web-remaining");
    pub const AMOUNT: Msg = Msg("web-amount");
    pub const COUNT: Msg = Msg("web-count");
    pub const DECISION_BODY: Msg = Msg("web-decision-body");
    pub const STATUS: Msg = Msg("web-status");
    pub const OBJECTIVE: Msg = Msg("web-objective");
    pub const BASELINE_OBJECTIVE: Msg = Msg("web-baseline-objective");
    pub const BASE_OBJECTIVE: Msg = Msg("web-base-objective");
    pub const FUNDED_COUNT: Msg = Msg("web-funded-count");
    pub const CANDIDATES: Msg = Msg("web-candidates");
    pub const TOTAL_BUDGET: Msg = Msg("web-total-budget");
    pub const FUNDED: Msg = Msg("web-funded");
    pub const NOT_FUNDED: Msg = Msg("web-not-funded");
    pub const REASON: Msg = Msg("web-reason");
    pub const WHAT: Msg = Msg("web-what");
    pub const BEFORE: Msg = Msg("web-before");
    pub const AFTER: Msg = Msg("web-after");
    pub const CHANGE: Msg = Msg("web-change");
    pub const AREA: Msg = Msg("web-area");
    pub const PRIORITISED: Msg = Msg("web-prioritised");
    pub const MEASURE: Msg = Msg("web-measure");

    pub const STATUS_OPTIMAL: Msg = Msg("web-status-optimal");
    pub const STATUS_NO_SOLUTION: Msg = Msg("web-status-no-solution");

    pub fn status_feasible(gap: &str) -> String {
        crate::t!("web-status-feasible", gap = gap)
    }

    pub fn status_infeasible(summary: &str) -> String {
        crate::t!("web-status-infeasible", summary = summary)
    }

    // Översikt.
    pub fn overview_title(scenario: &str) -> String {
        crate::t!("web-overview-title", scenario = scenario)
    }

    pub fn gain_sentence(gain: &str, baseline_count: usize) -> String {
        crate::t!(
            "web-gain-sentence",
            baseline_count = baseline_count,
            gain = gain
        )
    }

    pub const BUDGET_HEADING: Msg = Msg("web-budget-heading");
    pub const PAYMENTS_HEADING: Msg = Msg("web-payments-heading");
    pub const PROPOSED_PAYMENTS: Msg = Msg("web-proposed-payments");
    pub const FRAME_REMAINING: Msg = Msg("web-frame-remaining");
    pub const NO_FRAME: Msg = Msg("web-no-frame");

    pub fn budget_caption(year: i32) -> String {
        crate::t!("web-budget-caption", year = year)
    }

    pub fn payments_caption(year: i32) -> String {
        crate::t!("web-payments-caption", year = year)
    }

    pub const BODIES_HEADING: Msg = Msg("web-bodies-heading");
    pub const BODIES_CAPTION: Msg = Msg("web-bodies-caption");
    pub const NOTHING_FUNDED: Msg = Msg("web-nothing-funded");
    pub const PICTURES_HEADING: Msg = Msg("web-pictures-heading");
    pub const SEE_APPLICATIONS: Msg = Msg("web-see-applications");
    pub const SEE_MEMO: Msg = Msg("web-see-memo");
    pub const WARNINGS_HEADING: Msg = Msg("web-warnings-heading");
    pub const BROKEN_SCENARIOS: Msg = Msg("web-broken-scenarios");

    // Ansökningar.
    pub fn applications_title(scenario: &str) -> String {
        crate::t!("web-applications-title", scenario = scenario)
    }

    pub fn ranking_caption(scenario: &str) -> String {
        crate::t!("web-ranking-caption", scenario = scenario)
    }

    pub const COL_RANK: Msg = Msg("web-col-rank");
    pub const COL_ID: Msg = Msg("web-col-id");
    pub const COL_TITLE: Msg = Msg("web-col-title");
    pub const COL_SUPPORT: Msg = Msg("web-col-support");
    pub const COL_MUNICIPALITY: Msg = Msg("web-col-municipality");
    pub const COL_REQUESTED: Msg = Msg("web-col-requested");
    pub const COL_SCORE: Msg = Msg("web-col-score");
    pub const COL_DECISION_BODY: Msg = Msg("web-col-decision-body");
    pub const COL_PROPOSAL: Msg = Msg("web-col-proposal");
    pub const COL_DECIDED: Msg = Msg("web-col-decided");
    pub const COL_GRANTED: Msg = Msg("web-col-granted");
    pub const F_POT: Msg = Msg("web-f-pot");
    pub const F_FORM: Msg = Msg("web-f-form");
    pub const F_MUNICIPALITY: Msg = Msg("web-f-municipality");
    pub const F_STATUS: Msg = Msg("web-f-status");
    pub const F_PROPOSAL: Msg = Msg("web-f-proposal");
    pub const F_BODY: Msg = Msg("web-f-body");
    pub const F_NODE: Msg = Msg("web-f-node");
    pub const F_GOAL: Msg = Msg("web-f-goal");
    pub const F_TEXT: Msg = Msg("web-f-text");
    pub const F_SORT: Msg = Msg("web-f-sort");
    pub const F_ORDER: Msg = Msg("web-f-order");
    pub const PROPOSAL_YES: Msg = Msg("web-proposal-yes");
    pub const PROPOSAL_NO: Msg = Msg("web-proposal-no");
    pub const FILTER_LEGEND: Msg = Msg("web-filter-legend");
    pub const FILTER_BUTTON: Msg = Msg("web-filter-button");
    pub const CLEAR_FILTERS: Msg = Msg("web-clear-filters");

    pub fn showing(shown: usize, total: usize) -> String {
        crate::t!("web-showing", shown = shown, total = total)
    }

    pub fn sort_hint(label: &str) -> String {
        crate::t!("web-sort-hint", label = label.to_lowercase())
    }

    // Ansökan.
    pub const SCORE_HEADING: Msg = Msg("web-score-heading");
    pub const PATH: Msg = Msg("web-path");
    pub const RATING: Msg = Msg("web-rating");
    pub const POINTS: Msg = Msg("web-points");
    pub const RULES_HEADING: Msg = Msg("web-rules-heading");
    pub const ELIGIBLE_YES: Msg = Msg("web-eligible-yes");
    pub const ELIGIBLE_NO: Msg = Msg("web-eligible-no");
    pub const WHY_HEADING: Msg = Msg("web-why-heading");
    pub const BLOCKED_BY: Msg = Msg("web-blocked-by");
    pub const COUNTERFACTUALS_PENDING: Msg = Msg("web-counterfactuals-pending");
    pub const COUNTERFACTUALS_OFF: Msg = Msg("web-counterfactuals-off");

    pub fn lines_caption(part: &str) -> String {
        crate::t!("web-lines-caption", part = part)
    }

    pub fn rules_period(period: &str) -> String {
        crate::t!("web-rules-period", period = period)
    }

    pub fn must_fund_reason(reason: &str) -> String {
        crate::t!("web-must-fund-reason", reason = reason)
    }

    // Strategi.
    pub fn strategy_title(name: &str) -> String {
        crate::t!("web-strategy-title", name = name)
    }

    pub const STRATEGY_INTRO: Msg = Msg("web-strategy-intro");
    pub const SPLIT_CAPTION: Msg = Msg("web-split-caption");
    pub const TREE_HEADING: Msg = Msg("web-tree-heading");
    pub const PLANS_HEADING: Msg = Msg("web-plans-heading");
    pub const SHOWN_ABOVE: Msg = Msg("web-shown-above");

    pub fn flow(serving: usize, funded: usize, amount: &str) -> String {
        crate::t!(
            "web-flow",
            serving = serving,
            funded = funded,
            amount = amount
        )
    }

    pub fn also_under(parents: &str) -> String {
        crate::t!("web-also-under", parents = parents)
    }

    // Scenarier.
    pub fn scenarios_title(scenario: &str) -> String {
        crate::t!("web-scenarios-title", scenario = scenario)
    }

    pub const SCENARIOS_INTRO: Msg = Msg("web-scenarios-intro");
    pub const BUDGETS_LEGEND: Msg = Msg("web-budgets-legend");
    pub const BUDGET_HINT: Msg = Msg("web-budget-hint");
    pub const WEIGHTS_LEGEND: Msg = Msg("web-weights-legend");
    pub const WEIGHTS_HINT: Msg = Msg("web-weights-hint");
    pub const AREAS_LEGEND: Msg = Msg("web-areas-legend");
    pub const AREAS_HINT: Msg = Msg("web-areas-hint");
    pub const RULES_LEGEND: Msg = Msg("web-rules-legend");
    pub const MIN_SCORE_LABEL: Msg = Msg("web-min-score-label");
    pub const OBJECTIVE_LABEL: Msg = Msg("web-objective-label");
    pub const OBJECTIVE_SCORE: Msg = Msg("web-objective-score");
    pub const OBJECTIVE_VALUE: Msg = Msg("web-objective-value");
    pub const LOCKS_LEGEND: Msg = Msg("web-locks-legend");
    pub const LOCKS_HINT: Msg = Msg("web-locks-hint");
    pub const MUST_FUND_LABEL: Msg = Msg("web-must-fund-label");
    pub const EXCLUDE_LABEL: Msg = Msg("web-exclude-label");
    pub const SIMULATE: Msg = Msg("web-simulate");
    pub const RESET_FORM: Msg = Msg("web-reset-form");
    pub const FORM_ERRORS: Msg = Msg("web-form-errors");
    pub const RESULT_HEADING: Msg = Msg("web-result-heading");
    pub const OVERRIDES_HEADING: Msg = Msg("web-overrides-heading");
    pub const DIFF_HEADING: Msg = Msg("web-diff-heading");
    pub const NO_DIFFERENCE: Msg = Msg("web-no-difference");
    pub const ENTERED: Msg = Msg("web-entered");
    pub const LEFT: Msg = Msg("web-left");
    pub const CHANGED: Msg = Msg("web-changed");
    pub const MOVED_BY_POT: Msg = Msg("web-moved-by-pot");
    pub const MOVED_BY_YEAR: Msg = Msg("web-moved-by-year");
    pub const MOVED_BY_BODY: Msg = Msg("web-moved-by-body");
    pub const MOVED_BY_MUNICIPALITY: Msg = Msg("web-moved-by-municipality");
    pub const MOVED_BY_AREA: Msg = Msg("web-moved-by-area");
    pub fn prove_link(seconds: f64) -> String {
        crate::t!("web-prove-link", seconds = crate::i18n::number(seconds, 0))
    }

    pub const SAVE_HEADING: Msg = Msg("web-save-heading");
    pub const SAVE_NAME: Msg = Msg("web-save-name");
    pub const SAVE_FILE: Msg = Msg("web-save-file");
    pub const SAVE_FILE_HINT: Msg = Msg("web-save-file-hint");
    pub const SAVE_BUTTON: Msg = Msg("web-save-button");

    pub fn budget_missing(pot: &str) -> String {
        crate::t!("web-budget-missing", pot = pot)
    }

    pub fn budget_whole(pot: &str) -> String {
        crate::t!("web-budget-whole", pot = pot)
    }

    pub const AMOUNT_NOT_A_NUMBER: Msg = Msg("web-amount-not-a-number");

    pub fn bad_amount(pot: &str, text: &str, why: &str) -> String {
        crate::t!("web-bad-amount", pot = pot, text = text, why = why)
    }

    pub fn bad_weight(part: &str, text: &str) -> String {
        crate::t!("web-bad-weight", part = part, text = text)
    }

    pub fn bad_min_score(text: &str) -> String {
        crate::t!("web-bad-min-score", text = text)
    }

    pub fn lock_twice(id: &str) -> String {
        crate::t!("web-lock-twice", id = id)
    }

    pub fn too_many_locks(max: usize) -> String {
        crate::t!("web-too-many-locks", max = max)
    }

    pub fn file_exists(name: &str) -> String {
        crate::t!("web-file-exists", name = name)
    }

    /// The saved scenario's opening comment (written as comment lines by the YAML writer).
    pub fn saved_comment(base: &str) -> String {
        format!(
            "Sparat från webbgränssnittet (sidan Scenarier), utgår från {base}.\nLåsningarna skrivs i sin helhet: unlock tar bort utgångsscenariots, must_fund och exclude anger de nya."
        )
    }

    pub fn override_price(
        id: &str,
        kind: &str,
        cost: Option<&str>,
        reason: Option<&str>,
    ) -> String {
        let what = if kind == "must_fund" {
            crate::t!("web-override-must-fund", id = id)
        } else {
            crate::t!("web-override-exclude", id = id)
        };
        let price = match cost {
            Some(c) => crate::t!("web-override-costs", cost = c),
            None => crate::t!("web-override-no-price"),
        };
        match reason {
            Some(r) => crate::t!(
                "web-override-price-because",
                what = what,
                price = price,
                reason = r
            ),
            None => crate::t!("web-override-price", what = what, price = price),
        }
    }

    // Jämför.
    pub fn compare_title(a: &str, b: &str) -> String {
        crate::t!("web-compare-title", a = a, b = b)
    }

    pub const COMPARE_LEGEND: Msg = Msg("web-compare-legend");
    pub const SCENARIO_A: Msg = Msg("web-scenario-a");
    pub const SCENARIO_B: Msg = Msg("web-scenario-b");
    pub const COMPARE_BUTTON: Msg = Msg("web-compare-button");
    pub const COMPARE_SUMMARY: Msg = Msg("web-compare-summary");

    // Budgetkurva.
    pub fn frontier_title(scenario: &str) -> String {
        crate::t!("web-frontier-title", scenario = scenario)
    }

    pub const FRONTIER_INTRO: Msg = Msg("web-frontier-intro");
    pub const FRONTIER_PENDING: Msg = Msg("web-frontier-pending");
    pub const FRONTIER_OFF: Msg = Msg("web-frontier-off");
    pub const FRONTIER_TABLE: Msg = Msg("web-frontier-table");
    pub const LEVEL: Msg = Msg("web-level");
    pub const ENTRIES_HEADING: Msg = Msg("web-entries-heading");
    pub const ENTRIES_CAPTION: Msg = Msg("web-entries-caption");
    pub const NO_ENTRIES: Msg = Msg("web-no-entries");
    pub const ENTERS_AT: Msg = Msg("web-enters-at");
    pub const LEAVES_AT: Msg = Msg("web-leaves-at");

    // Beslutsunderlag.
    pub fn memo_title(scenario: &str) -> String {
        crate::t!("web-memo-title", scenario = scenario)
    }

    pub fn memo_printed(scenario: &str) -> String {
        crate::t!("web-memo-printed", scenario = scenario)
    }

    pub const SUMMARY_HEADING: Msg = Msg("web-summary-heading");
    pub const PER_POT_CAPTION: Msg = Msg("web-per-pot-caption");
    pub const PROPOSAL_HEADING: Msg = Msg("web-proposal-heading");
    pub const NOT_PROPOSED_HEADING: Msg = Msg("web-not-proposed-heading");

    pub fn memo_summary(total: &str, budget: &str, n: usize, year: i32) -> String {
        crate::t!(
            "web-memo-summary",
            total = total,
            budget = budget,
            year = year,
            n = n
        )
    }

    pub fn count_and_sum(n: usize, sum: &str) -> String {
        crate::t!("web-count-and-sum", n = n, sum = sum)
    }

    pub fn proposal_caption(body: &str) -> String {
        crate::t!("web-proposal-caption", body = body)
    }

    /// The memo's two sentences about a funded application: what it gets, and why.
    pub fn memo_reason(
        amount: Sek,
        requested: Sek,
        score: &str,
        rank: Option<usize>,
        top: Option<&str>,
        lock: Option<&Option<String>>,
    ) -> String {
        let first = if amount == requested {
            crate::t!("web-memo-whole", amount = amount.to_kr_string())
        } else {
            crate::t!(
                "web-memo-part",
                amount = amount.to_kr_string(),
                requested = requested.to_kr_string()
            )
        };
        let second = match (lock, top, rank) {
            (Some(Some(reason)), _, _) => crate::t!("web-memo-forced-because", reason = reason),
            (Some(None), _, _) => crate::t!("web-memo-forced"),
            (None, Some(path), Some(r)) => {
                crate::t!(
                    "web-memo-score-rank-path",
                    score = score,
                    rank = r,
                    path = path
                )
            }
            (None, Some(path), None) => {
                crate::t!("web-memo-score-path", score = score, path = path)
            }
            (None, None, Some(r)) => crate::t!("web-memo-score-rank", score = score, rank = r),
            (None, None, None) => crate::t!("web-memo-score", score = score),
        };
        format!("{first} {second}")
    }

    // Offentlig vy.
    pub const PUBLIC_TITLE: Msg = Msg("web-public-title");
    pub const PUBLIC_INTRO: Msg = Msg("web-public-intro");
    pub const PUBLIC_CAPTION: Msg = Msg("web-public-caption");

    pub fn public_count(n: usize, total: &str) -> String {
        crate::t!("web-public-count", n = n, total = total)
    }

    // Tillgänglighetsredogörelse.
    pub const A11Y_TITLE: Msg = Msg("web-a11y-title");
    pub const A11Y_SECTIONS: &[(Msg, &[Msg])] = &[
        (Msg("web-a11y-1-heading"), &[Msg("web-a11y-1-text-1")]),
        (
            Msg("web-a11y-2-heading"),
            &[Msg("web-a11y-2-text-1"), Msg("web-a11y-2-text-2")],
        ),
        (
            Msg("web-a11y-3-heading"),
            &[Msg("web-a11y-3-text-1"), Msg("web-a11y-3-text-2")],
        ),
        (Msg("web-a11y-4-heading"), &[Msg("web-a11y-4-text-1")]),
        (Msg("web-a11y-5-heading"), &[Msg("web-a11y-5-text-1")]),
        (Msg("web-a11y-6-heading"), &[Msg("web-a11y-6-text-1")]),
        (Msg("web-a11y-7-heading"), &[Msg("web-a11y-7-text-1")]),
    ];
}

/// Spreadsheet exports: column headings and sheet names.
pub mod export {
    use crate::i18n::Msg;
    pub const RANKING_SHEET: Msg = Msg("export-ranking-sheet");
    pub const PROPOSAL_SHEET: Msg = Msg("export-proposal-sheet");
    pub const POTS_SHEET: Msg = Msg("export-pots-sheet");
    pub const CHANGES_SHEET: Msg = Msg("export-changes-sheet");
    pub const MOVED_SHEET: Msg = Msg("export-moved-sheet");
    pub const RANK: Msg = Msg("export-rank");
    pub const ID: Msg = Msg("export-id");
    pub const TITLE: Msg = Msg("export-title");
    pub const APPLICANT: Msg = Msg("export-applicant");
    pub const ORG_NR: Msg = Msg("export-org-nr");
    pub const SUPPORT: Msg = Msg("export-support");
    pub const FORM: Msg = Msg("export-form");
    pub const MUNICIPALITIES: Msg = Msg("export-municipalities");
    pub const REQUESTED: Msg = Msg("export-requested");
    pub const SCORE: Msg = Msg("export-score");
    pub const ALIGNMENT: Msg = Msg("export-alignment");
    pub const AGENDA: Msg = Msg("export-agenda");
    pub const QUALITY: Msg = Msg("export-quality");
    pub const ELIGIBLE: Msg = Msg("export-eligible");
    pub const PROBLEMS: Msg = Msg("export-problems");
    pub const DECISION_BODY: Msg = Msg("export-decision-body");
    pub const PROPOSAL: Msg = Msg("export-proposal");
    pub const GRANTED: Msg = Msg("export-granted");
    pub const REASON: Msg = Msg("export-reason");
    pub const EXPLANATION: Msg = Msg("export-explanation");
    pub const BUDGET_NEEDED: Msg = Msg("export-budget-needed");
    pub const SCORE_NEEDED: Msg = Msg("export-score-needed");
    pub const POT: Msg = Msg("export-pot");
    pub const BUDGET: Msg = Msg("export-budget");
    pub const ALLOCATED: Msg = Msg("export-allocated");
    pub const REMAINING: Msg = Msg("export-remaining");
    pub const CHANGE: Msg = Msg("export-change");
    /// The heading of a comparison's amount column: which scenario it is.
    pub fn amount_in(letter: &str, scenario: &str) -> String {
        crate::t!("export-amount-in", letter = letter, scenario = scenario)
    }
    pub const DIFFERENCE: Msg = Msg("export-difference");
    pub const DIMENSION: Msg = Msg("export-dimension");
    pub const WHAT: Msg = Msg("export-what");
    pub const ENTERED: Msg = Msg("export-entered");
    pub const LEFT: Msg = Msg("export-left");
    pub const CHANGED: Msg = Msg("export-changed");
    pub const YES: Msg = Msg("export-yes");
    pub const NO: Msg = Msg("export-no");

    pub fn written(path: &str, rows: usize) -> String {
        crate::t!("export-written", path = path, rows = rows)
    }

    pub fn cannot_write(path: &str, why: &str) -> String {
        crate::t!("export-cannot-write", path = path, why = why)
    }

    pub const COMPARISON_NEEDS_WITH: Msg = Msg("export-comparison-needs-with");
    pub const CSV_ONE_SHEET: Msg = Msg("export-csv-one-sheet");
}

/// `anslag import`: spreadsheets in.
pub mod import {
    use crate::i18n::Msg;
    pub const NO_HEADER: Msg = Msg("import-no-header");
    pub const MAPPING_NOT_MAP: Msg = Msg("import-mapping-not-map");
    pub const MAPPING_NOT_TEXT: Msg = Msg("import-mapping-not-text");
    pub const PUBLIC_SOURCE: Msg = Msg("import-public-source");
    pub const PRIVATE_SOURCE: Msg = Msg("import-private-source");

    pub fn row(r: usize) -> String {
        crate::t!("import-row", r = r)
    }

    pub fn bad_csv(line: usize) -> String {
        crate::t!("import-bad-csv", line = line)
    }

    pub fn bad_xlsx(why: &str) -> String {
        crate::t!("import-bad-xlsx", why = why)
    }

    pub const NOT_XLSX: Msg = Msg("import-not-xlsx");
    pub const NO_SHEETS: Msg = Msg("import-no-sheets");
    pub const XLSX_MACROS: Msg = Msg("import-xlsx-macros");
    pub const XLSX_PASSWORD: Msg = Msg("import-xlsx-password");
    pub const XLSX_DAMAGED: Msg = Msg("import-xlsx-damaged");

    pub fn too_far(cell: &str, rows: usize, columns: usize) -> String {
        crate::t!(
            "import-too-far",
            cell = cell,
            rows = crate::i18n::whole(rows as u64),
            columns = columns
        )
    }

    pub fn no_sheet(name: &str, names: &[String]) -> String {
        crate::t!("import-no-sheet", name = name, names = names.join(", "))
    }

    pub fn unknown_field(key: &str, hint: crate::i18n::Text) -> String {
        crate::t!("import-unknown-field", key = key, hint = hint)
    }

    pub fn missing_column(wanted: &str, documented: &str) -> String {
        if wanted == documented {
            crate::t!("import-missing-column", wanted = wanted)
        } else {
            crate::t!(
                "import-missing-column-for",
                wanted = wanted,
                documented = documented
            )
        }
    }

    pub fn ignored_column(header: &str) -> String {
        crate::t!("import-ignored-column", header = header)
    }

    pub fn bad_rating(item: &str) -> String {
        crate::t!("import-bad-rating", item = item)
    }

    pub fn written(path: &str, n: usize) -> String {
        crate::t!("import-written", path = path, n = n)
    }

    pub fn skipped(n: usize, rows: &str) -> String {
        crate::t!("import-skipped", n = n, rows = rows)
    }

    pub fn nothing_written(errors: usize) -> String {
        crate::t!("import-nothing-written", errors = errors)
    }

    pub const UNKNOWN_EXTENSION: Msg = Msg("import-unknown-extension");

    /// The imported file's opening comment (written as comment lines by the YAML writer).
    pub fn header_comment(source: &str) -> String {
        format!(
            "Importerat från {source} med `anslag import`. Betyg (links, agenda2030, criteria)\nsom saknades i kalkylbladet sätts vid beredningen."
        )
    }
}
