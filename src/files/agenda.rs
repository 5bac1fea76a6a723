//! `strategies/agenda2030.yaml`: the global goals and their groups.

use std::collections::BTreeMap;
use std::path::Path;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::agenda2030::{Agenda, Group};
use crate::files::decode::{Fields, Spanned, list_items};
use crate::files::read_yaml;
use crate::files::yaml::Node;
use crate::problem::Diag;
use crate::text::files as msg;

const TOP_KEYS: &[&str] = &["name", "source", "description", "groups", "goals"];
const GROUP_KEYS: &[&str] = &["id", "name", "weight", "goals", "description"];
const GOAL_KEYS: &[&str] = &["number", "name", "description"];

pub fn load(path: &Path, d: &mut Diag) -> Option<Agenda> {
    let root = read_yaml(path, d)?;
    from_node(&root, d)
}

pub fn from_node(root: &Node, d: &mut Diag) -> Option<Agenda> {
    let top = Fields::open(root, "", TOP_KEYS, d)?;
    let name: String = top
        .opt("name", d)
        .unwrap_or_else(|| "Agenda 2030".to_string());
    let _: Option<String> = top.opt("source", d);
    let _: Option<String> = top.opt("description", d);
    let mut goals: BTreeMap<u8, String> = BTreeMap::new();
    for item in items(&top, "goals", d) {
        let Some(f) = Fields::open(item, "goals", GOAL_KEYS, d) else {
            continue;
        };
        let number: Option<Spanned<u32>> = f.req("number", d);
        let goal_name: Option<String> = f.req("name", d);
        let _: Option<String> = f.opt("description", d);
        if let (Some(number), Some(goal_name)) = (number, goal_name) {
            match u8::try_from(number.value)
                .ok()
                .filter(|n| (1..=99).contains(n))
            {
                Some(n) if goals.contains_key(&n) => {
                    d.error(&number.loc, "number", msg::duplicate_goal(n))
                }
                Some(n) => {
                    goals.insert(n, goal_name);
                }
                None => d.error(&number.loc, "number", msg::BAD_GOAL_NUMBER),
            }
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut grouped: BTreeMap<u8, String> = BTreeMap::new();
    for item in items(&top, "groups", d) {
        let Some(f) = Fields::open(item, "groups", GROUP_KEYS, d) else {
            continue;
        };
        let id: Option<String> = f.req("id", d);
        let group_name: Option<String> = f.req("name", d);
        let weight: Decimal = f.opt("weight", d).unwrap_or(Decimal::ONE);
        let members: Vec<Spanned<u32>> = f.req("goals", d).unwrap_or_default();
        let _: Option<String> = f.opt("description", d);
        let (Some(id), Some(group_name)) = (id, group_name) else {
            continue;
        };
        let mut numbers = Vec::new();
        for m in members {
            let n = u8::try_from(m.value).unwrap_or(0);
            if !goals.contains_key(&n) {
                d.error(&m.loc, "goals", msg::unknown_goal(m.value));
            } else if let Some(other) = grouped.get(&n) {
                d.error(&m.loc, "goals", msg::goal_in_two_groups(n, other));
            } else {
                grouped.insert(n, id.clone());
                numbers.push(n);
            }
        }
        groups.push(Group {
            id,
            name: group_name,
            goals: numbers,
            weight: weight.to_f64().unwrap_or(1.0),
        });
    }
    for n in goals.keys() {
        if !grouped.contains_key(n) {
            d.error(top.loc(), "groups", msg::goal_without_group(*n));
        }
    }
    Some(Agenda {
        name,
        goals,
        groups,
    })
}

/// The items of a required list.
fn items<'n>(f: &Fields<'n>, key: &str, d: &mut Diag) -> &'n [Node] {
    match f.node(key) {
        Some(node) => list_items(node, key, d).unwrap_or(&[]),
        None => {
            d.error(f.loc(), key, msg::missing_key(key));
            &[]
        }
    }
}
