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
    let proposed = |x: &crate::optimise::Allocation| -> crate::money::Sek {
        x.funded.iter().map(|f| f.amount).sum()
    };
    let mean = crate::web::pages::mean_score;
    // A sum or mean of scores compares only where both score the same way.
    let same_measure = crate::web::pages::same_scores(&a.portfolio, &b.portfolio);
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
        h2 { (t::SETTINGS_HEADING) }
        @let settings = settings_diff(&a.portfolio, &b.portfolio);
        @if settings.is_empty() {
            p { (t::SETTINGS_SAME) }
        } @else {
            (crate::web::view::scroll(t::SETTINGS_CAPTION.as_ref(), html! {
                table {
                    caption { (t::SETTINGS_CAPTION) }
                    thead { tr { th scope="col" { span.visually-hidden { (t::MEASURE) } } th scope="col" { (na) } th scope="col" { (nb) } } }
                    tbody {
                        @for (what, x, y) in &settings {
                            tr { th scope="row" { (what) } td { (view::Prose(x)) } td { (view::Prose(y)) } }
                        }
                    }
                }
            }))
        }
        (crate::web::view::scroll(t::COMPARE_SUMMARY.as_ref(), html! {
            table {
                caption { (t::COMPARE_SUMMARY) }
                thead { tr { th scope="col" { span.visually-hidden { (t::MEASURE) } } th scope="col" { (na) } th scope="col" { (nb) } } }
                tbody {
                    tr { th scope="row" { (t::STATUS) } td { (status_sentence(&a.allocation)) } td { (status_sentence(&b.allocation)) } }
                    tr { th scope="row" { (t::STRATEGY) } td { (a.allocation.strategy.name()) } td { (b.allocation.strategy.name()) } }
                    tr { th scope="row" { (t::FUNDED_COUNT) } td.num { (a.allocation.funded.len()) } td.num { (b.allocation.funded.len()) } }
                    tr { th scope="row" { (t::PROPOSED) } td.num { (Kr(proposed(&a.allocation))) } td.num { (Kr(proposed(&b.allocation))) } }
                    @if same_measure && let (Some(ma), Some(mb)) = (mean(&a.allocation), mean(&b.allocation)) {
                        tr { th scope="row" { (t::MEAN_SCORE) } td.num { (num(ma, 1)) } td.num { (num(mb, 1)) } }
                    }
                }
            }
        }))
        @if !same_measure { p.note { (t::COMPARE_NO_MEAN) } }
        (crate::web::pages::export::links("jamforelse", &crate::web::params::query(&[("a".into(), a.key.clone()), ("b".into(), b.key.clone())]), t::DOWNLOAD_COMPARISON.text()))
        h2 { (t::compare_diff_heading(na, nb)) }
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

pub(crate) fn signed(d: rust_decimal::Decimal) -> String {
    let text = crate::money::group_swedish(d.abs(), 0).replace(' ', "\u{a0}");
    if d.is_sign_negative() && !d.is_zero() {
        format!("−{text}\u{a0}kr")
    } else if d.is_zero() {
        "0\u{a0}kr".to_string()
    } else {
        format!("+{text}\u{a0}kr")
    }
}

