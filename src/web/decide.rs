//! Recording a meeting's decisions: the proposal for a body's applications as the starting
//! point, the changes the body made (each with its reason), checked as loading will check
//! them and written to the decisions file beside the applications (`files::decisions`), with
//! a line per decision in its audit log. Shared by `anslag decide` and the page Beslut (it
//! lives with the web's other saved edits, `assess`, whose version token and log it uses).

use std::collections::BTreeMap;

use crate::date::Date;
use crate::files::decisions::{self, Record};
use crate::i18n::Text;
use crate::money::Sek;
use crate::optimise::Allocation;
use crate::portfolio::Portfolio;
use crate::text::decide as msg;

/// The meeting: when, which body, and its diarienummer or paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub date: Date,
    pub body: String,
    pub case_number: String,
}

/// What the proposal says of one application a body decides.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposed {
    pub app: usize,
    /// The amount proposed (zero: not proposed).
    pub amount: Sek,
    /// Why it is not proposed (empty when it is).
    pub why: String,
}

/// The bodies that decide some candidate of the proposal, in the rules' order of pots, then
/// delegation.
pub fn bodies(p: &Portfolio, a: &Allocation) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for body in proposed_all(p, a).into_iter().map(|(body, _)| body) {
        if !out.contains(&body) {
            out.push(body);
        }
    }
    out
}

/// Every candidate with the body that decides it, in ranking order.
fn proposed_all(p: &Portfolio, a: &Allocation) -> Vec<(String, Proposed)> {
    let mut out: Vec<(usize, String, Proposed)> = Vec::new();
    for f in &a.funded {
        out.push((
            f.app,
            f.decision_body.clone(),
            Proposed {
                app: f.app,
                amount: f.amount,
                why: String::new(),
            },
        ));
    }
    // A form paid from national funds is not the region's 1:1 money: it is decided beside the
    // proposal and never recorded here (nor counted in the reports).
    for n in a
        .not_funded
        .iter()
        .filter(|n| n.reason != crate::optimise::Reason::PaidNationally)
    {
        out.push((
            n.app,
            p.assessments[n.app].decision_body.clone(),
            Proposed {
                app: n.app,
                amount: Sek::ZERO,
                why: n.explanation.to_string(),
            },
        ));
    }
    let rank: BTreeMap<&str, usize> = crate::ranking::rank(p)
        .into_iter()
        .map(|r| (r.app.id.as_str(), r.rank))
        .collect();
    out.sort_by_key(|(app, _, _)| {
        rank.get(p.applications[*app].id.as_str())
            .copied()
            .unwrap_or(usize::MAX)
    });
    out.into_iter().map(|(_, b, x)| (b, x)).collect()
}

/// The candidates `body` decides, in ranking order, with what the proposal says.
pub fn proposed(p: &Portfolio, a: &Allocation, body: &str) -> Vec<Proposed> {
    proposed_all(p, a)
        .into_iter()
        .filter(|(b, _)| b == body)
        .map(|(_, x)| x)
        .collect()
}

/// One application's decision as a form or a command gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    pub granted: bool,
    /// Granted only (zero when rejected).
    pub amount: Sek,
    pub reason: String,
}

/// Which part of a decision a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Decision,
    Amount,
    Reason,
}

/// A problem with one application's decision (`id` and the field) or with the meeting
/// (`None`).
pub type Problem = (Option<(String, Field)>, Text);

