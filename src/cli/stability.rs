//! `anslag stability`: how often each application is funded when the weights vary.

use std::path::PathBuf;

use serde::Serialize;

use crate::cli::app::{Failure, load};
use crate::cli::{Align, Format, cut, round, table};
use crate::portfolio::Portfolio;
use crate::ranking::rank;
use crate::stability::{Class, Stability};
use crate::text::stability as msg;

/// `anslag stability`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    pub scenario: Option<PathBuf>,
    #[arg(long, default_value_t = 20.0, value_parser = crate::cli::args::number_in(0.0, 100.0))]
    pub spread: f64,
    #[arg(long, default_value_t = 500, value_parser = crate::cli::args::whole_in(1, 100_000))]
    pub draws: usize,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long, value_enum, default_value_t = Format::Table, help = crate::text::cli::FORMAT_HELP.text())]
    pub format: Format,
}

/// Runs `anslag stability`.
pub fn run(args: Args) -> Result<String, Failure> {
    let Args {
        scenario,
        spread,
        draws,
        seed,
        format,
    } = args;
    let p = load(scenario, format)?;
    let settings = crate::optimise::Settings {
        counterfactuals: false,
        ..Default::default()
    };
    // A progress bar on a terminal only, so pipes and files stay clean.
    let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        indicatif::ProgressBar::new(draws as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let s = crate::stability::stability(&p, spread / 100.0, draws, seed, &settings, &|| bar.inc(1));
    bar.finish_and_clear();
    crate::cli::stability::render(&p, &s, format).map_err(Failure::message)
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    share: f64,
    class: Class,
    score: f64,
}

#[derive(Serialize)]
struct StabilityJson<'a> {
    scenario: &'a str,
    spread: f64,
    draws: usize,
    seed: u64,
    applications: Vec<Row<'a>>,
}

pub fn render(p: &Portfolio, s: &Stability, format: Format) -> Result<String, String> {
    // Most often funded first, then by the ranking.
    let mut order: Vec<usize> = rank(p)
        .iter()
        .filter_map(|r| p.applications.iter().position(|a| a.id == r.app.id))
        .collect();
    order.sort_by(|a, b| s.share(*b).total_cmp(&s.share(*a)));
    let rows: Vec<Row<'_>> = order
        .iter()
        .map(|i| Row {
            id: &p.applications[*i].id,
            share: round(s.share(*i), 4),
            class: s.class(*i),
            score: round(p.assessments[*i].score.total, 6),
        })
        .collect();
    match format {
        Format::Json => {
            let json = StabilityJson {
                scenario: &p.scenario.name,
                spread: s.spread,
                draws: s.draws,
                seed: s.seed,
                applications: rows,
            };
            serde_json::to_string_pretty(&json)
                .map(|x| x + "\n")
                .map_err(|e| e.to_string())
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(["id", "share", "class", "score"])
                .map_err(|e| e.to_string())?;
            for r in &rows {
                let class = serde_json::to_value(r.class)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                w.write_record([r.id, &r.share.to_string(), &class, &r.score.to_string()])
                    .map_err(|e| e.to_string())?;
            }
            String::from_utf8(w.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
        }
        Format::Table => {
            let mut out = msg::heading(
                &p.scenario.name,
                &crate::i18n::percent(s.spread),
                s.draws,
                s.seed,
            );
            out.push_str("\n\n");
            let cells: Vec<Vec<String>> = order
                .iter()
                .map(|i| {
                    vec![
                        p.applications[*i].id.clone(),
                        cut(&p.applications[*i].title, 50),
                        crate::i18n::number(p.assessments[*i].score.total, 1),
                        crate::i18n::percent(s.share(*i)),
                        s.class(*i).name().to_string(),
                    ]
                })
                .collect();
            out.push_str(&table(
                &msg::HEADERS,
                &[
                    Align::Left,
                    Align::Left,
                    Align::Right,
                    Align::Right,
                    Align::Left,
                ],
                &cells,
            ));
            let count = |c: Class| order.iter().filter(|i| s.class(**i) == c).count();
            out.push('\n');
            out.push_str(&msg::summary(
                count(Class::Saker),
                count(Class::Osaker),
                count(Class::Utanfor),
            ));
            out.push('\n');
            Ok(out)
        }
    }
}
