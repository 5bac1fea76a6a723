//! A weighted hierarchy: the shape shared by the three parts of the assessment (the strategy
//! graph, Agenda 2030 and the quality criteria). Nodes are combined `any` (noisy-OR) or `all`
//! (weighted sum); an edge child → parent means "serves" and carries a raw weight.
//!
//! The graph lives in petgraph; [`Hierarchy::compile`] turns it, with a scenario's weights,
//! into the flat [`Evaluator`] that `score` runs for every application.

use std::collections::HashMap;

use petgraph::Direction;
use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

/// How a node combines its children's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Combine {
    /// Noisy-OR with priorities relative to the most prioritised sibling: a focused
    /// application can reach full marks.
    #[default]
    Any,
    /// Weighted sum with weights normalised to 1: breadth is rewarded.
    All,
}

/// A node of a hierarchy.
#[derive(Debug, Clone, PartialEq)]
pub struct HNode {
    pub id: String,
    /// The name shown in explanations.
    pub name: String,
    pub combine: Combine,
}

/// Why a hierarchy cannot be evaluated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HierarchyError {
    /// The "serves" edges go round in a circle; the ids are the nodes of one circle.
    #[error("cycle: {0:?}")]
    Cycle(Vec<String>),
    /// All raw weights under a node are zero, so they cannot be normalised.
    #[error("weights under {0} cannot be normalised")]
    ZeroWeights(String),
}

/// The graph of one part, with its root.
#[derive(Debug, Clone)]
pub struct Hierarchy {
    graph: DiGraph<HNode, f64>,
    index: HashMap<String, NodeIndex>,
    root: NodeIndex,
}

impl Hierarchy {
    /// A hierarchy with only its root.
    pub fn new(root: HNode) -> Hierarchy {
        let mut graph = DiGraph::new();
        let mut index = HashMap::new();
        index.insert(root.id.clone(), NodeIndex::new(0));
        let root = graph.add_node(root);
        Hierarchy { graph, index, root }
    }

    /// Adds a node (ids are unique; a repeated id returns the existing node).
    pub fn add_node(&mut self, node: HNode) -> NodeIndex {
        if let Some(i) = self.index.get(&node.id) {
            return *i;
        }
        let id = node.id.clone();
        let i = self.graph.add_node(node);
        self.index.insert(id, i);
        i
    }

    /// Adds the edge "child serves parent" with a raw weight ≥ 0 (replacing an earlier one).
    pub fn add_edge(&mut self, child: &str, parent: &str, raw: f64) -> bool {
        let (Some(c), Some(p)) = (self.index.get(child), self.index.get(parent)) else {
            return false;
        };
        self.graph.update_edge(*c, *p, raw);
        true
    }

    pub fn root_id(&self) -> &str {
        &self.graph[self.root].id
    }

