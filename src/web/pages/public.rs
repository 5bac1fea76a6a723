//! Offentlig vy: decided grants only, in the spirit of "Så fördelas 1:1-anslaget". Pending
//! applications may hold companies' confidential data and never appear here; neither do
//! scores, ratings or organisation numbers.

use crate::i18n::Msg;
use std::collections::{BTreeMap, BTreeSet};

use axum::extract::{RawQuery, State};
use maud::{Markup, html};

use crate::application::{ApplicantType, Application, Status, Support};
use crate::money::Sek;
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::params::{Params, query};
use crate::web::state::AppState;
use crate::web::view::{self, Kr, Nav};

/// What counts as decided and public.
fn is_public(a: &Application) -> bool {
    matches!(
        a.status,
        Status::Beviljad | Status::Pagaende | Status::Avslutad
    )
}

const COLUMNS: [(&str, Msg, bool); 6] = [
    ("id", t::COL_ID, false),
    ("titel", t::COL_TITLE, false),
    ("stod", t::COL_SUPPORT, false),
    ("kommun", t::COL_MUNICIPALITY, false),
    ("ar", t::COL_DECIDED, true),
    ("belopp", t::COL_GRANTED, true),
];

/// A recipient as the public page names it: a sole trader's name is a person's, so never
/// shown (nor searched).
fn recipient(a: &Application) -> String {
    if a.applicant.kind == ApplicantType::EnskildFirma {
        t::PUBLIC_SOLE_TRADER.to_string()
    } else {
        a.applicant.name.clone()
    }
}

/// The year a grant was decided in (none when its decision date is not known).
fn decision_year(a: &Application) -> Option<i32> {
    a.decision_date.map(crate::date::Date::year)
}

