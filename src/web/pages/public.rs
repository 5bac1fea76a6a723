//! Offentlig vy: decided grants only, in the spirit of "Så fördelas 1:1-anslaget". Pending
//! applications may hold companies' confidential data and never appear here; neither do
//! scores, ratings or organisation numbers.

use crate::i18n::Msg;
use std::collections::BTreeSet;

use axum::extract::{RawQuery, State};
use maud::{Markup, html};

use crate::application::{Application, Status, Support};
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

pub async fn page(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Markup, AppError> {
    let q = Params::parse(raw.as_deref())?;
    let s = state
        .default_scenario()
        .ok_or_else(|| AppError::Internal("inget scenario".into()))?;
    let p = &s.portfolio;
    let decided: Vec<&Application> = p.applications.iter().filter(|a| is_public(a)).collect();
    let municipalities: BTreeSet<&str> = decided
        .iter()
        .flat_map(|a| a.municipalities.iter().map(String::as_str))
        .collect();
    let pot = q.choice("pott", t::F_POT.text(), &Support::ALL)?;
    let municipality = match q.get("kommun") {
        Some(m) if municipalities.contains(m) => Some(m),
        Some(m) => {
            return Err(AppError::BadRequest(t::unknown_value(
                t::F_MUNICIPALITY.text(),
                m,
            )));
        }
        None => None,
    };
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
    let mut rows: Vec<&Application> = decided
        .iter()
        .copied()
        .filter(|a| pot.is_none_or(|x| a.support == x))
        .filter(|a| municipality.is_none_or(|m| a.municipalities.iter().any(|x| x == m)))
        .filter(|a| {
            text.as_ref().is_none_or(|q| {
                a.title.to_lowercase().contains(q.as_str())
                    || a.applicant.name.to_lowercase().contains(q.as_str())
                    || a.id.to_lowercase().contains(q.as_str())
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        let o = match COLUMNS[sort].0 {
            "id" => a.id.cmp(&b.id),
            "titel" => a.title.to_lowercase().cmp(&b.title.to_lowercase()),
            "stod" => a.support.name().cmp(b.support.name()),
            "kommun" => a.municipalities.cmp(&b.municipalities),
            "ar" => a.decision_date.cmp(&b.decision_date),
            _ => a.granted().cmp(&b.granted()),
        };
        let o = if descending { o.reverse() } else { o };
        o.then_with(|| a.id.cmp(&b.id))
    });
    let total: Sek = rows.iter().map(|a| a.granted()).sum();
    let here = q.without(&["sortera", "ordning"]);
    let frame = view::plain_frame(t::PUBLIC_TITLE.text(), Nav::Public, true, "/offentlig");
    let body = html! {
        p.lead { (t::PUBLIC_INTRO) }
        form.filters method="get" action="/offentlig" {
            (crate::web::view::lang_field())
            fieldset {
                legend { (t::FILTER_LEGEND) }
                div.fields {
                    div.field {
                        label for="f-pott" { (t::F_POT) }
                        select id="f-pott" name="pott" {
                            option value="" { (t::ALL) }
                            @for (k, s) in Support::ALL { option value=(k) selected[q.get("pott") == Some(k)] { (s.name()) } }
                        }
                    }
                    div.field {
                        label for="f-kommun" { (t::F_MUNICIPALITY) }
                        select id="f-kommun" name="kommun" {
                            option value="" { (t::ALL) }
                            @for m in &municipalities { option value=(m) selected[q.get("kommun") == Some(*m)] { (m) } }
                        }
                    }
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
                    @for a in &rows {
                        tr {
                            td { (a.id) }
                            td { (a.title) br; span.sub { (a.applicant.name) } }
                            td { (a.support.name()) @if let Some(f) = a.form { br; span.sub { (f.name()) } } }
                            td { (a.municipalities.join(", ")) }
                            td.num { (a.decision_date.map_or_else(|| "–".to_string(), |d| d.to_string())) }
                            td.num { (Kr(a.granted())) }
                        }
                    }
                }
            }
        }))
    };
    Ok(view::page(&frame, body))
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
