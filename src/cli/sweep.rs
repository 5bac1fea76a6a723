//! `anslag sweep`: the efficient frontier as a table, JSON or CSV.

use std::path::PathBuf;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use crate::cli::app::{Failure, load};
use crate::cli::{Align, Format, round, table};
use crate::portfolio::Portfolio;
use crate::sweep::{Range, Sweep};
use crate::text::sweep as msg;

/// `anslag sweep`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    pub scenario: Option<PathBuf>,
    #[arg(long, value_enum)]
    pub pot: Option<PotArg>,
    #[arg(long)]
    pub from: Option<String>,
    #[arg(long)]
    pub to: Option<String>,
    #[arg(long, default_value_t = 21, value_parser = crate::cli::args::whole_in(2, 1000))]
    pub steps: usize,
    #[arg(long)]
    pub svg: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
    #[arg(long, value_enum, default_value_t = Format::Table, help = crate::text::cli::FORMAT_HELP.text())]
    pub format: Format,
}

/// Runs `anslag sweep`.
pub fn run(args: Args) -> Result<String, Failure> {
    let Args {
        scenario,
        pot,
        from,
        to,
        steps,
        svg,
        force,
        format,
    } = args;
    if let Some(path) = &svg {
        crate::cli::check_output(path, &["svg"], force).map_err(Failure::output)?;
    }
    let p = load(scenario, format)?;
    let range = match pot {
        None => crate::sweep::Range::Scale {
            from: level(from.as_deref().unwrap_or("50"), false)?,
            to: level(to.as_deref().unwrap_or("150"), false)?,
        },
        Some(pot) => {
            let pot = pot.support();
            let Some(budget) = p.scenario.budget(pot) else {
                return Err(Failure::message(crate::text::sweep::no_such_pot(pot.key())));
            };
            let half = budget.decimal() / rust_decimal::Decimal::TWO;
            let from = match from {
                Some(t) => level(&t, true)?,
                None => half.round_dp(0),
            };
            let to = match to {
                Some(t) => level(&t, true)?,
                None => (half * rust_decimal::Decimal::from(3)).round_dp(0),
            };
            crate::sweep::Range::Pot {
                pot,
                from: crate::money::Sek::from_decimal(from),
                to: crate::money::Sek::from_decimal(to),
            }
        }
    };
    let settings = crate::optimise::Settings {
        counterfactuals: false,
        ..Default::default()
    };
    let s = crate::sweep::sweep(&p, range, steps, &settings);
    if let Some(path) = svg {
        let chart = crate::charts::frontier(&s, &p.scenario.name).map_err(Failure::message)?;
        let shown = path.display().to_string();
        let kept =
            crate::cli::write_output(&path, chart.as_bytes(), force).map_err(Failure::message)?;
        eprintln!("{}", crate::text::charts::written(&shown));
        if let Some(kept) = kept {
            eprintln!("{kept}");
        }
    }
    crate::cli::sweep::render(&p, &s, format).map_err(Failure::message)
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PotArg {
    Projektmedel,
    Foretagsstod,
    #[value(name = "kommersiell_service")]
    KommersiellService,
}

impl PotArg {
    pub(crate) fn support(self) -> crate::application::Support {
        use crate::application::Support;
        match self {
            PotArg::Projektmedel => Support::Projektmedel,
            PotArg::Foretagsstod => Support::Foretagsstod,
            PotArg::KommersiellService => Support::KommersiellService,
        }
    }
}

/// Reads a sweep level: per cent without a pot, kronor with one.
fn level(text: &str, pot: bool) -> Result<rust_decimal::Decimal, Failure> {
    use crate::text::sweep as m;
    if pot {
        text.parse::<crate::money::Sek>()
            .map(|s| s.decimal())
            .map_err(|e| Failure::message(m::bad_amount(text, &e.to_string())))
    } else {
        let cleaned = text.trim().trim_end_matches('%').trim().replace(',', ".");
        cleaned
            .parse::<rust_decimal::Decimal>()
            .ok()
            .filter(|d| {
                *d >= rust_decimal::Decimal::ZERO && *d <= rust_decimal::Decimal::from(10_000)
            })
            .ok_or_else(|| Failure::message(m::bad_level(text)))
    }
}

#[derive(Serialize)]
struct PointJson {
    level: f64,
    budget: String,
    allocated: String,
    status: &'static str,
    objective: f64,
    funded: usize,
    entered: Vec<String>,
    left: Vec<String>,
}

#[derive(Serialize)]
struct ChangeJson {
    id: String,
    enters_at: Vec<f64>,
    leaves_at: Vec<f64>,
}

#[derive(Serialize)]
struct SweepJson<'a> {
    scenario: &'a str,
    /// `scale` (per cent of every pot) or the pot's key (kronor).
    varied: &'static str,
    points: Vec<PointJson>,
    changes: Vec<ChangeJson>,
}

