//! `anslag report villkor|run`: the annual reports on the recorded decisions, as tables, JSON
//! or (the villkorsbeslut report) a workbook.

use std::path::PathBuf;

use serde_json::{Value, json};

use crate::cli::Format;
use crate::cli::app::{Failure, load};
use crate::money::Sek;
use crate::portfolio::Portfolio;
use crate::report::Villkor;
use crate::text::report as m;

/// `anslag report`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub which: Which,
}

#[derive(clap::Subcommand)]
pub enum Which {
    /// The annual report on the villkorsbeslut.
    Villkor(Options),
    /// The annual report to the nämnd (RUN), with a presentation of every granted project.
    Run(Options),
    /// The whole county: applied and granted per municipality, kronor per inhabitant, spread.
    Lan(Options),
}

#[derive(clap::Args)]
pub struct Options {
    pub scenario: Option<PathBuf>,
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
}

impl Args {
    pub fn format(&self) -> Format {
        match &self.which {
            Which::Villkor(o) | Which::Run(o) | Which::Lan(o) => o.format,
        }
    }
}

/// Runs `anslag report villkor` or `anslag report run`.
pub fn run(args: Args) -> Result<String, Failure> {
    let (o, villkor) = match args.which {
        Which::Villkor(o) => (o, true),
        Which::Run(o) => (o, false),
        Which::Lan(o) => return county(o),
    };
    if let Some(output) = &o.output {
        if !villkor {
            return Err(Failure::usage(m::XLSX_NEEDS_VILLKOR.to_string()));
        }
        crate::cli::check_output(output, &["xlsx"], o.force).map_err(Failure::output)?;
    }
    let p = load(o.scenario, o.format)?;
    let year = crate::report::report_year(&p, o.year).map_err(|e| Failure::message(e.render()))?;
    let v = crate::report::villkor(&p, year);
    let sheets = if villkor {
        crate::report::villkor_sheets(&p, &v)
    } else {
        crate::report::run_sheets(&p, &v)
    };
    if let Some(output) = &o.output {
        let bytes = crate::export::xlsx(&sheets).map_err(Failure::message)?;
        let shown = output.display().to_string();
        let kept = crate::cli::write_output(output, &bytes, o.force).map_err(Failure::message)?;
        eprintln!("{}", m::written(&shown, sheets.len()));
        if let Some(kept) = kept {
            eprintln!("{kept}");
        }
    }
    match o.format {
        Format::Json => Ok(format!(
            "{}\n",
            serde_json::to_string_pretty(&json(&p, &v, villkor)).unwrap_or_default()
        )),
        Format::Csv => grants_csv(&p, &v).map_err(Failure::message),
        Format::Table => Ok(table(&p, &v, &sheets, villkor)),
    }
}

/// The report for people: its title, the summary, then every table under its name.
fn table(p: &Portfolio, v: &Villkor, sheets: &[crate::export::Sheet], villkor: bool) -> String {
    use crate::cli::Align;
    let mut out = String::new();
    if villkor {
        out.push_str(&format!("{}\n", m::villkor_title(v.year)));
        out.push_str(&format!("{}\n", m::villkor_intro(v.year, &v.region)));
    } else {
        out.push_str(&format!("{}\n", m::run_title(v.year)));
        out.push_str(&format!("{}\n", m::RUN_INTRO));
    }
    if v.grants.is_empty() && v.rejected.is_empty() {
        out.push_str(&format!("\n{}\n", m::no_decisions(v.year)));
        return out;
    }
    out.push_str(&format!(
        "\n{}",
        m::summary(v.grants.len(), v.total, v.rejected.len())
    ));
    if let Some(d) = v.updated {
        out.push_str(&format!(" {}", m::updated(&d.to_string())));
    }
    out.push('\n');
    for sheet in sheets {
        let headers: Vec<&str> = sheet.columns.iter().map(|(h, _)| h.as_ref()).collect();
        let align: Vec<Align> = (0..headers.len())
            .map(|c| {
                if sheet.numeric(c) {
                    Align::Right
                } else {
                    Align::Left
                }
            })
            .collect();
        out.push_str(&format!("\n{}\n", sheet.name));
        out.push_str(&crate::cli::table(&headers, &align, &sheet.shown_rows()));
    }
    if villkor {
        out.push_str(&format!("\n{}\n{}\n", m::SPLIT_NOTE, m::PAYMENTS_NOTE));
        if let Some(mm) = &p.municipalities {
            out.push_str(&format!(
                "{}\n",
                m::population(&mm.source, &mm.date.to_string())
            ));
        }
    } else {
        out.push_str(&format!("\n{}\n", m::PRESENTATIONS));
        for &i in &v.grants {
            out.push_str(&presentation(p, i));
        }
    }
    out
}

