//! Agenda 2030: the 17 global goals under four groups (ekologisk, social, ekonomisk,
//! partnerskap). The root combines the groups `all`, each group its goals `any`.

use std::collections::BTreeMap;

use crate::hierarchy::{Combine, HNode, Hierarchy};

/// The id of the part's root node.
pub const ROOT: &str = "agenda2030";

/// A group of goals (a sustainability dimension).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub goals: Vec<u8>,
    /// The default raw weight of the group under the root.
    pub weight: f64,
}

/// The global goals and their grouping.
#[derive(Debug, Clone)]
pub struct Agenda {
    pub name: String,
    pub goals: BTreeMap<u8, String>,
    pub groups: Vec<Group>,
}

impl Agenda {
    /// The goal's node id in the hierarchy (its number).
    pub fn goal_id(number: u8) -> String {
        number.to_string()
    }

    pub fn goal_name(&self, number: u8) -> Option<&str> {
        self.goals.get(&number).map(String::as_str)
    }

    /// The part's hierarchy with the file's default weights.
    pub fn hierarchy(&self) -> Hierarchy {
        let mut h = Hierarchy::new(HNode {
            id: ROOT.into(),
            name: self.name.clone(),
            combine: Combine::All,
        });
        for group in &self.groups {
            h.add_node(HNode {
                id: group.id.clone(),
                name: group.name.clone(),
                combine: Combine::Any,
            });
            h.add_edge(&group.id, ROOT, group.weight);
            for goal in &group.goals {
                let name = self.goal_name(*goal).unwrap_or_default();
                h.add_node(HNode {
                    id: Agenda::goal_id(*goal),
                    name: format!("Mål {goal} {name}"),
                    combine: Combine::Any,
                });
                h.add_edge(&Agenda::goal_id(*goal), &group.id, 1.0);
            }
        }
        h
    }
}
