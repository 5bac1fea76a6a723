//! `anslag explain ID`: one application's score traced to the strategy documents, the rules it
//! passes and breaks, and who decides.

use std::path::PathBuf;

use serde::Serialize;

use crate::application::Application;
use crate::cli::app::{Failure, load};
use crate::cli::{Format, round};
use crate::optimise::{Allocation, Funded, NotFunded, Reason};
use crate::portfolio::{Assessment, Portfolio};
use crate::ranking::{Explanation, explain, rank};
use crate::rules::Breach;
use crate::text::cli as msg;

/// `anslag explain`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    pub id: String,
    #[arg(long)]
    pub scenario: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Table, help = crate::text::cli::FORMAT_HELP.text())]
    pub format: Format,
}

/// Runs `anslag explain`.
pub fn run(args: Args) -> Result<String, Failure> {
    let Args {
        id,
        scenario,
        format,
    } = args;
    let p = load(scenario, format)?;
    let Some((app, assessment)) = p.application(&id) else {
        let hint = crate::problem::suggestion(&id, p.ids());
        return Err(Failure::message(crate::text::cli::unknown_application(
            &id, hint,
        )));
    };
    let index = p.applications.iter().position(|a| a.id == app.id);
    let settings = crate::optimise::Settings {
        focus: index,
        ..Default::default()
    };
    let allocation = crate::optimise::optimise(&p, &settings);
    crate::cli::explain::render(&p, app, assessment, Some(&allocation), format)
        .map_err(Failure::message)
}

#[derive(Serialize)]
struct ExplainJson<'a> {
    scenario: &'a str,
    id: &'a str,
    title: &'a str,
    support: &'static str,
    form: Option<&'static str>,
    status: &'static str,
    requested: String,
    score: f64,
    rank: Option<usize>,
    explanation: &'a Explanation,
    eligible: bool,
    problems: &'a [Breach],
    unchecked: &'a [crate::i18n::Text],
    manual_checks: &'a [crate::rules::ManualCheck],
    /// The de minimis count, where the form is given as de minimis.
    #[serde(skip_serializing_if = "Option::is_none")]
    de_minimis: Option<DeMinimisJson>,
    rules_period: &'a str,
    rules_date: String,
    decision_body: &'a str,
    /// The optimiser's part: funded or not, why, and what would change it.
    #[serde(skip_serializing_if = "Option::is_none")]
    funding: Option<FundingJson<'a>>,
}

#[derive(Serialize)]
struct DeMinimisJson {
    regulation: crate::deminimis::Regulation,
    window_from: String,
    window_to: String,
    ceiling_eur: f64,
    ceiling: String,
    road_freight: bool,
    received: String,
    declared: String,
    room: String,
    /// The SGEI ceiling in kronor where it, not the regulation's own, leaves the least room.
    sgei_cap: Option<String>,
    undertaking: Option<String>,
    counted: Vec<AidJson>,
}

#[derive(Serialize)]
struct AidJson {
    date: String,
    org_nr: String,
    recipient: String,
    grantor: String,
    amount: String,
    regulation: crate::deminimis::Regulation,
    application: Option<String>,
    reference: String,
}