/// The records of a meeting: for each application the body decides, the choice made (or the
/// proposal where none is given), checked — a grant of more than zero and at most what is
/// applied for, a reason for a rejection and for every change from the proposal (a rejection
/// that follows the proposal takes the proposal's reason).
pub fn records(
    p: &Portfolio,
    proposed: &[Proposed],
    meeting: &Meeting,
    choices: &[Choice],
) -> Result<BTreeMap<String, Record>, Vec<Problem>> {
    let mut problems: Vec<Problem> = Vec::new();
    for c in choices {
        if !proposed.iter().any(|x| p.applications[x.app].id == c.id) {
            problems.push((
                Some((c.id.clone(), Field::Decision)),
                msg::not_for_body(&c.id, &meeting.body),
            ));
        }
    }
    if meeting.body.trim().is_empty() {
        problems.push((None, msg::NO_BODY.into()));
    }
    let mut out = BTreeMap::new();
    for x in proposed {
        let app = &p.applications[x.app];
        let choice = choices.iter().find(|c| c.id == app.id);
        let (granted, amount, reason) = match choice {
            Some(c) => (c.granted, c.amount, c.reason.trim().to_string()),
            None => (!x.amount.is_zero(), x.amount, String::new()),
        };
        let at = |field: Field| Some((app.id.clone(), field));
        if granted && (amount.is_zero() || amount < Sek::ZERO) {
            problems.push((at(Field::Amount), msg::zero_amount(&app.id)));
        }
        if granted && amount > app.requested {
            problems.push((
                at(Field::Amount),
                msg::above_requested(&app.id, app.requested),
            ));
        }
        if granted && !amount.is_whole() {
            problems.push((at(Field::Amount), msg::not_whole(&app.id)));
        }
        let mut record = Record {
            granted,
            date: meeting.date,
            body: meeting.body.trim().to_string(),
            case_number: meeting.case_number.trim().to_string(),
            amount: granted.then_some(amount),
            proposed: Some(x.amount),
            reason,
        };
        if record.reason.is_empty() {
            if record.departs() {
                problems.push((at(Field::Reason), msg::change_needs_reason(&app.id)));
            } else if !granted {
                // A rejection that follows the proposal takes the proposal's reason.
                record.reason = msg::not_proposed_reason(&x.why);
            }
        }
        out.insert(app.id.clone(), record);
    }
    if out.is_empty() && problems.is_empty() {
        problems.push((None, msg::nothing_to_decide(&meeting.body)));
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// What a save did: the records written, their totals and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub granted: usize,
    pub granted_amount: Sek,
    pub rejected: usize,
    pub changed: usize,
    pub file: std::path::PathBuf,
}

/// Why a save did not happen.
#[derive(Debug)]
pub enum Refused {
    /// The file changed since the page was read (its version token differs).
    Conflict,
    /// What the records would break, in words.
    Invalid(Vec<String>),
    Io(String),
}

/// Writes `new` into the decisions file of `p`'s applications: read again (the caller holds
/// the edit lock), checked against `version` when given, refused if it names an application
/// already decided there, checked as loading will check it in every portfolio of `check`
/// (which read the same applications), a line per decision in the audit log first, then the
/// file written atomically with the previous version kept.
pub fn save(
    p: &Portfolio,
    check: &[&Portfolio],
    new: &BTreeMap<String, Record>,
    who: &str,
    version: Option<&str>,
) -> Result<Saved, Refused> {
    let file = decisions::path(&p.scenario.sources.applications);
    let bytes = crate::web::assess::current(&file).map_err(|e| Refused::Io(e.to_string()))?;
    if version.is_some_and(|v| v != crate::web::assess::token(&bytes)) {
        return Err(Refused::Conflict);
    }
    let mut all = decisions::records(&bytes, &file).map_err(|d| {
        Refused::Invalid(
            d.into_sorted()
                .into_iter()
                .filter(|x| x.is_error())
                .map(|x| x.to_string())
                .collect(),
        )
    })?;
    let mut problems: Vec<String> = Vec::new();
    for id in new.keys() {
        if all.contains_key(id) {
            problems.push(msg::already_recorded(id).to_string());
        }
    }
    // The new records alone, applied to the applications as loaded (with the file's earlier
    // decisions already applied): what loading the whole file will do.
    let scenarios: Vec<&Portfolio> = std::iter::once(p).chain(check.iter().copied()).collect();
    let (found, _) = crate::web::assess::judged(
        &scenarios,
        &file,
        &decisions::write(new),
        |root, q, apps, d| decisions::apply(root, &q.rules, apps, d),
    );
    for m in found {
        if !problems.contains(&m) {
            problems.push(m);
        }
    }
    if !problems.is_empty() {
        return Err(Refused::Invalid(problems));
    }
    let mut saved = Saved {
        granted: 0,
        granted_amount: Sek::ZERO,
        rejected: 0,
        changed: 0,
        file: file.clone(),
    };
    for (id, r) in new {
        let what = msg::logged(
            r.amount.filter(|_| r.granted),
            &r.body,
            &r.date.to_string(),
            &r.case_number,
        );
        crate::web::assess::audit(&file, who, id, &what, &r.reason, "")
            .map_err(|e| Refused::Io(e.to_string()))?;
        if r.granted {
            saved.granted += 1;
            saved.granted_amount += r.amount.unwrap_or_default();
        } else {
            saved.rejected += 1;
        }
        if r.departs() {
            saved.changed += 1;
        }
        all.insert(id.clone(), r.clone());
    }
    let text = decisions::write(&all);
    crate::files::write::keeping_previous(&file, text.as_bytes())
        .map_err(|e| Refused::Io(e.to_string()))?;
    Ok(saved)
}
