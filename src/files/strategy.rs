//! `strategies/vastmanland.yaml`: the strategy graph.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::date::Date;
use crate::files::decode::{Fields, Spanned, choice, list_items, opt_choice};
use crate::files::read_yaml;
use crate::files::yaml::Node;
use crate::hierarchy::Combine;
use crate::problem::{Diag, Loc, suggestion};
use crate::strategy::{Level, StrategyGraph, StrategyNode};
use crate::text::files as msg;

const TOP_KEYS: &[&str] = &[
    "name",
    "region",
    "description",
    "source",
    "municipalities",
    "nodes",
];
const NODE_KEYS: &[&str] = &[
    "id",
    "name",
    "level",
    "parents",
    "plan",
    "combine",
    "prioriterad",
    "serves",
    "description",
    "source",
    "valid_from",
    "valid_to",
];
/// What a node's `source` says when the node is a placeholder, not taken from a document.
pub(crate) const EXAMPLE_SOURCE: &str = "exempel";
pub(crate) const COMBINE: [(&str, Combine); 2] = [("any", Combine::Any), ("all", Combine::All)];

/// A node with the places the graph checks need.
struct Raw {
    node: StrategyNode,
    loc: Loc,
    parents: Vec<(Spanned<String>, f64)>,
    plan_loc: Option<Loc>,
    serves: Vec<Spanned<String>>,
}

/// Loads and checks the strategy graph.
pub fn load(path: &Path, d: &mut Diag) -> Option<StrategyGraph> {
    let root = read_yaml(path, d)?;
    from_node(&root, d)
}

pub fn from_node(root: &Node, d: &mut Diag) -> Option<StrategyGraph> {
    let top = Fields::open(root, "", TOP_KEYS, d)?;
    let name: String = top.opt("name", d).unwrap_or_default();
    let municipalities: Vec<String> = top.opt("municipalities", d).unwrap_or_default();
    let _: Option<String> = top.opt("region", d);
    let _: Option<String> = top.opt("description", d);
    let _: Option<String> = top.opt("source", d);
    let Some(nodes_node) = top.node("nodes") else {
        d.error(top.loc(), "nodes", msg::missing_key("nodes"));
        return None;
    };
    let items = list_items(nodes_node, "nodes", d)?;

    let mut raws: Vec<Raw> = Vec::new();
    let mut seen: HashMap<String, Loc> = HashMap::new();
    for item in items {
        if let Some(raw) = read_node(item, d) {
            if let Some(first) = seen.get(&raw.node.id) {
                d.error(&raw.loc, "id", msg::duplicate_id(&raw.node.id, first));
                continue;
            }
            seen.insert(raw.node.id.clone(), raw.loc.clone());
            raws.push(raw);
        }
    }
    check_graph(&mut raws, d);

    let roots: Vec<&Raw> = raws.iter().filter(|r| r.node.level == Level::Rus).collect();
    let root_id = match roots.as_slice() {
        [one] => one.node.id.clone(),
        [] => {
            d.error(&nodes_node.loc, "nodes", msg::NO_RUS_NODE);
            return None;
        }
        [_, rest @ ..] => {
            for extra in rest {
                d.error(&extra.loc, "level", msg::MANY_RUS_NODES);
            }
            return None;
        }
    };
    let graph = StrategyGraph::new(
        name,
        municipalities,
        raws.into_iter().map(|r| r.node).collect(),
        &root_id,
    );
    for cycle in graph.hierarchy().cycles() {
        let loc = seen
            .get(&cycle[0])
            .cloned()
            .unwrap_or_else(|| nodes_node.loc.clone());
        d.error(&loc, "parents", msg::cycle(&cycle));
    }
    Some(graph)
}

fn read_node(item: &Node, d: &mut Diag) -> Option<Raw> {
    let f = Fields::open(item, "", NODE_KEYS, d)?;
    let id: Option<String> = f.req("id", d);
    let context = msg::node_context(id.as_deref().unwrap_or("?"));
    d.within(context, |d| {
        let name: Option<String> = f.req("name", d);
        let level = f
            .node("level")
            .and_then(|n| choice(n, "level", &Level::ALL, d));
        if f.node("level").is_none() {
            d.error(f.loc(), "level", msg::missing_key("level"));
        }
        let combine = opt_choice(&f, "combine", &COMBINE, d).unwrap_or_default();
        let prioriterad: bool = f.opt("prioriterad", d).unwrap_or(false);
        let serves: Vec<Spanned<String>> = f.opt("serves", d).unwrap_or_default();
        let parents: Vec<(Spanned<String>, Decimal)> = f.opt("parents", d).unwrap_or_default();
        let plan: Option<String> = f.opt("plan", d);
        let description: Option<String> = f.opt("description", d);
        let source: Option<String> = f.opt("source", d);
        let valid_from: Option<Date> = f.opt("valid_from", d);
        let valid_to: Option<Spanned<Date>> = f.opt("valid_to", d);
        if let (Some(from), Some(to)) = (valid_from, &valid_to)
            && to.value < from
        {
            d.error(
                &to.loc,
                "valid_to",
                msg::valid_to_before_from(from, to.value),
            );
        }
        // A prioritised goal is a claim about the strategy document: it needs a source that
        // says so, not an example.
        if prioriterad && source.as_deref().is_none_or(|s| s.trim() == EXAMPLE_SOURCE) {
            let loc = f.node("prioriterad").map_or(f.loc(), |n| &n.loc);
            d.warning(loc, "prioriterad", msg::PRIORITISED_WITHOUT_SOURCE);
        }
        let id = id?;
        if id.trim().is_empty() || id.contains('>') || id.chars().any(char::is_whitespace) {
            d.error(f.loc(), "id", msg::bad_node_id(&id));
        }
        let parents = parents
            .into_iter()
            .map(|(k, w)| (k, w.to_f64().unwrap_or(0.0)))
            .collect::<Vec<_>>();
        Some(Raw {
            node: StrategyNode {
                id,
                name: name?,
                level: level?,
                plan,
                combine,
                prioriterad,
                serves: serves.iter().map(|s| s.value.clone()).collect(),
                parents: parents.iter().map(|(k, w)| (k.value.clone(), *w)).collect(),
                description,
                source,
                valid_from,
                valid_to: valid_to.map(|t| t.value),
            },
            loc: f.loc().clone(),
            parents,
            plan_loc: f.node("plan").map(|n| n.loc.clone()),
            serves,
        })
    })
}