impl DeMinimisJson {
    fn of(s: &crate::rules::DeMinimisStatus) -> DeMinimisJson {
        DeMinimisJson {
            regulation: s.regulation,
            window_from: s.from.to_string(),
            window_to: s.to.to_string(),
            ceiling_eur: s.ceiling_eur,
            ceiling: s.ceiling.to_json_string(),
            road_freight: s.road_freight,
            received: s.received.to_json_string(),
            declared: s.declared.to_json_string(),
            room: s.room.to_json_string(),
            sgei_cap: s.sgei_cap.map(|c| c.to_json_string()),
            undertaking: s.undertaking.clone(),
            counted: s
                .counted
                .iter()
                .map(|a| AidJson {
                    date: a.date.to_string(),
                    org_nr: a.org_nr.clone(),
                    recipient: a.recipient.clone(),
                    grantor: a.grantor_text().to_string(),
                    amount: a.amount.to_json_string(),
                    regulation: a.regulation,
                    application: a.application.clone(),
                    reference: a.reference.clone(),
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct FundingJson<'a> {
    status: &'static str,
    funded: bool,
    amount: Option<String>,
    decision_body: Option<&'a str>,
    reason: Option<Reason>,
    explanation: &'a crate::i18n::Text,
    budget_needed: Option<String>,
    budget_needed_status: Option<&'static str>,
    score_needed: Option<f64>,
    score_needed_status: Option<&'static str>,
    blocked_by: &'a [crate::i18n::Text],
}

/// What the optimiser says about one application.
enum Funding<'a> {
    Funded(&'a Funded, &'static str),
    NotFunded(&'a NotFunded, &'static str),
}

impl<'a> Funding<'a> {
    fn of(al: &'a Allocation, app: usize) -> Option<Funding<'a>> {
        if let Some(f) = al.funded.iter().find(|f| f.app == app) {
            return Some(Funding::Funded(f, al.status.key()));
        }
        al.not_funded
            .iter()
            .find(|n| n.app == app)
            .map(|n| Funding::NotFunded(n, al.status.key()))
    }

    fn json(&self) -> FundingJson<'a> {
        match self {
            Funding::Funded(f, status) => FundingJson {
                status,
                funded: true,
                amount: Some(f.amount.to_json_string()),
                decision_body: Some(&f.decision_body),
                reason: None,
                explanation: &f.explanation,
                budget_needed: None,
                budget_needed_status: None,
                score_needed: None,
                score_needed_status: None,
                blocked_by: &[],
            },
            Funding::NotFunded(n, status) => FundingJson {
                status,
                funded: false,
                amount: None,
                decision_body: None,
                reason: Some(n.reason),
                explanation: &n.explanation,
                budget_needed: n.budget_needed.value().map(|b| b.to_json_string()),
                budget_needed_status: n.budget_needed.key(),
                score_needed: n.score_needed.value().map(|s| round(s, 2)),
                score_needed_status: n.score_needed.key(),
                blocked_by: &n.blocked_by,
            },
        }
    }
}

/// Renders the explanation of one application (which must exist in the portfolio).
pub fn render(
    p: &Portfolio,
    app: &Application,
    a: &Assessment,
    allocation: Option<&Allocation>,
    format: Format,
) -> Result<String, String> {
    let index = p.applications.iter().position(|x| x.id == app.id);
    let funding = allocation.and_then(|al| Funding::of(al, index?));
    let explanation = explain(p, app, a);
    let ranking = rank(p);
    let position = ranking.iter().find(|r| r.app.id == app.id).map(|r| r.rank);
    match format {
        Format::Json => {
            let json = ExplainJson {
                scenario: &p.scenario.name,
                id: &app.id,
                title: &app.title,
                support: app.support.key(),
                form: app.form.map(|f| f.key()),
                status: app.status.key(),
                requested: app.requested.to_json_string(),
                score: round(a.score.total, 6),
                rank: position,
                explanation: &explanation,
                eligible: a.eligibility.eligible(),
                problems: &a.eligibility.breaches,
                unchecked: &a.eligibility.unchecked,
                manual_checks: &a.eligibility.manual,
                de_minimis: a.eligibility.de_minimis.as_ref().map(DeMinimisJson::of),
                rules_period: &a.eligibility.period,
                rules_date: a.rules_date.to_string(),
                decision_body: &a.decision_body,
                funding: funding.as_ref().map(Funding::json),
            };
            serde_json::to_string_pretty(&json)
                .map(|s| s + "\n")
                .map_err(|e| e.to_string())
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(["id", "part", "path", "nodes", "rating", "points", "shown"])
                .map_err(|e| e.to_string())?;
            for part in &explanation.parts {
                for line in &part.lines {
                    w.write_record([
                        app.id.as_str(),
                        part.part.key(),
                        line.path.as_str(),
                        line.nodes.join(">").as_str(),
                        line.rating.to_string().as_str(),
                        round(line.points, 6).to_string().as_str(),
                        line.shown.to_string().as_str(),
                    ])
                    .map_err(|e| e.to_string())?;
                }
            }
            let bytes = w.into_inner().map_err(|e| e.to_string())?;
            String::from_utf8(bytes).map_err(|e| e.to_string())
        }
        Format::Table => Ok(table(
            app,
            a,
            &explanation,
            position,
            ranking.len(),
            funding.as_ref(),
        )),
    }
}

fn table(
    app: &Application,
    a: &Assessment,
    e: &Explanation,
    position: Option<usize>,
    of: usize,
    funding: Option<&Funding<'_>>,
) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(msg::explain_heading(&app.id, &app.title));
    line(String::new());
    line(format!(
        "{}: {} ({})",
        msg::APPLICANT,
        app.applicant.name,
        app.applicant.kind.name()
    ));
    let support = match app.form {
        Some(f) => format!("{} – {}", app.support.name(), f.name()),
        None => app.support.name().to_string(),
    };
    line(format!(
        "{}: {support} · {}: {}",
        msg::SUPPORT,
        msg::STATUS,
        app.status.name()
    ));
    line(format!(
        "{}: {}",
        msg::MUNICIPALITIES,
        app.municipalities.join(", ")
    ));
    line(format!("{}: {}", msg::REQUESTED, app.requested));
    if let Some(cost) = app.eligible_cost {
        line(format!("{}: {cost}", msg::ELIGIBLE_COST));
    }
    for c in &app.cofinancing {
        let kind = if c.public { msg::PUBLIC } else { msg::PRIVATE };
        line(format!(
            "{}: {} {} ({kind})",
            msg::COFINANCING,
            c.source,
            c.amount
        ));
    }
    if app.years.len() > 1 {
        let years: Vec<String> = app.years.iter().map(|(y, s)| format!("{y}: {s}")).collect();
        line(format!("{}: {}", msg::YEARS, years.join(" · ")));
    }
    if let Some(min) = app.partial_min {
        line(format!("{}: {min}", msg::PARTIAL));
    }
    line(format!(
        "{}: {} · {}: {}",
        msg::DECISION_DATE,
        app.decision_date
            .map_or_else(|| "–".to_string(), |d| d.to_string()),
        msg::RULES_USED,
        a.eligibility.period
    ));
    line(format!(
        "{}: {}",
        msg::RANK,
        position.map_or_else(|| msg::NOT_RANKED.to_string(), |r| msg::rank_of(r, of))
    ));
    line(String::new());
    line(format!(
        "{}: {} {}",
        msg::SCORE,
        crate::i18n::number(e.shown, 1),
        msg::OUT_OF_100
    ));
    if e.given {
        line(format!("  {}", msg::GIVEN_SCORE));
    }
    for part in &e.parts {
        line(format!(
            "  {}",
            msg::part_line(
                part.part.name(),
                &crate::i18n::number(part.score, 1),
                &crate::i18n::percent(part.weight),
                &crate::i18n::number(part.shown, 1)
            )
        ));
        if part.lines.is_empty() {
            line(format!("    {}", msg::NO_RATINGS));
        }
        for l in &part.lines {
            line(format!(
                "    {} → {} p",
                l.path,
                crate::i18n::number(l.shown, 1)
            ));
        }
        for (heading, list) in [
            (msg::OUTWEIGHED, &part.outweighed),
            (msg::NOT_COUNTED, &part.not_counted),
        ] {
            if !list.is_empty() {
                line(format!("    {heading}"));
                for o in list {
                    line(format!("      {o}"));
                }
            }
        }
    }
    line(String::new());
    if a.eligibility.eligible() {
        line(format!("{}: {}", msg::ELIGIBLE, msg::ELIGIBLE_YES));
    } else {
        line(format!("{}: {}", msg::ELIGIBLE, msg::ELIGIBLE_NO));
        for b in &a.eligibility.breaches {
            line(format!("  ✗ {} ({}: {})", b.message, msg::SOURCE, b.source));
        }
    }
    if let Some(s) = &a.eligibility.de_minimis {
        if let Some(lead) = a.eligibility.de_minimis_lead() {
            line(lead.to_string());
        }
        for aid in &s.counted {
            line(format!("  · {}", aid.line()));
        }
    }
    if !a.eligibility.unchecked.is_empty() {
        line(msg::UNCHECKED.to_string());
        for u in &a.eligibility.unchecked {
            line(format!("  ? {u}"));
        }
    }
    if !a.eligibility.manual.is_empty() {
        line(msg::MANUAL.to_string());
        for m in &a.eligibility.manual {
            line(format!("  • {} ({}: {})", m.text, msg::SOURCE, m.source));
        }
    }
    line(format!("{}: {}", msg::DECISION_BODY, a.decision_body));
    line(String::new());
    line(msg::WHY_HEADING.to_string());
    match funding {
        Some(Funding::Funded(f, _)) => {
            line(format!("  {}", f.explanation));
            line(format!("  {}: {}", msg::DECIDED_BY, f.decision_body));
        }
        Some(Funding::NotFunded(n, _)) => line(format!("  {}", n.explanation)),
        None => line(format!("  {}", msg::NOT_A_CANDIDATE)),
    }
    out
}
