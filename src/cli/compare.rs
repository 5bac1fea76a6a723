//! `anslag compare A B`: what entered, left and changed amount, and how the money moved.

use std::path::PathBuf;

use serde::Serialize;

use crate::cli::app::{Failure, load};
use crate::cli::{Align, Format, cut, round, table};
use crate::compare::{Comparison, Dimension};
use crate::money::Sek;
use crate::optimise::Allocation;
use crate::portfolio::Portfolio;
use crate::text::compare as msg;

/// `anslag compare`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    pub a: PathBuf,
    pub b: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Table, help = crate::text::cli::FORMAT_HELP.text())]
    pub format: Format,
}

/// Runs `anslag compare`.
pub fn run(args: Args) -> Result<String, Failure> {
    let Args { a, b, format } = args;
    let pa = load(Some(a), format)?;
    let pb = load(Some(b), format)?;
    let settings = crate::optimise::Settings {
        counterfactuals: false,
        ..Default::default()
    };
    let (xa, xb) = (
        crate::optimise::optimise(&pa, &settings),
        crate::optimise::optimise(&pb, &settings),
    );
    let c = crate::compare::compare(&pa, &xa, &pb, &xb);
    crate::cli::compare::render(&pa, &xa, &pb, &xb, &c, format).map_err(Failure::message)
}

#[derive(Serialize)]
struct Side<'a> {
    scenario: &'a str,
    status: &'static str,
    objective: f64,
    baseline_objective: f64,
}

#[derive(Serialize)]
struct Entry<'a> {
    id: &'a str,
    amount: String,
}

#[derive(Serialize)]
struct ChangedJson<'a> {
    id: &'a str,
    a: String,
    b: String,
}

#[derive(Serialize)]
struct MovedJson<'a> {
    dimension: Dimension,
    key: &'a str,
    a: String,
    b: String,
    change: String,
}

#[derive(Serialize)]
struct CompareJson<'a> {
    a: Side<'a>,
    b: Side<'a>,
    entered: Vec<Entry<'a>>,
    left: Vec<Entry<'a>>,
    changed: Vec<ChangedJson<'a>>,
    moved: Vec<MovedJson<'a>>,
}

fn side(a: &Allocation) -> Side<'_> {
    Side {
        scenario: &a.scenario,
        status: a.status.key(),
        objective: round(a.objective, 6),
        baseline_objective: round(a.baseline.objective, 6),
    }
}

/// A signed difference in kronor, as a JSON string with two decimals.
fn signed(a: Sek, b: Sek) -> String {
    format!("{:.2}", b.decimal() - a.decimal())
}

/// A signed difference the Swedish way: `+1 200 000 kr`, `−350 000 kr`.
fn signed_kr(a: Sek, b: Sek) -> String {
    let d = b.decimal() - a.decimal();
    let text = crate::money::group_swedish(d.abs(), 0);
    if d.is_sign_negative() && !d.is_zero() {
        format!("−{text} kr")
    } else {
        format!("+{text} kr")
    }
}