/// The settings in which two scenarios differ, in words: (what, in A, in B). Budgets, frames,
/// earlier commitments, the commitment ceiling, weights, the lowest score, the strategy,
/// part-funding, political locks and conditions.
fn settings_diff(
    pa: &crate::portfolio::Portfolio,
    pb: &crate::portfolio::Portfolio,
) -> Vec<(String, String, String)> {
    use std::collections::{BTreeMap, BTreeSet};
    let (sa, sb) = (&pa.scenario, &pb.scenario);
    let mut out: Vec<(String, String, String)> = Vec::new();
    let nothing = || t::SETTING_NOTHING.to_string();
    let kr = |x: Option<&crate::money::Sek>| x.map_or_else(nothing, |k| k.to_kr_string());
    let mut push = |what: String, x: String, y: String| {
        if x != y {
            out.push((what, x, y));
        }
    };
    let (ba, bb) = (sa.budgets(), sb.budgets());
    for pot in ba.keys().chain(bb.keys()).collect::<BTreeSet<_>>() {
        push(
            t::setting_budget(pot.lower().text()),
            kr(ba.get(pot)),
            kr(bb.get(pot)),
        );
    }
    type Years = BTreeMap<i32, BTreeMap<crate::application::Support, crate::money::Sek>>;
    let by_year = |a: &Years,
                   b: &Years,
                   label: fn(&str, i32) -> String,
                   push: &mut dyn FnMut(String, String, String)| {
        let keys: BTreeSet<(i32, crate::application::Support)> = a
            .iter()
            .chain(b)
            .flat_map(|(y, pots)| pots.keys().map(move |p| (*y, *p)))
            .collect();
        for (year, pot) in keys {
            let get = |m: &Years| m.get(&year).and_then(|x| x.get(&pot)).copied();
            push(
                label(pot.lower().text(), year),
                kr(get(a).as_ref()),
                kr(get(b).as_ref()),
            );
        }
    };
    by_year(
        &sa.planning_frames,
        &sb.planning_frames,
        t::setting_frame,
        &mut push,
    );
    by_year(
        &sa.commitments,
        &sb.commitments,
        t::setting_committed,
        &mut push,
    );
    push(
        t::SETTING_CEILING.to_string(),
        kr(sa.commitment_ceiling.as_ref()),
        kr(sb.commitment_ceiling.as_ref()),
    );
    for part in [
        crate::scenario::Part::Alignment,
        crate::scenario::Part::Agenda2030,
        crate::scenario::Part::Quality,
    ] {
        let w = |s: &crate::scenario::Scenario| {
            s.weights
                .parts
                .get(&part)
                .map_or_else(nothing, |w| num(*w, 2))
        };
        push(t::setting_weight(part.name()), w(sa), w(sb));
    }
    let areas_b: BTreeMap<String, f64> = crate::web::pages::scenarios::areas_of(pb)
        .into_iter()
        .map(|(id, _, w)| (id, w))
        .collect();
    for (id, name, w) in crate::web::pages::scenarios::areas_of(pa) {
        let other = areas_b.get(&id).map_or_else(nothing, |x| num(*x, 2));
        push(t::setting_weight(&name), num(w, 2), other);
    }
    // Weights below the målområden, within Agenda 2030 and quality: named only as different.
    let area_ids: BTreeSet<String> = crate::web::pages::scenarios::areas_of(pa)
        .into_iter()
        .map(|(id, _, _)| id)
        .collect();
    let deeper = |s: &crate::scenario::Scenario| {
        let edges: Vec<String> = s
            .weights
            .strategy
            .iter()
            .filter(|(sel, _, _)| {
                !matches!(sel, crate::scenario::EdgeSelector::From(id) if area_ids.contains(id))
            })
            .map(|(sel, w, _)| format!("{sel:?} {w}"))
            .collect();
        (
            edges,
            s.weights.agenda2030.clone(),
            s.weights.quality.clone(),
        )
    };
    if deeper(sa) != deeper(sb) {
        out.push((
            t::SETTING_OTHER_WEIGHTS.to_string(),
            t::SETTING_DIFFERS.to_string(),
            t::SETTING_DIFFERS.to_string(),
        ));
    }
    let mut push = |what: String, x: String, y: String| {
        if x != y {
            out.push((what, x, y));
        }
    };
    let min = |s: &crate::scenario::Scenario| s.min_score.map_or_else(nothing, |m| num(m, 1));
    push(t::MIN_SCORE_LABEL.to_string(), min(sa), min(sb));
    push(
        t::OBJECTIVE_LABEL.to_string(),
        sa.objective.name().to_string(),
        sb.objective.name().to_string(),
    );
    let yes_no = |b: bool| {
        if b {
            crate::text::export::YES.to_string()
        } else {
            crate::text::export::NO.to_string()
        }
    };
    push(
        t::SETTING_PARTIAL.to_string(),
        yes_no(sa.partial_funding),
        yes_no(sb.partial_funding),
    );
    let locks = |l: &[crate::scenario::Lock]| -> BTreeMap<String, String> {
        l.iter()
            .map(|x| (x.id.clone(), x.reason.clone().unwrap_or_default()))
            .collect()
    };
    for (label, la, lb) in [
        (
            t::MUST_FUND_LABEL,
            locks(&sa.must_fund),
            locks(&sb.must_fund),
        ),
        (t::EXCLUDE_LABEL, locks(&sa.exclude), locks(&sb.exclude)),
    ] {
        if la != lb {
            let words = |l: &BTreeMap<String, String>| {
                if l.is_empty() {
                    return nothing();
                }
                l.iter()
                    .map(|(id, r)| {
                        if r.is_empty() {
                            id.clone()
                        } else {
                            format!("{id} ({r})")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            out.push((label.to_string(), words(&la), words(&lb)));
        }
    }
    let names = |s: &crate::scenario::Scenario| -> BTreeSet<String> {
        s.constraints.iter().map(|c| c.name.clone()).collect()
    };
    let (ca, cb) = (names(sa), names(sb));
    if ca != cb {
        let only = |x: &BTreeSet<String>, y: &BTreeSet<String>| {
            let v: Vec<&str> = x.difference(y).map(String::as_str).collect();
            if v.is_empty() {
                nothing()
            } else {
                v.join("; ")
            }
        };
        out.push((
            t::SETTING_CONSTRAINTS.to_string(),
            only(&ca, &cb),
            only(&cb, &ca),
        ));
    }
    out
}
