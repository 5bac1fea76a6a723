//! `ansokningar.beslut.yaml`: the decisions recorded in anslag after a meeting (the page
//! Beslut or `anslag decide`), in a file of their own beside the applications, which is never
//! rewritten. Each entry is one application's decision: granted (amount, date, body,
//! diarienummer) or rejected (with a reason), with what the proposal said when it was recorded
//! and why the decision departs from it.
//!
//! Applied on load after the assessments overlay: the application's status becomes
//! *beviljad* or *avslagen*, its decision date the decision's, and a granted amount is split
//! over the application's years in proportion (multiplied before divided, the remainder in the
//! last year). A granted application is then a commitment of its later years in every scenario,
//! and no longer a candidate.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::application::{Application, Decision, Status, split_years};
use crate::date::Date;
use crate::files::decode::{Fields, Spanned};
use crate::files::yaml::{Kind, Node, quoted, scalar};
use crate::money::Sek;
use crate::problem::{Diag, suggestion};
use crate::rules::Rulebook;
use crate::text::files as msg;

const KEYS: &[&str] = &[
    "id",
    "decision",
    "date",
    "body",
    "case_number",
    "amount",
    "proposed",
    "reason",
];

/// The words a decision is written with in the file.
pub(crate) const GRANTED: &str = "beviljad";
pub(crate) const REJECTED: &str = "avslagen";

/// The decisions file beside an applications file (`ansokningar.yaml` →
/// `ansokningar.beslut.yaml`).
pub(crate) fn path(applications: &Path) -> PathBuf {
    crate::files::applications::beside(applications, "beslut")
}

/// One decision as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Record {
    pub granted: bool,
    pub date: Date,
    pub body: String,
    pub case_number: String,
    /// Granted only.
    pub amount: Option<Sek>,
    /// What the proposal said (zero: not proposed).
    pub proposed: Option<Sek>,
    pub reason: String,
}

impl Record {
    /// Whether the decision departs from the proposal it was recorded against.
    pub(crate) fn departs(&self) -> bool {
        match self.proposed {
            None => false,
            Some(p) => self.amount.unwrap_or_default() != p,
        }
    }
}

/// The file's text, read back by [`records`] and [`apply`].
pub(crate) fn write(records: &BTreeMap<String, Record>) -> String {
    let mut out = String::from(crate::text::web::DECISIONS_HEADER);
    for (id, r) in records {
        out.push_str(&format!("- id: {}\n", quoted(id)));
        let word = if r.granted { GRANTED } else { REJECTED };
        out.push_str(&format!("  decision: {word}\n"));
        out.push_str(&format!("  date: {}\n", r.date));
        out.push_str(&format!("  body: {}\n", quoted(&r.body)));
        if !r.case_number.is_empty() {
            out.push_str(&format!("  case_number: {}\n", quoted(&r.case_number)));
        }
        // Whole kronor grouped as the applications file writes them, in any language.
        let kronor = |a: Sek| quoted(&crate::money::group_swedish(a.decimal(), 0));
        if let Some(a) = r.amount {
            out.push_str(&format!("  amount: {}\n", kronor(a)));
        }
        if let Some(p) = r.proposed {
            out.push_str(&format!("  proposed: {}\n", kronor(p)));
        }
        if !r.reason.is_empty() {
            out.push_str(&format!("  reason: {}\n", scalar(&r.reason)));
        }
    }
    out
}

/// The records of a file's bytes by id, for rewriting it with one meeting more: only entries
/// that read cleanly (the loader reports the rest, and a file with errors is not written to).
pub(crate) fn records(bytes: &[u8], file: &Path) -> Result<BTreeMap<String, Record>, Diag> {
    let mut d = Diag::new();
    let mut out = BTreeMap::new();
    let text = String::from_utf8_lossy(bytes);
    let name: std::sync::Arc<str> = std::sync::Arc::from(file.display().to_string().as_str());
    let root = crate::files::parse_yaml(&text, &name, &mut d);
    if let Some(root) = root {
        for (id, record, _) in read(&root, &mut d) {
            out.insert(id, record);
        }
    }
    if d.has_errors() { Err(d) } else { Ok(out) }
}

