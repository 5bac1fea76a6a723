//! `anslag decide`: records a meeting's decisions — the proposal for the body's applications,
//! with the changes the body made, each with its reason — in the decisions file beside the
//! applications (`ansokningar.beslut.yaml`), with a line per decision in its audit log.

use std::path::PathBuf;

use crate::cli::Format;
use crate::cli::app::{Failure, load};
use crate::date::Date;
use crate::money::Sek;
use crate::text::cli as msg;
use crate::web::decide::{self, Choice, Meeting, Refused};

/// `anslag decide`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    pub scenario: Option<PathBuf>,
    #[arg(long)]
    pub body: Option<String>,
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long, default_value = "")]
    pub case_number: String,
    #[arg(long)]
    pub grant: Vec<String>,
    #[arg(long)]
    pub reject: Vec<String>,
    #[arg(long)]
    pub reason: Vec<String>,
    #[arg(long)]
    pub who: Option<String>,
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `anslag decide`.
pub fn run(args: Args) -> Result<String, Failure> {
    let p = load(args.scenario.clone(), Format::Table)?;
    let allocation = crate::optimise::optimise(&p, &crate::web::state::quick_settings());
    let bodies = decide::bodies(&p, &allocation);
    let Some(given) = args.body.as_deref() else {
        return Err(Failure::usage(msg::decide_which_body(&bodies.join(", "))));
    };
    let Some(body) = bodies
        .iter()
        .find(|b| b.to_lowercase() == given.trim().to_lowercase())
    else {
        return Err(Failure::usage(msg::decide_unknown_body(
            given,
            &bodies.join(", "),
        )));
    };
    let Some(date) = args.date.as_deref() else {
        return Err(Failure::usage(msg::DECIDE_NEEDS_DATE.to_string()));
    };
    let Ok(date) = date.trim().parse::<Date>() else {
        return Err(Failure::usage(msg::decide_bad_date(date)));
    };
    let meeting = Meeting {
        date,
        body: body.clone(),
        case_number: args.case_number.clone(),
    };
    let choices = choices(&args, &p)?;
    let proposed = decide::proposed(&p, &allocation, body);
    let records = decide::records(&p, &proposed, &meeting, &choices).map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(|(_, m)| m.to_string()).collect();
        Failure::message(lines.join("\n"))
    })?;
    let rows: Vec<Vec<String>> = proposed
        .iter()
        .filter_map(|x| {
            let app = &p.applications[x.app];
            let r = records.get(&app.id)?;
            Some(vec![
                app.id.clone(),
                crate::cli::cut(&app.title, 40),
                if x.amount.is_zero() {
                    msg::DECIDE_NOT_PROPOSED.to_string()
                } else {
                    x.amount.to_kr_string()
                },
                if r.granted {
                    msg::DECIDE_GRANTED.to_string()
                } else {
                    msg::DECIDE_REJECTED.to_string()
                },
                r.amount.map(Sek::to_kr_string).unwrap_or_default(),
                if r.departs() {
                    r.reason.clone()
                } else {
                    String::new()
                },
            ])
        })
        .collect();
    use crate::cli::Align::{Left, Right};
    let headers = [
        msg::DECIDE_COL_ID.text(),
        msg::DECIDE_COL_TITLE.text(),
        msg::DECIDE_COL_PROPOSED.text(),
        msg::DECIDE_COL_DECISION.text(),
        msg::DECIDE_COL_AMOUNT.text(),
        msg::DECIDE_COL_CHANGE.text(),
    ];
    let mut out = crate::cli::table(&headers, &[Left, Left, Right, Left, Right, Left], &rows);
    if args.dry_run {
        out.push_str(&msg::decide_dry_run(
            &meeting.body,
            &meeting.date.to_string(),
        ));
        out.push('\n');
        return Ok(out);
    }
    let who = args
        .who
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .filter(|w| !w.trim().is_empty())
        .unwrap_or_else(|| msg::DECIDE_COMMAND_LINE.to_string());
    match decide::save(&p, &[], &records, &who, None) {
        Ok(saved) => {
            out.push_str(&msg::decide_saved(
                saved.granted,
                saved.granted_amount,
                saved.rejected,
                saved.changed,
                &crate::files::tidy(&saved.file).display().to_string(),
            ));
            out.push('\n');
            Ok(out)
        }
        Err(Refused::Invalid(problems)) => Err(Failure::message(format!(
            "{}\n{}",
            msg::DECIDE_NOTHING_WRITTEN,
            problems.join("\n")
        ))),
        Err(Refused::Conflict) => Err(Failure::message(msg::DECIDE_NOTHING_WRITTEN.to_string())),
        Err(Refused::Io(e)) => Err(Failure::message(e)),
    }
}

/// The changes given: `--grant ID[=BELOPP]`, `--reject ID`, `--reason ID=TEXT`.
fn choices(args: &Args, p: &crate::portfolio::Portfolio) -> Result<Vec<Choice>, Failure> {
    let mut reasons: Vec<(String, String)> = Vec::new();
    for r in &args.reason {
        let Some((id, text)) = r.split_once('=') else {
            return Err(Failure::usage(msg::decide_bad_reason(r)));
        };
        reasons.push((id.trim().to_string(), text.trim().to_string()));
    }
    let reason_of = |id: &str| {
        reasons
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    let mut out: Vec<Choice> = Vec::new();
    for g in &args.grant {
        let (id, amount) = match g.split_once('=') {
            Some((id, amount)) => {
                let Ok(amount) = amount.trim().parse::<Sek>() else {
                    return Err(Failure::usage(msg::decide_bad_amount(amount)));
                };
                (id.trim().to_string(), Some(amount))
            }
            None => (g.trim().to_string(), None),
        };
        // Without an amount, what is applied for.
        let requested = p.application(&id).map(|(a, _)| a.requested);
        out.push(Choice {
            reason: reason_of(&id),
            id,
            granted: true,
            amount: amount.or(requested).unwrap_or(Sek::ZERO),
        });
    }
    for r in &args.reject {
        let id = r.trim().to_string();
        out.push(Choice {
            reason: reason_of(&id),
            id,
            granted: false,
            amount: Sek::ZERO,
        });
    }
    for (id, _) in &reasons {
        if !out.iter().any(|c| c.id == *id) {
            return Err(Failure::usage(msg::decide_reason_without_change(id)));
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for c in &out {
        if seen.contains(&c.id.as_str()) {
            return Err(Failure::usage(msg::decide_twice(&c.id)));
        }
        seen.push(&c.id);
    }
    Ok(out)
}