    pub fn contains(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    pub fn node(&self, id: &str) -> Option<&HNode> {
        self.index.get(id).map(|i| &self.graph[*i])
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.graph.node_weights().map(|n| n.id.as_str())
    }

    /// The ids of the nodes `id` serves directly.
    pub fn parents(&self, id: &str) -> Vec<&str> {
        let Some(i) = self.index.get(id) else {
            return Vec::new();
        };
        let mut out: Vec<&str> = self
            .graph
            .neighbors_directed(*i, Direction::Outgoing)
            .map(|p| self.graph[p].id.as_str())
            .collect();
        out.sort_unstable();
        out
    }

    /// The ids of the nodes that serve `id` directly.
    pub fn children(&self, id: &str) -> Vec<&str> {
        let Some(i) = self.index.get(id) else {
            return Vec::new();
        };
        let mut out: Vec<&str> = self
            .graph
            .neighbors_directed(*i, Direction::Incoming)
            .map(|p| self.graph[p].id.as_str())
            .collect();
        out.sort_unstable();
        out
    }

    /// Whether `ancestor` is reached from `id` by following "serves" edges (not itself).
    pub fn is_ancestor(&self, ancestor: &str, id: &str) -> bool {
        let (Some(a), Some(start)) = (self.index.get(ancestor), self.index.get(id)) else {
            return false;
        };
        let mut stack = vec![*start];
        let mut seen = vec![false; self.graph.node_count()];
        while let Some(n) = stack.pop() {
            for p in self.graph.neighbors_directed(n, Direction::Outgoing) {
                if p == *a {
                    return true;
                }
                if !seen[p.index()] {
                    seen[p.index()] = true;
                    stack.push(p);
                }
            }
        }
        false
    }

    /// Whether `id` is `node` or lies below it.
    pub fn is_at_or_below(&self, id: &str, node: &str) -> bool {
        id == node || self.is_ancestor(node, id)
    }

    /// Every circle of "serves" edges, each as its node ids in ascending order.
    pub fn cycles(&self) -> Vec<Vec<String>> {
        let mut cycles: Vec<Vec<String>> = tarjan_scc(&self.graph)
            .into_iter()
            .filter(|scc| scc.len() > 1 || self.graph.find_edge(scc[0], scc[0]).is_some())
            .map(|scc| {
                let mut ids: Vec<String> = scc.iter().map(|i| self.graph[*i].id.clone()).collect();
                ids.sort();
                ids
            })
            .collect();
        cycles.sort();
        cycles
    }

    /// The raw weight of the edge child → parent.
    pub fn edge_weight(&self, child: &str, parent: &str) -> Option<f64> {
        let (c, p) = (self.index.get(child)?, self.index.get(parent)?);
        self.graph.find_edge(*c, *p).map(|e| self.graph[e])
    }

    /// Sets the raw weight of every edge out of `child` (all the nodes it serves).
    pub fn set_weights_from(&mut self, child: &str, raw: f64) -> bool {
        let Some(c) = self.index.get(child) else {
            return false;
        };
        let edges: Vec<_> = self
            .graph
            .edges_directed(*c, Direction::Outgoing)
            .map(|e| e.id())
            .collect();
        for e in &edges {
            self.graph[*e] = raw;
        }
        !edges.is_empty()
    }

    /// Turns the graph into the flat form evaluated per application. Fails on a cycle or on a
    /// node whose children's weights are all zero.
    pub fn compile(&self) -> Result<Evaluator, HierarchyError> {
        if let Some(cycle) = self.cycles().into_iter().next() {
            return Err(HierarchyError::Cycle(cycle));
        }
        let n = self.graph.node_count();
        let mut children: Vec<Vec<(u32, f64)>> = vec![Vec::new(); n];
        for v in self.graph.node_indices() {
            let node = &self.graph[v];
            let mut kids: Vec<(NodeIndex, f64)> = self
                .graph
                .edges_directed(v, Direction::Incoming)
                .map(|e| (e.source(), e.weight().max(0.0)))
                .collect();
            if kids.is_empty() {
                continue;
            }
            kids.sort_by(|a, b| self.graph[a.0].id.cmp(&self.graph[b.0].id));
            let norm = match node.combine {
                Combine::Any => kids.iter().map(|k| k.1).fold(0.0, f64::max),
                Combine::All => kids.iter().map(|k| k.1).sum(),
            };
            if norm <= 0.0 || !norm.is_finite() {
                return Err(HierarchyError::ZeroWeights(node.id.clone()));
            }
            children[v.index()] = kids
                .into_iter()
                .map(|(c, raw)| (c.index() as u32, raw / norm))
                .collect();
        }
        // Children before parents: a depth-first post-order from the root reaches every node
        // that can contribute; nodes that cannot reach the root never matter.
        let mut order = Vec::with_capacity(n);
        let mut state = vec![0u8; n];
        let mut stack = vec![(self.root.index(), 0usize)];
        state[self.root.index()] = 1;
        while let Some((v, next)) = stack.pop() {
            if let Some(&(c, _)) = children[v].get(next) {
                stack.push((v, next + 1));
                let c = c as usize;
                if state[c] == 0 {
                    state[c] = 1;
                    stack.push((c, 0));
                }
            } else {
                order.push(v as u32);
            }
        }
        Ok(Evaluator {
            ids: self.graph.node_weights().map(|n| n.id.clone()).collect(),
            names: self.graph.node_weights().map(|n| n.name.clone()).collect(),
            combine: self.graph.node_weights().map(|n| n.combine).collect(),
            index: self
                .index
                .iter()
                .map(|(k, v)| (k.clone(), v.index() as u32))
                .collect(),
            children,
            order,
            root: self.root.index() as u32,
        })
    }
}

/// A compiled hierarchy: children sorted by id with their normalised coefficient (`q_c` for
/// `any`, `w_c` for `all`), and an evaluation order with children first.
#[derive(Debug, Clone)]
pub struct Evaluator {
    pub(crate) ids: Vec<String>,
    pub(crate) names: Vec<String>,
    pub(crate) combine: Vec<Combine>,
    pub(crate) index: HashMap<String, u32>,
    pub(crate) children: Vec<Vec<(u32, f64)>>,
    pub(crate) order: Vec<u32>,
    pub(crate) root: u32,
}

impl Evaluator {
    pub fn index_of(&self, id: &str) -> Option<u32> {
        self.index.get(id).copied()
    }

