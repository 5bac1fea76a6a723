//! Jämför: two scenarios side by side — objective and rank-and-fund of both, what entered, left
//! or changed amount, and how each pot, year, decision body, municipality and målområde moved.

use crate::i18n::Msg;
use maud::{Markup, html};

use crate::compare::{Comparison, Dimension, compare};
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::{Ctx, status_sentence};
use crate::web::view::{self, Kr, Nav, num};

const DIMENSIONS: [(Dimension, Msg); 5] = [
    (Dimension::Pot, t::MOVED_BY_POT),
    (Dimension::Year, t::MOVED_BY_YEAR),
    (Dimension::DecisionBody, t::MOVED_BY_BODY),
    (Dimension::Municipality, t::MOVED_BY_MUNICIPALITY),
    (Dimension::Malomrade, t::MOVED_BY_AREA),
];

pub async fn page(ctx: Ctx) -> Result<Markup, AppError> {
    let state = ctx.state.clone();
    let list = state.list();
    let pick = |field: &str,
                fallback: &str|
     -> Result<std::sync::Arc<crate::web::state::Loaded>, AppError> {
        let key = ctx.params.get(field).unwrap_or(fallback);
        state.scenario(Some(key)).ok_or_else(|| {
            let keys: Vec<String> = list.iter().map(|(k, _)| k.clone()).collect();
            AppError::BadRequest(t::unknown_scenario(key, &keys))
        })
    };
    let a = pick("a", &ctx.s.key)?;
    let other = list
        .iter()
        .map(|(k, _)| k.as_str())
        .find(|k| *k != a.key && k.split('/').next() == a.key.split('/').next())
        .unwrap_or(&a.key)
        .to_string();
    let b = pick("b", &other)?;
    let diff = compare(&a.portfolio, &a.allocation, &b.portfolio, &b.allocation);
    let title_of = |id: &str| {
        b.portfolio
            .application(id)
            .or_else(|| a.portfolio.application(id))
            .map(|(x, _)| x.title.clone())
            .unwrap_or_default()
    };
    let (na, nb) = (&a.portfolio.scenario.name, &b.portfolio.scenario.name);
    let body = html! {
        form.filters method="get" action="/jamfor" {
            (crate::web::view::lang_field())
            input type="hidden" name="scenario" value=(ctx.s.key);
            fieldset {
                legend { (t::COMPARE_LEGEND) }
                div.fields {
                    (picker("a", t::SCENARIO_A.text(), &list, &a.key))
                    (picker("b", t::SCENARIO_B.text(), &list, &b.key))
                }
                button type="submit" { (t::COMPARE_BUTTON) }
            }
        }
        (crate::web::view::scroll(t::COMPARE_SUMMARY.as_ref(), html! {
            table {
                caption { (t::COMPARE_SUMMARY) }
                thead { tr { th scope="col" { span.visually-hidden { (t::MEASURE) } } th scope="col" { (na) } th scope="col" { (nb) } } }
                tbody {
                    tr { th scope="row" { (t::STATUS) } td { (status_sentence(&a.allocation)) } td { (status_sentence(&b.allocation)) } }
                    tr { th scope="row" { (t::STRATEGY) } td { (a.allocation.strategy.name()) } td { (b.allocation.strategy.name()) } }
                    tr { th scope="row" { (t::OBJECTIVE) } td.num { (num(a.allocation.objective, 1)) } td.num { (num(b.allocation.objective, 1)) } }
                    tr { th scope="row" { (t::BASELINE_OBJECTIVE) } td.num { (num(a.allocation.baseline.objective, 1)) } td.num { (num(b.allocation.baseline.objective, 1)) } }
                    tr { th scope="row" { (t::FUNDED_COUNT) } td.num { (a.allocation.funded.len()) } td.num { (b.allocation.funded.len()) } }
                }
            }
        }))
        (crate::web::pages::export::links("jamforelse", &crate::web::params::query(&[("a".into(), a.key.clone()), ("b".into(), b.key.clone())]), t::DOWNLOAD_COMPARISON.text()))
        h2 { (t::DIFF_HEADING) }
        @if diff.is_empty() {
            p { (t::NO_DIFFERENCE) }
        } @else {
            @for (heading, list) in [(t::ENTERED, &diff.entered), (t::LEFT, &diff.left)] {
                @if !list.is_empty() {
                    h3 { (heading) }
                    ul { @for (id, amount) in list { li { a href=(ctx.link(&format!("/ansokan/{id}"))) { (id) } " " (title_of(id)) ": " (Kr(*amount)) } } }
                }
            }
            @if !diff.changed.is_empty() {
                h3 { (t::CHANGED) }
                ul { @for c in &diff.changed { li { (c.id) " " (title_of(&c.id)) ": " (Kr(c.a)) " → " (Kr(c.b)) } } }
            }
            @for (dim, heading) in DIMENSIONS { (moved_table(&diff, dim, heading.text())) }
        }
    };
    let title = t::compare_title(na, nb);
    Ok(view::page(
        &ctx.frame(&title, Nav::Compare, "/jamfor"),
        body,
    ))
}

fn picker(name: &str, label: &str, list: &[(String, String)], chosen: &str) -> Markup {
    let id = format!("f-{name}");
    html! {
        div.field {
            label for=(id) { (label) }
            select id=(id) name=(name) {
                @for (k, n) in list { option value=(k) selected[k == chosen] { (n) " (" (k) ")" } }
            }
        }
    }
}

/// The totals of one dimension that moved, as a table (nothing when none moved).
pub(crate) fn moved_table(diff: &Comparison, dim: Dimension, heading: &str) -> Markup {
    let rows: Vec<_> = diff.moved.iter().filter(|m| m.dimension == dim).collect();
    html! {
        @if !rows.is_empty() {
            (crate::web::view::scroll(heading, html! {
                table {
                    caption { (heading) }
                    thead { tr {
                        th scope="col" { (t::WHAT) }
                        th scope="col" class="num" { (t::BEFORE) }
                        th scope="col" class="num" { (t::AFTER) }
                        th scope="col" class="num" { (t::CHANGE) }
                    } }
                    tbody {
                        @for m in rows {
                            tr {
                                th scope="row" { (m.key) }
                                td.num { (Kr(m.a)) }
                                td.num { (Kr(m.b)) }
                                td.num { (signed(m.b.decimal() - m.a.decimal())) }
                            }
                        }
                    }
                }
            }))
        }
    }
}

fn signed(d: rust_decimal::Decimal) -> String {
    let text = crate::money::group_swedish(d.abs(), 0).replace(' ', "\u{a0}");
    if d.is_sign_negative() && !d.is_zero() {
        format!("−{text}\u{a0}kr")
    } else if d.is_zero() {
        "0\u{a0}kr".to_string()
    } else {
        format!("+{text}\u{a0}kr")
    }
}