/// Checks references between nodes: parents exist and score, plans are plan documents,
/// `serves` names national areas, and every scoring node below the RUS serves something.
fn check_graph(raws: &mut [Raw], d: &mut Diag) {
    let levels: BTreeMap<String, Level> = raws
        .iter()
        .map(|r| (r.node.id.clone(), r.node.level))
        .collect();
    let ids: Vec<&str> = levels.keys().map(String::as_str).collect();
    let known = |id: &str, want: &dyn Fn(Level) -> bool| levels.get(id).is_some_and(|l| want(*l));
    let mut problems: Vec<(Loc, &'static str, String)> = Vec::new();
    for raw in raws.iter() {
        let context = msg::node_context(&raw.node.id);
        let level = raw.node.level;
        for (parent, weight) in &raw.parents {
            if !levels.contains_key(&parent.value) {
                let hint = suggestion(&parent.value, ids.iter().copied());
                problems.push((
                    parent.loc.clone(),
                    "parents",
                    format!("{context}: {}", msg::unknown_node(&parent.value, hint)),
                ));
            } else if !known(&parent.value, &|l: Level| l.scores()) {
                problems.push((
                    parent.loc.clone(),
                    "parents",
                    format!("{context}: {}", msg::parent_not_scoring(&parent.value)),
                ));
            }
            if !weight.is_finite() || *weight < 0.0 {
                problems.push((
                    parent.loc.clone(),
                    "parents",
                    format!("{context}: {}", msg::BAD_WEIGHT),
                ));
            }
        }
        if level.scores() && level != Level::Rus && raw.parents.is_empty() {
            problems.push((
                raw.loc.clone(),
                "parents",
                format!("{context}: {}", msg::NO_PARENTS),
            ));
        }
        if !level.scores() && !raw.parents.is_empty() {
            problems.push((
                raw.loc.clone(),
                "parents",
                format!("{context}: {}", msg::INFORMATIONAL_WITH_PARENTS),
            ));
        }
        if level == Level::Rus && !raw.parents.is_empty() {
            problems.push((
                raw.loc.clone(),
                "parents",
                format!("{context}: {}", msg::RUS_WITH_PARENTS),
            ));
        }
        match (&raw.node.plan, &raw.plan_loc) {
            (Some(plan), Some(loc)) if !known(plan, &|l: Level| l == Level::Plan) => {
                let plans: Vec<&str> = levels
                    .iter()
                    .filter(|(_, l)| **l == Level::Plan)
                    .map(|(k, _)| k.as_str())
                    .collect();
                let hint = suggestion(plan, plans);
                problems.push((
                    loc.clone(),
                    "plan",
                    format!("{context}: {}", msg::unknown_plan(plan, hint)),
                ));
            }
            (None, _) if level == Level::Planmal => {
                problems.push((
                    raw.loc.clone(),
                    "plan",
                    format!("{context}: {}", msg::missing_key("plan")),
                ));
            }
            _ => {}
        }
        for served in &raw.serves {
            if !known(&served.value, &|l: Level| l == Level::Nationell) {
                let national: Vec<&str> = levels
                    .iter()
                    .filter(|(_, l)| **l == Level::Nationell)
                    .map(|(k, _)| k.as_str())
                    .collect();
                let hint = suggestion(&served.value, national);
                problems.push((
                    served.loc.clone(),
                    "serves",
                    format!("{context}: {}", msg::unknown_national(&served.value, hint)),
                ));
            }
        }
    }
    for (loc, key, message) in problems {
        d.error(&loc, key, message);
    }
    // Keep only edges to known scoring parents, so later stages see a well-formed graph.
    for raw in raws.iter_mut() {
        raw.node
            .parents
            .retain(|(p, w)| known(p, &|l: Level| l.scores()) && w.is_finite() && *w >= 0.0);
    }
}
