//! `anslag rank`: the ranking with part scores, eligibility and preliminary decision body.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

use crate::application::Support;
use crate::cli::app::{Failure, load};
use crate::cli::{Align, Format, cut, round, table_hiding};
use crate::money::Sek;
use crate::portfolio::Portfolio;
use crate::ranking::{Ranked, rank};
use crate::scenario::Part;
use crate::text::cli as msg;

/// `anslag rank`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    pub scenario: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Table, help = crate::text::cli::FORMAT_HELP.text())]
    pub format: Format,
}

/// Runs `anslag rank`.
pub fn run(args: Args) -> Result<String, Failure> {
    let Args { scenario, format } = args;
    let p = load(scenario, format)?;
    crate::cli::rank::render(&p, format).map_err(Failure::message)
}

#[derive(Serialize)]
struct RankJson<'a> {
    scenario: &'a str,
    applications: Vec<RowJson<'a>>,
}

#[derive(Serialize)]
struct PartsJson {
    alignment: f64,
    agenda2030: f64,
    quality: f64,
}

#[derive(Serialize)]
struct RowJson<'a> {
    rank: usize,
    id: &'a str,
    title: &'a str,
    support: Support,
    form: Option<&'static str>,
    requested: String,
    score: f64,
    /// Null when the score was given from outside.
    parts: Option<PartsJson>,
    eligible: bool,
    problems: Vec<String>,
    decision_body: &'a str,
    // Fields beyond the contract: programs ignore what they do not know.
    status: &'static str,
    score_given: bool,
    municipalities: &'a [String],
    broken_rules: Vec<&'static str>,
    unchecked: &'a [crate::i18n::Text],
}

fn row_json<'a>(r: &Ranked<'a>) -> RowJson<'a> {
    let score = &r.assessment.score;
    let part = |p: Part| round(score.part(p).unwrap_or(0.0), 1);
    RowJson {
        rank: r.rank,
        id: &r.app.id,
        title: &r.app.title,
        support: r.app.support,
        form: r.app.form.map(|f| f.key()),
        requested: r.app.requested.to_json_string(),
        score: round(score.total, 6),
        parts: (!score.is_given()).then(|| PartsJson {
            alignment: part(Part::Alignment),
            agenda2030: part(Part::Agenda2030),
            quality: part(Part::Quality),
        }),
        eligible: r.assessment.eligibility.eligible(),
        problems: r
            .assessment
            .eligibility
            .breaches
            .iter()
            .map(|b| b.message.to_string())
            .collect(),
        decision_body: &r.assessment.decision_body,
        status: r.app.status.key(),
        score_given: score.is_given(),
        municipalities: &r.app.municipalities,
        broken_rules: r
            .assessment
            .eligibility
            .breaches
            .iter()
            .map(|b| b.rule)
            .collect(),
        unchecked: &r.assessment.eligibility.unchecked,
    }
}

/// Renders the ranking in the requested format.
pub fn render(p: &Portfolio, format: Format) -> Result<String, String> {
    let rows = rank(p);
    match format {
        Format::Json => {
            let json = RankJson {
                scenario: &p.scenario.name,
                applications: rows.iter().map(row_json).collect(),
            };
            serde_json::to_string_pretty(&json)
                .map(|s| s + "\n")
                .map_err(|e| e.to_string())
        }
        Format::Csv => csv(&rows),
        Format::Table => Ok(render_table(p, &rows)),
    }
}

fn csv(rows: &[Ranked<'_>]) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "rank",
        "id",
        "title",
        "support",
        "form",
        "requested",
        "score",
        "alignment",
        "agenda2030",
        "quality",
        "eligible",
        "problems",
        "decision_body",
        "status",
    ];
    w.write_record(header).map_err(|e| e.to_string())?;
    for r in rows {
        let j = row_json(r);
        let part = |f: &dyn Fn(&PartsJson) -> f64| {
            j.parts
                .as_ref()
                .map(|p| f(p).to_string())
                .unwrap_or_default()
        };
        w.write_record([
            j.rank.to_string(),
            j.id.to_string(),
            j.title.to_string(),
            j.support.key().to_string(),
            j.form.unwrap_or("").to_string(),
            j.requested.clone(),
            j.score.to_string(),
            part(&|p| p.alignment),
            part(&|p| p.agenda2030),
            part(&|p| p.quality),
            j.eligible.to_string(),
            j.problems.join(" | "),
            j.decision_body.to_string(),
            j.status.to_string(),
        ])
        .map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

fn render_table(p: &Portfolio, rows: &[Ranked<'_>]) -> String {
    let align = [
        Align::Right,
        Align::Left,
        Align::Left,
        Align::Left,
        Align::Right,
        Align::Right,
        Align::Right,
        Align::Right,
        Align::Right,
        Align::Left,
        Align::Left,
    ];
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let score = &r.assessment.score;
            let part = |x: Part| {
                score
                    .part(x)
                    .map_or_else(|| msg::GIVEN.to_string(), |v| crate::i18n::number(v, 1))
            };
            let support = r.app.form.map_or(r.app.support.name(), |f| f.name());
            vec![
                r.rank.to_string(),
                r.app.id.clone(),
                cut(&r.app.title, 48),
                support.to_string(),
                r.app.requested.to_kr_string(),
                crate::i18n::number(score.total, 1),
                part(Part::Alignment),
                part(Part::Agenda2030),
                part(Part::Quality),
                if r.assessment.eligibility.eligible() {
                    msg::YES
                } else {
                    msg::NO
                }
                .to_string(),
                r.assessment.decision_body.clone(),
            ]
        })
        .collect();
    let mut out = msg::rank_heading(&p.scenario.name, rows.len());
    out.push_str("\n\n");
    // In a narrow window the part scores go first, then the support form, the amount and the
    // decision body; the score and eligibility stay longest.
    out.push_str(&table_hiding(
        &msg::RANK_HEADERS,
        &align,
        &cells,
        &[7, 8, 6, 3, 4, 10, 9],
    ));
    out.push('\n');
    let ineligible = rows
        .iter()
        .filter(|r| !r.assessment.eligibility.eligible())
        .count();
    let others = p.applications.len() - rows.len();
    out.push_str(&msg::rank_footer(ineligible, others));
    out.push('\n');
    out.push_str(msg::DEMAND_HEADING.text());
    out.push('\n');
    let mut demand: BTreeMap<Support, Sek> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.assessment.eligibility.eligible()) {
        *demand.entry(r.app.support).or_default() += r.app.requested;
    }
    let budgets = p.scenario.budgets();
    for (pot, sum) in demand {
        let budget = budgets
            .get(&pot)
            .map_or_else(|| msg::NO_BUDGET.to_string(), |b| b.to_mkr_string(1));
        out.push_str(&msg::demand_line(
            pot.name(),
            &sum.to_mkr_string(1),
            &budget,
        ));
        out.push('\n');
    }
    out
}
