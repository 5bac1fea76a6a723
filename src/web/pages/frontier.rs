//! Budgetkurva: the efficient frontier of the scenario (every pot scaled 50–150 %), with the
//! budgets at which applications enter and leave. Computed once by the background worker.

use maud::{Markup, html};

use crate::money::Sek;
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::Ctx;
use crate::web::view::{self, Mkr, Nav, chart, num};

pub async fn page(ctx: Ctx) -> Result<Markup, AppError> {
    let state = ctx.state.clone();
    state.want_frontier(&ctx.s);
    let p = ctx.p();
    let title = t::frontier_title(&p.scenario.name);
    let body = match ctx.s.frontier.get() {
        None => html! {
            p.note role="status" { (if state.has_worker() { t::FRONTIER_PENDING } else { t::FRONTIER_OFF }) }
            p { a href=(ctx.link("/budgetkurva")) { (t::RELOAD) } }
        },
        Some(sw) => {
            let level_budget = |i: usize| sw.points.get(i).map(|x| x.budget).unwrap_or(Sek::ZERO);
            html! {
                p { (t::FRONTIER_INTRO) }
                (chart(crate::charts::frontier(sw, &p.scenario.name), "kurva"))
                (crate::web::view::scroll(t::FRONTIER_TABLE.as_ref(), html! {
                    table {
                        caption { (t::FRONTIER_TABLE) }
                        thead { tr {
                            th scope="col" class="num" { (t::LEVEL) }
                            th scope="col" class="num" { (t::TOTAL_BUDGET) }
                            th scope="col" class="num" { (t::OBJECTIVE) }
                            th scope="col" class="num" { (t::FUNDED_COUNT) }
                            th scope="col" class="num" { (t::PROPOSED) }
                        } }
                        tbody {
                            @for pt in &sw.points {
                                tr {
                                    td.num { (num(pt.level.try_into().unwrap_or(0.0), 0)) "\u{a0}%" }
                                    td.num { (Mkr(pt.budget)) }
                                    td.num { (num(pt.score_sum, 0)) }
                                    td.num { (pt.funded.len()) }
                                    td.num { (Mkr(pt.allocated)) }
                                }
                            }
                        }
                    }
                }))
                h2 { (t::ENTRIES_HEADING) }
                @if sw.changes.is_empty() {
                    p { (t::NO_ENTRIES) }
                } @else {
                    (crate::web::view::scroll(t::ENTRIES_CAPTION.as_ref(), html! {
                        table {
                            caption { (t::ENTRIES_CAPTION) }
                            thead { tr {
                                th scope="col" { (t::COL_ID) }
                                th scope="col" { (t::COL_TITLE) }
                                th scope="col" { (t::ENTERS_AT) }
                                th scope="col" { (t::LEAVES_AT) }
                            } }
                            tbody {
                                @for c in &sw.changes {
                                    @let app = &p.applications[c.app];
                                    tr {
                                        td { a href=(ctx.link(&format!("/ansokan/{}", app.id))) { (app.id) } }
                                        td { (app.title) }
                                        td { @for (k, i) in c.enters.iter().enumerate() { @if k > 0 { ", " } (Mkr(level_budget(*i))) } }
                                        td { @for (k, i) in c.leaves.iter().enumerate() { @if k > 0 { ", " } (Mkr(level_budget(*i))) } }
                                    }
                                }
                            }
                        }
                    }))
                }
            }
        }
    };
    Ok(view::page(
        &ctx.frame(&title, Nav::Frontier, "/budgetkurva"),
        body,
    ))
}