/// The entries of a decisions file with their place, shape checked (not yet against the
/// applications).
fn read(root: &Node, d: &mut Diag) -> Vec<(String, Record, Node)> {
    let items = match &root.kind {
        Kind::Seq(items) => items.as_slice(),
        Kind::Null => &[],
        _ => {
            d.error(
                &root.loc,
                "",
                msg::expected("", msg::EXPECT_DECISION_LIST, root.describe()),
            );
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    let mut seen: BTreeMap<String, crate::problem::Loc> = BTreeMap::new();
    for item in items {
        let Some(f) = Fields::open(item, "", KEYS, d) else {
            continue;
        };
        let Some(id): Option<String> = f.req("id", d) else {
            continue;
        };
        if let Some(first) = seen.get(&id) {
            d.error(f.loc(), "id", msg::duplicate_id(&id, first));
            continue;
        }
        seen.insert(id.clone(), f.loc().clone());
        let record = d.within(msg::application_context(&id), |d| read_record(&f, d));
        if let Some(r) = record {
            out.push((id, r, item.clone()));
        }
    }
    out
}

fn read_record(f: &Fields<'_>, d: &mut Diag) -> Option<Record> {
    let granted = f.node("decision").and_then(|n| {
        crate::files::decode::choice(n, "decision", &[(GRANTED, true), (REJECTED, false)], d)
    });
    if f.node("decision").is_none() {
        d.error(f.loc(), "decision", msg::missing_key("decision"));
    }
    let date: Option<Spanned<Date>> = f.req("date", d);
    let body: Option<Spanned<String>> = f.req("body", d);
    let case_number: String = f.opt("case_number", d).unwrap_or_default();
    let amount: Option<Spanned<Sek>> = f.opt("amount", d);
    let proposed: Option<Spanned<Sek>> = f.opt("proposed", d);
    let reason: String = f
        .opt::<String>("reason", d)
        .map(|r| r.trim().to_string())
        .unwrap_or_default();
    if let Some(body) = &body
        && body.value.trim().is_empty()
    {
        d.error(&body.loc, "body", msg::missing_key("body"));
    }
    for a in [&amount, &proposed].into_iter().flatten() {
        if !a.value.is_whole() {
            d.error(&a.loc, "amount", msg::NOT_WHOLE_KRONOR);
        }
    }
    let granted = granted?;
    match (&amount, granted) {
        (None, true) => d.error(f.loc(), "amount", msg::DECISION_NEEDS_AMOUNT),
        (Some(a), true) if a.value.is_zero() || a.value < Sek::ZERO => {
            d.error(&a.loc, "amount", msg::DECISION_ZERO_AMOUNT);
        }
        (Some(a), false) if !a.value.is_zero() => {
            d.error(&a.loc, "amount", msg::DECISION_REJECTED_AMOUNT);
        }
        _ => {}
    }
    if let Some(date) = &date
        && date.value.is_weekend()
    {
        d.warning(
            &date.loc,
            "date",
            msg::weekend_decision(&date.value.to_string()),
        );
    }
    let record = Record {
        granted,
        date: date?.value,
        body: body?.value.trim().to_string(),
        case_number: case_number.trim().to_string(),
        amount: if granted {
            amount.map(|a| a.value)
        } else {
            None
        },
        proposed: proposed.map(|p| p.value),
        reason,
    };
    if record.reason.is_empty() {
        if !granted {
            d.error(f.loc(), "reason", msg::DECISION_REJECTED_NEEDS_REASON);
        } else if record.departs() {
            d.error(
                f.loc(),
                "reason",
                msg::decision_departs_needs_reason(
                    record.amount.unwrap_or_default(),
                    record.proposed.unwrap_or_default(),
                ),
            );
        }
    }
    Some(record)
}

/// Applies a decisions file to the applications: each decision sets its application's status,
/// decision date and (granted) years, checked against the application (known, not decided in
/// the applications file, not more than it asks for) and the rules in force that day (a body
/// they name).
pub(crate) fn apply(root: &Node, rules: &Rulebook, apps: &mut [Application], d: &mut Diag) {
    for (id, r, item) in read(root, d) {
        let Some(pos) = apps.iter().position(|a| a.id == id) else {
            let hint = suggestion(&id, apps.iter().map(|a| a.id.as_str()));
            d.error(&item.loc, "id", msg::unknown_application(&id, hint));
            continue;
        };
        let app = &mut apps[pos];
        let at = |key: &str| item.get(key).map_or(&item.loc, |n| &n.loc);
        d.within(msg::application_context(&id), |d| {
            if !(app.status.is_candidate() || app.status == Status::Intresseanmalan) {
                d.error(at("id"), "id", msg::decided_in_file(&id, app.status.name()));
                return;
            }
            let bodies: BTreeSet<&str> = rules
                .at(r.date)
                .map(|set| {
                    set.decision
                        .bodies
                        .values()
                        .map(String::as_str)
                        .chain([set.decision.delegation.as_str()])
                        .collect()
                })
                .unwrap_or_default();
            if !bodies.is_empty() && !bodies.contains(r.body.as_str()) {
                let names: Vec<&str> = bodies.iter().copied().collect();
                d.error(at("body"), "body", msg::unknown_body(&r.body, &names));
                return;
            }
            if let Some(amount) = r.amount
                && amount > app.requested
            {
                d.error(
                    at("amount"),
                    "amount",
                    msg::granted_above_requested(amount, app.requested),
                );
                return;
            }
            let amount = r.amount.unwrap_or_default();
            app.status = if r.granted {
                Status::Beviljad
            } else {
                Status::Avslagen
            };
            app.decision_date = Some(r.date);
            if r.granted {
                app.years = split_years(&app.years, app.requested, amount);
            }
            app.decision = Some(Decision {
                granted: r.granted,
                date: r.date,
                body: r.body.clone(),
                case_number: r.case_number.clone(),
                amount,
                proposed: r.proposed,
                reason: r.reason.clone(),
            });
        });
    }
}

#[cfg(test)]
mod tests {
    use super::{Record, records, write};
    use crate::date::Date;
    use crate::money::Sek;
    use std::collections::BTreeMap;
    use std::path::Path;

    /// The writer and the reader agree, for text that would end a YAML string or start a
    /// comment as well.
    #[test]
    fn the_decisions_file_reads_back_what_it_writes() {
        let mut all = BTreeMap::new();
        all.insert(
            "2021-0001".to_string(),
            Record {
                granted: true,
                date: Date::new(2021, 3, 18).expect("date"),
                body: "Regionstyrelsen".to_string(),
                case_number: "RS 2021/12 § 4".to_string(),
                amount: Some(Sek::kr(3_500_000)),
                proposed: Some(Sek::kr(4_500_000)),
                reason: "Styrelsen: \"en del\" # inte allt\nandra raden".to_string(),
            },
        );
        all.insert(
            "ett \"konstigt\" id: # med\\".to_string(),
            Record {
                granted: false,
                date: Date::new(2021, 3, 19).expect("date"),
                body: "Delegation".to_string(),
                case_number: String::new(),
                amount: None,
                proposed: None,
                reason: "Avslås: utanför riktlinjen".to_string(),
            },
        );
        let text = write(&all);
        let back = records(text.as_bytes(), Path::new("x.beslut.yaml")).expect(&text);
        assert_eq!(back, all, "{text}");
        assert!(records(b"", Path::new("x.yaml")).expect("empty").is_empty());
    }
}
