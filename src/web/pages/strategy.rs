//! Strategi: the region's strategy hierarchy as a tree (a node with several parents is drawn
//! under each and says so), with per node the applications that serve it and the money the
//! proposal gives them. Målområden also get the money split by contributions, which adds up.

use std::collections::{BTreeMap, BTreeSet};

use maud::{Markup, html};

use crate::money::Sek;
use crate::portfolio::Portfolio;
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::Ctx;
use crate::web::view::{self, Mkr, Nav};

/// Per node: applications rated at or below it (any rating ≥ 1), funded ones, their money.
#[derive(Default, Clone, Copy)]
struct Flow {
    serving: usize,
    funded: usize,
    amount: Sek,
}

pub async fn page(ctx: Ctx) -> Result<Markup, AppError> {
    let p = ctx.p();
    let h = p.strategy.hierarchy();
    let funded: BTreeMap<usize, Sek> = ctx
        .s
        .allocation
        .funded
        .iter()
        .map(|f| (f.app, f.amount))
        .collect();
    let mut flows: BTreeMap<String, Flow> = BTreeMap::new();
    for id in h.ids() {
        let mut f = Flow::default();
        for (i, app) in p.applications.iter().enumerate() {
            if !app.status.is_candidate() {
                continue;
            }
            let serves = app
                .links
                .iter()
                .any(|(node, r)| *r >= 1 && h.is_at_or_below(node, id));
            if serves {
                f.serving += 1;
                if let Some(x) = funded.get(&i) {
                    f.funded += 1;
                    f.amount += *x;
                }
            }
        }
        flows.insert(id.to_string(), f);
    }
    let mut split: BTreeMap<String, Sek> = BTreeMap::new();
    for f in &ctx.s.allocation.funded {
        for (area, v) in crate::compare::by_malomrade(p, f.app, f.amount) {
            *split.entry(area).or_default() += v;
        }
    }
    let mut split_rows: Vec<(String, Sek)> = split.into_iter().collect();
    split_rows.sort_by_key(|(area, _)| crate::compare::area_order(p, area));
    let title = t::strategy_title(&p.strategy.name);
    let root = p.strategy.root().to_string();
    let mut seen = BTreeSet::new();
    let body = html! {
        p { (t::STRATEGY_INTRO) }
        (crate::web::view::chart(crate::charts::pot_flows(p, &ctx.s.allocation), "flode"))
        @if !split_rows.is_empty() {
            (crate::web::view::scroll(t::SPLIT_CAPTION.as_ref(), html! {
                table {
                    caption { (t::SPLIT_CAPTION) }
                    thead { tr { th scope="col" { (t::AREA) } th scope="col" class="num" { (t::AMOUNT) } } }
                    tbody { @for (area, v) in &split_rows { tr { th scope="row" { (area) } td.num { (Mkr(*v)) } } } }
                }
            }))
        }
        h2 { (t::TREE_HEADING) }
        ul.tree { (node(&ctx, p, &root, &flows, &mut seen, 0)) }
        @let plans = p.strategy.plans();
        @if !plans.is_empty() {
            h2 { (t::PLANS_HEADING) }
            ul {
                @for plan in plans {
                    li {
                        strong { (plan.name) }
                        @if let Some(about) = &plan.description { " – " (about) }
                        @let goals = p.strategy.goals_of(&plan.id);
                        @if !goals.is_empty() {
                            ul { @for g in goals { li {
                                a href=(format!("/ansokningar{}", filter_query(&ctx, &g.id))) { (g.name) }
                                @if let Some(when) = t::node_in_force(g.valid_from, g.valid_to) { " " span.sub { (when) } }
                            } } }
                        }
                    }
                }
            }
        }
    };
    Ok(view::page(
        &ctx.frame(&title, Nav::Strategy, "/strategi"),
        body,
    ))
}

fn filter_query(ctx: &Ctx, node: &str) -> String {
    let mut pairs = vec![("nod".to_string(), node.to_string())];
    if ctx.s.key != ctx.default_key {
        pairs.insert(0, ("scenario".to_string(), ctx.s.key.clone()));
    }
    crate::web::params::query(&pairs)
}

/// One node and, the first time it is drawn, its children.
fn node(
    ctx: &Ctx,
    p: &Portfolio,
    id: &str,
    flows: &BTreeMap<String, Flow>,
    seen: &mut BTreeSet<String>,
    depth: usize,
) -> Markup {
    let h = p.strategy.hierarchy();
    let info = p.strategy.node(id);
    let name = info.map_or(id, |n| n.name.as_str());
    let flow = flows.get(id).copied().unwrap_or_default();
    let first = seen.insert(id.to_string());
    let parents = h.parents(id);
    let mut children: Vec<&str> = h.children(id);
    children.sort_by_key(|c| super::document_key(p, c));
    let folds = !children.is_empty() && first && depth < 12;
    let link = format!("/ansokningar{}", filter_query(ctx, id));
    // A summary may hold no link (axe: nested-interactive): a folding node's link to its
    // applications is the first line inside it.
    let line = html! {
            span.node {
                @if depth > 0 && !folds {
                    a href=(link) { (name) }
                } @else {
                    strong { (name) }
                }
                @if info.is_some_and(|n| n.prioriterad) { " " span.tag { (t::PRIORITISED) } }
                @if let Some(when) = info.and_then(|n| t::node_in_force(n.valid_from, n.valid_to)) {
                    " " span.sub { (when) }
                }
                " "
                span.sub { (t::flow(flow.serving, flow.funded, &flow.amount.to_kr_string().replace(' ', "\u{a0}"))) }
                @if parents.len() > 1 {
                    " " span.sub { (t::also_under(&parents.iter().filter_map(|x| p.strategy.node(x).map(|n| n.name.clone())).collect::<Vec<_>>().join(", "))) }
                }
            }
    };
    // The RUS and its målområden open; deeper levels fold (no script: <details>).
    html! {
        li {
            @if folds {
                details open[depth < 2] {
                    summary { (line) }
                    @if depth > 0 && flow.serving > 0 {
                        p.tree-link { a href=(link) { (t::tree_show(flow.serving)) } }
                    }
                    ul { @for c in children { (node(ctx, p, c, flows, seen, depth + 1)) } }
                }
            } @else {
                (line)
                @if !children.is_empty() { " " span.sub { (t::SHOWN_ABOVE) } }
            }
        }
    }
}