/// One granted project for the nämnd, as text: who, why, the money, the strategies it
/// serves, its global goals and the decision.
fn presentation(p: &Portfolio, i: usize) -> String {
    let a = &p.applications[i];
    let pr = crate::report::presentation(p, i);
    let mut out = format!("\n{} – {}\n", a.id, a.title);
    out.push_str(&format!(
        "  {}: {} · {} · {}\n",
        crate::text::cli::APPLICANT,
        a.applicant.name,
        a.support.name(),
        a.municipalities.join(", ")
    ));
    out.push_str(&format!(
        "  {}: {}\n",
        m::PURPOSE,
        a.description
            .as_deref()
            .unwrap_or(m::NO_DESCRIPTION.as_ref())
    ));
    out.push_str(&format!(
        "  {}: {} ({})\n",
        m::MONEY,
        a.granted().to_kr_string(),
        crate::report::years_line(a)
    ));
    out.push_str(&format!("  {}:\n", m::STRATEGY));
    if pr.paths.is_empty() {
        out.push_str(&format!("    {}\n", m::NO_LINKS));
    }
    for path in &pr.paths {
        out.push_str(&format!("    – {path}\n"));
    }
    out.push_str(&format!("  {}: ", m::AGENDA));
    if pr.goals.is_empty() {
        out.push_str(&format!("{}\n", m::NO_GOALS));
    } else {
        out.push_str(&format!("{}\n", pr.goals.join("; ")));
    }
    out.push_str(&format!("  {}: {}\n", m::DECISION, pr.decision));
    out
}

/// `anslag report lan`: the whole county.
fn county(o: Options) -> Result<String, Failure> {
    if o.output.is_some() {
        return Err(Failure::usage(m::XLSX_NEEDS_VILLKOR.to_string()));
    }
    let p = load(o.scenario, o.format)?;
    let year = crate::report::report_year(&p, o.year).map_err(|e| Failure::message(e.render()))?;
    let c = crate::report::county(&p, year);
    let sheet = crate::report::county_sheet(&c);
    match o.format {
        Format::Json => {
            let rows: Vec<Value> = c
                .rows
                .iter()
                .map(|r| {
                    json!({
                        "name": r.name,
                        "code": r.code,
                        "population": r.population,
                        "applied_count": r.applied_count,
                        "applied": kronor(r.applied),
                        "decided_count": r.decided_count,
                        "granted_count": r.granted_count,
                        "granted": kronor(r.granted),
                        "granted_share": r.granted_share().map(|x| x / 100.0),
                        "per_inhabitant": r.per_inhabitant(),
                    })
                })
                .collect();
            let out = json!({
                "report": "lan",
                "year": year,
                "municipalities": rows,
                "gini": c.gini,
                "most": c.most.as_ref().map(|(n, x)| json!({ "name": n, "per_inhabitant": x })),
                "least": c.least.as_ref().map(|(n, x)| json!({ "name": n, "per_inhabitant": x })),
                "ratio": c.ratio(),
            });
            Ok(format!(
                "{}\n",
                serde_json::to_string_pretty(&out).unwrap_or_default()
            ))
        }
        Format::Csv => county_csv(&c).map_err(Failure::message),
        Format::Table => {
            use crate::cli::Align;
            let headers: Vec<&str> = sheet.columns.iter().map(|(h, _)| h.as_ref()).collect();
            let align: Vec<Align> = (0..headers.len())
                .map(|c| {
                    if sheet.numeric(c) {
                        Align::Right
                    } else {
                        Align::Left
                    }
                })
                .collect();
            let mut out = format!("{}\n{}\n\n", m::county_title(year), m::COUNTY_INTRO);
            out.push_str(&crate::cli::table(&headers, &align, &sheet.shown_rows()));
            out.push('\n');
            for s in crate::report::county_sentences(&c) {
                out.push_str(&format!("{s}\n"));
            }
            out.push_str(&format!("\n{}\n", m::COUNTY_NOTE));
            if let Some(mm) = &p.municipalities {
                out.push_str(&format!(
                    "{}\n",
                    m::population(&mm.source, &mm.date.to_string())
                ));
            }
            Ok(out)
        }
    }
}

/// An amount for programs: kronor with a decimal point, no grouping.
fn plain(v: Sek) -> String {
    v.decimal().normalize().to_string()
}