pub fn render(
    pa: &Portfolio,
    a: &Allocation,
    pb: &Portfolio,
    b: &Allocation,
    c: &Comparison,
    format: Format,
) -> Result<String, String> {
    match format {
        Format::Json => {
            let json = CompareJson {
                a: side(a),
                b: side(b),
                entered: c
                    .entered
                    .iter()
                    .map(|(id, v)| Entry {
                        id,
                        amount: v.to_json_string(),
                    })
                    .collect(),
                left: c
                    .left
                    .iter()
                    .map(|(id, v)| Entry {
                        id,
                        amount: v.to_json_string(),
                    })
                    .collect(),
                changed: c
                    .changed
                    .iter()
                    .map(|x| ChangedJson {
                        id: &x.id,
                        a: x.a.to_json_string(),
                        b: x.b.to_json_string(),
                    })
                    .collect(),
                moved: c
                    .moved
                    .iter()
                    .map(|m| MovedJson {
                        dimension: m.dimension,
                        key: &m.key,
                        a: m.a.to_json_string(),
                        b: m.b.to_json_string(),
                        change: signed(m.a, m.b),
                    })
                    .collect(),
            };
            serde_json::to_string_pretty(&json)
                .map(|s| s + "\n")
                .map_err(|e| e.to_string())
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(["kind", "id_or_dimension", "key", "a", "b"])
                .map_err(|e| e.to_string())?;
            for (id, v) in &c.entered {
                w.write_record(["entered", id, "", "0.00", &v.to_json_string()])
                    .map_err(|e| e.to_string())?;
            }
            for (id, v) in &c.left {
                w.write_record(["left", id, "", &v.to_json_string(), "0.00"])
                    .map_err(|e| e.to_string())?;
            }
            for x in &c.changed {
                w.write_record([
                    "changed",
                    &x.id,
                    "",
                    &x.a.to_json_string(),
                    &x.b.to_json_string(),
                ])
                .map_err(|e| e.to_string())?;
            }
            for m in &c.moved {
                let dimension = serde_json::to_value(m.dimension)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                w.write_record([
                    "moved",
                    &dimension,
                    &m.key,
                    &m.a.to_json_string(),
                    &m.b.to_json_string(),
                ])
                .map_err(|e| e.to_string())?;
            }
            String::from_utf8(w.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
        }
        Format::Table => Ok(render_table(pa, a, pb, b, c)),
    }
}

fn title(pa: &Portfolio, pb: &Portfolio, id: &str) -> String {
    let found = pb
        .applications
        .iter()
        .chain(&pa.applications)
        .find(|x| x.id == id);
    found.map_or_else(String::new, |x| cut(&x.title, 50))
}

fn render_table(
    pa: &Portfolio,
    a: &Allocation,
    pb: &Portfolio,
    b: &Allocation,
    c: &Comparison,
) -> String {
    let mut out = String::new();
    out.push_str(&msg::heading(&a.scenario, &b.scenario));
    out.push_str("\n\n");
    out.push_str(&msg::objective(
        &crate::i18n::number(a.objective, 1),
        &crate::i18n::number(b.objective, 1),
        &crate::i18n::number(b.objective - a.objective, 1),
    ));
    out.push('\n');
    out.push_str(&msg::baseline(
        &crate::i18n::number(a.baseline.objective, 1),
        &crate::i18n::number(b.baseline.objective, 1),
    ));
    out.push('\n');
    out.push_str(&msg::status(a.status.key(), b.status.key()));
    out.push_str("\n\n");
    if c.is_empty() {
        out.push_str(msg::NO_DIFFERENCE.text());
        out.push('\n');
        return out;
    }
    let list = |heading: String, rows: &[(String, Sek)]| -> String {
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|(id, v)| vec![id.clone(), title(pa, pb, id), v.to_kr_string()])
            .collect();
        format!(
            "{heading}\n{}\n",
            table(
                &msg::LIST_HEADERS,
                &[Align::Left, Align::Left, Align::Right],
                &cells
            )
        )
    };
    if !c.entered.is_empty() {
        out.push_str(&list(msg::entered(c.entered.len()), &c.entered));
    }
    if !c.left.is_empty() {
        out.push_str(&list(msg::left(c.left.len()), &c.left));
    }
    if !c.changed.is_empty() {
        let cells: Vec<Vec<String>> = c
            .changed
            .iter()
            .map(|x| {
                vec![
                    x.id.clone(),
                    title(pa, pb, &x.id),
                    x.a.to_kr_string(),
                    x.b.to_kr_string(),
                ]
            })
            .collect();
        out.push_str(&msg::changed(c.changed.len()));
        out.push('\n');
        out.push_str(&table(
            &msg::CHANGED_HEADERS,
            &[Align::Left, Align::Left, Align::Right, Align::Right],
            &cells,
        ));
        out.push('\n');
    }
    if !c.moved.is_empty() {
        out.push_str(msg::MOVED.text());
        out.push('\n');
        let cells: Vec<Vec<String>> = c
            .moved
            .iter()
            .map(|m| {
                vec![
                    m.dimension.name().to_string(),
                    m.key.clone(),
                    m.a.to_kr_string(),
                    m.b.to_kr_string(),
                    signed_kr(m.a, m.b),
                ]
            })
            .collect();
        out.push_str(&table(
            &msg::MOVED_HEADERS,
            &[
                Align::Left,
                Align::Left,
                Align::Right,
                Align::Right,
                Align::Right,
            ],
            &cells,
        ));
    }
    out
}