    pub fn id(&self, i: u32) -> &str {
        &self.ids[i as usize]
    }

    pub fn name(&self, i: u32) -> &str {
        &self.names[i as usize]
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Normalises every node's children again after their coefficients changed (`any` by the
    /// largest, `all` by the sum). Normalising divides all of a node's children by one number,
    /// so normalising changed coefficients is the same as normalising changed raw weights.
    pub(crate) fn renormalise(&mut self) {
        for (v, kids) in self.children.iter_mut().enumerate() {
            let norm = match self.combine[v] {
                Combine::Any => kids.iter().map(|k| k.1).fold(0.0, f64::max),
                Combine::All => kids.iter().map(|k| k.1).sum(),
            };
            if norm > 0.0 {
                for (_, coefficient) in kids.iter_mut() {
                    *coefficient /= norm;
                }
            }
        }
    }

    /// The hierarchy without the nodes flagged in `out`: their edges are gone and the
    /// remaining siblings are normalised again, as if the graph had been written without them.
    /// Indices stay the same, so paths and names read alike in both.
    pub(crate) fn without(&self, out: &[bool]) -> Evaluator {
        let mut e = self.clone();
        let gone = |v: usize| out.get(v).copied().unwrap_or(false);
        for (v, kids) in e.children.iter_mut().enumerate() {
            if gone(v) {
                kids.clear();
            } else {
                kids.retain(|(k, _)| !gone(*k as usize));
            }
        }
        e.renormalise();
        e
    }

    /// The normalised coefficient of the edge child → parent.
    pub fn coefficient(&self, parent: &str, child: &str) -> Option<f64> {
        let p = self.index_of(parent)?;
        let c = self.index_of(child)?;
        self.children[p as usize]
            .iter()
            .find(|(k, _)| *k == c)
            .map(|(_, q)| *q)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, combine: Combine) -> HNode {
        HNode {
            id: id.into(),
            name: id.into(),
            combine,
        }
    }

    #[test]
    fn cycles_are_named_by_their_nodes() {
        let mut h = Hierarchy::new(node("root", Combine::Any));
        for id in ["a", "b", "c"] {
            h.add_node(node(id, Combine::Any));
        }
        h.add_edge("a", "root", 1.0);
        h.add_edge("b", "a", 1.0);
        h.add_edge("c", "b", 1.0);
        h.add_edge("a", "c", 1.0);
        assert_eq!(
            h.cycles(),
            vec![vec!["a".to_string(), "b".into(), "c".into()]]
        );
        assert!(matches!(h.compile(), Err(HierarchyError::Cycle(_))));
    }

    #[test]
    fn zero_weights_cannot_be_normalised() {
        let mut h = Hierarchy::new(node("root", Combine::All));
        h.add_node(node("a", Combine::Any));
        h.add_edge("a", "root", 0.0);
        assert_eq!(
            h.compile().unwrap_err(),
            HierarchyError::ZeroWeights("root".into())
        );
    }

    #[test]
    fn coefficients_are_normalised_per_combine() {
        let mut h = Hierarchy::new(node("root", Combine::All));
        h.add_node(node("a", Combine::Any));
        h.add_node(node("b", Combine::Any));
        h.add_node(node("x", Combine::Any));
        h.add_edge("a", "root", 1.0);
        h.add_edge("b", "root", 3.0);
        h.add_edge("x", "a", 2.0);
        let e = h.compile().unwrap();
        assert_eq!(e.coefficient("root", "a"), Some(0.25));
        assert_eq!(e.coefficient("root", "b"), Some(0.75));
        assert_eq!(e.coefficient("a", "x"), Some(1.0));
    }
}