fn level_f64(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// The level as people read it: `110 %` or `18,4 mkr`.
fn level_text(range: Range, level: Decimal) -> String {
    match range {
        Range::Scale { .. } => format!("{} %", crate::i18n::number(level_f64(level), 0)),
        Range::Pot { .. } => crate::money::Sek::from_decimal(level).to_mkr_string(2),
    }
}

fn moved(s: &Sweep, k: usize, p: &Portfolio) -> (Vec<String>, Vec<String>) {
    let mut entered = Vec::new();
    let mut left = Vec::new();
    for c in &s.changes {
        if c.enters.contains(&k) {
            entered.push(p.applications[c.app].id.clone());
        }
        if c.leaves.contains(&k) {
            left.push(p.applications[c.app].id.clone());
        }
    }
    (entered, left)
}

pub fn render(p: &Portfolio, s: &Sweep, format: Format) -> Result<String, String> {
    match format {
        Format::Json => {
            let json = SweepJson {
                scenario: &p.scenario.name,
                varied: match s.range {
                    Range::Scale { .. } => "scale",
                    Range::Pot { pot, .. } => pot.key(),
                },
                points: s
                    .points
                    .iter()
                    .enumerate()
                    .map(|(k, pt)| {
                        let (entered, left) = moved(s, k, p);
                        PointJson {
                            level: level_f64(pt.level),
                            budget: pt.budget.to_json_string(),
                            allocated: pt.allocated.to_json_string(),
                            status: pt.status.key(),
                            objective: round(pt.objective, 6),
                            funded: pt.funded.len(),
                            entered,
                            left,
                        }
                    })
                    .collect(),
                changes: s
                    .changes
                    .iter()
                    .map(|c| ChangeJson {
                        id: p.applications[c.app].id.clone(),
                        enters_at: c
                            .enters
                            .iter()
                            .map(|k| level_f64(s.points[*k].level))
                            .collect(),
                        leaves_at: c
                            .leaves
                            .iter()
                            .map(|k| level_f64(s.points[*k].level))
                            .collect(),
                    })
                    .collect(),
            };
            serde_json::to_string_pretty(&json)
                .map(|x| x + "\n")
                .map_err(|e| e.to_string())
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record([
                "level",
                "budget",
                "allocated",
                "status",
                "objective",
                "funded",
                "entered",
                "left",
            ])
            .map_err(|e| e.to_string())?;
            for (k, pt) in s.points.iter().enumerate() {
                let (entered, left) = moved(s, k, p);
                w.write_record([
                    level_f64(pt.level).to_string(),
                    pt.budget.to_json_string(),
                    pt.allocated.to_json_string(),
                    pt.status.key().to_string(),
                    round(pt.objective, 6).to_string(),
                    pt.funded.len().to_string(),
                    entered.join(" "),
                    left.join(" "),
                ])
                .map_err(|e| e.to_string())?;
            }
            String::from_utf8(w.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
        }
        Format::Table => {
            let mut out = msg::heading(&p.scenario.name, &describe(s.range));
            out.push_str("\n\n");
            let rows: Vec<Vec<String>> = s
                .points
                .iter()
                .enumerate()
                .map(|(k, pt)| {
                    let (entered, left) = moved(s, k, p);
                    vec![
                        level_text(s.range, pt.level),
                        pt.budget.to_mkr_string(2),
                        pt.allocated.to_mkr_string(2),
                        crate::i18n::number(pt.objective, 1),
                        pt.funded.len().to_string(),
                        msg::status(pt.status.key()).to_string(),
                        entered.join(", "),
                        left.join(", "),
                    ]
                })
                .collect();
            out.push_str(&table(
                &msg::HEADERS,
                &[
                    Align::Right,
                    Align::Right,
                    Align::Right,
                    Align::Right,
                    Align::Right,
                    Align::Left,
                    Align::Left,
                    Align::Left,
                ],
                &rows,
            ));
            Ok(out)
        }
    }
}

fn describe(range: Range) -> String {
    match range {
        Range::Scale { from, to } => msg::scale(
            &crate::i18n::number(level_f64(from), 0),
            &crate::i18n::number(level_f64(to), 0),
        ),
        Range::Pot { pot, from, to } => {
            msg::pot(pot.name(), &from.to_mkr_string(1), &to.to_mkr_string(1))
        }
    }
}