/// CSV for programs (`,`, a decimal point, keys as in the files): the year's grants.
fn grants_csv(p: &Portfolio, v: &Villkor) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let e = |x: csv::Error| x.to_string();
    w.write_record([
        "id",
        "title",
        "applicant",
        "support",
        "form",
        "municipalities",
        "decision_date",
        "body",
        "case_number",
        "granted",
    ])
    .map_err(e)?;
    for &i in &v.grants {
        let a = &p.applications[i];
        let (body, case) = crate::report::decided_by(p, i);
        w.write_record([
            a.id.clone(),
            a.title.clone(),
            a.applicant.name.clone(),
            a.support.key().to_string(),
            a.form.map_or("", crate::application::Form::key).to_string(),
            a.municipalities.join("|"),
            a.decision_date.map(|d| d.to_string()).unwrap_or_default(),
            body,
            case,
            plain(a.granted()),
        ])
        .map_err(e)?;
    }
    let bytes = w.into_inner().map_err(|x| x.to_string())?;
    String::from_utf8(bytes).map_err(|x| x.to_string())
}

/// CSV for programs: the whole county, one municipality per row.
fn county_csv(c: &crate::report::County) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let e = |x: csv::Error| x.to_string();
    w.write_record([
        "name",
        "code",
        "population",
        "applied_count",
        "applied",
        "decided_count",
        "granted_count",
        "granted",
        "per_inhabitant",
    ])
    .map_err(e)?;
    for r in &c.rows {
        w.write_record([
            r.name.clone(),
            r.code.clone().unwrap_or_default(),
            r.population.map(|n| n.to_string()).unwrap_or_default(),
            r.applied_count.to_string(),
            plain(r.applied),
            r.decided_count.to_string(),
            r.granted_count.to_string(),
            plain(r.granted),
            r.per_inhabitant()
                .map(|x| x.to_string())
                .unwrap_or_default(),
        ])
        .map_err(e)?;
    }
    let bytes = w.into_inner().map_err(|x| x.to_string())?;
    String::from_utf8(bytes).map_err(|x| x.to_string())
}

fn kronor(v: Sek) -> Value {
    crate::opendata::number(v)
}

/// The report for programs: keys and kronor, names as the files give them.
fn json(p: &Portfolio, v: &Villkor, villkor: bool) -> Value {
    let ids = |list: &[usize]| -> Vec<&str> {
        list.iter()
            .map(|i| p.applications[*i].id.as_str())
            .collect()
    };
    let lines = |lines: &[crate::report::Line]| -> Vec<Value> {
        lines
            .iter()
            .map(|l| json!({ "name": l.name, "count": l.count, "amount": kronor(l.amount) }))
            .collect()
    };
    let mut out = json!({
        "report": if villkor { "villkor" } else { "run" },
        "year": v.year,
        "region": v.region,
        "total": kronor(v.total),
        "granted": ids(&v.grants),
        "rejected": ids(&v.rejected),
        "updated": v.updated.map(|d| d.to_string()),
        "pots": v.pots.iter().map(|l| json!({
            "pot": l.pot.key(),
            "budget": l.budget.map(kronor),
            "count": l.count,
            "amount": kronor(l.amount),
            "forms": l.forms.iter().map(|(f, n, a)| json!({
                "form": f.map(crate::application::Form::key),
                "count": n,
                "amount": kronor(*a),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    if villkor {
        out["national_areas"] = json!(lines(&v.national));
        out["rus_areas"] = json!(lines(&v.areas));
        out["municipalities"] = json!(
            v.places
                .iter()
                .map(|l| json!({
                    "name": l.name,
                    "code": l.code,
                    "count": l.count,
                    "amount": kronor(l.amount),
                    "population": l.population,
                    "per_inhabitant": l.per_inhabitant(),
                }))
                .collect::<Vec<_>>()
        );
        out["payments"] = json!(
            v.payments
                .iter()
                .map(|x| json!({
                    "year": x.year,
                    "this_year": kronor(x.this_year),
                    "earlier": kronor(x.earlier),
                    "total": kronor(x.total()),
                }))
                .collect::<Vec<_>>()
        );
        let a = &v.authorisation;
        out["authorisation"] = json!({
            "ceiling": a.ceiling.map(kronor),
            "this_year": kronor(a.this_year),
            "earlier": kronor(a.earlier),
            "used": kronor(a.used()),
            "left": a.left().map(kronor),
        });
    } else {
        out["running"] = json!(ids(&crate::report::running(p, v.year)));
    }
    out
}
