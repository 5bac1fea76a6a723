//! `anslag sweep`: the efficient frontier as a table, JSON or CSV.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use crate::cli::{Align, Format, round, sv_number, table};
use crate::portfolio::Portfolio;
use crate::sweep::{Range, Sweep};
use crate::text::sweep as msg;

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
        Range::Scale { .. } => format!("{} %", sv_number(level_f64(level), 0)),
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
                        sv_number(pt.objective, 1),
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
        Range::Scale { from, to } => {
            msg::scale(&sv_number(level_f64(from), 0), &sv_number(level_f64(to), 0))
        }
        Range::Pot { pot, from, to } => {
            msg::pot(pot.name(), &from.to_mkr_string(1), &to.to_mkr_string(1))
        }
    }
}