pub async fn page(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Markup, AppError> {
    let q = Params::parse(raw.as_deref())?;
    let s = state
        .default_scenario()
        .ok_or_else(|| AppError::Internal("inget scenario".into()))?;
    let p = &s.portfolio;
    let decided: Vec<usize> = (0..p.applications.len())
        .filter(|i| is_public(&p.applications[*i]))
        .collect();
    // Each grant's money per RUS målområde (split by the contributions to its score).
    let areas_of: BTreeMap<usize, Vec<(String, Sek)>> = decided
        .iter()
        .map(|i| {
            let a = &p.applications[*i];
            (*i, crate::compare::by_malomrade(p, *i, a.granted()))
        })
        .collect();
    let app = |i: &usize| &p.applications[*i];
    let municipalities: BTreeSet<&str> = decided
        .iter()
        .flat_map(|i| app(i).municipalities.iter().map(String::as_str))
        .collect();
    let years: BTreeSet<i32> = decided
        .iter()
        .filter_map(|i| decision_year(app(i)))
        .collect();
    let mut areas: Vec<String> = areas_of
        .values()
        .flatten()
        .map(|(area, _)| area.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    areas.sort_by_key(|area| crate::compare::area_order(p, area));
    let goals: BTreeSet<u8> = decided
        .iter()
        .flat_map(|i| {
            app(i)
                .agenda2030
                .iter()
                .filter(|(_, r)| **r >= 2)
                .map(|(g, _)| *g)
        })
        .collect();
    let known =
        |key: &str, label: Msg, ok: &dyn Fn(&str) -> bool| -> Result<Option<String>, AppError> {
            match q.get(key) {
                Some(v) if ok(v) => Ok(Some(v.to_string())),
                Some(v) => Err(AppError::BadRequest(t::unknown_value(label.text(), v))),
                None => Ok(None),
            }
        };
    let pot = q.choice("pott", t::F_POT.text(), &Support::ALL)?;
    let form = q.choice("stodform", t::F_FORM.text(), &crate::application::Form::ALL)?;
    let municipality = known("kommun", t::F_MUNICIPALITY, &|m| municipalities.contains(m))?;
    let year = known("ar", t::F_YEAR, &|y| {
        y.parse().is_ok_and(|y: i32| years.contains(&y))
    })?
    .and_then(|y| y.parse::<i32>().ok());
    let area = known("malomrade", t::F_AREA, &|a| areas.iter().any(|x| x == a))?;
    let goal = known("mal", t::F_GOAL, &|g| {
        g.parse().is_ok_and(|g: u8| goals.contains(&g))
    })?
    .and_then(|g| g.parse::<u8>().ok());
    let text = q.get("q").map(str::to_lowercase);
    let sort = match q.get("sortera") {
        None => 5,
        Some(k) => COLUMNS.iter().position(|c| c.0 == k).ok_or_else(|| {
            let keys: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
            AppError::BadRequest(t::bad_choice(t::F_SORT.text(), k, &keys))
        })?,
    };
    let descending = q
        .choice(
            "ordning",
            t::F_ORDER.text(),
            &[("stigande", false), ("fallande", true)],
        )?
        .unwrap_or(COLUMNS[sort].2);
    let mut rows: Vec<usize> = decided
        .iter()
        .copied()
        .filter(|i| pot.is_none_or(|x| app(i).support == x))
        .filter(|i| form.is_none_or(|f| app(i).form == Some(f)))
        .filter(|i| year.is_none_or(|y| decision_year(app(i)) == Some(y)))
        .filter(|i| {
            municipality
                .as_deref()
                .is_none_or(|m| app(i).municipalities.iter().any(|x| x == m))
        })
        .filter(|i| {
            area.as_deref()
                .is_none_or(|wanted| areas_of[i].iter().any(|(a, v)| a == wanted && !v.is_zero()))
        })
        .filter(|i| goal.is_none_or(|g| app(i).agenda2030.get(&g).is_some_and(|r| *r >= 2)))
        .filter(|i| {
            text.as_ref().is_none_or(|q| {
                let a = app(i);
                a.public_title().to_lowercase().contains(q.as_str())
                    || recipient(a).to_lowercase().contains(q.as_str())
                    || a.id.to_lowercase().contains(q.as_str())
            })
        })
        .collect();
    rows.sort_by(|x, y| {
        let (a, b) = (app(x), app(y));
        let o = match COLUMNS[sort].0 {
            "id" => a.id.cmp(&b.id),
            "titel" => a
                .public_title()
                .to_lowercase()
                .cmp(&b.public_title().to_lowercase()),
            "stod" => a.support.name().cmp(b.support.name()),
            "kommun" => a.municipalities.cmp(&b.municipalities),
            "ar" => a.decision_date.cmp(&b.decision_date),
            _ => a.granted().cmp(&b.granted()),
        };
        let o = if descending { o.reverse() } else { o };
        o.then_with(|| a.id.cmp(&b.id))
    });
    let total: Sek = rows.iter().map(|i| app(i).granted()).sum();
    // The charts of what is shown: per målområde, municipality (a grant to several split
    // evenly) and decision year, in mkr.
    let mut by_area: BTreeMap<String, f64> = BTreeMap::new();
    let mut by_municipality: BTreeMap<String, f64> = BTreeMap::new();
    let mut by_year: BTreeMap<String, f64> = BTreeMap::new();
    for i in &rows {
        let a = app(i);
        for (area, v) in &areas_of[i] {
            *by_area.entry(area.clone()).or_default() += v.to_f64() / 1e6;
        }
        for (m, v) in crate::compare::split_evenly(a.granted(), &a.municipalities) {
            *by_municipality.entry(m).or_default() += v.to_f64() / 1e6;
        }
        let y = decision_year(a).map_or_else(|| t::PUBLIC_NO_DATE.to_string(), |y| y.to_string());
        *by_year.entry(y).or_default() += a.granted().to_f64() / 1e6;
    }
    let mut by_area: Vec<(String, f64)> = by_area.into_iter().collect();
    by_area.sort_by_key(|(area, _)| crate::compare::area_order(p, area));
    let mut by_municipality: Vec<(String, f64)> = by_municipality.into_iter().collect();
    by_municipality.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let by_year: Vec<(String, f64)> = by_year.into_iter().collect();
    let updated = decided.iter().filter_map(|i| app(i).decision_date).max();
    let here = q.without(&["sortera", "ordning"]);
    let frame = view::plain_frame(t::PUBLIC_TITLE.text(), Nav::Public, true, "/offentlig");
    let select = |name: &str, id: &str, label: Msg, options: Vec<(String, String)>| {
        html! {
            div.field {
                label for=(id) { (label) }
                select id=(id) name=(name) {
                    option value="" { (t::ALL) }
                    @for (value, shown) in &options {
                        option value=(value) selected[q.get(name) == Some(value.as_str())] { (shown) }
                    }
                }
            }
        }
    };
    let body = html! {
        p.lead { (t::PUBLIC_INTRO) }
        p {
            @if let Some(d) = updated { (t::public_updated(&d.to_string())) " " }
            (t::PUBLIC_PRIVACY) " " (t::PUBLIC_SOLE_TRADER_NOTE)
        }
        p.downloads {
            (t::PUBLIC_DOWNLOAD) ": "
            a href="/offentlig/bidrag.csv" download { "CSV" }
            " · "
            a href="/offentlig/bidrag.json" download { "JSON" }
            " " (t::PUBLIC_DOWNLOAD_STANDARD)
        }
        form.filters method="get" action="/offentlig" {
            (crate::web::view::lang_field())
            fieldset {
                legend { (t::FILTER_LEGEND) }
                div.fields {
                    (select("ar", "f-ar", t::F_YEAR, years.iter().map(|y| (y.to_string(), y.to_string())).collect()))
                    (select("pott", "f-pott", t::F_POT, Support::ALL.iter().map(|(k, s)| (k.to_string(), s.name().to_string())).collect()))
                    (select("stodform", "f-stodform", t::F_FORM, crate::application::Form::ALL.iter().map(|(k, f)| (k.to_string(), f.name().to_string())).collect()))
                    (select("kommun", "f-kommun", t::F_MUNICIPALITY, municipalities.iter().map(|m| (m.to_string(), m.to_string())).collect()))
                    (select("malomrade", "f-malomrade", t::F_AREA, areas.iter().map(|a| (a.clone(), a.clone())).collect()))
                    (select("mal", "f-mal", t::F_GOAL, goals.iter().map(|g| (g.to_string(), p.agenda.goals.get(g).map_or_else(|| g.to_string(), |x| format!("{g}. {x}")))).collect()))
                    div.field {
                        label for="f-q" { (t::F_TEXT) }
                        input id="f-q" type="search" name="q" value=(q.get("q").unwrap_or(""));
                    }
                }
                button type="submit" { (t::FILTER_BUTTON) }
                " "
                a href="/offentlig" { (t::CLEAR_FILTERS) }
            }
        }
        p role="status" { (t::public_count(rows.len(), &total.to_kr_string())) }
        (crate::web::view::scroll(t::PUBLIC_CAPTION.as_ref(), html! {
            table {
                caption { (t::PUBLIC_CAPTION) }
                thead { tr {
                    @for (i, (key, label, numeric)) in COLUMNS.iter().enumerate() {
                        th scope="col" class=[numeric.then_some("num")]
                            aria-sort=[(i == sort).then_some(if descending { "descending" } else { "ascending" })] {
                            a href=(sort_link(&here, key, if i == sort { !descending } else { *numeric })) {
                                (label)
                                @if i == sort { span aria-hidden="true" { (if descending { " ▼" } else { " ▲" }) } }
                                span.visually-hidden { (t::sort_hint(label)) }
                            }
                        }
                    }
                } }
                tbody {
                    @for i in &rows {
                        @let a = app(i);
                        tr {
                            td { (a.id) }
                            td { (a.public_title()) br; span.sub { (recipient(a)) } }
                            td { (a.support.name()) @if let Some(f) = a.form { br; span.sub { (f.name()) } } }
                            td { (a.municipalities.join(", ")) }
                            td.num { (a.decision_date.map_or_else(|| "–".to_string(), |d| d.to_string())) }
                            td.num { (Kr(a.granted())) }
                        }
                    }
                }
            }
        }))
        @if !rows.is_empty() {
            h2 { (t::PUBLIC_CHARTS) }
            p { (t::PUBLIC_CHARTS_INTRO) }
            (view::chart(crate::charts::bars(t::PUBLIC_BY_AREA.text(), &by_area, t::public_bars_description), "per-malomrade"))
            (view::chart(crate::charts::bars(t::PUBLIC_BY_MUNICIPALITY.text(), &by_municipality, t::public_bars_description), "per-kommun"))
            (view::chart(crate::charts::bars(t::PUBLIC_BY_YEAR.text(), &by_year, t::public_bars_description), "per-ar"))
        }
    };
    Ok(view::page(&frame, body))
}

/// `GET /offentlig/bidrag.csv` and `.json`: the decided grants as open data (the 360Giving
/// Data Standard, as `anslag export --what 360giving` writes them).
pub async fn download(
    State(state): State<AppState>,
    file: Result<axum::extract::Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<axum::response::Response, AppError> {
    let axum::extract::Path(file) =
        file.map_err(|_| AppError::BadRequest(t::BAD_PATH.to_string()))?;
    let s = state
        .default_scenario()
        .ok_or_else(|| AppError::Internal("inget scenario".into()))?;
    let package = crate::opendata::package(&s.portfolio)
        .map_err(|_| AppError::NotFound(t::PUBLIC_NO_OPEN_DATA.to_string()))?;
    let (bytes, content_type) = match file.as_str() {
        "bidrag.json" => (
            serde_json::to_vec_pretty(&package).map_err(|e| AppError::Internal(e.to_string()))?,
            "application/json",
        ),
        "bidrag.csv" => (
            crate::opendata::csv(&package).map_err(AppError::Internal)?,
            "text/csv; charset=utf-8",
        ),
        _ => return Err(AppError::NotFound(t::unknown_download(&file))),
    };
    let name = format!("anslag-bidrag-360giving.{}", &file["bidrag.".len()..]);
    Ok(crate::web::pages::export::attachment(
        &name,
        content_type,
        bytes,
    ))
}

fn sort_link(here: &[(String, String)], key: &str, descending: bool) -> String {
    let mut pairs = here.to_vec();
    pairs.push(("sortera".into(), key.into()));
    pairs.push((
        "ordning".into(),
        (if descending { "fallande" } else { "stigande" }).into(),
    ));
    format!("/offentlig{}", query(&pairs))
}
