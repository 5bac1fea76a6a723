//! Beslutsunderlag: the printable memo for politicians — summary, pictures, the proposal grouped
//! by decision body with a two-sentence reason for each application, and what is not proposed.

use std::collections::BTreeMap;

use maud::{Markup, html};

use crate::optimise::Funded;
use crate::ranking::{explain, rank};
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::{Ctx, status_sentence};
use crate::web::view::{self, Kr, Nav, chart, num};

pub async fn page(ctx: Ctx) -> Result<Markup, AppError> {
    let p = ctx.p();
    let a = &ctx.s.allocation;
    let s = &p.scenario;
    let ranks: BTreeMap<&str, usize> = rank(p)
        .iter()
        .map(|r| (r.app.id.as_str(), r.rank))
        .collect();
    let mut by_body: BTreeMap<&str, Vec<&Funded>> = BTreeMap::new();
    for f in &a.funded {
        by_body.entry(f.decision_body.as_str()).or_default().push(f);
    }
    for list in by_body.values_mut() {
        list.sort_by(|x, y| {
            y.score
                .total_cmp(&x.score)
                .then_with(|| p.applications[x.app].id.cmp(&p.applications[y.app].id))
        });
    }
    let total_budget: crate::money::Sek = s.budgets().values().copied().sum();
    let total: crate::money::Sek = a.funded.iter().map(|f| f.amount).sum();
    let reason = |f: &Funded| -> String {
        let app = &p.applications[f.app];
        let e = explain(p, &p.assessments[f.app]);
        // The strongest strategic anchor: the alignment line worth most, named by its rated
        // node and the plan or målområde it belongs to (the full path is on the Ansökan page).
        let top = e
            .parts
            .iter()
            .filter(|part| part.part == crate::scenario::Part::Alignment)
            .flat_map(|part| part.lines.iter())
            .max_by(|x, y| x.points.total_cmp(&y.points))
            .and_then(|l| {
                let node = p.strategy.node(l.nodes.first()?)?;
                let context = p
                    .strategy
                    .plan_name(&node.id)
                    .map(str::to_string)
                    .or_else(|| {
                        l.nodes
                            .iter()
                            .filter_map(|id| p.strategy.node(id))
                            .find(|n| {
                                n.level == crate::strategy::Level::Malomrade && n.id != node.id
                            })
                            .map(|n| n.name.clone())
                    });
                Some(match context {
                    Some(c) => format!("{} ({c})", node.name),
                    None => node.name.clone(),
                })
            });
        t::memo_reason(
            f.amount,
            app.requested,
            &num(f.score, 1),
            ranks.get(app.id.as_str()).copied(),
            top.as_deref(),
            f.must_fund.as_ref(),
        )
    };
    let title = t::memo_title(&s.name);
    let body = html! {
        p.print-only { (t::memo_printed(&s.name)) }
        (crate::web::pages::export::links("forslag", &crate::web::view::link("", Some(&ctx.s.key), &ctx.default_key), t::DOWNLOAD_PROPOSAL.text()))
        section aria-labelledby="sammanfattning" {
            h2 id="sammanfattning" { (t::SUMMARY_HEADING) }
            p { (t::memo_summary(&total.to_mkr_string(1), &total_budget.to_mkr_string(1), a.funded.len(), s.year)) }
            (crate::web::pages::strategy_paragraph(a.strategy))
            @if a.strategy == crate::scenario::Objective::Rank {
                p { (status_sentence(a)) }
            } @else {
                p { (status_sentence(a)) " " (t::gain_sentence(&num(a.gain(), 1), a.baseline.funded.len())) }
            }
            @if !a.overrides.is_empty() {
                h3 { (t::OVERRIDES_HEADING) }
                ul { @for o in &a.overrides { li { (t::override_price(&o.id, o.kind, o.cost.map(|c| num(c, 1)).as_deref(), o.reason.as_deref())) } } }
            }
            (crate::web::view::pots_table(a, t::PER_POT_CAPTION.text()))
        }
        section.pictures aria-labelledby="bilder" {
            h2 id="bilder" { (t::PICTURES_HEADING) }
            (chart(crate::charts::by_malomrade(p, a), "memo-malomrade"))
            (chart(crate::charts::by_pot_and_year(a), "memo-pott"))
        }
        section aria-labelledby="forslag" {
            h2 id="forslag" { (t::PROPOSAL_HEADING) }
            @for (body, list) in &by_body {
                h3 { (body) " – " (t::count_and_sum(list.len(), &list.iter().map(|f| f.amount).sum::<crate::money::Sek>().to_kr_string())) }
                table.memo {
                    caption.visually-hidden { (t::proposal_caption(body)) }
                    thead { tr {
                        th scope="col" { (t::COL_ID) }
                        th scope="col" { (t::COL_TITLE) }
                        th scope="col" { (t::COL_MUNICIPALITY) }
                        th scope="col" class="num" { (t::AMOUNT) }
                        th scope="col" { (t::REASON) }
                    } }
                    tbody {
                        @for f in list {
                            @let app = &p.applications[f.app];
                            tr {
                                td { (app.id) }
                                td { (app.title) br; span.sub { (app.applicant.name) } }
                                td { (app.municipalities.join(", ")) }
                                td.num { (Kr(f.amount)) }
                                td { (reason(f)) }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="ej-forslag" {
            h2 id="ej-forslag" { (t::NOT_PROPOSED_HEADING) }
            table.memo {
                caption.visually-hidden { (t::NOT_PROPOSED_HEADING) }
                thead { tr {
                    th scope="col" { (t::COL_ID) }
                    th scope="col" { (t::COL_TITLE) }
                    th scope="col" class="num" { (t::COL_REQUESTED) }
                    th scope="col" { (t::REASON) }
                } }
                tbody {
                    @for n in &a.not_funded {
                        @let app = &p.applications[n.app];
                        tr {
                            td { (app.id) }
                            td { (app.title) }
                            td.num { (Kr(app.requested)) }
                            td { strong { (n.reason.name()) } ". " (n.explanation) }
                        }
                    }
                }
            }
        }
    };
    Ok(view::page(
        &ctx.frame(&title, Nav::Memo, "/beslutsunderlag"),
        body,
    ))
}
