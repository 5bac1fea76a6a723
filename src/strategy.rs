//! The region's strategy graph: the national strategy's areas (shown, not scored), the RUS with
//! its målområden and delmål, the plans' goals (Affärsplan, Kompetensplan, Kulturplan,
//! Regionplan) and the operational plans' activities. An edge child → parent means "serves".

use std::collections::BTreeMap;

use crate::date::Date;
use crate::hierarchy::{Combine, HNode, Hierarchy};

/// The level of a node in the strategy documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The national strategy's areas: informational, named by RUS nodes in `serves`.
    Nationell,
    /// The regional development strategy itself: the root of alignment.
    Rus,
    Malomrade,
    Delmal,
    /// A plan document (Affärsplan …): groups goals for display, is not a level that scores.
    Plan,
    /// A goal of a plan, serving RUS delmål.
    Planmal,
    /// An operational plan's activity, serving plan goals.
    Aktivitet,
}

impl Level {
    pub(crate) const ALL: [(&'static str, Level); 7] = [
        ("nationell", Level::Nationell),
        ("rus", Level::Rus),
        ("malomrade", Level::Malomrade),
        ("delmal", Level::Delmal),
        ("plan", Level::Plan),
        ("planmal", Level::Planmal),
        ("aktivitet", Level::Aktivitet),
    ];

    /// Whether nodes of this level take part in scoring (may be rated and serve others).
    pub fn scores(self) -> bool {
        !matches!(self, Level::Nationell | Level::Plan)
    }
}

/// A node as the strategy file describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct StrategyNode {
    pub id: String,
    pub name: String,
    pub level: Level,
    /// For plan goals and activities: the id of the plan document.
    pub plan: Option<String>,
    pub combine: Combine,
    pub prioriterad: bool,
    /// National areas served (informational).
    pub serves: Vec<String>,
    /// The nodes served, with raw weights.
    pub parents: Vec<(String, f64)>,
    pub description: Option<String>,
    pub source: Option<String>,
    pub(crate) valid_from: Option<Date>,
    /// The last day the node is in force (a plan replaced by its successor).
    pub(crate) valid_to: Option<Date>,
}

impl StrategyNode {
    /// Whether the node is part of the strategy in force on `day`.
    pub fn in_force(&self, day: Date) -> bool {
        in_force(day, self.valid_from, self.valid_to)
    }
}

/// Whether `day` lies between a first and a last day, both included (none: open).
pub(crate) fn in_force(day: Date, from: Option<Date>, to: Option<Date>) -> bool {
    from.is_none_or(|from| from <= day) && to.is_none_or(|to| day <= to)
}

/// The strategy documents of a region as one graph.
#[derive(Debug, Clone)]
pub struct StrategyGraph {
    pub name: String,
    pub municipalities: Vec<String>,
    nodes: BTreeMap<String, StrategyNode>,
    hierarchy: Hierarchy,
}

impl StrategyGraph {
    /// Builds the graph from nodes already checked by the loader: exactly one `rus` node,
    /// parents that exist and score.
    pub fn new(
        name: String,
        municipalities: Vec<String>,
        nodes: Vec<StrategyNode>,
        root: &str,
    ) -> StrategyGraph {
        let root_node = nodes.iter().find(|n| n.id == root);
        let mut hierarchy = Hierarchy::new(HNode {
            id: root.to_string(),
            name: root_node.map(|n| n.name.clone()).unwrap_or_default(),
            combine: root_node.map(|n| n.combine).unwrap_or_default(),
        });
        for node in nodes.iter().filter(|n| n.level.scores()) {
            hierarchy.add_node(HNode {
                id: node.id.clone(),
                name: node.name.clone(),
                combine: node.combine,
            });
        }
        for node in nodes.iter().filter(|n| n.level.scores()) {
            for (parent, raw) in &node.parents {
                hierarchy.add_edge(&node.id, parent, *raw);
            }
        }
        StrategyGraph {
            name,
            municipalities,
            nodes: nodes.into_iter().map(|n| (n.id.clone(), n)).collect(),
            hierarchy,
        }
    }

    pub fn hierarchy(&self) -> &Hierarchy {
        &self.hierarchy
    }

    pub fn node(&self, id: &str) -> Option<&StrategyNode> {
        self.nodes.get(id)
    }

    /// All nodes in id order.
    pub fn nodes(&self) -> impl Iterator<Item = &StrategyNode> {
        self.nodes.values()
    }

    pub fn root(&self) -> &str {
        self.hierarchy.root_id()
    }

    /// The plan documents by name, a plan that breaks down another plan's goals (the
    /// Förvaltningsplan under the Regionplan) after the others.
    pub fn plans(&self) -> Vec<&StrategyNode> {
        let below_a_plan = |plan: &str| {
            self.nodes()
                .filter(|n| n.plan.as_deref() == Some(plan))
                .any(|n| {
                    n.parents.iter().any(|(parent, _)| {
                        self.node(parent).is_some_and(|x| x.level == Level::Planmal)
                    })
                })
        };
        let mut plans: Vec<&StrategyNode> =
            self.nodes().filter(|n| n.level == Level::Plan).collect();
        plans.sort_by_cached_key(|n| (below_a_plan(&n.id), n.name.to_lowercase()));
        plans
    }

    /// The goals of a plan document, by name.
    pub fn goals_of(&self, plan: &str) -> Vec<&StrategyNode> {
        let mut goals: Vec<&StrategyNode> = self
            .nodes()
            .filter(|n| n.level == Level::Planmal && n.plan.as_deref() == Some(plan))
            .collect();
        goals.sort_by_cached_key(|n| n.name.to_lowercase());
        goals
    }

    /// The name of the plan document a node belongs to ("Kompetensplan Västmanland").
    pub(crate) fn plan_name(&self, id: &str) -> Option<&str> {
        let plan = self.node(id)?.plan.as_deref()?;
        Some(self.node(plan).map_or(plan, |p| p.name.as_str()))
    }
}
