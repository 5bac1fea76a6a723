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

/// A name in the middle of a sentence, its first letter small ("Särskilt driftstöd" →
/// "särskilt driftstöd").
pub(crate) fn mid_sentence(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
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
    pub(crate) fn io_error_text(e: &std::io::Error) -> crate::i18n::Text {
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
    pub(crate) fn wrong_extension(path: &str, wanted: &[&str]) -> String {
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

    pub(crate) fn is_directory(path: &str) -> String {
        crate::t!("output-is-directory", path = path)
    }

    pub(crate) fn kept_previous(path: &str) -> String {
        crate::t!("output-kept-previous", path = path)
    }

    pub(crate) fn cannot_write(path: &str, e: &std::io::Error) -> String {
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

    pub(crate) const WARNING_PREFIX: Msg = Msg("files-warning-prefix");
    pub(crate) const KIND_NULL: Msg = Msg("files-kind-null");
    pub(crate) const KIND_SEQ: Msg = Msg("files-kind-seq");
    pub(crate) const KIND_MAP: Msg = Msg("files-kind-map");

    #[cfg(test)]
    pub(crate) const YAML_SYNTAX: Msg = Msg("files-yaml-syntax");
    pub(crate) const YAML_MANY_DOCUMENTS: Msg = Msg("files-yaml-many-documents");
    pub(crate) const YAML_UNKNOWN_ALIAS: Msg = Msg("files-yaml-unknown-alias");
    pub(crate) const YAML_TOO_LARGE: Msg = Msg("files-yaml-too-large");
    pub(crate) const VALUE_TOO_LONG: Msg = Msg("files-value-too-long");
    pub(crate) const YAML_TOO_DEEP: Msg = Msg("files-yaml-too-deep");
    pub(crate) const IS_DIRECTORY: Msg = Msg("files-is-directory");
    pub(crate) const FILE_TOO_LARGE: Msg = Msg("files-file-too-large");
    pub(crate) const NOT_UTF8: Msg = Msg("files-not-utf8");

    pub(crate) const EXPECT_TEXT: Msg = Msg("files-expect-text");
    pub(crate) const EXPECT_BOOL: Msg = Msg("files-expect-bool");
    pub(crate) const EXPECT_WHOLE: Msg = Msg("files-expect-whole");
    pub(crate) const EXPECT_NUMBER: Msg = Msg("files-expect-number");
    pub(crate) const EXPECT_AMOUNT: Msg = Msg("files-expect-amount");
    pub(crate) const EXPECT_DATE: Msg = Msg("files-expect-date");
    pub(crate) const EXPECT_LIST: Msg = Msg("files-expect-list");
    pub(crate) const EXPECT_MAP: Msg = Msg("files-expect-map");
    pub(crate) const EXPECT_KEY: Msg = Msg("files-expect-key");
    pub(crate) const EXPECT_PATH: Msg = Msg("files-expect-path");
    pub(crate) const EXPECT_APPLICATION_LIST: Msg = Msg("files-expect-application-list");
    pub(crate) const EXPECT_DECISION_LIST: Msg = Msg("files-expect-decision-list");
    pub(crate) const DECISION_NEEDS_AMOUNT: Msg = Msg("files-decision-needs-amount");
    pub(crate) const DECISION_ZERO_AMOUNT: Msg = Msg("files-decision-zero-amount");
    pub(crate) const DECISION_REJECTED_AMOUNT: Msg = Msg("files-decision-rejected-amount");
    pub(crate) const DECISION_REJECTED_NEEDS_REASON: Msg =
        Msg("files-decision-rejected-needs-reason");

    pub(crate) fn decision_departs_needs_reason(amount: Sek, proposed: Sek) -> Text {
        crate::tt!(
            "files-decision-departs-needs-reason",
            amount = amount,
            proposed = proposed
        )
    }

    pub(crate) fn lock_on_decided(id: &str, granted: bool, date: Date) -> Text {
        crate::tt!(
            "files-lock-on-decided",
            id = id,
            granted = if granted { "ja" } else { "nej" },
            date = date.to_string()
        )
    }

    pub(crate) fn decided_in_file(id: &str, status: &str) -> Text {
        crate::tt!("files-decided-in-file", id = id, status = status)
    }

    pub(crate) fn unknown_body(body: &str, bodies: &[&str]) -> Text {
        crate::tt!(
            "files-unknown-body",
            body = body,
            bodies = bodies.join(", ")
        )
    }

    pub(crate) fn granted_above_requested(amount: Sek, requested: Sek) -> Text {
        crate::tt!(
            "files-granted-above-requested",
            amount = amount,
            requested = requested
        )
    }
    pub(crate) const TEXT_TOO_LONG: Msg = Msg("files-text-too-long");
    pub(crate) const NOT_A_SCENARIO: Msg = Msg("files-not-a-scenario");

    pub(crate) const NO_RUS_NODE: Msg = Msg("files-no-rus-node");
    pub(crate) const MANY_RUS_NODES: Msg = Msg("files-many-rus-nodes");
    pub(crate) const NO_PARENTS: Msg = Msg("files-no-parents");
    pub(crate) const INFORMATIONAL_WITH_PARENTS: Msg = Msg("files-informational-with-parents");
    pub(crate) const PRIORITISED_WITHOUT_SOURCE: Msg = Msg("files-prioritised-without-source");
    pub(crate) const RUS_WITH_PARENTS: Msg = Msg("files-rus-with-parents");
    pub(crate) const BAD_WEIGHT: Msg = Msg("files-bad-weight");
    pub(crate) const BAD_GOAL_NUMBER: Msg = Msg("files-bad-goal-number");
    pub(crate) const ZERO_CRITERIA_WEIGHTS: Msg = Msg("files-zero-criteria-weights");
    pub(crate) const BAD_NAME: Msg = Msg("files-bad-name");
    pub(crate) const RATE_NOT_PLAUSIBLE: Msg = Msg("files-rate-not-plausible");
    pub(crate) const NO_MUNICIPALITY: Msg = Msg("files-no-municipality");
    pub(crate) const ZERO_REQUESTED: Msg = Msg("files-zero-requested");
    pub(crate) const NOT_WHOLE_KRONOR: Msg = Msg("files-not-whole-kronor");
    pub(crate) const BAD_PARTIAL_MIN: Msg = Msg("files-bad-partial-min");
    pub(crate) const NO_YEARS: Msg = Msg("files-no-years");
    pub(crate) const ZERO_ELIGIBLE_COST: Msg = Msg("files-zero-eligible-cost");
    pub(crate) const BAD_SCORE: Msg = Msg("files-bad-score");
    pub(crate) const BAD_BUDGET_SCALE: Msg = Msg("files-bad-budget-scale");
    pub(crate) const BAD_TIME_LIMIT: Msg = Msg("files-bad-time-limit");
    pub(crate) const PARTS_CANNOT_NORMALISE: Msg = Msg("files-parts-cannot-normalise");
    pub(crate) const SHARE_NEEDS_BOUND: Msg = Msg("files-share-needs-bound");
    pub(crate) const SHARE_MIN_ABOVE_MAX: Msg = Msg("files-share-min-above-max");
    pub(crate) const AT_MOST_ONE_NEEDS_TWO: Msg = Msg("files-at-most-one-needs-two");

    pub(crate) fn did_you_mean(candidate: &str) -> Text {
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

    pub(crate) fn negative_number(key: &str, text: &str) -> Text {
        crate::tt!("files-negative-number", key = key, text = text)
    }

    pub(crate) fn bad_amount(key: &str, text: &str, why: impl IntoTextArg) -> Text {
        crate::tt!("files-bad-amount", key = key, text = text, why = why)
    }

    pub(crate) fn bad_rating(key: &str, got: Text) -> Text {
        crate::tt!("files-bad-rating", key = key, got = got)
    }

    pub(crate) fn bad_choice(key: &str, text: &str, hint: Text, choices: &[&str]) -> Text {
        crate::tt!(
            "files-bad-choice",
            key = key,
            text = text,
            hint = hint,
            choices = choices.join(", ")
        )
    }

    pub(crate) fn unknown_key(key: &str, hint: Text, allowed: &[&str]) -> Text {
        crate::tt!(
            "files-unknown-key",
            key = key,
            hint = hint,
            allowed = allowed.join(", ")
        )
    }

    pub(crate) fn repeated_key(key: &str, first: &Loc) -> Text {
        crate::tt!(
            "files-repeated-key",
            key = key,
            line = first.line.to_string(),
            column = first.column.to_string()
        )
    }

    pub(crate) fn duplicate_key(key: &str) -> Text {
        crate::tt!("files-duplicate-key", key = key)
    }

    pub(crate) fn missing_key(key: &str) -> Text {
        crate::tt!("files-missing-key", key = key)
    }

    pub(crate) fn cannot_read(e: &std::io::Error) -> Text {
        crate::tt!("files-cannot-read", why = super::os::io_error_text(e))
    }

    /// A YAML syntax error told in Swedish from the parser's (English) description; the
    /// description itself goes to the trace.
    pub(crate) fn yaml_syntax(info: &str) -> Text {
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

    pub(crate) fn missing_file(path: &str) -> Text {
        crate::tt!("files-missing-file", path = path)
    }

    pub(crate) fn node_context(id: &str) -> Text {
        crate::tt!("files-node-context", id = id)
    }

    pub(crate) fn application_context(id: &str) -> Text {
        crate::tt!("files-application-context", id = id)
    }

    pub(crate) fn constraint_context(name: &str) -> Text {
        crate::tt!("files-constraint-context", name = name)
    }

    pub(crate) fn period_context(from: Date) -> Text {
        crate::tt!("files-period-context", from = from)
    }

    pub(crate) fn rules_from(from: Date) -> Text {
        crate::tt!("files-rules-from", from = from)
    }

    pub(crate) fn duplicate_id(id: &str, first: &Loc) -> Text {
        crate::tt!("files-duplicate-id", id = id, first = first.line)
    }

    pub(crate) fn bad_node_id(id: &str) -> Text {
        crate::tt!("files-bad-node-id", id = id)
    }

    pub(crate) fn unknown_node(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-node", id = id, hint = hint)
    }

    pub(crate) fn parent_not_scoring(id: &str) -> Text {
        crate::tt!("files-parent-not-scoring", id = id)
    }

    pub(crate) fn unknown_plan(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-plan", id = id, hint = hint)
    }

    pub(crate) fn unknown_national(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-national", id = id, hint = hint)
    }

    pub(crate) fn cycle(ids: &[String]) -> Text {
        crate::tt!(
            "files-cycle",
            ids = ids
                .iter()
                .map(|i| format!("\"{i}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }

    pub(crate) fn duplicate_goal(n: u8) -> Text {
        crate::tt!("files-duplicate-goal", n = n)
    }

    pub(crate) fn unknown_goal(n: u32) -> Text {
        crate::tt!("files-unknown-goal", n = n)
    }

    pub(crate) fn unknown_goal_key(text: &str) -> Text {
        crate::tt!("files-unknown-goal-key", text = text)
    }

    pub(crate) fn goal_in_two_groups(n: u8, other: &str) -> Text {
        crate::tt!("files-goal-in-two-groups", n = n, other = other)
    }

    pub(crate) fn goal_without_group(n: u8) -> Text {
        crate::tt!("files-goal-without-group", n = n)
    }

    pub(crate) fn periods_out_of_order(previous: Date) -> Text {
        crate::tt!("files-periods-out-of-order", previous = previous)
    }

    pub(crate) fn first_period_needs(section: &str) -> Text {
        crate::tt!("files-first-period-needs", section = section)
    }

    pub(crate) fn unknown_support(key: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-support", key = key, hint = hint)
    }

    pub(crate) fn form_in_wrong_pot(form: &str, support: &str) -> Text {
        crate::tt!("files-form-in-wrong-pot", form = form, support = support)
    }

    pub(crate) fn form_required(support: &str) -> Text {
        crate::tt!("files-form-required", support = support)
    }

    pub(crate) fn share_out_of_range(key: &str) -> Text {
        crate::tt!("files-share-out-of-range", key = key)
    }

    pub(crate) fn duplicate_criterion(id: &str) -> Text {
        crate::tt!("files-duplicate-criterion", id = id)
    }

    pub(crate) fn weekend_decision(date: &str) -> Text {
        crate::tt!("files-weekend-decision", date = date)
    }

    pub(crate) fn micro_not_micro(employees: u32) -> Text {
        crate::tt!("files-micro-not-micro", employees = employees)
    }

    pub(crate) fn sole_trader_large(employees: u32) -> Text {
        crate::tt!("files-sole-trader-large", employees = employees)
    }

    pub(crate) fn org_nr_twice(name: &str, nr: &str, first: &Loc) -> Text {
        crate::tt!(
            "files-org-nr-twice",
            name = name,
            nr = nr,
            first = first.line
        )
    }

    pub(crate) fn org_nr_series(nr: &str, kind: &str, prefix: &str) -> Text {
        crate::tt!("files-org-nr-series", nr = nr, kind = kind, prefix = prefix)
    }

    pub(crate) fn org_nr_not_personal(nr: &str) -> Text {
        crate::tt!("files-org-nr-not-personal", nr = nr)
    }

    pub(crate) fn bad_org_nr(nr: &str) -> Text {
        crate::tt!("files-bad-org-nr", nr = nr)
    }

    pub(crate) fn bad_fiscal_month(month: u32) -> Text {
        crate::tt!("files-bad-fiscal-month", month = month)
    }

    pub(crate) fn org_nr_in_two_undertakings(nr: &str, other: &str) -> Text {
        crate::tt!("files-org-nr-in-two-undertakings", nr = nr, other = other)
    }

    pub const REGISTER_NOT_A_SCENARIO: Msg = Msg("files-register-not-a-scenario");
    pub const SMALL_STORE_NEEDS_BOTH: Msg = Msg("files-small-store-needs-both");
    pub const ROAD_CEILING_ABOVE: Msg = Msg("files-road-ceiling-above");
    pub const UNDERTAKING_NEEDS_TWO: Msg = Msg("files-undertaking-needs-two");
    pub const AID_AMOUNT_ZERO: Msg = Msg("files-aid-amount-zero");
    pub const ZERO_POPULATION: Msg = Msg("files-zero-population");

    pub fn bad_kommunkod(code: &str) -> Text {
        crate::tt!("files-bad-kommunkod", code = code)
    }

    pub fn duplicate_municipality(name: &str) -> Text {
        crate::tt!("files-duplicate-municipality", name = name)
    }

    pub fn duplicate_kommunkod(code: &str) -> Text {
        crate::tt!("files-duplicate-kommunkod", code = code)
    }

    pub fn municipality_not_in_file(name: &str) -> Text {
        crate::tt!("files-municipality-not-in-file", name = name)
    }
    pub const AID_NO_RECIPIENT: Msg = Msg("files-aid-no-recipient");
    pub const AID_NO_GRANTOR: Msg = Msg("files-aid-no-grantor");

    pub(crate) fn aid_same_as_own_grant(id: &str) -> Text {
        crate::tt!("files-aid-same-as-own-grant", id = id)
    }

    pub(crate) fn unknown_municipality(name: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-municipality", name = name, hint = hint)
    }

    pub(crate) fn partial_above_requested(min: Sek, requested: Sek) -> Text {
        crate::tt!(
            "files-partial-above-requested",
            min = min,
            requested = requested
        )
    }

    pub(crate) fn bad_year(text: &str) -> Text {
        crate::tt!("files-bad-year", text = text)
    }

    pub(crate) fn years_do_not_sum(sum: Sek, requested: Sek) -> Text {
        crate::tt!("files-years-do-not-sum", sum = sum, requested = requested)
    }

    pub(crate) fn rated_informational(id: &str) -> Text {
        crate::tt!("files-rated-informational", id = id)
    }

    pub(crate) fn node_not_yet_valid(id: &str, from: Date, on: Date) -> Text {
        crate::tt!("files-node-not-yet-valid", id = id, from = from, on = on)
    }

    pub(crate) fn criterion_not_for_pot(id: &str, pot: crate::i18n::Msg) -> Text {
        crate::tt!("files-criterion-not-for-pot", id = id, pot = pot)
    }

    pub(crate) fn node_no_longer_valid(id: &str, to: Date, on: Date) -> Text {
        crate::tt!("files-node-no-longer-valid", id = id, to = to, on = on)
    }

    pub(crate) fn valid_to_before_from(from: Date, to: Date) -> Text {
        crate::tt!("files-valid-to-before-from", from = from, to = to)
    }

    pub(crate) fn rated_with_ancestor(id: &str, ancestor: &str) -> Text {
        crate::tt!("files-rated-with-ancestor", id = id, ancestor = ancestor)
    }

    pub(crate) fn unknown_criterion(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-criterion", id = id, hint = hint)
    }

    pub(crate) fn base_cycle(files: &[String]) -> Text {
        crate::tt!("files-base-cycle", files = files.join(" → "))
    }

    pub(crate) fn coverage_by(text: &str) -> Text {
        crate::tt!("files-coverage-by", text = text)
    }

    pub(crate) fn duplicate_constraint(name: &str) -> Text {
        crate::tt!("files-duplicate-constraint", name = name)
    }

    pub(crate) fn no_rules_at(id: &str, date: Date) -> Text {
        crate::tt!("files-no-rules-at", id = id, date = date)
    }

    pub(crate) fn no_decision_date(id: &str, date: Date) -> Text {
        crate::tt!("files-no-decision-date", id = id, date = date)
    }

    pub(crate) fn must_fund_ineligible(id: &str) -> Text {
        crate::tt!("files-must-fund-ineligible", id = id)
    }

    pub(crate) fn must_fund_paid_nationally(id: &str) -> Text {
        crate::tt!("files-must-fund-paid-nationally", id = id)
    }

    pub(crate) fn must_fund_and_excluded(id: &str) -> Text {
        crate::tt!("files-must-fund-and-excluded", id = id)
    }

    pub(crate) fn must_fund_not_candidate(id: &str, status: &str) -> Text {
        crate::tt!("files-must-fund-not-candidate", id = id, status = status)
    }

    pub(crate) fn unknown_application(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-application", id = id, hint = hint)
    }

    pub(crate) fn no_budget_for_pot(pot: Msg) -> Text {
        crate::tt!("files-no-budget-for-pot", pot = pot)
    }

    pub(crate) fn node_serves_nothing(id: &str) -> Text {
        crate::tt!("files-node-serves-nothing", id = id)
    }

    pub(crate) fn no_such_edge(parent: &str, child: &str) -> Text {
        crate::tt!("files-no-such-edge", child = child, parent = parent)
    }

    pub(crate) fn unknown_group(id: &str, hint: Text) -> Text {
        crate::tt!("files-unknown-group", id = id, hint = hint)
    }

    pub(crate) fn zero_weights(part: Msg, node: &str) -> Text {
        crate::tt!("files-zero-weights", part = part, node = node)
    }
}

/// Amounts of money.
pub mod money {
    use crate::i18n::Msg;
    pub(crate) const NOT_A_NUMBER: Msg = Msg("money-not-a-number");
    pub(crate) const NEGATIVE: Msg = Msg("money-negative");
    pub(crate) const BAD_GROUPING: Msg = Msg("money-bad-grouping");
    pub(crate) const TOO_MANY_DECIMALS: Msg = Msg("money-too-many-decimals");
    pub(crate) const TOO_LARGE: Msg = Msg("money-too-large");
}

/// The guideline's rules, broken.
pub mod rules {
    use crate::i18n::{Msg, Text, TextArg};
    use rust_decimal::Decimal;

    use crate::date::Date;
    use crate::money::Sek;

    pub(crate) const OPERATING_AID: Msg = Msg("rules-operating-aid");
    pub(crate) const NO_STRATEGY_LINK: Msg = Msg("rules-no-strategy-link");
    pub(crate) const IN_DIFFICULTY: Msg = Msg("rules-in-difficulty");
    pub(crate) const NOT_OPEN_ALL_YEAR: Msg = Msg("rules-not-open-all-year");
    pub(crate) const NO_ELIGIBLE_COST_SHARE: Msg = Msg("rules-no-eligible-cost-share");
    pub(crate) const NO_ELIGIBLE_COST_OVERFINANCING: Msg =
        Msg("rules-no-eligible-cost-overfinancing");
    pub(crate) const NO_COMPANY: Msg = Msg("rules-no-company");
    pub(crate) const NO_STORE: Msg = Msg("rules-no-store");
    pub(crate) const NO_DISTANCE: Msg = Msg("rules-no-distance");
    pub(crate) const NO_TURNOVER: Msg = Msg("rules-no-turnover");
    pub(crate) const NO_AID_AREAS: Msg = Msg("rules-no-aid-areas");
    pub(crate) const NO_MUNICIPALITY: Msg = Msg("rules-no-municipality");
    pub(crate) const NO_SGEI_CEILING: Msg = Msg("rules-no-sgei-ceiling");
    pub(crate) const BASIS_DE_MINIMIS: Msg = Msg("rules-basis-de-minimis");
    pub(crate) const BASIS_SGEI_DE_MINIMIS: Msg = Msg("rules-basis-sgei-de-minimis");
    pub(crate) const BASIS_GBER_REGIONAL: Msg = Msg("rules-basis-gber-regional");
    pub(crate) const BASIS_GBER_SME: Msg = Msg("rules-basis-gber-sme");

    pub(crate) fn given_as(form: &str, basis: Msg) -> Text {
        crate::tt!("rules-given-as", form = form, basis = basis)
    }

    pub(crate) fn outside_aid_area(form: &str, municipalities: &str) -> Text {
        crate::tt!(
            "rules-outside-aid-area",
            form = form,
            municipalities = municipalities
        )
    }

    pub(crate) fn no_rules_for_support(support: Msg) -> Text {
        crate::tt!("rules-no-rules-for-support", s = support)
    }

    pub(crate) fn form_not_in_rules(form: &str) -> Text {
        crate::tt!("rules-form-not-in-rules", form = form)
    }

    pub(crate) fn wrong_applicant(kind: Msg, allowed: &[Msg]) -> Text {
        crate::tt!(
            "rules-wrong-applicant",
            kind = kind,
            allowed = Text::Joined(allowed.iter().map(|&m| m.into()).collect(), ", ")
        )
    }

    pub(crate) fn share_too_high(
        share: &str,
        cap: &str,
        max_grant: Sek,
        with_public: bool,
    ) -> Text {
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

    pub(crate) fn overfinanced(total: Sek, cost: Sek, max_grant: Sek) -> Text {
        crate::tt!(
            "rules-overfinanced",
            total = total,
            cost = cost,
            max_grant = max_grant
        )
    }

    pub(crate) fn started_before_application(received: Date, start: Date) -> Text {
        crate::tt!(
            "rules-started-before-application",
            start = start,
            received = received
        )
    }

    /// The limits of a small or medium-sized enterprise: employees, and turnover and balance
    /// sheet in euro.
    pub(crate) fn not_sme(
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

    /// Whose de minimis aid was counted: the company alone, or the single undertaking
    /// (`group`) the register puts it in.
    pub(crate) fn de_minimis_who(group: Option<&str>) -> Text {
        match group {
            Some(group) => crate::tt!("rules-de-minimis-who-group", group = group),
            None => crate::tt!("rules-de-minimis-who"),
        }
    }

    /// A ceiling: `eur` euro = `kr` at `rate` kronor per euro; `road_freight` when it is the
    /// lower ceiling for carrying goods by road.
    /// The ceiling in euro and kronor, and which one it is where it is not the general one:
    /// the lower one for road freight, or the one for services of general economic interest.
    pub(crate) fn de_minimis_ceiling(
        eur: f64,
        kr: Sek,
        rate: f64,
        (road_freight, sgei): (bool, bool),
    ) -> Text {
        crate::tt!(
            "rules-de-minimis-ceiling",
            eur = TextArg::Number(eur, 0),
            kr = kr,
            rate = TextArg::Number(rate, 2),
            kind = if road_freight {
                "road"
            } else if sgei {
                "sgei"
            } else {
                "none"
            }
        )
    }

    /// The count: `who` has had `received` from `from` to `to` (`period`, the guideline's own
    /// words) against `ceiling`, `room` left; as a broken rule (`breach`) or as information.
    pub(crate) fn de_minimis(
        breach: bool,
        who: Text,
        received: Sek,
        (from, to): (Date, Date),
        (period, ceiling): (&str, Text),
        room: Sek,
    ) -> Text {
        use crate::i18n::IntoTextArg;
        let args = vec![
            ("who", who.into_text_arg()),
            ("received", received.into_text_arg()),
            ("from", from.into_text_arg()),
            ("to", to.into_text_arg()),
            ("period", period.into_text_arg()),
            ("ceiling", ceiling.into_text_arg()),
            ("room", room.into_text_arg()),
        ];
        let id = if breach {
            Msg("rules-de-minimis")
        } else {
            Msg("rules-de-minimis-status")
        };
        Text::Message(id.0, args)
    }

    /// The breach where general de minimis meets the SGEI ceiling, which caps both together.
    pub(crate) fn de_minimis_sgei_cap(
        who: Text,
        received: Sek,
        (from, to): (Date, Date),
        cap: Sek,
        room: Sek,
    ) -> Text {
        crate::tt!(
            "rules-de-minimis-sgei-cap",
            who = who,
            received = received,
            from = from,
            to = to,
            cap = cap,
            room = room
        )
    }

    pub const NO_ORG_NR_FOR_REGISTER: Msg = Msg("rules-no-org-nr-for-register");
    pub const NO_OPENING_HOURS: Msg = Msg("rules-no-opening-hours");
    pub const NO_TURNOVER_FOR_HOURS: Msg = Msg("rules-no-turnover-for-hours");
    pub const NO_DE_MINIMIS_WINDOW: Msg = Msg("rules-no-de-minimis-window");
    pub const NO_NET_COST: Msg = Msg("rules-no-net-cost");

    pub(crate) fn no_prisbasbelopp(year: i32) -> Text {
        crate::tt!("rules-no-prisbasbelopp", year = year)
    }

    /// The net cost under its least: a share of the year's prisbasbelopp.
    pub(crate) fn net_cost_too_low(cost: Sek, least: Sek, share: Decimal, year: i32) -> Text {
        let share = rust_decimal::prelude::ToPrimitive::to_f64(&share).unwrap_or(0.0);
        crate::tt!(
            "rules-net-cost-too-low",
            cost = TextArg::Kr(cost),
            least = TextArg::Kr(least),
            share = TextArg::Number(share, 1),
            year = year
        )
    }

    /// Open `open` hours a week; at least `hours` needed, `small` hours under a turnover.
    pub(crate) fn too_few_hours(
        open: Decimal,
        hours: Decimal,
        small: Option<(Decimal, Sek)>,
    ) -> Text {
        // Whole hours as whole, else with one decimal (39,5 is not 40).
        let n = |d: Decimal| {
            let decimals = if d.fract().is_zero() { 0 } else { 1 };
            TextArg::Number(
                rust_decimal::prelude::ToPrimitive::to_f64(&d).unwrap_or(0.0),
                decimals,
            )
        };
        match small {
            Some((small_hours, turnover)) => crate::tt!(
                "rules-too-few-hours-small",
                open = n(open),
                hours = n(hours),
                small_hours = n(small_hours),
                turnover = TextArg::Short(turnover)
            ),
            None => crate::tt!("rules-too-few-hours", open = n(open), hours = n(hours)),
        }
    }
    pub const DE_MINIMIS_COUNTED: Msg = Msg("rules-de-minimis-counted");

    /// The region (`region`, empty when the rules do not name it) as the grantor of its own
    /// grant, application `id`.
    pub fn own_grant(region: &str, id: &str) -> Text {
        let region = if region.is_empty() { "none" } else { region };
        crate::tt!("rules-own-grant", region = region, id = id)
    }

    /// One aid of the register in a line.
    pub fn aid_line(
        date: Date,
        amount: Sek,
        grantor: Text,
        recipient: &str,
        org_nr: &str,
        reference: &str,
    ) -> Text {
        crate::tt!(
            "rules-aid-line",
            date = date,
            amount = amount,
            grantor = grantor,
            recipient = recipient,
            org_nr = org_nr,
            reference = if reference.is_empty() {
                "none"
            } else {
                reference
            }
        )
    }

    pub(crate) fn de_minimis_declared(declared: Sek) -> Text {
        crate::tt!("rules-de-minimis-declared", declared = declared)
    }

    /// Servicebidrag beyond its years in total: `earlier` years had it already.
    pub(crate) fn too_many_years_in_total(
        form: &str,
        earlier: &[i32],
        new: usize,
        max: u32,
    ) -> Text {
        let years: Vec<String> = earlier.iter().map(i32::to_string).collect();
        crate::tt!(
            "rules-too-many-years-in-total",
            form = form,
            earlier = years.join(", "),
            new = new,
            max = max
        )
    }

    pub(crate) fn amount_too_high(form: &str, max: Sek) -> Text {
        crate::tt!("rules-amount-too-high", form = form, max = max)
    }

    pub(crate) fn yearly_too_high(year: i32, amount: Sek, max: Sek, strategic: bool) -> Text {
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

    /// A year's amount over the yearly cap less what `other` gave the recipient that year.
    pub(crate) fn yearly_too_high_reduced(
        (year, amount): (i32, Sek),
        max: Sek,
        other: &str,
        deducted: Sek,
    ) -> Text {
        crate::tt!(
            "rules-yearly-too-high-reduced",
            amount = amount,
            year = year,
            max = max,
            other = crate::text::mid_sentence(other),
            deducted = deducted,
            cap = max.saturating_sub(deducted)
        )
    }

    pub(crate) fn too_many_years(n: u32, max: u32) -> Text {
        crate::tt!("rules-too-many-years", n = n, max = max)
    }

    pub(crate) fn too_close(distance: Decimal, min: Decimal) -> Text {
        crate::tt!(
            "rules-too-close",
            distance = distance.normalize().to_string().replace('.', ","),
            min = min.normalize().to_string().replace('.', ",")
        )
    }

    pub(crate) fn turnover_too_high(turnover: Sek, max: Sek) -> Text {
        crate::tt!(
            "rules-turnover-too-high",
            turnover = TextArg::Short(turnover),
            max = TextArg::Short(max)
        )
    }
}

/// Explanations of scores.
pub mod explain {
    use crate::date::Date;
    use crate::i18n::Msg;
    pub(crate) const MERGED_PATHS: Msg = Msg("explain-merged-paths");

    pub(crate) fn outweighed_by_children(name: &str, rating: u8) -> String {
        crate::t!(
            "explain-outweighed-by-children",
            name = name,
            rating = rating
        )
    }

    /// A rated strategy node not in force on the application's day: it ended before it, or
    /// starts after it.
    pub(crate) fn not_in_force(
        name: &str,
        rating: u8,
        from: Option<Date>,
        to: Option<Date>,
    ) -> String {
        match (from, to) {
            (_, Some(to)) if from.is_none_or(|f| f <= to) => crate::t!(
                "explain-not-in-force-ended",
                name = name,
                rating = rating,
                to = to
            ),
            (Some(from), _) => crate::t!(
                "explain-not-in-force-later",
                name = name,
                rating = rating,
                from = from
            ),
            _ => crate::t!("explain-not-in-force", name = name, rating = rating),
        }
    }

    /// A rated quality criterion that the application's pot is not judged by.
    pub(crate) fn not_for_pot(name: &str, rating: u8, pot: crate::i18n::Msg) -> String {
        crate::t!(
            "explain-not-for-pot",
            name = name,
            rating = rating,
            pot = pot
        )
    }

    pub(crate) fn outweighed_no_room(name: &str, rating: u8) -> String {
        crate::t!("explain-outweighed-no-room", name = name, rating = rating)
    }

    pub(crate) fn outweighed_from_above(name: &str, rating: u8) -> String {
        crate::t!(
            "explain-outweighed-from-above",
            name = name,
            rating = rating
        )
    }
}

/// The command line: headings, labels and messages.
pub mod cli {

    pub(crate) const DECIDE_NEEDS_DATE: Msg = Msg("cli-decide-needs-date");
    pub(crate) const DECIDE_NOT_PROPOSED: Msg = Msg("cli-decide-not-proposed");
    pub(crate) const DECIDE_GRANTED: Msg = Msg("cli-decide-granted");
    pub(crate) const DECIDE_REJECTED: Msg = Msg("cli-decide-rejected");
    pub(crate) const DECIDE_COL_ID: Msg = Msg("cli-decide-col-id");
    pub(crate) const DECIDE_COL_TITLE: Msg = Msg("cli-decide-col-title");
    pub(crate) const DECIDE_COL_PROPOSED: Msg = Msg("cli-decide-col-proposed");
    pub(crate) const DECIDE_COL_DECISION: Msg = Msg("cli-decide-col-decision");
    pub(crate) const DECIDE_COL_AMOUNT: Msg = Msg("cli-decide-col-amount");
    pub(crate) const DECIDE_COL_CHANGE: Msg = Msg("cli-decide-col-change");
    pub(crate) const DECIDE_COMMAND_LINE: Msg = Msg("cli-decide-command-line");
    pub(crate) const DECIDE_NOTHING_WRITTEN: Msg = Msg("cli-decide-nothing-written");

    pub(crate) fn decide_which_body(bodies: &str) -> String {
        crate::t!("cli-decide-which-body", bodies = bodies)
    }

    pub(crate) fn decide_unknown_body(body: &str, bodies: &str) -> String {
        crate::t!("cli-decide-unknown-body", body = body, bodies = bodies)
    }

    pub(crate) fn decide_bad_date(date: &str) -> String {
        crate::t!("cli-decide-bad-date", date = date)
    }

    pub(crate) fn decide_bad_reason(text: &str) -> String {
        crate::t!("cli-decide-bad-reason", text = text)
    }

    pub(crate) fn decide_bad_amount(text: &str) -> String {
        crate::t!("cli-decide-bad-amount", text = text)
    }

    pub(crate) fn decide_reason_without_change(id: &str) -> String {
        crate::t!("cli-decide-reason-without-change", id = id)
    }

    pub(crate) fn decide_twice(id: &str) -> String {
        crate::t!("cli-decide-twice", id = id)
    }

    pub(crate) fn decide_dry_run(body: &str, date: &str) -> String {
        crate::t!("cli-decide-dry-run", body = body, date = date)
    }

    pub(crate) fn decide_saved(
        granted: usize,
        amount: crate::money::Sek,
        rejected: usize,
        changed: usize,
        file: &str,
    ) -> String {
        crate::t!(
            "cli-decide-saved",
            granted = granted,
            amount = amount,
            rejected = rejected,
            changed = changed,
            file = file
        )
    }
    use crate::i18n::Msg;

    pub(crate) const ABOUT: Msg = Msg("cli-about");
    /// clap's help layout, with "Användning" in the current language.
    pub(crate) fn help_template() -> String {
        format!(
            "{{about}}\n\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            Msg("cli-usage-word")
        )
    }
    pub(crate) const COMMANDS_HEADING: Msg = Msg("cli-commands-heading");
    pub(crate) const COMMAND_VALUE: Msg = Msg("cli-command-value");
    pub(crate) const ARGUMENTS_HEADING: Msg = Msg("cli-arguments-heading");
    pub(crate) const OPTIONS_HEADING: Msg = Msg("cli-options-heading");
    pub(crate) const HELP_FLAG: Msg = Msg("cli-help-flag");
    pub(crate) const FORMAT_TABLE: Msg = Msg("cli-format-table");
    pub(crate) const FORMAT_JSON: Msg = Msg("cli-format-json");
    pub(crate) const FORMAT_CSV: Msg = Msg("cli-format-csv");
    pub(crate) const VERSION_FLAG: Msg = Msg("cli-version-flag");
    pub(crate) const FORMAT_HELP: Msg = Msg("cli-format-help");
    pub(crate) const LANG_HELP: Msg = Msg("cli-lang-help");
    /// Stands for the flags in a usage line (clap writes `[OPTIONS]`).
    pub(crate) const OPTIONS_VALUE: Msg = Msg("cli-options-value");
    pub(crate) const POSSIBLE_VALUES_HEADING: Msg = Msg("cli-possible-values-heading");

    pub(crate) fn default_value(value: &str) -> String {
        crate::t!("cli-default-value", value = value)
    }

    pub(crate) fn possible_values(values: &str) -> String {
        crate::t!("cli-possible-values", values = values)
    }

    // Errors in the command line itself (clap's own are in English).
    pub(crate) const ARGUMENT_ERROR: Msg = Msg("cli-argument-error");
    pub(crate) const UNREADABLE_COMMAND_LINE: Msg = Msg("cli-unreadable-command-line");
    pub(crate) const INVALID_UTF8: Msg = Msg("cli-invalid-utf8");

    /// The placeholder shown for an argument's value (`--output <FIL>`), by the argument's id.
    pub(crate) fn value_name(id: &str) -> Option<&'static str> {
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

    pub(crate) fn whole_between(min: usize, max: usize) -> String {
        crate::t!(
            "cli-whole-between",
            min = crate::i18n::whole(min as u64),
            max = crate::i18n::whole(max as u64)
        )
    }

    pub(crate) fn number_between(min: f64, max: f64) -> String {
        crate::t!(
            "cli-number-between",
            min = super::cli_number(min),
            max = super::cli_number(max)
        )
    }

    pub(crate) fn seconds_between(min: f64, max: f64) -> String {
        crate::t!(
            "cli-seconds-between",
            min = super::cli_number(min),
            max = super::cli_number(max)
        )
    }

    pub(crate) fn invalid_value(value: &str, arg: &str) -> String {
        if value.is_empty() {
            crate::t!("cli-needs-value", arg = arg)
        } else {
            crate::t!("cli-invalid-value", value = value, arg = arg)
        }
    }

    pub(crate) fn valid_values(values: &str) -> String {
        crate::t!("cli-valid-values", values = values)
    }

    pub(crate) fn unknown_argument(arg: &str) -> String {
        crate::t!("cli-unknown-argument", arg = arg)
    }

    pub(crate) fn as_a_value(arg: &str) -> String {
        crate::t!("cli-as-a-value", arg = arg)
    }

    pub(crate) fn unknown_command(command: &str) -> String {
        crate::t!("cli-unknown-command", command = command)
    }

    pub(crate) fn did_you_mean(suggestions: &str) -> String {
        crate::t!("cli-did-you-mean", suggestions = suggestions)
    }

    pub(crate) fn missing_arguments(args: &str) -> String {
        crate::t!("cli-missing-arguments", args = args)
    }

    pub(crate) fn missing_command(commands: &str) -> String {
        crate::t!("cli-missing-command", commands = commands)
    }

    pub(crate) fn conflicting(arg: &str, prior: &str) -> String {
        crate::t!("cli-conflicting", arg = arg, prior = prior)
    }

    pub(crate) fn given_twice(arg: &str) -> String {
        crate::t!("cli-given-twice", arg = arg)
    }

    pub(crate) fn needs_equals(arg: &str) -> String {
        crate::t!("cli-needs-equals", arg = arg)
    }

    pub(crate) fn wrong_number_of_values(arg: &str, expected: &str, actual: &str) -> String {
        crate::t!(
            "cli-wrong-number-of-values",
            arg = arg,
            expected = expected,
            actual = actual
        )
    }

    pub(crate) fn unexpected_value(value: &str, arg: &str) -> String {
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

    pub(crate) fn more_help(command: &str) -> String {
        crate::t!("cli-more-help", command = command)
    }

    pub(crate) const RANK_HEADERS: [Msg; 11] = [
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
    pub(crate) const YES: Msg = Msg("cli-yes");
    pub(crate) const NO: Msg = Msg("cli-no");

    /// The line under a table that had to hide columns to fit the window.
    pub(crate) fn hidden_columns(names: &[&str]) -> String {
        crate::t!("cli-hidden-columns", names = names.join(", "))
    }
    pub(crate) const GIVEN: Msg = Msg("cli-given");

    pub(crate) fn rank_heading(scenario: &str, candidates: usize) -> String {
        crate::t!(
            "cli-rank-heading",
            scenario = scenario,
            candidates = candidates
        )
    }

    pub(crate) fn rank_footer(ineligible: usize, others: usize) -> String {
        crate::t!("cli-rank-footer", ineligible = ineligible, others = others)
    }

    pub(crate) fn demand_line(pot: &str, demand: &str, budget: &str) -> String {
        crate::t!(
            "cli-demand-line",
            pot = pot,
            demand = demand,
            budget = budget
        )
    }

    pub(crate) const DEMAND_HEADING: Msg = Msg("cli-demand-heading");
    pub(crate) const NO_BUDGET: Msg = Msg("cli-no-budget");

    pub(crate) fn warnings_hint(n: usize) -> String {
        crate::t!("cli-warnings-hint", warnings = warnings(n))
    }

    /// "1 varning", "2 varningar".
    pub fn warnings(n: usize) -> String {
        crate::t!("cli-warnings", n = n)
    }

    pub(crate) fn problems_summary(errors: usize, warnings: usize) -> String {
        crate::t!("cli-problems-summary", errors = errors, warnings = warnings)
    }

    pub(crate) fn validate_ok(file: &str, applications: usize, warnings: usize) -> String {
        crate::t!(
            "cli-validate-ok",
            file = file,
            applications = applications,
            warnings = warnings
        )
    }

    pub(crate) fn unknown_application(id: &str, hint: crate::i18n::Text) -> String {
        crate::t!("cli-unknown-application", id = id, hint = hint)
    }

    pub(crate) fn scenario_missing(path: &str) -> String {
        crate::t!("cli-scenario-missing", path = path)
    }

    pub(crate) fn default_missing(path: &str) -> String {
        crate::t!("cli-default-missing", path = path)
    }

    pub fn output_failed(why: &str) -> String {
        crate::t!("cli-output-failed", why = why)
    }

    // Explain
    pub(crate) fn explain_heading(id: &str, title: &str) -> String {
        crate::t!("cli-explain-heading", id = id, title = title)
    }
    pub(crate) const APPLICANT: Msg = Msg("cli-applicant");
    pub(crate) const SUPPORT: Msg = Msg("cli-support");
    pub const STATUS: Msg = Msg("cli-status");
    pub const MUNICIPALITIES: Msg = Msg("cli-municipalities");
    pub(crate) const REQUESTED: Msg = Msg("cli-requested");
    pub(crate) const ELIGIBLE_COST: Msg = Msg("cli-eligible-cost");
    pub(crate) const COFINANCING: Msg = Msg("cli-cofinancing");
    pub(crate) const YEARS: Msg = Msg("cli-years");
    pub(crate) const PARTIAL: Msg = Msg("cli-partial");
    pub(crate) const DECISION_DATE: Msg = Msg("cli-decision-date");
    pub(crate) const RULES_USED: Msg = Msg("cli-rules-used");
    pub(crate) const SCORE: Msg = Msg("cli-score");
    pub(crate) const OUT_OF_100: Msg = Msg("cli-out-of-100");
    pub(crate) const GIVEN_SCORE: Msg = Msg("cli-given-score");
    pub(crate) const NO_RATINGS: Msg = Msg("cli-no-ratings");
    pub(crate) const OUTWEIGHED: Msg = Msg("cli-outweighed");
    pub(crate) const NOT_COUNTED: Msg = Msg("cli-not-counted");
    pub(crate) const ELIGIBLE: Msg = Msg("cli-eligible");
    pub(crate) const ELIGIBLE_YES: Msg = Msg("cli-eligible-yes");
    pub(crate) const ELIGIBLE_NO: Msg = Msg("cli-eligible-no");
    pub(crate) const UNCHECKED: Msg = Msg("cli-unchecked");
    pub(crate) const MANUAL: Msg = Msg("cli-manual");
    pub(crate) const SOURCE: Msg = Msg("cli-source");
    pub(crate) const DECISION_BODY: Msg = Msg("cli-decision-body");
    pub(crate) const PUBLIC: Msg = Msg("cli-public");
    pub(crate) const PRIVATE: Msg = Msg("cli-private");
    pub(crate) const RANK: Msg = Msg("cli-rank");
    pub(crate) const NOT_RANKED: Msg = Msg("cli-not-ranked");
    pub(crate) const DECIDED_BY: Msg = Msg("cli-decided-by");
    pub(crate) const NOT_A_CANDIDATE: Msg = Msg("cli-not-a-candidate");

    pub(crate) fn part_line(name: &str, score: &str, weight: &str, points: &str) -> String {
        crate::t!(
            "cli-part-line",
            name = name,
            score = score,
            weight = weight,
            points = points
        )
    }

    pub(crate) fn rank_of(rank: usize, of: usize) -> String {
        crate::t!("cli-rank-of", rank = rank, of = of)
    }

    pub(crate) fn optimise_heading(scenario: &str) -> String {
        crate::t!("cli-optimise-heading", scenario = scenario)
    }

    /// `rank`: the strategy is the ranking first, where "optimal" means every turn proven.
    pub(crate) fn status_line(
        status: &str,
        rank: bool,
        gap: f64,
        millis: f64,
        solver: &str,
    ) -> String {
        let what = match status {
            "optimal" if rank => crate::t!("cli-status-rank-optimal"),
            "feasible" if rank => crate::t!("cli-status-rank-feasible"),
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

    pub(crate) const OTHER_STRATEGIES: Msg = Msg("cli-other-strategies");

    /// How far the counterfactuals have come, on a terminal.
    pub(crate) fn progress(done: usize, total: usize) -> String {
        crate::t!("optimise-progress", done = done, total = total)
    }

    /// At most eight ids, then how many more.
    pub(crate) fn id_list(shown: &[&str], total: usize) -> String {
        if total > shown.len() {
            crate::t!(
                "cli-id-list-more",
                ids = shown.join(", "),
                more = total - shown.len()
            )
        } else {
            shown.join(", ")
        }
    }

    pub(crate) fn other_strategy_line(
        name: &str,
        funded: usize,
        entering: &str,
        n_entering: usize,
        leaving: &str,
        n_leaving: usize,
    ) -> String {
        crate::t!(
            "cli-other-strategy-line",
            name = name,
            funded = funded,
            entering = entering,
            n_entering = n_entering,
            leaving = leaving,
            n_leaving = n_leaving
        )
    }

    pub(crate) fn strategy_line(name: &str, explanation: &str) -> String {
        crate::t!("cli-strategy-line", name = name, explanation = explanation)
    }

    pub(crate) fn rank_objective_line(total: &str) -> String {
        crate::t!("cli-rank-objective-line", total = total)
    }

    pub(crate) fn objective_line(objective: &str, baseline: &str, gain: &str) -> String {
        crate::t!(
            "cli-objective-line",
            objective = objective,
            baseline = baseline,
            gain = gain
        )
    }

    pub(crate) const POTS: Msg = Msg("cli-pots");
    pub(crate) const OVERRIDES: Msg = Msg("cli-overrides");

    pub(crate) const CONFLICT_HEADING: Msg = Msg("cli-conflict-heading");

    pub(crate) fn pot_line(
        pot: &str,
        budget: &str,
        decided: crate::money::Sek,
        allocated: &str,
        remaining: &str,
    ) -> String {
        if decided.is_zero() {
            crate::t!(
                "cli-pot-line",
                pot = pot,
                budget = budget,
                allocated = allocated,
                remaining = remaining
            )
        } else {
            crate::t!(
                "cli-pot-line-decided",
                pot = pot,
                budget = budget,
                decided = decided.to_kr_string(),
                allocated = allocated,
                remaining = remaining
            )
        }
    }

    pub(crate) fn funded_heading(n: usize) -> String {
        crate::t!("cli-funded-heading", n = n)
    }

    pub(crate) fn not_funded_heading(n: usize) -> String {
        crate::t!("cli-not-funded-heading", n = n)
    }

    pub(crate) const FUNDED_HEADERS: [Msg; 7] = [
        Msg("cli-funded-headers-id"),
        Msg("cli-funded-headers-titel"),
        Msg("cli-funded-headers-stod"),
        Msg("cli-funded-headers-belopp"),
        Msg("cli-funded-headers-poang"),
        Msg("cli-funded-headers-beslutas-av"),
        Msg("cli-funded-headers-last"),
    ];
    pub(crate) const NOT_FUNDED_HEADERS: [Msg; 6] = [
        Msg("cli-not-funded-headers-id"),
        Msg("cli-not-funded-headers-titel"),
        Msg("cli-not-funded-headers-poang"),
        Msg("cli-not-funded-headers-skal"),
        Msg("cli-not-funded-headers-budget-som-behovs"),
        Msg("cli-not-funded-headers-poang-som-behovs"),
    ];
    pub(crate) const LOCKED: Msg = Msg("cli-locked");
    pub(crate) const VERSUS_RANKING: Msg = Msg("cli-versus-ranking");

    pub(crate) fn displaced_line(pot: &str, new: &[&str], old: &[&str]) -> String {
        crate::t!(
            "cli-displaced-line",
            pot = pot,
            new = new.join(", "),
            old = old.join(", ")
        )
    }

    pub(crate) fn baseline_missed(limit: &str) -> String {
        crate::t!("cli-baseline-missed", limit = limit)
    }

    pub(crate) const WHY_HEADING: Msg = Msg("cli-why-heading");
    pub(crate) const NO_HIGHS: Msg = Msg("cli-no-highs");
}

/// The optimiser: reasons, limits, conflicts.
pub mod optimise {
    use crate::i18n::{Msg, Text, TextArg};
    use crate::money::Sek;
    use crate::needed::Needed;

    pub(crate) const LIMITS_HEADING: Msg = Msg("optimise-limits-heading");

    /// `pot`: the pot's name (`Support::msg`).
    pub(crate) fn no_frame(pot: Msg, year: i32) -> Text {
        crate::tt!("optimise-no-frame", pot = pot, year = year)
    }

    pub(crate) fn frame_overcommitted(pot: Msg, year: i32, committed: Sek, frame: Sek) -> Text {
        crate::tt!(
            "optimise-frame-overcommitted",
            pot = pot,
            year = year,
            committed = TextArg::Short(committed),
            frame = TextArg::Short(frame)
        )
    }

    pub(crate) fn share_dropped(name: &str) -> Text {
        crate::tt!("optimise-share-dropped", name = name)
    }

    pub(crate) fn repaired(id: &str, limit: Text) -> Text {
        crate::tt!("optimise-repaired", limit = limit, id = id)
    }

    pub(crate) fn rank_unproven(n: usize) -> Text {
        crate::tt!("optimise-rank-unproven", n = n)
    }

    pub(crate) fn rank_unknown() -> Text {
        crate::tt!("optimise-rank-unknown")
    }

    /// How much of a limit was left and how much the candidate needs (kronor, or a resource's
    /// units): at its turn under `rank` (`turn` is its place), or beside the proposal.
    pub(crate) fn left_of(
        turn: Option<usize>,
        limit_name: Text,
        [limit, left, need]: [TextArg; 3],
    ) -> Text {
        match turn {
            Some(rank) => crate::tt!(
                "optimise-rank-left",
                rank = rank,
                limit_name = limit_name,
                limit = limit,
                left = left,
                need = need
            ),
            None => crate::tt!(
                "optimise-crowded-left",
                limit_name = limit_name,
                limit = limit,
                left = left,
                need = need
            ),
        }
    }

    pub(crate) fn rank_at_most_one(limit_name: Text) -> Text {
        crate::tt!("optimise-rank-at-most-one", limit_name = limit_name)
    }

    /// The first sentence for a candidate that other applications crowd out.
    pub(crate) fn crowded_out_plain() -> Text {
        crate::tt!("optimise-crowded-out-plain")
    }

    /// Limits other than money that the candidate would break beside the proposal.
    pub(crate) fn crowded_breaks(limits: &[Text]) -> Text {
        crate::tt!(
            "optimise-crowded-breaks",
            limits = Text::And(limits.to_vec())
        )
    }

    /// Application ids as a list: all of them up to eight, else the first eight "and n more".
    fn ids(ids: &[&str]) -> Text {
        let shown: Vec<Text> = ids
            .iter()
            .take(8)
            .map(|i| Text::Plain(i.to_string()))
            .collect();
        if ids.len() <= 8 {
            Text::And(shown)
        } else {
            crate::tt!(
                "optimise-ids-and-more",
                ids = Text::Joined(shown, ", "),
                n = ids.len() - 8
            )
        }
    }

    /// Who would make way in the best allocation that funds the candidate, who would come in,
    /// and what each side is worth (`value`: score times millions of kronor).
    pub(crate) fn crowded_swap(
        out: &[&str],
        come_in: &[&str],
        out_worth: f64,
        in_worth: f64,
        value: bool,
    ) -> Text {
        let swap = if come_in.is_empty() {
            crate::tt!("optimise-crowded-swap", out = ids(out))
        } else {
            crate::tt!(
                "optimise-crowded-swap-in",
                out = ids(out),
                come_in = ids(come_in)
            )
        };
        let others = if come_in.is_empty() { "no" } else { "yes" };
        let (o, i) = (TextArg::Number(out_worth, 1), TextArg::Number(in_worth, 1));
        let worth = if value {
            crate::tt!(
                "optimise-crowded-worth-value",
                out_worth = o,
                in_worth = i,
                others = others
            )
        } else {
            crate::tt!(
                "optimise-crowded-worth-score",
                out_worth = o,
                in_worth = i,
                others = others
            )
        };
        Text::sentences(vec![swap, worth])
    }

    /// The better-ranked applications that took the room, nearest first (at most five named).
    pub(crate) fn rank_took_place(ids: &[&str]) -> Text {
        let shown: Vec<Text> = ids
            .iter()
            .take(5)
            .map(|i| Text::Plain(i.to_string()))
            .collect();
        match ids.len() {
            0 => Text::Plain(String::new()),
            n if n <= 5 => crate::tt!("optimise-rank-took-place", n = n, ids = Text::And(shown)),
            n => crate::tt!(
                "optimise-rank-took-place-many",
                n = n,
                ids = Text::Joined(shown, ", ")
            ),
        }
    }

    /// `ids`: the better-ranked applications in the conflict, nearest first (five named).
    pub(crate) fn rank_proven(limits: &[Text], ids: &[&str]) -> Text {
        let n = ids.len();
        let ids: Vec<Text> = ids
            .iter()
            .take(5)
            .map(|i| Text::Plain(i.to_string()))
            .collect();
        match (limits.is_empty(), ids.is_empty()) {
            (false, false) if n > 5 => crate::tt!(
                "optimise-rank-proven-with-many",
                n = n,
                limits = Text::And(limits.to_vec()),
                ids = Text::Joined(ids, ", ")
            ),
            (false, false) => crate::tt!(
                "optimise-rank-proven-with",
                n = n,
                limits = Text::And(limits.to_vec()),
                ids = Text::And(ids)
            ),
            (false, true) => crate::tt!(
                "optimise-rank-proven-limits",
                limits = Text::And(limits.to_vec())
            ),
            _ => crate::tt!("optimise-rank-proven"),
        }
    }

    pub(crate) fn ties_unsettled() -> Text {
        crate::tt!("optimise-ties-unsettled")
    }

    /// `n` applications whose budget or score needed the time did not allow.
    pub(crate) fn not_computed(n: usize) -> Text {
        crate::tt!("optimise-not-computed", n = n)
    }

    pub(crate) fn still_broken(limit: Text) -> Text {
        crate::tt!("optimise-still-broken", limit = limit)
    }

    pub(crate) fn lock_name(id: &str) -> Text {
        crate::tt!("optimise-lock-name", id = id)
    }

    pub(crate) fn locks_exceed(
        ids: &[&str],
        total: Sek,
        limit_name: Text,
        limit: Option<Sek>,
    ) -> Text {
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

    pub(crate) fn cannot_hold_together(names: &[Text]) -> Text {
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

    /// A form paid from a national allocation, not the region's pots.
    pub fn paid_nationally(form: &str) -> Text {
        crate::tt!(
            "optimise-paid-nationally",
            form = crate::text::mid_sentence(form)
        )
    }

    pub fn excluded(reason: Option<&str>) -> Text {
        match reason {
            Some(r) => crate::tt!("optimise-excluded-because", reason = r),
            None => crate::tt!("optimise-excluded"),
        }
    }

    /// With as many decimals as it takes (one to six) for the shown score to be below the
    /// shown minimum ("56,646 … 56,65", never "56,6 … 56,6").
    pub fn below_min_score(score: f64, min: f64) -> Text {
        let decimals = (1..=6)
            .find(|d| format!("{score:.d$}") != format!("{min:.d$}"))
            .unwrap_or(6);
        crate::tt!(
            "optimise-below-min-score",
            score = TextArg::Number(score, decimals),
            min = TextArg::Number(min, decimals)
        )
    }

    /// `pot`: the pot's name inside a sentence (`Support::lower`).
    pub(crate) fn no_budget(pot: Msg) -> Text {
        crate::tt!("optimise-no-budget", pot = pot)
    }

    pub fn blocked(names: &[Text]) -> Text {
        if names.is_empty() {
            crate::tt!("optimise-blocked")
        } else {
            crate::tt!("optimise-blocked-by", names = Text::And(names.to_vec()))
        }
    }

    /// The counterfactuals in a sentence or two: the budget increase (with what else it funds
    /// when it exceeds the request), the score, or why there is none. `None` when not asked.
    pub(crate) fn would_fund(
        pot: Msg,
        budget: Needed<Sek>,
        requested: Sek,
        [along, leaving]: [&[&str]; 2],
        score: Needed<f64>,
    ) -> Option<Text> {
        let score_arg = |s: f64| TextArg::Number(s, 2);
        // At that budget: who else gets money, and who that is funded today does not.
        let then = |said_along: bool| -> Vec<Text> {
            let along = if said_along { &[][..] } else { along };
            match (along.is_empty(), leaving.is_empty()) {
                (false, false) => vec![crate::tt!(
                    "optimise-would-fund-along-leaving",
                    along = ids(along),
                    leaving = ids(leaving)
                )],
                (false, true) => vec![crate::tt!("optimise-would-fund-along", ids = ids(along))],
                (true, false) => {
                    vec![crate::tt!(
                        "optimise-would-fund-leaving",
                        ids = ids(leaving)
                    )]
                }
                (true, true) => Vec::new(),
            }
        };
        if let (Needed::Found(b), Needed::Found(s)) = (budget, score)
            && (b <= requested || along.is_empty())
        {
            let mut all = vec![crate::tt!(
                "optimise-would-fund-budget-or-score",
                pot = pot,
                budget = b,
                score = score_arg(s)
            )];
            all.extend(then(false));
            return Some(Text::sentences(all));
        }
        if (budget, score) == (Needed::NotComputed, Needed::NotComputed) {
            return Some(crate::tt!("optimise-needed-not-computed", pot = pot));
        }
        let budget = match budget {
            Needed::Found(b) if b > requested && !along.is_empty() => {
                let mut all = vec![crate::tt!(
                    "optimise-would-fund-budget-more",
                    pot = pot,
                    budget = b,
                    n = along.len(),
                    ids = ids(along)
                )];
                all.extend(then(true));
                Some(Text::sentences(all))
            }
            Needed::Found(b) => {
                let mut all = vec![crate::tt!(
                    "optimise-would-fund-budget",
                    pot = pot,
                    budget = b
                )];
                all.extend(then(false));
                Some(Text::sentences(all))
            }
            Needed::None => Some(crate::tt!("optimise-budget-none", pot = pot)),
            Needed::NotComputed => Some(crate::tt!("optimise-budget-not-computed", pot = pot)),
            Needed::NotAsked => None,
        };
        let score = match score {
            Needed::Found(s) if budget.is_some() => Some(crate::tt!(
                "optimise-would-fund-score-also",
                score = score_arg(s)
            )),
            Needed::Found(s) => Some(crate::tt!(
                "optimise-would-fund-score",
                score = score_arg(s)
            )),
            Needed::None => Some(crate::tt!("optimise-score-none")),
            Needed::NotComputed => Some(crate::tt!("optimise-score-not-computed")),
            Needed::NotAsked => None,
        };
        let parts: Vec<Text> = budget.into_iter().chain(score).collect();
        (!parts.is_empty()).then(|| Text::sentences(parts))
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

    #[cfg(test)]
    mod tests {
        #[test]
        fn a_score_below_the_minimum_is_shown_below_it() {
            let shown = super::below_min_score(56.646, 56.65).render();
            assert_eq!(
                shown,
                "Poängen 56,646 är under scenariots lägsta poäng 56,650."
            );
            let shown = super::below_min_score(40.0, 56.0).render();
            assert_eq!(shown, "Poängen 40,0 är under scenariots lägsta poäng 56,0.");
        }
    }
}

/// Comparing two scenarios.
pub mod compare {
    use crate::i18n::Msg;

    pub(crate) const NO_MUNICIPALITY: Msg = Msg("compare-no-municipality");
    pub(crate) const UNLINKED: Msg = Msg("compare-unlinked");
    pub(crate) const NO_DIFFERENCE: Msg = Msg("compare-no-difference");
    pub(crate) const LIST_HEADERS: [Msg; 3] = [
        Msg("compare-list-headers-id"),
        Msg("compare-list-headers-titel"),
        Msg("compare-list-headers-belopp"),
    ];
    pub(crate) const CHANGED_HEADERS: [Msg; 4] = [
        Msg("compare-changed-headers-id"),
        Msg("compare-changed-headers-titel"),
        Msg("compare-changed-headers-fore"),
        Msg("compare-changed-headers-efter"),
    ];
    pub(crate) const MOVED_HEADERS: [Msg; 5] = [
        Msg("compare-moved-headers-fordelat-per"),
        Msg("compare-moved-headers-vad"),
        Msg("compare-moved-headers-fore"),
        Msg("compare-moved-headers-efter"),
        Msg("compare-moved-headers-skillnad"),
    ];
    pub(crate) const MOVED: Msg = Msg("compare-moved");

    pub(crate) fn heading(a: &str, b: &str) -> String {
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
    pub(crate) const HEADERS: [Msg; 8] = [
        Msg("sweep-headers-niva"),
        Msg("sweep-headers-budget"),
        Msg("sweep-headers-fordelat"),
        Msg("sweep-headers-maluppfyllelse"),
        Msg("sweep-headers-antal"),
        Msg("sweep-headers-status"),
        Msg("sweep-headers-tillkommer"),
        Msg("sweep-headers-faller-bort"),
    ];

    pub(crate) fn heading(scenario: &str, what: &str) -> String {
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

    pub(crate) fn bad_level(text: &str) -> String {
        crate::t!("sweep-bad-level", text = text)
    }

    pub(crate) fn bad_amount(text: &str, why: &str) -> String {
        crate::t!("sweep-bad-amount", text = text, why = why)
    }

    pub(crate) fn no_such_pot(pot: &str) -> String {
        crate::t!("sweep-no-such-pot", pot = pot)
    }
}

/// Stability of the proposal.
pub mod stability {
    use crate::i18n::Msg;

    pub(crate) const HEADERS: [Msg; 5] = [
        Msg("stability-headers-id"),
        Msg("stability-headers-titel"),
        Msg("stability-headers-poang"),
        Msg("stability-headers-finansierad-i"),
        Msg("stability-headers-bedomning"),
    ];

    pub(crate) fn heading(scenario: &str, spread: &str, draws: usize, seed: u64) -> String {
        crate::t!(
            "stability-heading",
            scenario = scenario,
            spread = spread,
            draws = draws,
            seed = seed
        )
    }

    pub(crate) fn summary(safe: usize, unsure: usize, outside: usize) -> String {
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
    pub(crate) fn unknown_case(case: &str) -> String {
        crate::t!("bench-unknown-case", case = case)
    }

    pub(crate) fn not_a_size(v: &str) -> String {
        crate::t!("bench-not-a-size", v = v)
    }

    pub(crate) fn not_a_seed(v: &str) -> String {
        crate::t!("bench-not-a-seed", v = v)
    }

    pub(crate) fn not_an_index(v: &str) -> String {
        crate::t!("bench-not-an-index", v = v)
    }

    pub(crate) fn no_such_instance(index: usize, count: usize) -> String {
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
    pub(crate) const CANNOT_DRAW: Msg = Msg("charts-cannot-draw");
    pub(crate) const NO_POINTS: Msg = Msg("charts-no-points");
    pub(crate) const ALL_POTS: Msg = Msg("charts-all-pots");
    pub(crate) const X_AXIS: Msg = Msg("charts-x-axis");
    pub(crate) const Y_AXIS: Msg = Msg("charts-y-axis");

    pub(crate) fn frontier_title(scenario: &str, what: &str) -> String {
        crate::t!("charts-frontier-title", scenario = scenario, what = what)
    }

    pub(crate) fn frontier_description(
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

    pub(crate) const MKR: Msg = Msg("charts-mkr");
    pub(crate) const FILE_POTS: Msg = Msg("charts-file-pots");
    pub(crate) const FILE_AREAS: Msg = Msg("charts-file-areas");
    pub(crate) const FILE_SCORES: Msg = Msg("charts-file-scores");
    pub(crate) const REQUESTED_MKR: Msg = Msg("charts-requested-mkr");
    pub(crate) const SCORE: Msg = Msg("charts-score");
    pub(crate) const FUNDED: Msg = Msg("charts-funded");
    pub(crate) const NOT_FUNDED: Msg = Msg("charts-not-funded");

    pub(crate) fn by_pot_title(scenario: &str) -> String {
        crate::t!("charts-by-pot-title", scenario = scenario)
    }

    pub(crate) fn amount_in(pot: &str, year: i32, mkr: &str) -> String {
        crate::t!("charts-amount-in", pot = pot, year = year, mkr = mkr)
    }

    pub(crate) fn by_pot_description(parts: &[String]) -> String {
        crate::t!("charts-by-pot-description", parts = parts.join("; "))
    }

    pub(crate) fn flows_title(scenario: &str) -> String {
        crate::t!("charts-flows-title", scenario = scenario)
    }

    pub(crate) fn flow_part(pot: &str, area: &str, mkr: &str) -> String {
        crate::t!("charts-flow-part", pot = pot, area = area, mkr = mkr)
    }

    pub(crate) fn flows_description(parts: &[String]) -> String {
        crate::t!("charts-flows-description", parts = parts.join("; "))
    }

    pub(crate) fn by_area_title(scenario: &str) -> String {
        crate::t!("charts-by-area-title", scenario = scenario)
    }

    pub(crate) fn area_amount(area: &str, mkr: &str) -> String {
        crate::t!("charts-area-amount", area = area, mkr = mkr)
    }

    pub(crate) fn by_area_description(parts: &[String]) -> String {
        crate::t!("charts-by-area-description", parts = parts.join("; "))
    }

    pub(crate) fn bubble_title(scenario: &str) -> String {
        crate::t!("charts-bubble-title", scenario = scenario)
    }

    pub(crate) fn bubble_description(n: usize, funded: usize, ineligible: usize) -> String {
        crate::t!(
            "charts-bubble-description",
            n = n,
            funded = funded,
            not_funded = n - funded - ineligible,
            ineligible = ineligible
        )
    }

    pub(crate) fn today_budget(mkr: &str) -> String {
        crate::t!("charts-today-budget", mkr = mkr)
    }
    pub(crate) const INELIGIBLE: Msg = Msg("charts-ineligible");

    pub fn written(path: &str) -> String {
        crate::t!("charts-written", path = path)
    }

    pub(crate) fn cannot_write(path: &str, why: &str) -> String {
        crate::t!("charts-cannot-write", path = path, why = why)
    }
}

/// The web UI (`anslag serve`).
/// Logins, accounts and CSRF (web UI and `anslag user`).
pub mod auth {
    use crate::i18n::Msg;
    pub(crate) const FILE_HEADER: &str = "# Konton för `anslag serve --behind-proxy`: namn och argon2id-hash av lösenordet.\n# Skapas och ändras med `anslag user add NAMN`; skriv inte lösenord här.\n";
    pub(crate) const NOT_A_HASH: Msg = Msg("auth-not-a-hash");
    pub(crate) const PASSWORD_TOO_SHORT: Msg = Msg("auth-password-too-short");
    pub(crate) const PASSWORD_EMPTY: Msg = Msg("auth-password-empty");
    pub(crate) const PROMPT: Msg = Msg("auth-prompt");
    pub(crate) const PROMPT_AGAIN: Msg = Msg("auth-prompt-again");
    pub(crate) const MISMATCH: Msg = Msg("auth-mismatch");
    pub(crate) const LOGIN_TITLE: Msg = Msg("auth-login-title");
    pub(crate) const LOGIN_INTRO: Msg = Msg("auth-login-intro");
    pub(crate) const USER: Msg = Msg("auth-user");
    pub(crate) const PASSWORD: Msg = Msg("auth-password");
    pub(crate) const LOG_IN: Msg = Msg("auth-log-in");
    pub(crate) const LOG_OUT: Msg = Msg("auth-log-out");
    pub(crate) const WRONG: Msg = Msg("auth-wrong");
    pub(crate) const PAUSED: Msg = Msg("auth-paused");
    pub(crate) const ADDRESS_PAUSED: Msg = Msg("auth-address-paused");
    pub(crate) const BUSY: Msg = Msg("auth-busy");

    pub(crate) fn no_such_user(name: &str, file: &str) -> String {
        crate::t!("auth-no-such-user", name = name, file = file)
    }

    pub(crate) fn user_removed(name: &str, file: &str) -> String {
        crate::t!("auth-user-removed", name = name, file = file)
    }
    pub const CSRF: Msg = Msg("auth-csrf");
    pub(crate) const LOGIN_NEEDED: Msg = Msg("auth-login-needed");

    pub(crate) fn logged_in_as(user: &str) -> String {
        crate::t!("auth-logged-in-as", user = user)
    }

    pub(crate) fn cannot_read(e: &std::io::Error) -> String {
        crate::t!("auth-cannot-read", why = super::os::io_error(e))
    }

    pub(crate) fn cannot_write(e: &std::io::Error) -> String {
        crate::t!("auth-cannot-write", why = super::os::io_error(e))
    }

    pub(crate) fn duplicate(name: &str) -> String {
        crate::t!("auth-duplicate", name = name)
    }

    pub(crate) fn bad_name(name: &str) -> String {
        crate::t!("auth-bad-name", name = name)
    }

    pub(crate) fn user_added(name: &str, file: &str) -> String {
        crate::t!("auth-user-added", name = name, file = file)
    }

    pub(crate) fn user_changed(name: &str, file: &str) -> String {
        crate::t!("auth-user-changed", name = name, file = file)
    }

    pub(crate) fn no_accounts(file: &str) -> String {
        crate::t!("auth-no-accounts", file = file)
    }
}

pub mod web {

    pub(crate) const NAV_DECISIONS: Msg = Msg("web-nav-decisions");
    pub(crate) const NAV_REPORTS: Msg = Msg("web-nav-reports");
    pub(crate) const REPORT_SHOW: Msg = Msg("web-report-show");
    pub(crate) const REPORT_DOWNLOAD: Msg = Msg("web-report-download");
    pub(crate) const REPORT_ABOUT: Msg = Msg("web-report-about");
    pub(crate) const REPORT_TO_RUN: Msg = Msg("web-report-to-run");
    pub(crate) const REPORT_TO_VILLKOR: Msg = Msg("web-report-to-villkor");
    pub(crate) const REPORT_TO_COUNTY: Msg = Msg("web-report-to-county");
    pub(crate) const REPORTS_NAV: Msg = Msg("web-reports-nav");
    pub(crate) const DECISIONS_TITLE: Msg = Msg("web-decisions-title");
    pub(crate) const DECISIONS_INTRO: Msg = Msg("web-decisions-intro");
    pub(crate) const DECISIONS_BODY: Msg = Msg("web-decisions-body");
    pub(crate) const DECISIONS_SHOW: Msg = Msg("web-decisions-show");
    pub(crate) const DECISIONS_NOTHING_LEFT: Msg = Msg("web-decisions-nothing-left");
    pub(crate) const DECISIONS_READ_ONLY: Msg = Msg("web-decisions-read-only");
    pub(crate) const DECISIONS_CONFLICT: Msg = Msg("web-decisions-conflict");
    pub(crate) const DECISIONS_ERRORS: Msg = Msg("web-decisions-errors");
    pub(crate) const DECISIONS_DATE: Msg = Msg("web-decisions-date");
    pub(crate) const DECISIONS_DATE_HINT: Msg = Msg("web-decisions-date-hint");
    pub(crate) const DECISIONS_CASE: Msg = Msg("web-decisions-case");
    pub(crate) const DECISIONS_CASE_HINT: Msg = Msg("web-decisions-case-hint");
    pub(crate) const DECISIONS_NOT_PROPOSED: Msg = Msg("web-decisions-not-proposed");
    pub(crate) const DECISIONS_GRANTED: Msg = Msg("web-decisions-granted");
    pub(crate) const DECISIONS_REJECTED: Msg = Msg("web-decisions-rejected");
    pub(crate) const DECISIONS_AMOUNT: Msg = Msg("web-decisions-amount");
    pub(crate) const DECISIONS_REASON: Msg = Msg("web-decisions-reason");
    pub(crate) const DECISIONS_REASON_HINT: Msg = Msg("web-decisions-reason-hint");
    pub(crate) const DECISIONS_SAVE: Msg = Msg("web-decisions-save");
    pub(crate) const DECISIONS_RECORDED: Msg = Msg("web-decisions-recorded");
    pub(crate) const DECISIONS_NONE_RECORDED: Msg = Msg("web-decisions-none-recorded");
    pub(crate) const DECISIONS_COL_APPLICATION: Msg = Msg("web-decisions-col-application");
    pub(crate) const DECISIONS_COL_DECISION: Msg = Msg("web-decisions-col-decision");
    pub(crate) const DECISIONS_COL_AMOUNT: Msg = Msg("web-decisions-col-amount");
    pub(crate) const DECISIONS_COL_MEETING: Msg = Msg("web-decisions-col-meeting");
    pub(crate) const DECISIONS_COL_REASON: Msg = Msg("web-decisions-col-reason");
    pub(crate) const DECISIONS_SAVED: Msg = Msg("web-decisions-saved-heading");
    pub(crate) const DECISIONS_UNKNOWN_BODY: Msg = Msg("web-decisions-unknown-body");
    pub(crate) const DECISIONS_DATE_MISSING: Msg = Msg("web-decisions-date-missing");

    /// A recorded decision after its word ("Beviljad"): the amount, the body, the day.
    pub(crate) fn decision_line(amount: Option<Sek>, body: &str, date: &str, case: &str) -> String {
        let case = super::decide::case_suffix(case);
        match amount {
            Some(amount) => crate::t!(
                "web-decision-line-granted",
                amount = amount,
                body = body,
                date = date,
                case = case.as_str()
            ),
            None => crate::t!(
                "web-decision-line-rejected",
                body = body,
                date = date,
                case = case.as_str()
            ),
        }
    }

    pub(crate) fn memo_decided(amount: &str, year: i32) -> String {
        crate::t!("web-memo-decided", amount = amount, year = year)
    }

    pub(crate) fn decisions_file(name: &str) -> String {
        crate::t!("web-decisions-file", name = name)
    }

    pub(crate) fn decisions_meeting(body: &str) -> String {
        crate::t!("web-decisions-meeting", body = body)
    }

    pub(crate) fn decisions_proposal(proposed: usize, all: usize, total: Sek) -> String {
        crate::t!(
            "web-decisions-proposal",
            proposed = proposed,
            all = all,
            total = total
        )
    }

    pub(crate) fn decisions_requested(amount: Sek) -> String {
        crate::t!("web-decisions-requested", amount = amount)
    }

    pub(crate) fn decisions_proposed(amount: Sek) -> String {
        crate::t!("web-decisions-proposed", amount = amount)
    }

    pub(crate) fn decisions_was_proposed(amount: Sek) -> String {
        if amount.is_zero() {
            crate::t!("web-decisions-was-not-proposed")
        } else {
            crate::t!("web-decisions-was-proposed", amount = amount)
        }
    }

    pub(crate) fn decisions_recorded_count(granted: usize, amount: Sek, rejected: usize) -> String {
        crate::t!(
            "web-decisions-recorded-count",
            granted = granted,
            amount = amount,
            rejected = rejected
        )
    }

    pub(crate) fn decisions_saved(
        granted: usize,
        amount: Sek,
        rejected: usize,
        changed: usize,
    ) -> String {
        crate::t!(
            "web-decisions-saved",
            granted = granted,
            amount = amount,
            rejected = rejected,
            changed = changed
        )
    }

    pub(crate) fn decisions_bad_date(text: &str) -> String {
        crate::t!("web-decisions-bad-date", text = text)
    }

    pub(crate) fn decisions_amount_missing(id: &str) -> String {
        crate::t!("web-decisions-amount-missing", id = id)
    }

    pub(crate) fn decisions_choose(id: &str) -> String {
        crate::t!("web-decisions-choose", id = id)
    }

    pub(crate) fn decisions_bad_amount(id: &str, text: &str) -> String {
        crate::t!("web-decisions-bad-amount", id = id, text = text)
    }
    use crate::i18n::Msg;
    use crate::money::Sek;

    pub(crate) const APP_NAME: Msg = Msg("web-app-name");
    pub(crate) const APP_SUBTITLE: Msg = Msg("web-app-subtitle");
    pub(crate) const SKIP_TO_CONTENT: Msg = Msg("web-skip-to-content");
    pub(crate) const MAIN_MENU: Msg = Msg("web-main-menu");
    pub const SCENARIO: Msg = Msg("web-scenario");
    pub(crate) const SHOW: Msg = Msg("web-show");
    pub(crate) const FOOTER: Msg = Msg("web-footer");
    pub(crate) const FOOTER_PUBLIC: Msg = Msg("web-footer-public");
    pub(crate) const BACK_TO_OVERVIEW: Msg = Msg("web-back-to-overview");
    pub(crate) const BACK_TO_LIST: Msg = Msg("web-back-to-list");
    pub(crate) const CHART_FAILED: Msg = Msg("web-chart-failed");
    pub(crate) const RELOAD: Msg = Msg("web-reload");

    pub(crate) const NAV_OVERVIEW: Msg = Msg("web-nav-overview");
    pub(crate) const NAV_APPLICATIONS: Msg = Msg("web-nav-applications");
    pub(crate) const NAV_STRATEGY: Msg = Msg("web-nav-strategy");
    pub(crate) const NAV_SCENARIOS: Msg = Msg("web-nav-scenarios");
    pub(crate) const NAV_COMPARE: Msg = Msg("web-nav-compare");
    pub(crate) const NAV_FRONTIER: Msg = Msg("web-nav-frontier");
    pub(crate) const NAV_MEMO: Msg = Msg("web-nav-memo");
    pub(crate) const NAV_PUBLIC: Msg = Msg("web-nav-public");
    pub(crate) const NAV_ACCESSIBILITY: Msg = Msg("web-nav-accessibility");

    // Errors.
    pub(crate) const ERR_BAD_REQUEST: Msg = Msg("web-err-bad-request");
    pub(crate) const ERR_NOT_FOUND: Msg = Msg("web-err-not-found");
    pub(crate) const ERR_FORBIDDEN: Msg = Msg("web-err-forbidden");
    pub(crate) const ERR_TIMEOUT: Msg = Msg("web-err-timeout");
    pub(crate) const ERR_TIMEOUT_TEXT: Msg = Msg("web-err-timeout-text");
    pub const XLSX: Msg = Msg("web-xlsx");
    pub const CSV: Msg = Msg("web-csv");
    pub(crate) const DOWNLOAD_RANKING: Msg = Msg("web-download-ranking");
    pub(crate) const DOWNLOAD_PROPOSAL: Msg = Msg("web-download-proposal");
    pub(crate) const DOWNLOAD_COMPARISON: Msg = Msg("web-download-comparison");

    pub(crate) fn unknown_download(file: &str) -> String {
        crate::t!("web-unknown-download", file = file)
    }

    pub(crate) const DECISIONS_HEADER: &str = "# Beslut om ansökningarna, förda i anslag (sidan Beslut eller anslag decide).\n# Läggs över ansökningsfilen när den läses in: status, beslutsdag och beviljat belopp.\n# Historiken finns i loggen bredvid; den förra versionen i .forra.\n";
    pub(crate) const OVERLAY_HEADER: &str = "# Bedömningar från beredningsmötet, sparade i webbgränssnittet (anslag serve).\n# Läggs över ansökningsfilen när den läses in: varje post ersätter de delar den anger\n# för sin ansökan. Historiken finns i loggen bredvid; den förra versionen i .forra.\n";
    /// The audit log's columns: a file format shared by everyone who edits the data, so
    /// Swedish in every language (like the YAML keys).
    pub(crate) const AUDIT_HEADER: [&str; 6] = [
        "tid",
        "vem",
        "ansökan",
        "ändring",
        "skäl",
        "följd i förslaget",
    ];
    pub(crate) const ASSESS_HEADING: Msg = Msg("web-assess-heading");
    pub(crate) const ASSESS_INTRO: Msg = Msg("web-assess-intro");
    pub(crate) const ASSESS_LINKS: Msg = Msg("web-assess-links");
    pub(crate) const ASSESS_AGENDA: Msg = Msg("web-assess-agenda");
    pub(crate) const ASSESS_CRITERIA: Msg = Msg("web-assess-criteria");
    pub(crate) const ASSESS_STATUS: Msg = Msg("web-assess-status");
    pub(crate) const ASSESS_WHO: Msg = Msg("web-assess-who");
    pub(crate) const ASSESS_WHY: Msg = Msg("web-assess-why");
    pub(crate) const ASSESS_HINT: Msg = Msg("web-assess-hint");
    pub(crate) const ASSESS_SAVE: Msg = Msg("web-assess-save");
    pub(crate) const ASSESS_SAVED: Msg = Msg("web-assess-saved");
    pub(crate) const ASSESS_WHO_MISSING: Msg = Msg("web-assess-who-missing");
    pub(crate) const ASSESS_WHY_MISSING: Msg = Msg("web-assess-why-missing");
    pub(crate) const ASSESS_CONFLICT: Msg = Msg("web-assess-conflict-heading");

    pub(crate) const ASSESS_CRITERIA_GROUP: Msg = Msg("web-assess-criteria-group");
    pub(crate) const ASSESS_ACTIVITIES: Msg = Msg("web-assess-activities");
    pub(crate) const ASSESS_OTHERS: Msg = Msg("web-assess-others");
    pub(crate) const ASSESS_NOT_RATED: Msg = Msg("web-assess-not-rated");
    pub(crate) const ASSESS_NOT_RATED_OPTION: Msg = Msg("web-assess-not-rated-option");
    pub(crate) const ASSESS_ERRORS: Msg = Msg("web-assess-errors");
    pub(crate) const ASSESS_CASE: Msg = Msg("web-assess-case");
    pub(crate) const ASSESS_UNCHANGED: Msg = Msg("web-assess-unchanged");
    pub(crate) const ASSESS_CHANGED: Msg = Msg("web-assess-changed");
    pub(crate) const LOG_HEADING: Msg = Msg("web-log-heading");
    pub(crate) const LOG_EMPTY: Msg = Msg("web-log-empty");
    pub(crate) const LOG_WHEN: Msg = Msg("web-log-when");
    pub(crate) const LOG_WHO: Msg = Msg("web-log-who");
    pub(crate) const LOG_WHAT: Msg = Msg("web-log-what");
    pub(crate) const LOG_WHY: Msg = Msg("web-log-why");
    pub(crate) const LOG_EFFECT: Msg = Msg("web-log-effect");
    pub(crate) const EFFECT_UNRANKED: Msg = Msg("web-effect-unranked");
    pub(crate) const EFFECT_REJECT: Msg = Msg("web-effect-reject");
    pub(crate) const EFFECT_REJECT_INELIGIBLE: Msg = Msg("web-effect-reject-ineligible");
    pub(crate) const ASSESS_BOTH_CHANGED: Msg = Msg("web-assess-both-changed");
    pub(crate) const EFFECT_NO_OTHERS: Msg = Msg("web-effect-no-others");

    pub(crate) fn assess_rus_group(name: &str) -> String {
        crate::t!("web-assess-rus-group", name = name)
    }
    pub(crate) fn assess_goal(number: u8, name: &str) -> String {
        crate::t!("web-assess-goal", number = number.to_string(), name = name)
    }
    /// A rating 0–3 with its meaning, as the choice shows it.
    pub(crate) fn assess_scale(rating: u8) -> String {
        match rating {
            0 => crate::t!("web-assess-scale-0"),
            1 => crate::t!("web-assess-scale-1"),
            2 => crate::t!("web-assess-scale-2"),
            _ => crate::t!("web-assess-scale-3"),
        }
    }
    pub(crate) fn assess_count(count: usize) -> String {
        crate::t!("web-assess-count", count = count)
    }
    pub(crate) fn assess_entry(who: &str, when: &str, what: &str, why: &str) -> String {
        crate::t!(
            "web-assess-entry",
            who = who,
            when = when,
            what = what,
            why = why
        )
    }
    pub(crate) fn assess_bad_rating(label: &str, value: &str) -> String {
        crate::t!("web-assess-bad-rating", label = label, value = value)
    }
    pub(crate) fn assess_unknown_rating(field: &str) -> String {
        crate::t!("web-assess-unknown-rating", field = field)
    }
    pub(crate) fn assess_change(label: &str, before: &str, after: &str) -> String {
        crate::t!(
            "web-assess-change",
            label = label,
            before = before,
            after = after
        )
    }
    pub(crate) fn effect_scenario(scenario: &str) -> String {
        crate::t!("web-effect-scenario", scenario = scenario)
    }
    pub(crate) fn effect_score(before: &str, after: &str) -> String {
        crate::t!("web-effect-score", before = before, after = after)
    }
    pub(crate) fn effect_rank(before: usize, after: usize) -> String {
        crate::t!("web-effect-rank", before = before, after = after)
    }
    pub(crate) fn effect_ranked(place: usize) -> String {
        crate::t!("web-effect-ranked", place = place)
    }
    pub(crate) fn effect_grant(amount: &str) -> String {
        crate::t!("web-effect-grant", amount = amount)
    }
    pub(crate) fn effect_not_tried(status: &str) -> String {
        crate::t!("web-effect-not-tried", status = status)
    }
    pub(crate) fn effect_same(id: &str, now: &str) -> String {
        crate::t!("web-effect-same", id = id, now = now)
    }
    pub(crate) fn effect_verdict(id: &str, before: &str, now: &str) -> String {
        crate::t!("web-effect-verdict", id = id, before = before, now = now)
    }
    pub(crate) fn assess_both_changed(label: &str, theirs: &str, mine: &str) -> String {
        crate::t!(
            "web-assess-both-changed-field",
            label = label,
            theirs = theirs,
            mine = mine
        )
    }
    pub(crate) fn too_long(label: &str, most: usize) -> String {
        crate::t!("web-too-long", label = label, most = most)
    }
    pub(crate) fn effect_more(count: usize) -> String {
        crate::t!("web-effect-more", count = count)
    }
    pub(crate) fn effect_item(id: &str, amount: &str) -> String {
        crate::t!("web-effect-item", id = id, amount = amount)
    }
    pub(crate) fn effect_changed_item(id: &str, before: &str, after: &str) -> String {
        crate::t!(
            "web-effect-changed-item",
            id = id,
            before = before,
            after = after
        )
    }
    pub(crate) fn effect_entered(list: &str) -> String {
        crate::t!("web-effect-entered", list = list)
    }
    pub(crate) fn effect_left(list: &str) -> String {
        crate::t!("web-effect-left", list = list)
    }
    pub(crate) fn effect_changed(list: &str) -> String {
        crate::t!("web-effect-changed", list = list)
    }

    pub(crate) fn in_scenario(scenario: &str, message: &str) -> String {
        crate::t!("web-in-scenario", scenario = scenario, message = message)
    }

    pub(crate) fn assess_conflict(id: &str) -> String {
        crate::t!("web-assess-conflict", id = id)
    }

    pub(crate) const ERR_METHOD: Msg = Msg("web-err-method");
    pub(crate) const ERR_METHOD_TEXT: Msg = Msg("web-err-method-text");
    pub(crate) const BAD_PATH: Msg = Msg("web-bad-path");
    pub(crate) const ERR_TOO_LARGE: Msg = Msg("web-err-too-large");
    pub(crate) const ERR_TOO_LARGE_TEXT: Msg = Msg("web-err-too-large-text");
    pub(crate) const BAD_BODY: Msg = Msg("web-bad-body");
    pub(crate) const ERR_SLOW: Msg = Msg("web-err-slow");
    pub(crate) const ERR_SLOW_TEXT: Msg = Msg("web-err-slow-text");
    pub(crate) const ERR_HOST: Msg = Msg("web-err-host");
    pub(crate) const ERR_HOST_TEXT: Msg = Msg("web-err-host-text");
    pub(crate) const ERR_BUSY: Msg = Msg("web-err-busy");
    pub(crate) const ERR_BUSY_TEXT: Msg = Msg("web-err-busy-text");
    pub(crate) const ERR_INTERNAL: Msg = Msg("web-err-internal");
    pub(crate) const ERR_INTERNAL_TEXT: Msg = Msg("web-err-internal-text");
    pub(crate) const ERR_NO_PAGE: Msg = Msg("web-err-no-page");
    pub(crate) const TOO_MANY_FIELDS: Msg = Msg("web-too-many-fields");
    pub(crate) const SAVE_NOT_ALLOWED: Msg = Msg("web-save-not-allowed");
    pub(crate) const CROSS_SITE: Msg = Msg("web-cross-site");
    pub(crate) const SAVE_NAME_MISSING: Msg = Msg("web-save-name-missing");
    pub(crate) const SAVE_FILE_BAD: Msg = Msg("web-save-file-bad");
    pub(crate) const FORM_SOURCE: Msg = Msg("web-form-source");

    pub(crate) fn value_too_long(field: &str) -> String {
        crate::t!("web-value-too-long", field = field)
    }

    pub(crate) fn control_characters(field: &str) -> String {
        crate::t!("web-control-characters", field = field)
    }

    pub(crate) fn bad_choice(label: &str, got: &str, allowed: &[&str]) -> String {
        crate::t!(
            "web-bad-choice",
            label = label,
            got = got,
            allowed = allowed.join(", ")
        )
    }

    pub(crate) fn bad_number(label: &str, got: &str, min: i64, max: i64) -> String {
        crate::t!(
            "web-bad-number",
            label = label,
            got = got,
            min = min,
            max = max
        )
    }

    pub(crate) fn unknown_value(label: &str, got: &str) -> String {
        crate::t!("web-unknown-value", label = label, got = got)
    }

    pub(crate) fn unknown_scenario(key: &str, keys: &[String]) -> String {
        crate::t!("web-unknown-scenario", key = key, keys = keys.join(", "))
    }

    pub(crate) fn unknown_application(id: &str, hint: crate::i18n::Text) -> String {
        crate::t!("web-unknown-application", id = id, hint = hint)
    }

    pub(crate) fn no_scenarios_folder(path: &str, why: &str) -> String {
        crate::t!("web-no-scenarios-folder", path = path, why = why)
    }

    pub(crate) fn loading(data: &str) -> String {
        crate::t!("web-loading", data = data)
    }

    /// `login`: the server asks who you are; `public_only`: it shows the public pages only.
    pub(crate) fn listening(addr: &str, login: bool, public_only: bool) -> String {
        if login {
            crate::t!("web-listening-login", addr = addr)
        } else if public_only {
            crate::t!("web-listening-public", addr = addr)
        } else {
            crate::t!("web-listening", addr = addr)
        }
    }

    pub(crate) const LOAD_FAILED: Msg = Msg("web-load-failed");

    /// The server's log line for an internal error (the page says less).
    pub(crate) fn internal_error_log(what: &str) -> String {
        crate::t!("web-internal-error-log", what = what)
    }

    /// The server's log line for a chart that could not be drawn.
    pub(crate) fn chart_failed_log(why: &str) -> String {
        crate::t!("web-chart-failed-log", why = why)
    }

    pub(crate) fn cannot_listen(addr: &str, why: &str) -> String {
        crate::t!("web-cannot-listen", addr = addr, why = why)
    }

    pub(crate) fn no_scenarios(path: &str) -> String {
        crate::t!("web-no-scenarios", path = path)
    }

    // Shared words.
    pub(crate) const ALL: Msg = Msg("web-all");
    pub(crate) const POT: Msg = Msg("web-pot");
    pub(crate) const YEAR: Msg = Msg("web-year");
    pub(crate) const BUDGET: Msg = Msg("web-budget");
    pub(crate) const FRAME: Msg = Msg("web-frame");
    pub(crate) const COMMITTED: Msg = Msg("web-committed");
    pub(crate) const PROPOSED: Msg = Msg("web-proposed");
    pub(crate) const REMAINING: Msg = Msg("web-remaining");
    pub(crate) const DECIDED_THIS_YEAR: Msg = Msg("web-decided-this-year");
    pub(crate) const AMOUNT: Msg = Msg("web-amount");
    pub(crate) const COUNT: Msg = Msg("web-count");
    pub(crate) const DECISION_BODY: Msg = Msg("web-decision-body");
    pub const STATUS: Msg = Msg("web-status");
    pub(crate) const OBJECTIVE: Msg = Msg("web-objective");
    pub(crate) const FUNDED_COUNT: Msg = Msg("web-funded-count");
    pub(crate) const CANDIDATES: Msg = Msg("web-candidates");
    pub(crate) const TOTAL_BUDGET: Msg = Msg("web-total-budget");
    pub(crate) const REASON: Msg = Msg("web-reason");
    pub(crate) const WHAT: Msg = Msg("web-what");
    pub(crate) const BEFORE: Msg = Msg("web-before");
    pub(crate) const AFTER: Msg = Msg("web-after");
    pub(crate) const CHANGE: Msg = Msg("web-change");
    pub(crate) const AREA: Msg = Msg("web-area");
    pub(crate) const PRIORITISED: Msg = Msg("web-prioritised");
    pub(crate) const MEASURE: Msg = Msg("web-measure");

    pub(crate) fn status_optimal(strategy: &str) -> String {
        crate::t!("web-status-optimal", strategy = strategy)
    }
    pub(crate) const STATUS_RANK_OPTIMAL: Msg = Msg("web-status-rank-optimal");
    pub(crate) const STATUS_RANK_FEASIBLE: Msg = Msg("web-status-rank-feasible");
    pub(crate) const STRATEGY: Msg = Msg("web-strategy");
    pub(crate) const SETTINGS_HEADING: Msg = Msg("web-settings-heading");
    pub(crate) const SETTINGS_CAPTION: Msg = Msg("web-settings-caption");
    pub(crate) const SETTINGS_SAME: Msg = Msg("web-settings-same");
    pub(crate) const SETTING_CEILING: Msg = Msg("web-setting-ceiling");
    pub(crate) const SETTING_PARTIAL: Msg = Msg("web-setting-partial");
    pub(crate) const SETTING_OTHER_WEIGHTS: Msg = Msg("web-setting-other-weights");
    pub(crate) const SETTING_DIFFERS: Msg = Msg("web-setting-differs");
    pub(crate) const SETTING_CONSTRAINTS: Msg = Msg("web-setting-constraints");
    pub(crate) const SETTING_NOTHING: Msg = Msg("web-setting-nothing");
    pub(crate) const COMPARE_NO_MEAN: Msg = Msg("web-compare-no-mean");
    pub(crate) fn setting_budget(pot: &str) -> String {
        crate::t!("web-setting-budget", pot = pot)
    }
    pub(crate) fn setting_frame(pot: &str, year: i32) -> String {
        crate::t!("web-setting-frame", pot = pot, year = year)
    }
    pub(crate) fn setting_committed(pot: &str, year: i32) -> String {
        crate::t!("web-setting-committed", pot = pot, year = year)
    }
    pub(crate) fn setting_weight(what: &str) -> String {
        crate::t!("web-setting-weight", what = what)
    }
    pub(crate) const STATUS_NO_SOLUTION: Msg = Msg("web-status-no-solution");

    pub(crate) const GAP_SMALL: Msg = Msg("web-gap-small");
    pub(crate) const OVERRIDES_HINT: Msg = Msg("web-overrides-hint");
    pub(crate) fn compare_diff_heading(a: &str, b: &str) -> String {
        crate::t!("web-compare-diff-heading", a = a, b = b)
    }

    pub(crate) fn status_feasible(gap: &str) -> String {
        crate::t!("web-status-feasible", gap = gap)
    }

    pub(crate) fn status_infeasible(summary: &str) -> String {
        crate::t!("web-status-infeasible", summary = summary)
    }

    // Översikt.
    pub(crate) fn overview_title(scenario: &str) -> String {
        crate::t!("web-overview-title", scenario = scenario)
    }

    pub(crate) fn gain_sentence(gain: &str, baseline_count: usize) -> String {
        crate::t!(
            "web-gain-sentence",
            baseline_count = baseline_count,
            gain = gain
        )
    }

    pub(crate) const BUDGET_HEADING: Msg = Msg("web-budget-heading");
    pub(crate) const PAYMENTS_HEADING: Msg = Msg("web-payments-heading");
    pub(crate) const PROPOSED_PAYMENTS: Msg = Msg("web-proposed-payments");
    pub(crate) const FRAME_REMAINING: Msg = Msg("web-frame-remaining");
    pub(crate) const NO_FRAME: Msg = Msg("web-no-frame");

    pub(crate) fn budget_caption(year: i32) -> String {
        crate::t!("web-budget-caption", year = year)
    }

    pub(crate) fn payments_caption(year: i32) -> String {
        crate::t!("web-payments-caption", year = year)
    }

    pub(crate) const BODIES_HEADING: Msg = Msg("web-bodies-heading");
    pub(crate) const BODIES_CAPTION: Msg = Msg("web-bodies-caption");
    pub(crate) const NOTHING_FUNDED: Msg = Msg("web-nothing-funded");
    pub(crate) const PICTURES_HEADING: Msg = Msg("web-pictures-heading");
    pub(crate) const SEE_APPLICATIONS: Msg = Msg("web-see-applications");
    pub(crate) const SEE_MEMO: Msg = Msg("web-see-memo");
    pub(crate) const WARNINGS_HEADING: Msg = Msg("web-warnings-heading");
    pub(crate) const BROKEN_SCENARIOS: Msg = Msg("web-broken-scenarios");

    // Ansökningar.
    pub(crate) fn applications_title(scenario: &str) -> String {
        crate::t!("web-applications-title", scenario = scenario)
    }

    pub(crate) fn ranking_caption(scenario: &str) -> String {
        crate::t!("web-ranking-caption", scenario = scenario)
    }

    pub(crate) const COL_RANK: Msg = Msg("web-col-rank");
    pub(crate) const COL_ID: Msg = Msg("web-col-id");
    pub(crate) const COL_TITLE: Msg = Msg("web-col-title");
    pub(crate) const COL_SUPPORT: Msg = Msg("web-col-support");
    pub(crate) const COL_MUNICIPALITY: Msg = Msg("web-col-municipality");
    pub(crate) const COL_REQUESTED: Msg = Msg("web-col-requested");
    pub(crate) const COL_SCORE: Msg = Msg("web-col-score");
    pub(crate) const COL_DECISION_BODY: Msg = Msg("web-col-decision-body");
    pub(crate) const COL_PROPOSAL: Msg = Msg("web-col-proposal");
    pub(crate) const COL_DECIDED: Msg = Msg("web-col-decided");
    pub(crate) const COL_GRANTED: Msg = Msg("web-col-granted");
    pub(crate) const F_POT: Msg = Msg("web-f-pot");
    pub(crate) const F_FORM: Msg = Msg("web-f-form");
    pub(crate) const F_MUNICIPALITY: Msg = Msg("web-f-municipality");
    pub(crate) const F_STATUS: Msg = Msg("web-f-status");
    pub(crate) const F_PROPOSAL: Msg = Msg("web-f-proposal");
    pub(crate) const F_BODY: Msg = Msg("web-f-body");
    pub(crate) const F_NODE: Msg = Msg("web-f-node");
    pub(crate) const F_GOAL: Msg = Msg("web-f-goal");
    pub(crate) const F_TEXT: Msg = Msg("web-f-text");
    pub(crate) const F_SORT: Msg = Msg("web-f-sort");
    pub(crate) const F_ORDER: Msg = Msg("web-f-order");
    pub(crate) const PROPOSAL_YES: Msg = Msg("web-proposal-yes");
    pub(crate) const PROPOSAL_NO: Msg = Msg("web-proposal-no");
    pub(crate) const FILTER_LEGEND: Msg = Msg("web-filter-legend");
    pub(crate) const FILTER_BUTTON: Msg = Msg("web-filter-button");
    pub(crate) const CLEAR_FILTERS: Msg = Msg("web-clear-filters");

    pub(crate) fn showing(shown: usize, total: usize) -> String {
        crate::t!("web-showing", shown = shown, total = total)
    }

    pub(crate) fn shown_sums(requested: &str, proposed: &str) -> String {
        crate::t!("web-shown-sums", requested = requested, proposed = proposed)
    }

    pub(crate) const NOTHING_SHOWN: Msg = Msg("web-nothing-shown");
    pub(crate) const NOTHING_SHOWN_CLEAR: Msg = Msg("web-nothing-shown-clear");

    pub(crate) fn sort_hint(label: &str) -> String {
        crate::t!("web-sort-hint", label = label.to_lowercase())
    }

    // Ansökan.
    pub(crate) const SCORE_HEADING: Msg = Msg("web-score-heading");
    pub(crate) const PATH: Msg = Msg("web-path");
    pub(crate) const RATING: Msg = Msg("web-rating");
    pub(crate) const POINTS: Msg = Msg("web-points");
    pub(crate) const RULES_HEADING: Msg = Msg("web-rules-heading");
    pub(crate) const ELIGIBLE_YES: Msg = Msg("web-eligible-yes");
    pub(crate) const ELIGIBLE_NO: Msg = Msg("web-eligible-no");
    pub(crate) const WHY_HEADING: Msg = Msg("web-why-heading");
    pub(crate) const BLOCKED_BY: Msg = Msg("web-blocked-by");
    pub(crate) const COUNTERFACTUALS_PENDING: Msg = Msg("web-counterfactuals-pending");
    pub(crate) const COUNTERFACTUALS_OFF: Msg = Msg("web-counterfactuals-off");

    pub(crate) fn lines_caption(part: &str) -> String {
        crate::t!("web-lines-caption", part = part)
    }

    pub(crate) fn rules_period(period: &str) -> String {
        crate::t!("web-rules-period", period = period)
    }

    pub(crate) fn tree_show(count: usize) -> String {
        crate::t!("web-tree-show", count = count)
    }

    pub(crate) fn must_fund_reason(reason: &str) -> String {
        crate::t!("web-must-fund-reason", reason = reason)
    }

    // Strategi.
    pub(crate) fn strategy_title(name: &str) -> String {
        crate::t!("web-strategy-title", name = name)
    }

    pub(crate) const STRATEGY_INTRO: Msg = Msg("web-strategy-intro");
    pub(crate) const SPLIT_CAPTION: Msg = Msg("web-split-caption");
    pub(crate) const TREE_HEADING: Msg = Msg("web-tree-heading");
    pub(crate) const PLANS_HEADING: Msg = Msg("web-plans-heading");
    pub(crate) const SHOWN_ABOVE: Msg = Msg("web-shown-above");

    pub fn flow(serving: usize, funded: usize, amount: &str) -> String {
        crate::t!(
            "web-flow",
            serving = serving,
            funded = funded,
            amount = amount
        )
    }

    pub(crate) fn also_under(parents: &str) -> String {
        crate::t!("web-also-under", parents = parents)
    }

    /// When a strategy node is in force ("gäller till och med 2022-03-07"); none when always.
    pub(crate) fn node_in_force(
        from: Option<crate::date::Date>,
        to: Option<crate::date::Date>,
    ) -> Option<String> {
        Some(match (from, to) {
            (Some(from), Some(to)) => crate::t!("web-node-in-force-between", from = from, to = to),
            (Some(from), None) => crate::t!("web-node-in-force-from", from = from),
            (None, Some(to)) => crate::t!("web-node-in-force-to", to = to),
            (None, None) => return None,
        })
    }

    // Scenarier.
    pub(crate) fn scenarios_title(scenario: &str) -> String {
        crate::t!("web-scenarios-title", scenario = scenario)
    }

    pub(crate) const SCENARIOS_INTRO: Msg = Msg("web-scenarios-intro");
    pub(crate) const BUDGETS_LEGEND: Msg = Msg("web-budgets-legend");
    pub(crate) const BUDGET_HINT: Msg = Msg("web-budget-hint");
    pub(crate) const WEIGHTS_LEGEND: Msg = Msg("web-weights-legend");
    pub(crate) const WEIGHTS_HINT: Msg = Msg("web-weights-hint");
    pub(crate) const AREAS_LEGEND: Msg = Msg("web-areas-legend");
    pub(crate) const AREAS_HINT: Msg = Msg("web-areas-hint");
    pub(crate) const RULES_LEGEND: Msg = Msg("web-rules-legend");
    pub(crate) const MIN_SCORE_LABEL: Msg = Msg("web-min-score-label");
    pub(crate) const OBJECTIVE_LABEL: Msg = Msg("web-objective-label");
    pub(crate) const LOCKS_LEGEND: Msg = Msg("web-locks-legend");
    pub(crate) const LOCKS_HINT: Msg = Msg("web-locks-hint");
    pub(crate) const MUST_FUND_LABEL: Msg = Msg("web-must-fund-label");
    pub(crate) const EXCLUDE_LABEL: Msg = Msg("web-exclude-label");
    pub const SIMULATE: Msg = Msg("web-simulate");
    pub(crate) const RESET_FORM: Msg = Msg("web-reset-form");
    pub(crate) const FORM_ERRORS: Msg = Msg("web-form-errors");
    pub(crate) const RESULT_HEADING: Msg = Msg("web-result-heading");
    pub(crate) const OVERRIDES_HEADING: Msg = Msg("web-overrides-heading");
    pub(crate) const RESULT_SUMMARY: Msg = Msg("web-result-summary");
    pub(crate) const RESULT_START: Msg = Msg("web-result-start");
    pub(crate) const RESULT_NEW: Msg = Msg("web-result-new");
    pub(crate) const RESULT_GRANTED_COUNT: Msg = Msg("web-result-granted-count");
    pub(crate) const RESULT_GRANTED_SUM: Msg = Msg("web-result-granted-sum");
    pub(crate) const RESULT_LEFT_SUM: Msg = Msg("web-result-left-sum");
    pub(crate) const RESULT_STRATEGY: Msg = Msg("web-result-strategy");
    pub(crate) const RESULT_OTHER_MEASURE: Msg = Msg("web-result-other-measure");
    pub(crate) const RESULT_POTS: Msg = Msg("web-result-pots");
    pub(crate) const RESULT_ALL_CAPTION: Msg = Msg("web-result-all-caption");
    pub(crate) const RESULT_VERSUS: Msg = Msg("web-result-versus");
    pub(crate) const RESULT_SAME: Msg = Msg("web-result-same");
    pub(crate) const RESULT_NEW_ENTRY: Msg = Msg("web-result-new-entry");
    pub(crate) const RESULT_DOWNLOAD: Msg = Msg("web-result-download");
    pub(crate) const RESULT_CHANGE_FORM: Msg = Msg("web-result-change-form");
    pub(crate) fn result_all(count: usize) -> String {
        crate::t!("web-result-all", count = count)
    }
    pub(crate) fn result_changed(amount: &str) -> String {
        crate::t!("web-result-changed", amount = amount)
    }
    pub(crate) fn saved(name: &str, file: &str) -> String {
        crate::t!("web-saved", name = name, file = file)
    }
    pub(crate) const DIFF_HEADING: Msg = Msg("web-diff-heading");
    pub(crate) const NO_DIFFERENCE: Msg = Msg("web-no-difference");
    pub(crate) const ENTERED: Msg = Msg("web-entered");
    pub(crate) const LEFT: Msg = Msg("web-left");
    pub(crate) const CHANGED: Msg = Msg("web-changed");
    pub(crate) const MOVED_BY_POT: Msg = Msg("web-moved-by-pot");
    pub(crate) const MOVED_BY_YEAR: Msg = Msg("web-moved-by-year");
    pub(crate) const MOVED_BY_BODY: Msg = Msg("web-moved-by-body");
    pub(crate) const MOVED_BY_MUNICIPALITY: Msg = Msg("web-moved-by-municipality");
    pub(crate) const MOVED_BY_AREA: Msg = Msg("web-moved-by-area");
    pub(crate) fn prove_link(seconds: f64) -> String {
        crate::t!("web-prove-link", seconds = crate::i18n::number(seconds, 0))
    }

    pub(crate) const SAVE_HEADING: Msg = Msg("web-save-heading");
    pub(crate) const SAVE_NAME: Msg = Msg("web-save-name");
    pub(crate) const SAVE_FILE: Msg = Msg("web-save-file");
    pub(crate) const SAVE_FILE_HINT: Msg = Msg("web-save-file-hint");
    pub(crate) const SAVE_BUTTON: Msg = Msg("web-save-button");

    pub(crate) fn budget_missing(pot: &str) -> String {
        crate::t!("web-budget-missing", pot = pot)
    }

    pub(crate) fn budget_whole(pot: &str) -> String {
        crate::t!("web-budget-whole", pot = pot)
    }

    pub(crate) const AMOUNT_NOT_A_NUMBER: Msg = Msg("web-amount-not-a-number");

    pub(crate) fn bad_amount(pot: &str, text: &str, why: &str) -> String {
        crate::t!("web-bad-amount", pot = pot, text = text, why = why)
    }

    pub(crate) fn bad_weight(part: &str, text: &str) -> String {
        crate::t!("web-bad-weight", part = part, text = text)
    }

    pub(crate) fn bad_min_score(text: &str) -> String {
        crate::t!("web-bad-min-score", text = text)
    }

    pub(crate) fn lock_twice(id: &str) -> String {
        crate::t!("web-lock-twice", id = id)
    }

    pub(crate) fn lock_needs_reason(id: &str) -> String {
        crate::t!("web-lock-needs-reason", id = id)
    }

    pub(crate) fn too_many_locks(max: usize) -> String {
        crate::t!("web-too-many-locks", max = max)
    }

    pub(crate) fn file_exists(name: &str) -> String {
        crate::t!("web-file-exists", name = name)
    }

    /// The saved scenario's opening comment (written as comment lines by the YAML writer).
    pub(crate) fn saved_comment(base: &str) -> String {
        format!(
            "Sparat från webbgränssnittet (sidan Scenarier), utgår från {base}.\nLåsningarna skrivs i sin helhet: unlock tar bort utgångsscenariots, must_fund och exclude anger de nya."
        )
    }

    // Jämför.
    pub(crate) fn compare_title(a: &str, b: &str) -> String {
        crate::t!("web-compare-title", a = a, b = b)
    }

    pub(crate) const COMPARE_LEGEND: Msg = Msg("web-compare-legend");
    pub(crate) const SCENARIO_A: Msg = Msg("web-scenario-a");
    pub(crate) const SCENARIO_B: Msg = Msg("web-scenario-b");
    pub(crate) const COMPARE_BUTTON: Msg = Msg("web-compare-button");
    pub(crate) const COMPARE_SUMMARY: Msg = Msg("web-compare-summary");

    // Budgetkurva.
    pub(crate) fn frontier_title(scenario: &str) -> String {
        crate::t!("web-frontier-title", scenario = scenario)
    }

    pub(crate) const FRONTIER_INTRO: Msg = Msg("web-frontier-intro");
    pub(crate) const FRONTIER_PENDING: Msg = Msg("web-frontier-pending");
    pub(crate) const FRONTIER_OFF: Msg = Msg("web-frontier-off");
    pub(crate) const FRONTIER_TABLE: Msg = Msg("web-frontier-table");
    pub(crate) const LEVEL: Msg = Msg("web-level");
    pub(crate) const ENTRIES_HEADING: Msg = Msg("web-entries-heading");
    pub(crate) const ENTRIES_CAPTION: Msg = Msg("web-entries-caption");
    pub(crate) const NO_ENTRIES: Msg = Msg("web-no-entries");
    pub(crate) const ENTERS_AT: Msg = Msg("web-enters-at");
    pub(crate) const LEAVES_AT: Msg = Msg("web-leaves-at");

    // Beslutsunderlag.
    pub(crate) fn memo_title(scenario: &str) -> String {
        crate::t!("web-memo-title", scenario = scenario)
    }

    pub(crate) const SUMMARY_HEADING: Msg = Msg("web-summary-heading");
    pub(crate) const PER_POT_CAPTION: Msg = Msg("web-per-pot-caption");

    /// Applications (`ids`) of forms paid from national funds (`forms`, their names):
    /// outside the proposal, named.
    pub(crate) fn memo_national(ids: &[&str], forms: &[&str]) -> String {
        let mut forms: Vec<String> = forms.iter().map(|f| crate::text::mid_sentence(f)).collect();
        forms.sort();
        forms.dedup();
        crate::t!(
            "web-memo-national",
            n = ids.len(),
            ids = ids.join(", "),
            forms = forms.join(", ")
        )
    }

    pub(crate) fn memo_summary(total: &str, budget: &str, n: usize, year: i32) -> String {
        crate::t!(
            "web-memo-summary",
            total = total,
            budget = budget,
            year = year,
            n = n
        )
    }

    /// The memo's two sentences about a funded application: what it gets, and why.
    pub(crate) fn memo_reason(
        amount: Sek,
        requested: Sek,
        score: &str,
        rank: Option<usize>,
        top: Option<&str>,
        lock: Option<&Option<String>>,
    ) -> String {
        let first = if amount == requested {
            crate::t!("web-memo-whole", amount = amount.to_kronor_string())
        } else {
            crate::t!(
                "web-memo-part",
                amount = amount.to_kronor_string(),
                requested = requested.to_kronor_string()
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

    pub(crate) const MEMO_CONDITIONS_HEADING: Msg = Msg("web-memo-conditions-heading");

    pub(crate) fn memo_min_score(min: &str) -> String {
        crate::t!("web-memo-min-score", min = min)
    }

    pub(crate) const MEAN_SCORE: Msg = Msg("web-mean-score");
    pub(crate) const VERDICT_GRANT: Msg = Msg("web-verdict-grant");
    pub(crate) const VERDICT_REJECT: Msg = Msg("web-verdict-reject");
    pub(crate) const VERDICT_OUTSIDE: Msg = Msg("web-verdict-outside");
    pub(crate) const MEMO_MATTER_LABEL: Msg = Msg("web-memo-matter-label");
    pub(crate) const MEMO_TO_LABEL: Msg = Msg("web-memo-to-label");
    pub(crate) const MEMO_DATE_LABEL: Msg = Msg("web-memo-date-label");
    pub(crate) const MEMO_DNR_LABEL: Msg = Msg("web-memo-dnr-label");
    pub(crate) const MEMO_DNR_BLANK: Msg = Msg("web-memo-dnr-blank");
    pub(crate) const MEMO_DNR_FIELD: Msg = Msg("web-memo-dnr-field");
    pub(crate) const MEMO_DNR_BUTTON: Msg = Msg("web-memo-dnr-button");
    pub(crate) const MEMO_VERSION_LABEL: Msg = Msg("web-memo-version-label");
    pub(crate) const MEMO_DECISION_HEADING: Msg = Msg("web-memo-decision-heading");
    pub(crate) const MEMO_COL_APPLICATION: Msg = Msg("web-memo-col-application");
    pub(crate) const MEMO_REJECT: Msg = Msg("web-memo-reject");
    pub(crate) const MEMO_BASIS_HEADING: Msg = Msg("web-memo-basis-heading");
    pub(crate) const MEMO_OTHERS_HEADING: Msg = Msg("web-memo-others-heading");
    pub(crate) const MEMO_OTHERS_CAPTION: Msg = Msg("web-memo-others-caption");
    pub(crate) const MEMO_OTHERS_MISSING: Msg = Msg("web-memo-others-missing");
    pub(crate) const MEMO_OTHERS_PENDING: Msg = Msg("web-memo-others-pending");
    pub(crate) const MEMO_OTHERS_NONE: Msg = Msg("web-memo-others-none");
    pub(crate) const MEMO_COL_FUNDED: Msg = Msg("web-memo-col-funded");
    pub(crate) const MEMO_COL_ENTERING: Msg = Msg("web-memo-col-entering");
    pub(crate) const MEMO_COL_LEAVING: Msg = Msg("web-memo-col-leaving");
    pub(crate) const MEMO_APPENDIX_SUMMARY_CAPTION: Msg = Msg("web-memo-appendix-summary-caption");
    pub(crate) const MEMO_APPENDIX_LIST_CAPTION: Msg = Msg("web-memo-appendix-list-caption");
    pub(crate) const MEMO_COL_GRANTS: Msg = Msg("web-memo-col-grants");
    pub(crate) const MEMO_COL_GRANTED_SUM: Msg = Msg("web-memo-col-granted-sum");
    pub(crate) const MEMO_COL_REJECTIONS: Msg = Msg("web-memo-col-rejections");
    pub(crate) const MEMO_COL_PROPOSAL: Msg = Msg("web-memo-col-proposal");
    pub(crate) const TOTAL: Msg = Msg("web-total");

    /// What the memo is about; the appropriation's name changed in 2022.
    pub(crate) fn memo_matter(year: i32) -> String {
        if year < 2022 {
            crate::t!("web-memo-matter-until-2021", year = year)
        } else {
            crate::t!("web-memo-matter", year = year)
        }
    }

    pub(crate) fn memo_version(scenario: &str, code: &str) -> String {
        crate::t!("web-memo-version", scenario = scenario, code = code)
    }

    pub(crate) fn memo_decides(body: &str, pots: &str, threshold: &str) -> String {
        crate::t!(
            "web-memo-decides",
            body = body,
            pots = pots,
            threshold = threshold
        )
    }

    pub(crate) fn memo_nothing(body: &str) -> String {
        crate::t!("web-memo-nothing", body = body)
    }

    pub(crate) fn memo_propose(body: &str, grants: usize, sum: &str, rejections: usize) -> String {
        match (grants, rejections) {
            (0, r) => crate::t!("web-memo-propose-reject", body = body, rejections = r),
            (g, 0) => crate::t!("web-memo-propose-grant", body = body, grants = g, sum = sum),
            (g, r) => crate::t!(
                "web-memo-propose-both",
                body = body,
                grants = g,
                sum = sum,
                rejections = r
            ),
        }
    }

    pub(crate) fn memo_grant_caption(body: &str) -> String {
        crate::t!("web-memo-grant-caption", body = body)
    }

    pub(crate) fn memo_reject_caption(body: &str) -> String {
        crate::t!("web-memo-reject-caption", body = body)
    }

    pub(crate) fn memo_delegation_note(
        delegation: &str,
        threshold: &str,
        grants: usize,
        rejections: usize,
    ) -> String {
        crate::t!(
            "web-memo-delegation-note",
            delegation = delegation,
            threshold = threshold,
            grants = grants,
            rejections = rejections
        )
    }

    /// Case numbers, then how many more.
    pub(crate) fn memo_ids(shown: &str, more: usize) -> String {
        if more == 0 {
            shown.to_string()
        } else {
            crate::t!("web-memo-ids-more", ids = shown, more = more)
        }
    }

    pub(crate) fn memo_appendix_heading(delegation: &str) -> String {
        crate::t!("web-memo-appendix-heading", delegation = delegation)
    }

    pub(crate) fn memo_appendix_intro(threshold: &str) -> String {
        crate::t!("web-memo-appendix-intro", threshold = threshold)
    }

    pub(crate) fn memo_rejected(reason: &str) -> String {
        crate::t!("web-memo-rejected", reason = reason)
    }

    // Offentlig vy.
    pub(crate) const PUBLIC_TITLE: Msg = Msg("web-public-title");
    pub(crate) const PUBLIC_INTRO: Msg = Msg("web-public-intro");
    pub(crate) const PUBLIC_CAPTION: Msg = Msg("web-public-caption");
    pub(crate) const PUBLIC_SOLE_TRADER: Msg = Msg("web-public-sole-trader");
    pub(crate) const PUBLIC_SOLE_TRADER_NOTE: Msg = Msg("web-public-sole-trader-note");
    pub(crate) const PUBLIC_PRIVACY: Msg = Msg("web-public-privacy");
    pub(crate) const PUBLIC_DOWNLOAD: Msg = Msg("web-public-download");
    pub(crate) const PUBLIC_DOWNLOAD_STANDARD: Msg = Msg("web-public-download-standard");
    pub(crate) const PUBLIC_NO_OPEN_DATA: Msg = Msg("web-public-no-open-data");
    pub(crate) const PUBLIC_NO_DATE: Msg = Msg("web-public-no-date");
    pub(crate) const PUBLIC_CHARTS: Msg = Msg("web-public-charts");
    pub(crate) const PUBLIC_CHARTS_INTRO: Msg = Msg("web-public-charts-intro");
    pub(crate) const PUBLIC_BY_AREA: Msg = Msg("web-public-by-area");
    pub(crate) const PUBLIC_BY_MUNICIPALITY: Msg = Msg("web-public-by-municipality");
    pub(crate) const PUBLIC_BY_YEAR: Msg = Msg("web-public-by-year");
    pub(crate) const F_YEAR: Msg = Msg("web-f-year");
    pub(crate) const F_AREA: Msg = Msg("web-f-area");

    pub(crate) fn public_updated(date: &str) -> String {
        crate::t!("web-public-updated", date = date)
    }

    pub(crate) fn public_bars_description(parts: &[String]) -> String {
        crate::t!("web-public-bars-description", parts = parts.join("; "))
    }

    pub(crate) fn public_count(n: usize, total: &str) -> String {
        crate::t!("web-public-count", n = n, total = total)
    }

    // Tillgänglighetsredogörelse.
    pub(crate) const A11Y_TITLE: Msg = Msg("web-a11y-title");
    pub(crate) const GLOSSARY_TITLE: Msg = Msg("web-glossary-title");
    pub(crate) const COL_STABILITY: Msg = Msg("web-col-stability");
    pub(crate) const STABILITY_PENDING: Msg = Msg("web-stability-pending");
    pub(crate) const STABILITY_SENTENCE_PENDING: Msg = Msg("web-stability-sentence-pending");
    pub(crate) const STABILITY_WHAT: Msg = Msg("web-stability-what");
    pub(crate) fn stability_share(class: &str, share: f64) -> String {
        crate::t!(
            "web-stability-share",
            class = class,
            share = uncertain_percent(share)
        )
    }
    /// An uncertain share as a percentage that never reads 0 or 100 (499 of 500 is 99,8).
    fn uncertain_percent(share: f64) -> String {
        let pct = share * 100.0;
        let decimals = if !(0.5..99.5).contains(&pct) { 1 } else { 0 };
        crate::i18n::number(pct, decimals)
    }

    pub(crate) fn stability_sentence(key: &str, share: f64, draws: usize, spread: f64) -> String {
        crate::t!(
            "web-stability-sentence",
            class = key,
            share = uncertain_percent(share),
            draws = draws,
            spread = crate::i18n::number(spread * 100.0, 0)
        )
    }
    pub(crate) const GLOSSARY_INTRO: Msg = Msg("web-glossary-intro");
    pub(crate) const NAV_GLOSSARY: Msg = Msg("web-nav-glossary");
    /// The glossary's terms and their explanations, in the order a reader meets them.
    pub(crate) const GLOSSARY: &[(Msg, Msg)] = &[
        (Msg("web-glossary-term-1"), Msg("web-glossary-def-1")),
        (Msg("web-glossary-term-2"), Msg("web-glossary-def-2")),
        (Msg("web-glossary-term-3"), Msg("web-glossary-def-3")),
        (Msg("web-glossary-term-4"), Msg("web-glossary-def-4")),
        (Msg("web-glossary-term-5"), Msg("web-glossary-def-5")),
        (Msg("web-glossary-term-6"), Msg("web-glossary-def-6")),
        (Msg("web-glossary-term-7"), Msg("web-glossary-def-7")),
        (Msg("web-glossary-term-8"), Msg("web-glossary-def-8")),
        (Msg("web-glossary-term-9"), Msg("web-glossary-def-9")),
        (Msg("web-glossary-term-10"), Msg("web-glossary-def-10")),
        (Msg("web-glossary-term-11"), Msg("web-glossary-def-11")),
        (Msg("web-glossary-term-12"), Msg("web-glossary-def-12")),
        (Msg("web-glossary-term-13"), Msg("web-glossary-def-13")),
        (Msg("web-glossary-term-14"), Msg("web-glossary-def-14")),
        (Msg("web-glossary-term-15"), Msg("web-glossary-def-15")),
        (Msg("web-glossary-term-16"), Msg("web-glossary-def-16")),
        (Msg("web-glossary-term-17"), Msg("web-glossary-def-17")),
        (Msg("web-glossary-term-18"), Msg("web-glossary-def-18")),
    ];
    pub(crate) const A11Y_REGION: Msg = Msg("web-a11y-region");
    pub(crate) const A11Y_ABOUT_HEADING: Msg = Msg("web-a11y-about-heading");
    pub(crate) const A11Y_STATUS_HEADING: Msg = Msg("web-a11y-status-heading");
    pub(crate) const A11Y_STATUS: Msg = Msg("web-a11y-status");
    pub(crate) const A11Y_GAPS_HEADING: Msg = Msg("web-a11y-gaps-heading");
    pub(crate) const A11Y_GAPS: &[Msg] = &[
        Msg("web-a11y-gap-review"),
        Msg("web-a11y-gap-charts"),
        Msg("web-a11y-gap-tables"),
    ];
    pub(crate) const A11Y_DESIGN: Msg = Msg("web-a11y-design");
    pub(crate) const A11Y_OTHER_FORM_HEADING: Msg = Msg("web-a11y-other-form-heading");
    pub(crate) const A11Y_OTHER_FORM: Msg = Msg("web-a11y-other-form");
    pub(crate) const A11Y_REPORT_HEADING: Msg = Msg("web-a11y-report-heading");
    pub(crate) const A11Y_REPORT: Msg = Msg("web-a11y-report");
    pub(crate) const A11Y_EMAIL: Msg = Msg("web-a11y-email");
    pub(crate) const A11Y_PHONE: Msg = Msg("web-a11y-phone");
    pub(crate) const A11Y_NO_CONTACT: Msg = Msg("web-a11y-no-contact");
    pub(crate) const A11Y_SUPERVISION_HEADING: Msg = Msg("web-a11y-supervision-heading");
    pub(crate) const A11Y_SUPERVISION: Msg = Msg("web-a11y-supervision");
    pub(crate) const A11Y_DIGG_LINK: Msg = Msg("web-a11y-digg-link");
    pub(crate) const A11Y_METHOD_HEADING: Msg = Msg("web-a11y-method-heading");
    pub(crate) const A11Y_FILE_PROBLEM: Msg = Msg("web-a11y-file-problem");

    pub(crate) fn a11y_about(organisation: &str) -> String {
        crate::t!("web-a11y-about", organisation = organisation)
    }

    pub(crate) fn a11y_response(time: &str) -> String {
        crate::t!("web-a11y-response", time = time)
    }

    pub(crate) fn a11y_method(method: &str, assessed: &str, updated: &str) -> String {
        crate::t!(
            "web-a11y-method",
            method = method,
            assessed = assessed,
            updated = updated
        )
    }

    // The de minimis register page.
    pub(crate) const NAV_REGISTER: Msg = Msg("web-nav-register");
    pub(crate) const REGISTER_TITLE: Msg = Msg("web-register-title");
    pub(crate) const REGISTER_INTRO: Msg = Msg("web-register-intro");
    pub(crate) const REGISTER_NONE: Msg = Msg("web-register-none");
    pub(crate) const REGISTER_SEARCH: Msg = Msg("web-register-search");
    pub(crate) const REGISTER_SEARCH_BUTTON: Msg = Msg("web-register-search-button");
    pub(crate) const REGISTER_SHOW_ALL: Msg = Msg("web-register-show-all");
    pub(crate) const REGISTER_APPLICATIONS: Msg = Msg("web-register-applications");
    pub(crate) const REGISTER_NOT_CHECKED: Msg = Msg("web-register-not-checked");
    pub(crate) const REGISTER_AID: Msg = Msg("web-register-aid");
    pub(crate) const REGISTER_GENERAL: Msg = Msg("web-register-general");
    pub(crate) const REGISTER_SGEI: Msg = Msg("web-register-sgei");
    pub(crate) const REGISTER_COL_DATE: Msg = Msg("web-register-col-date");
    pub(crate) const REGISTER_COL_RECIPIENT: Msg = Msg("web-register-col-recipient");
    pub(crate) const REGISTER_COL_ORG: Msg = Msg("web-register-col-org");
    pub(crate) const REGISTER_COL_GRANTOR: Msg = Msg("web-register-col-grantor");
    pub(crate) const REGISTER_COL_AMOUNT: Msg = Msg("web-register-col-amount");
    pub(crate) const REGISTER_COL_REGULATION: Msg = Msg("web-register-col-regulation");
    pub(crate) const REGISTER_COL_REFERENCE: Msg = Msg("web-register-col-reference");
    pub(crate) const REGISTER_COL_NOTE: Msg = Msg("web-register-col-note");
    pub(crate) const REGISTER_GROUPS: Msg = Msg("web-register-groups");
    pub(crate) const REGISTER_GROUPS_INTRO: Msg = Msg("web-register-groups-intro");
    pub(crate) const REGISTER_ADD: Msg = Msg("web-register-add");
    pub(crate) const REGISTER_ADD_INTRO: Msg = Msg("web-register-add-intro");
    pub(crate) const REGISTER_ADD_MANY: Msg = Msg("web-register-add-many");
    pub(crate) const REGISTER_ORG_HINT: Msg = Msg("web-register-org-hint");
    pub(crate) const REGISTER_DATE_HINT: Msg = Msg("web-register-date-hint");
    pub(crate) const REGISTER_AMOUNT_LABEL: Msg = Msg("web-register-amount-label");
    pub(crate) const REGISTER_FORM_LABEL: Msg = Msg("web-register-form-label");
    pub(crate) const REGISTER_FORM_NONE: Msg = Msg("web-register-form-none");
    pub(crate) const REGISTER_YEARS_LABEL: Msg = Msg("web-register-years-label");
    pub(crate) const REGISTER_YEARS_HINT: Msg = Msg("web-register-years-hint");
    pub(crate) const REGISTER_REFERENCE_LABEL: Msg = Msg("web-register-reference-label");
    pub(crate) const REGISTER_WHY: Msg = Msg("web-register-why");
    pub(crate) const REGISTER_WHY_MISSING: Msg = Msg("web-register-why-missing");
    pub(crate) const REGISTER_SAVE: Msg = Msg("web-register-save");
    pub(crate) const REGISTER_ERRORS: Msg = Msg("web-register-errors");
    pub(crate) const REGISTER_SAVED: Msg = Msg("web-register-saved");
    /// The register's audit log columns (Swedish in every language, like the file's keys).
    pub(crate) const REGISTER_AUDIT_HEADER: [&str; 6] = [
        "tid",
        "vem",
        "organisationsnummer",
        "stöd",
        "underlag",
        "följd i förslaget",
    ];

    pub(crate) fn register_file(file: &str) -> String {
        crate::t!("web-register-file", file = file)
    }

    pub(crate) const REGISTER_NO_GROUP: Msg = Msg("web-register-no-group");
    pub(crate) const REGISTER_TO_FORM: Msg = Msg("web-register-to-form");

    pub(crate) fn register_lines(count: usize) -> String {
        crate::t!("web-register-lines", count = count)
    }

    pub(crate) fn register_missing(label: &str) -> String {
        crate::t!("web-register-missing", label = super::mid_sentence(label))
    }

    pub(crate) fn register_count(count: usize, total: Sek) -> String {
        crate::t!("web-register-count", count = count, total = total)
    }

    pub(crate) fn register_file_broken(file: &str) -> String {
        crate::t!("web-register-file-broken", file = file)
    }

    /// The comment above an entry in the register file (the file's language: Swedish).
    pub(crate) fn register_entered_comment(who: &str) -> String {
        let who: String = who.chars().filter(|c| !c.is_control()).collect();
        format!("Infört i webbgränssnittet av {who}")
    }

    pub(crate) fn register_now_ineligible(id: &str, reasons: &str) -> String {
        crate::t!("web-register-now-ineligible", id = id, reasons = reasons)
    }

    pub(crate) fn register_application_room(id: &str, lead: &str) -> String {
        crate::t!("web-register-application-room", id = id, lead = lead)
    }

    pub(crate) fn register_proposal_same(scenario: &str) -> String {
        crate::t!("web-register-proposal-same", scenario = scenario)
    }

    pub(crate) fn register_proposal_changed(scenario: &str, out: &str, came: &str) -> String {
        let out = if out.is_empty() { "none" } else { out };
        let came = if came.is_empty() { "none" } else { came };
        crate::t!(
            "web-register-proposal-changed",
            scenario = scenario,
            out = out,
            came = came
        )
    }
}

/// Spreadsheet exports: column headings and sheet names.
pub mod export {
    use crate::i18n::Msg;
    pub(crate) const OPEN_SOLE_TRADER: Msg = Msg("export-open-sole-trader");
    pub(crate) const OPEN_VOCABULARY_RUS: Msg = Msg("export-open-vocabulary-rus");
    pub(crate) const OPEN_VOCABULARY_SDG: Msg = Msg("export-open-vocabulary-sdg");
    pub(crate) const OPEN_NO_PREFIX: Msg = Msg("export-open-no-prefix");
    pub(crate) const OPEN_NO_FUNDER: Msg = Msg("export-open-no-funder");
    pub(crate) const OPEN_FORMAT: Msg = Msg("export-open-format");
    pub(crate) const JSON_ONLY_OPEN: Msg = Msg("export-json-only-open");
    pub(crate) const PABULIB_NEEDS_POT: Msg = Msg("export-pabulib-needs-pot");
    pub(crate) const DECIDED_ONLY_PABULIB: Msg = Msg("export-decided-only-pabulib");
    pub(crate) const YEAR_NEEDS_DECIDED: Msg = Msg("export-year-needs-decided");

    pub(crate) fn pabulib_decided_written(file: &str, count: usize, selected: usize) -> String {
        crate::t!(
            "export-pabulib-decided-written",
            file = file,
            count = count,
            selected = selected
        )
    }

    pub(crate) fn pabulib_written(file: &str, count: usize, selected: usize) -> String {
        crate::t!(
            "export-pabulib-written",
            file = file,
            count = count,
            selected = selected
        )
    }

    pub(crate) fn open_description(what: &str, places: &str) -> String {
        let places = if places.is_empty() { "none" } else { places };
        crate::t!("export-open-description", what = what, places = places)
    }

    pub(crate) fn pabulib_decided_description(pot: &str, year: i32, region: &str) -> String {
        crate::t!(
            "export-pabulib-decided-description",
            pot = pot,
            year = year,
            region = region
        )
    }

    pub(crate) fn pabulib_description(pot: &str, year: i32, scenario: &str) -> String {
        crate::t!(
            "export-pabulib-description",
            pot = pot,
            year = year,
            scenario = scenario
        )
    }

    pub(crate) fn open_undated(ids: &str) -> String {
        crate::t!("export-open-undated", ids = ids)
    }

    pub(crate) fn written_grants(file: &str, count: usize) -> String {
        crate::t!("export-written-grants", file = file, count = count)
    }
    pub(crate) const RANKING_SHEET: Msg = Msg("export-ranking-sheet");
    pub(crate) const PROPOSAL_SHEET: Msg = Msg("export-proposal-sheet");
    pub(crate) const POTS_SHEET: Msg = Msg("export-pots-sheet");
    pub(crate) const CHANGES_SHEET: Msg = Msg("export-changes-sheet");
    pub(crate) const MOVED_SHEET: Msg = Msg("export-moved-sheet");
    pub(crate) const RANK: Msg = Msg("export-rank");
    pub const ID: Msg = Msg("export-id");
    pub(crate) const TITLE: Msg = Msg("export-title");
    pub(crate) const APPLICANT: Msg = Msg("export-applicant");
    pub(crate) const ORG_NR: Msg = Msg("export-org-nr");
    pub(crate) const SUPPORT: Msg = Msg("export-support");
    pub(crate) const FORM: Msg = Msg("export-form");
    pub const MUNICIPALITIES: Msg = Msg("export-municipalities");
    pub(crate) const REQUESTED: Msg = Msg("export-requested");
    pub(crate) const SCORE: Msg = Msg("export-score");
    pub(crate) const ALIGNMENT: Msg = Msg("export-alignment");
    pub(crate) const AGENDA: Msg = Msg("export-agenda");
    pub(crate) const QUALITY: Msg = Msg("export-quality");
    pub(crate) const ELIGIBLE: Msg = Msg("export-eligible");
    pub(crate) const PROBLEMS: Msg = Msg("export-problems");
    pub(crate) const DECISION_BODY: Msg = Msg("export-decision-body");
    pub(crate) const PROPOSAL: Msg = Msg("export-proposal");
    pub(crate) const GRANTED: Msg = Msg("export-granted");
    pub(crate) const REASON: Msg = Msg("export-reason");
    pub(crate) const EXPLANATION: Msg = Msg("export-explanation");
    pub(crate) const BUDGET_NEEDED: Msg = Msg("export-budget-needed");
    pub(crate) const SCORE_NEEDED: Msg = Msg("export-score-needed");
    pub(crate) const POT: Msg = Msg("export-pot");
    pub(crate) const BUDGET: Msg = Msg("export-budget");
    pub(crate) const ALLOCATED: Msg = Msg("export-allocated");
    pub(crate) const DECIDED: Msg = Msg("export-decided");
    pub(crate) const REMAINING: Msg = Msg("export-remaining");
    pub(crate) const CHANGE: Msg = Msg("export-change");
    pub(crate) const DE_MINIMIS_SHEET: Msg = Msg("export-de-minimis-sheet");
    pub(crate) const RECIPIENT: Msg = Msg("export-recipient");
    pub(crate) const GRANT_DATE: Msg = Msg("export-grant-date");
    pub(crate) const AMOUNT: Msg = Msg("export-amount");
    pub(crate) const AMOUNT_EUR: Msg = Msg("export-amount-eur");
    pub(crate) const EUR_RATE: Msg = Msg("export-eur-rate");
    pub(crate) const GRANTOR: Msg = Msg("export-grantor");
    pub(crate) const REGULATION: Msg = Msg("export-regulation");
    pub(crate) const INSTRUMENT: Msg = Msg("export-instrument");
    pub(crate) const INSTRUMENT_GRANT: Msg = Msg("export-instrument-grant");
    pub(crate) const SECTOR: Msg = Msg("export-sector");
    /// The heading of a comparison's amount column: which scenario it is.
    pub(crate) fn amount_in(letter: &str, scenario: &str) -> String {
        crate::t!("export-amount-in", letter = letter, scenario = scenario)
    }
    pub(crate) const DIFFERENCE: Msg = Msg("export-difference");
    pub(crate) const DIMENSION: Msg = Msg("export-dimension");
    pub(crate) const WHAT: Msg = Msg("export-what");
    pub(crate) const ENTERED: Msg = Msg("export-entered");
    pub(crate) const LEFT: Msg = Msg("export-left");
    pub(crate) const CHANGED: Msg = Msg("export-changed");
    pub(crate) const YES: Msg = Msg("export-yes");
    pub(crate) const NO: Msg = Msg("export-no");

    pub fn written(path: &str, rows: usize) -> String {
        crate::t!("export-written", path = path, rows = rows)
    }

    pub(crate) const COMPARISON_NEEDS_WITH: Msg = Msg("export-comparison-needs-with");
    pub(crate) const CSV_ONE_SHEET: Msg = Msg("export-csv-one-sheet");
}

/// `anslag import`: spreadsheets in.
pub mod import {
    use crate::i18n::Msg;
    pub(crate) const NO_HEADER: Msg = Msg("import-no-header");
    pub(crate) const MAPPING_NOT_MAP: Msg = Msg("import-mapping-not-map");
    pub(crate) const MAPPING_NOT_TEXT: Msg = Msg("import-mapping-not-text");
    pub(crate) const PUBLIC_SOURCE: Msg = Msg("import-public-source");
    pub(crate) const PRIVATE_SOURCE: Msg = Msg("import-private-source");
    pub(crate) const AID_ALREADY_IN_REGISTER: Msg = Msg("import-aid-already-in-register");

    pub fn row(r: usize) -> String {
        crate::t!("import-row", r = r)
    }

    pub(crate) fn bad_csv(line: usize) -> String {
        crate::t!("import-bad-csv", line = line)
    }

    pub(crate) fn bad_xlsx(why: &str) -> String {
        crate::t!("import-bad-xlsx", why = why)
    }

    pub(crate) const NOT_XLSX: Msg = Msg("import-not-xlsx");
    pub(crate) const NO_SHEETS: Msg = Msg("import-no-sheets");
    pub(crate) const XLSX_MACROS: Msg = Msg("import-xlsx-macros");
    pub(crate) const XLSX_PASSWORD: Msg = Msg("import-xlsx-password");
    pub(crate) const XLSX_DAMAGED: Msg = Msg("import-xlsx-damaged");

    pub(crate) fn too_far(cell: &str, rows: usize, columns: usize) -> String {
        crate::t!(
            "import-too-far",
            cell = cell,
            rows = crate::i18n::whole(rows as u64),
            columns = columns
        )
    }

    pub(crate) fn no_sheet(name: &str, names: &[String]) -> String {
        crate::t!("import-no-sheet", name = name, names = names.join(", "))
    }

    pub(crate) fn unknown_field(key: &str, hint: crate::i18n::Text) -> String {
        crate::t!("import-unknown-field", key = key, hint = hint)
    }

    pub(crate) fn missing_column(wanted: &str, documented: &str) -> String {
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

    pub(crate) fn ignored_column(header: &str) -> String {
        crate::t!("import-ignored-column", header = header)
    }

    pub(crate) fn bad_rating(item: &str) -> String {
        crate::t!("import-bad-rating", item = item)
    }

    pub fn written(path: &str, n: usize) -> String {
        crate::t!("import-written", path = path, n = n)
    }

    pub(crate) fn skipped(n: usize, rows: &str) -> String {
        crate::t!("import-skipped", n = n, rows = rows)
    }

    pub(crate) fn nothing_written(errors: usize) -> String {
        crate::t!("import-nothing-written", errors = errors)
    }

    pub(crate) const REGISTER_ALONE: Msg = Msg("import-register-alone");

    pub(crate) fn nothing_written_register(errors: usize) -> String {
        crate::t!("import-nothing-written-register", errors = errors)
    }

    pub(crate) fn added_comment(source: &str) -> String {
        crate::t!("import-added-comment", source = source)
    }

    pub(crate) fn register_header_comment(source: &str) -> String {
        crate::t!("import-register-header-comment", source = source)
    }

    pub(crate) fn register_name(source: &str) -> String {
        crate::t!("import-register-name", source = source)
    }

    pub(crate) fn unknown_regulation(text: &str) -> String {
        crate::t!("import-unknown-regulation", text = text)
    }

    pub(crate) fn nothing_to_add(path: &str) -> String {
        crate::t!("import-nothing-to-add", path = path)
    }

    pub(crate) fn cannot_add(path: &str) -> String {
        crate::t!("import-cannot-add", path = path)
    }

    pub(crate) fn added(path: &str, n: usize) -> String {
        crate::t!("import-added", path = path, n = n)
    }

    pub(crate) fn written_register(path: &str, n: usize) -> String {
        crate::t!("import-written-register", path = path, n = n)
    }

    pub(crate) fn missing_register_column(wanted: &str) -> String {
        crate::t!("import-missing-register-column", wanted = wanted)
    }

    pub(crate) const UNKNOWN_EXTENSION: Msg = Msg("import-unknown-extension");

    /// The imported file's opening comment (written as comment lines by the YAML writer).
    pub(crate) fn header_comment(source: &str) -> String {
        crate::t!("import-header-comment", source = source)
    }
}

/// Recording a meeting's decisions (`anslag decide`, the page Beslut).
pub mod decide {
    use crate::i18n::{Msg, Text};
    use crate::money::Sek;

    pub(crate) const NO_BODY: Msg = Msg("decide-no-body");

    pub(crate) fn not_for_body(id: &str, body: &str) -> Text {
        crate::tt!("decide-not-for-body", id = id, body = body)
    }

    pub(crate) fn zero_amount(id: &str) -> Text {
        crate::tt!("decide-zero-amount", id = id)
    }

    pub(crate) fn above_requested(id: &str, requested: Sek) -> Text {
        crate::tt!("decide-above-requested", id = id, requested = requested)
    }

    pub(crate) fn not_whole(id: &str) -> Text {
        crate::tt!("decide-not-whole", id = id)
    }

    pub(crate) fn change_needs_reason(id: &str) -> Text {
        crate::tt!("decide-change-needs-reason", id = id)
    }

    pub(crate) fn nothing_to_decide(body: &str) -> Text {
        crate::tt!("decide-nothing-to-decide", body = body)
    }

    /// The reason of a rejection that follows the proposal: the proposal's own.
    pub(crate) fn not_proposed_reason(why: &str) -> String {
        crate::t!("decide-not-proposed-reason", why = why)
    }

    pub(crate) fn already_recorded(id: &str) -> Text {
        crate::tt!("decide-already-recorded", id = id)
    }

    /// ", RUN 2021/45 § 12" after a decision's day, or nothing without a case number.
    pub(crate) fn case_suffix(case_number: &str) -> String {
        if case_number.is_empty() {
            String::new()
        } else {
            format!(", {case_number}")
        }
    }

    /// A decision in the audit log's "what" column (`amount` for a grant).
    pub(crate) fn logged(amount: Option<Sek>, body: &str, date: &str, case_number: &str) -> String {
        let case = case_suffix(case_number);
        match amount {
            Some(amount) => crate::t!(
                "decide-logged-granted",
                amount = amount,
                body = body,
                date = date,
                case = case.as_str()
            ),
            None => crate::t!(
                "decide-logged-rejected",
                body = body,
                date = date,
                case = case.as_str()
            ),
        }
    }
}

/// The annual reports on decided money (`anslag report`, the pages under Rapporter).
pub mod report {
    use crate::i18n::{Msg, Text};
    use crate::money::Sek;

    pub(crate) fn villkor_title(year: i32) -> String {
        crate::t!("report-villkor-title", year = year)
    }

    pub(crate) fn villkor_intro(year: i32, region: &str) -> String {
        crate::t!("report-villkor-intro", year = year, region = region)
    }

    pub(crate) fn run_title(year: i32) -> String {
        crate::t!("report-run-title", year = year)
    }

    pub(crate) const RUN_INTRO: Msg = Msg("report-run-intro");

    pub(crate) fn summary(granted: usize, total: Sek, rejected: usize) -> String {
        crate::t!(
            "report-summary",
            granted = granted,
            total = total,
            rejected = rejected
        )
    }

    pub(crate) fn updated(date: &str) -> String {
        crate::t!("report-updated", date = date)
    }

    pub(crate) fn no_decisions(year: i32) -> String {
        crate::t!("report-no-decisions", year = year)
    }

    /// The years that have decisions, as a sentence (or that none has).
    pub(crate) fn known_years(years: &[i32]) -> String {
        if years.is_empty() {
            return Msg("report-no-years").to_string();
        }
        let list: Vec<String> = years.iter().map(i32::to_string).collect();
        crate::t!("report-known-years", years = list.join(", "))
    }

    pub(crate) fn bad_year(year: i32, known: &str) -> Text {
        crate::tt!("report-bad-year", year = year, known = known)
    }

    /// A year that is not a year ("tjugo").
    pub(crate) fn bad_year_text(text: &str, known: &str) -> String {
        crate::t!("report-bad-year-text", text = text, known = known)
    }

    pub(crate) const SHEET_POTS: Msg = Msg("report-sheet-pots");
    pub(crate) const SHEET_NATIONAL: Msg = Msg("report-sheet-national");
    pub(crate) const SHEET_AREAS: Msg = Msg("report-sheet-areas");
    pub(crate) const SHEET_PLACES: Msg = Msg("report-sheet-places");
    pub(crate) const SHEET_PAYMENTS: Msg = Msg("report-sheet-payments");
    pub(crate) const SHEET_AUTHORISATION: Msg = Msg("report-sheet-authorisation");
    pub(crate) const SHEET_GRANTS: Msg = Msg("report-sheet-grants");
    pub(crate) const SHEET_REJECTED: Msg = Msg("report-sheet-rejected");
    pub(crate) const SHEET_RUNNING: Msg = Msg("report-sheet-running");
    pub(crate) const SHEET_COUNTY: Msg = Msg("report-sheet-county");
    pub(crate) const COL_POPULATION: Msg = Msg("report-col-population");
    pub(crate) const COL_APPLIED_COUNT: Msg = Msg("report-col-applied-count");
    pub(crate) const COL_APPLIED: Msg = Msg("report-col-applied");
    pub(crate) const COL_GRANTED_COUNT: Msg = Msg("report-col-granted-count");
    pub(crate) const COL_GRANTED_SHARE: Msg = Msg("report-col-granted-share");

    pub(crate) fn county_title(year: i32) -> String {
        crate::t!("report-county-title", year = year)
    }

    pub(crate) const COUNTY_INTRO: Msg = Msg("report-county-intro");

    pub(crate) fn county_gini(gini: &str) -> String {
        crate::t!("report-county-gini", gini = gini)
    }

    pub(crate) fn county_spread(most: &str, most_kr: &str, least: &str, least_kr: &str) -> String {
        crate::t!(
            "report-county-spread",
            most = most,
            most_kr = most_kr,
            least = least,
            least_kr = least_kr
        )
    }

    pub(crate) fn county_ratio(ratio: &str) -> String {
        crate::t!("report-county-ratio", ratio = ratio)
    }

    pub(crate) fn county_most(most: &str, most_kr: &str) -> String {
        crate::t!("report-county-most", most = most, most_kr = most_kr)
    }

    /// The municipalities that got nothing, in a sentence.
    pub(crate) fn county_nothing(names: &[String]) -> String {
        let names: Vec<crate::i18n::Text> = names
            .iter()
            .map(|n| crate::i18n::Text::Plain(n.clone()))
            .collect();
        crate::t!(
            "report-county-nothing",
            count = names.len(),
            names = crate::i18n::Text::And(names)
        )
    }
    pub(crate) const COUNTY_NO_SPREAD: Msg = Msg("report-county-no-spread");
    pub(crate) const COUNTY_NOTE: Msg = Msg("report-county-note");
    pub(crate) const COL_COUNT: Msg = Msg("report-col-count");
    pub(crate) const COL_GRANTED: Msg = Msg("report-col-granted");
    pub(crate) const COL_LEFT: Msg = Msg("report-col-left");
    pub(crate) const COL_NATIONAL: Msg = Msg("report-col-national");
    pub(crate) const COL_AREA: Msg = Msg("report-col-area");
    pub(crate) const COL_SHARE: Msg = Msg("report-col-share");
    pub(crate) const COL_CODE: Msg = Msg("report-col-code");
    pub(crate) const COL_PER_INHABITANT: Msg = Msg("report-col-per-inhabitant");
    pub(crate) const COL_YEAR: Msg = Msg("report-col-year");
    pub(crate) const COL_THIS_YEAR: Msg = Msg("report-col-this-year");
    pub(crate) const COL_EARLIER: Msg = Msg("report-col-earlier");
    pub(crate) const COL_SUM: Msg = Msg("report-col-sum");
    pub(crate) const COL_WHAT: Msg = Msg("report-col-what");
    pub(crate) const COL_AMOUNT: Msg = Msg("report-col-amount");
    pub(crate) const COL_DECISION_DATE: Msg = Msg("report-col-decision-date");
    pub(crate) const COL_BODY: Msg = Msg("report-col-body");
    pub(crate) const COL_CASE: Msg = Msg("report-col-case");
    pub(crate) const COL_STATUS: Msg = Msg("report-col-status");
    pub(crate) const COL_YEARS: Msg = Msg("report-col-years");
    pub(crate) const COL_LAST_YEAR: Msg = Msg("report-col-last-year");
    pub(crate) const NO_FORM: Msg = Msg("report-no-form");
    pub(crate) const TOTAL: Msg = Msg("report-total");

    pub(crate) fn pot_total(pot: &str) -> String {
        crate::t!("report-pot-total", pot = pot)
    }

    pub(crate) const AUTH_CEILING: Msg = Msg("report-auth-ceiling");
    pub(crate) const AUTH_THIS_YEAR: Msg = Msg("report-auth-this-year");
    pub(crate) const AUTH_EARLIER: Msg = Msg("report-auth-earlier");
    pub(crate) const AUTH_USED: Msg = Msg("report-auth-used");
    pub(crate) const AUTH_LEFT: Msg = Msg("report-auth-left");

    pub(crate) fn auth_no_ceiling(year: i32) -> String {
        crate::t!("report-auth-no-ceiling", year = year)
    }

    pub(crate) fn population(source: &str, date: &str) -> String {
        crate::t!("report-population", source = source, date = date)
    }

    pub(crate) const SPLIT_NOTE: Msg = Msg("report-split-note");
    pub(crate) const PAYMENTS_NOTE: Msg = Msg("report-payments-note");

    pub(crate) fn written(file: &str, sheets: usize) -> String {
        crate::t!("report-written", file = file, sheets = sheets)
    }

    pub(crate) const PRESENTATIONS: Msg = Msg("report-presentations");
    pub(crate) const PURPOSE: Msg = Msg("report-presentation-purpose");
    pub(crate) const MONEY: Msg = Msg("report-presentation-money");
    pub(crate) const STRATEGY: Msg = Msg("report-presentation-strategy");
    pub(crate) const AGENDA: Msg = Msg("report-presentation-agenda");
    pub(crate) const DECISION: Msg = Msg("report-presentation-decision");
    pub(crate) const NO_DESCRIPTION: Msg = Msg("report-presentation-no-description");
    pub(crate) const NO_LINKS: Msg = Msg("report-presentation-no-links");
    pub(crate) const NO_GOALS: Msg = Msg("report-presentation-no-goals");

    pub(crate) fn goal_rating(goal: &str, rating: u8) -> String {
        crate::t!("report-goal-rating", goal = goal, rating = rating)
    }

    pub(crate) const XLSX_NEEDS_VILLKOR: Msg = Msg("report-xlsx-needs-villkor");
}
