//! Översikt: the budget per pot and year (frame, commitments, proposed, remaining), the
//! proposal's status against rank-and-fund, counts per decision body, the money per RUS
//! målområde as a picture.

use std::collections::{BTreeMap, BTreeSet};

use maud::{Markup, html};

use crate::application::Support;
use crate::money::Sek;
use crate::optimise::ledger::Ledger;
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::{Ctx, status_sentence};
use crate::web::view::{self, Kr, Mkr, Nav, chart, num};

pub async fn page(ctx: Ctx) -> Result<Markup, AppError> {
    let title = t::overview_title(&ctx.p().scenario.name);
    Ok(view::page(
        &ctx.frame(&title, Nav::Overview, "/"),
        body(&ctx),
    ))
}

/// One pot's row for one year.
struct YearRow {
    frame: Option<Sek>,
    committed: Sek,
    proposed: Sek,
}

fn body(ctx: &Ctx) -> Markup {
    let p = ctx.p();
    let a = &ctx.s.allocation;
    let s = &p.scenario;
    let books = Ledger::new(p, []);
    let mut years: BTreeSet<i32> = [s.year].into_iter().collect();
    years.extend(s.planning_frames.keys().copied());
    for sum in a.pots.values() {
        years.extend(sum.years.keys().copied());
    }
    let pots: Vec<Support> = s.budget_written.keys().copied().collect();
    let rows: BTreeMap<(Support, i32), YearRow> = pots
        .iter()
        .flat_map(|pot| years.iter().map(move |y| (*pot, *y)))
        .map(|(pot, y)| {
            // The decision year's grants are limited by the pot's budget (table above);
            // later years' payments by the planning frames.
            let frame = if y == s.year {
                None
            } else {
                s.planning_frames.get(&y).and_then(|f| f.get(&pot)).copied()
            };
            let proposed = a
                .pots
                .get(&pot)
                .and_then(|x| x.years.get(&y))
                .copied()
                .unwrap_or_default();
            (
                (pot, y),
                YearRow {
                    frame,
                    committed: books.committed(pot, y),
                    proposed,
                },
            )
        })
        .collect();
    let total_budget: Sek = s.budgets().values().copied().sum();
    let total_proposed: Sek = a.funded.iter().map(|f| f.amount).sum();
    let total_decided: Sek = a.pots.values().map(|x| x.decided).sum();
    let candidates = p
        .applications
        .iter()
        .filter(|x| x.status.is_candidate())
        .count();
    let mut bodies: BTreeMap<&str, (usize, Sek)> = BTreeMap::new();
    for f in &a.funded {
        let e = bodies.entry(f.decision_body.as_str()).or_default();
        e.0 += 1;
        e.1 += f.amount;
    }
    let saved = ctx.params.get("sparat").is_some().then(|| {
        let file = ctx
            .s
            .file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        t::saved(&s.name, file)
    });
    html! {
        @if let Some(saved) = saved {
            div.notice role="status" { p { (saved) } }
        }
        p.lead { (status_sentence(a)) }
        (crate::web::pages::strategy_paragraph(a.strategy))
        dl.figures {
            div { dt { (t::TOTAL_BUDGET) } dd { (Mkr(total_budget)) } }
            @if !total_decided.is_zero() {
                div { dt { (t::DECIDED_THIS_YEAR) } dd { (Mkr(total_decided)) } }
            }
            div { dt { (t::PROPOSED) } dd { (Mkr(total_proposed)) } }
            div { dt { (t::CANDIDATES) } dd { (candidates) } }
            div { dt { (t::FUNDED_COUNT) } dd { (a.funded.len()) } }
            // A sum of points (or of points × kronor) has no unit a reader knows; the mean
            // score of what is proposed does, and reads the same under every strategy.
            @if let Some(mean) = crate::web::pages::mean_score(a) {
                div { dt { (t::MEAN_SCORE) } dd { (num(mean, 1)) " " (crate::text::cli::OUT_OF_100) } }
            }
        }
        // Only "Flest poäng" measures in points; the others' gains have no unit a reader knows.
        @if a.strategy == crate::scenario::Objective::Score {
            p { (t::gain_sentence(&num(a.gain(), 1), a.baseline.funded.len())) }
        }
        h2 { (t::BUDGET_HEADING) }
        (view::pots_table(a, &t::budget_caption(s.year)))
        h2 { (t::PAYMENTS_HEADING) }
        (crate::web::view::scroll(&t::payments_caption(s.year).to_string(), html! {
            table {
                caption { (t::payments_caption(s.year)) }
                thead {
                    tr {
                        th scope="col" { (t::POT) }
                        th scope="col" { (t::YEAR) }
                        th scope="col" class="num" { (t::FRAME) }
                        th scope="col" class="num" { (t::COMMITTED) }
                        th scope="col" class="num" { (t::PROPOSED_PAYMENTS) }
                        th scope="col" class="num" { (t::FRAME_REMAINING) }
                    }
                }
                tbody {
                    @for ((pot, y), r) in &rows {
                        tr {
                            th scope="row" { (pot.name()) }
                            td { (y) }
                            td.num { @if let Some(f) = r.frame { (Kr(f)) } @else { (t::NO_FRAME) } }
                            td.num { (Kr(r.committed)) }
                            td.num { (Kr(r.proposed)) }
                            td.num {
                                @if let Some(f) = r.frame {
                                    (Kr(f.saturating_sub(r.committed).saturating_sub(r.proposed)))
                                } @else { "–" }
                            }
                        }
                    }
                }
            }
        }))
        h2 { (t::BODIES_HEADING) }
        @if bodies.is_empty() {
            p { (t::NOTHING_FUNDED) }
        } @else {
            (crate::web::view::scroll(t::BODIES_CAPTION.as_ref(), html! {
                table {
                    caption { (t::BODIES_CAPTION) }
                    thead { tr {
                        th scope="col" { (t::DECISION_BODY) }
                        th scope="col" class="num" { (t::COUNT) }
                        th scope="col" class="num" { (t::AMOUNT) }
                    } }
                    tbody {
                        @for (body, (n, sum)) in &bodies {
                            tr { th scope="row" { (body) } td.num { (n) } td.num { (Kr(*sum)) } }
                        }
                    }
                }
            }))
        }
        h2 { (t::PICTURES_HEADING) }
        (chart(crate::charts::score_and_amount(p, a), "poang-belopp"))
        (chart(crate::charts::by_malomrade(p, a), "malomrade"))
        (chart(crate::charts::by_pot_and_year(a), "pott-ar"))
        p { a href=(ctx.link("/ansokningar")) { (t::SEE_APPLICATIONS) } " · " a href=(ctx.link("/beslutsunderlag")) { (t::SEE_MEMO) } }
        @if !a.warnings.is_empty() {
            h2 { (t::WARNINGS_HEADING) }
            ul { @for w in &a.warnings { li { (w) } } }
        }
        @let problems = ctx.state.problems();
        @if !problems.is_empty() {
            h2 { (t::BROKEN_SCENARIOS) }
            @for (file, ps) in &problems {
                h3 { (file.display().to_string()) }
                ul { @for pr in ps { li { code { (pr.to_string()) } } } }
            }
        }
    }
}
