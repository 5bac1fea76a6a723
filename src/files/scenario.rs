//! Scenario files and their inheritance (docs/berakning.md §4).
//!
//! `base:` chains are merged on the node tree before anything is decoded, so a problem in an
//! inherited value still points at the file and line that wrote it: maps merge deeply (a key
//! set here replaces the base's, `null` restores the default); `must_fund` and `exclude` add to
//! the base's and `unlock` removes from both; `constraints` merge by `name` (`enabled: false`
//! removes one).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::application::{ApplicantType, Form, Support};
use crate::files::decode::{Fields, Spanned, choice, choice_list, join, list_items};
use crate::files::yaml::{Kind, Node, quoted};
use crate::files::{read_yaml, resolve, tidy};
use crate::money::{Sek, group_swedish};
use crate::problem::{Diag, Loc, suggestion};
use crate::scenario::{
    Constraint, ConstraintKind, EdgeSelector, Filter, Lock, Objective, Part, Scenario, Sources,
    Weights,
};
use crate::text::files as msg;

const KEYS: &[&str] = &[
    "name",
    "description",
    "base",
    "strategy",
    "agenda2030",
    "rules",
    "applications",
    "aid_register",
    "municipalities",
    "year",
    "budget",
    "budget_scale",
    "planning_frames",
    "commitments",
    "commitment_ceiling",
    "weights",
    "objective",
    "min_score",
    "partial_funding",
    "time_limit",
    "must_fund",
    "exclude",
    "unlock",
    "constraints",
];
const WEIGHT_KEYS: &[&str] = &["parts", "strategy", "agenda2030", "quality"];
const PART_KEYS: &[&str] = &["alignment", "agenda2030", "quality"];
const FILTER_KEYS: &[&str] = &[
    "municipality",
    "municipality_not",
    "form",
    "form_not",
    "support",
    "support_not",
    "applicant_type",
    "applicant_type_not",
    "tags",
    "tags_not",
    "strategy",
    "strategy_not",
    "agenda2030",
    "agenda2030_not",
];
const OBJECTIVES: [(&str, Objective); 3] = [
    ("rank", Objective::Rank),
    ("value", Objective::Value),
    ("score", Objective::Score),
];
const KINDS: [(&str, &str); 6] = [
    ("share", "share"),
    ("coverage", "coverage"),
    ("resource", "resource"),
    ("per_applicant", "per_applicant"),
    ("at_most_one", "at_most_one"),
    ("requires", "requires"),
];

/// Loads a scenario with its whole `base:` chain.
pub fn load(path: &Path, d: &mut Diag) -> Option<Scenario> {
    let mut chain = Vec::new();
    let merged = load_merged(path, &mut chain, d)?;
    decode(&merged, chain, d)
}

/// Reads `path` and, recursively, its bases, and merges them; `chain` lists the files read,
/// the requested one first.
fn load_merged(path: &Path, chain: &mut Vec<PathBuf>, d: &mut Diag) -> Option<Node> {
    let shown = tidy(path);
    if let Some(pos) = chain.iter().position(|p| same_file(p, &shown)) {
        let mut files: Vec<String> = chain[pos..]
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        files.push(shown.display().to_string());
        let loc = Loc::file(
            &chain
                .last()
                .map_or(String::new(), |p| p.display().to_string()),
        );
        d.error(&loc, "base", msg::base_cycle(&files));
        return None;
    }
    chain.push(shown.clone());
    let node = read_yaml(&shown, d)?;
    let base = node.get("base").filter(|b| !b.is_null());
    match base {
        None => Some(node),
        Some(base) => {
            let Some(relative) = base.scalar() else {
                d.error(
                    &base.loc,
                    "base",
                    msg::expected("base", msg::EXPECT_PATH, base.describe()),
                );
                return None;
            };
            let base_path = resolve(&base.loc, relative);
            if !base_path.exists() && !chain.iter().any(|p| same_file(p, &base_path)) {
                d.error(
                    &base.loc,
                    "base",
                    msg::missing_file(&base_path.display().to_string()),
                );
                return None;
            }
            let parent = load_merged(&base_path, chain, d)?;
            Some(merge(parent, node))
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Merges a scenario over its base.
fn merge(base: Node, child: Node) -> Node {
    let (Kind::Map(mut out), Kind::Map(entries)) = (base.kind, child.kind.clone()) else {
        // Not mappings: the decoder reports the child's shape; the child wins.
        return child;
    };
    let unlock: Vec<String> = entries
        .iter()
        .find(|(k, _)| k.scalar() == Some("unlock"))
        .map(|(_, v)| ids_of(v))
        .unwrap_or_default();
    if !unlock.is_empty() {
        for key in ["must_fund", "exclude"] {
            if let Some((_, list)) = out.iter_mut().find(|(k, _)| k.scalar() == Some(key))
                && let Kind::Seq(items) = &mut list.kind
            {
                items.retain(|item| lock_id(item).is_none_or(|id| !unlock.contains(&id)));
            }
        }
    }
    for (key, value) in entries {
        let Some(name) = key.scalar().map(str::to_string) else {
            out.push((key, value));
            continue;
        };
        if name == "base" || name == "unlock" {
            continue;
        }
        let existing = out
            .iter()
            .position(|(k, _)| k.scalar() == Some(name.as_str()));
        match (name.as_str(), existing) {
            ("must_fund" | "exclude", Some(i)) if matches!(value.kind, Kind::Seq(_)) => {
                if let (Kind::Seq(old), Kind::Seq(new)) = (&mut out[i].1.kind, value.kind) {
                    old.extend(new);
                } else {
                    out[i].1 = Node {
                        kind: Kind::Null,
                        loc: value.loc,
                    };
                }
            }
            ("constraints", Some(i)) if matches!(value.kind, Kind::Seq(_)) => {
                let old = std::mem::replace(&mut out[i].1, Node::null(value.loc.clone()));
                out[i].1 = merge_constraints(old, value);
            }
            (_, Some(i)) if value.is_null() => {
                out.remove(i);
            }
            (_, Some(i))
                if matches!(value.kind, Kind::Map(_)) && matches!(out[i].1.kind, Kind::Map(_)) =>
            {
                let old = std::mem::replace(&mut out[i].1, Node::null(value.loc.clone()));
                out[i].1 = merge_maps(old, value);
            }
            (_, Some(i)) => out[i] = (key, value),
            (_, None) if value.is_null() => {}
            (_, None) => out.push((key, value)),
        }
    }
    Node {
        kind: Kind::Map(out),
        loc: child.loc,
    }
}

/// Deep merge of two mappings (a key set in `child` replaces; `null` removes).
fn merge_maps(base: Node, child: Node) -> Node {
    let (Kind::Map(mut out), Kind::Map(entries)) = (base.kind, child.kind.clone()) else {
        return child;
    };
    for (key, value) in entries {
        let existing = key
            .scalar()
            .and_then(|name| out.iter().position(|(k, _)| k.scalar() == Some(name)));
        match existing {
            Some(i) if value.is_null() => {
                out.remove(i);
            }
            Some(i)
                if matches!(value.kind, Kind::Map(_)) && matches!(out[i].1.kind, Kind::Map(_)) =>
            {
                let old = std::mem::replace(&mut out[i].1, Node::null(value.loc.clone()));
                out[i].1 = merge_maps(old, value);
            }
            Some(i) => out[i] = (key, value),
            None if value.is_null() => {}
            None => out.push((key, value)),
        }
    }
    Node {
        kind: Kind::Map(out),
        loc: child.loc,
    }
}

fn merge_constraints(base: Node, child: Node) -> Node {
    let (Kind::Seq(mut out), Kind::Seq(items)) = (base.kind, child.kind.clone()) else {
        return child;
    };
    for item in items {
        let name = item.get("name").and_then(Node::scalar).map(str::to_string);
        let disabled = item.get("enabled").and_then(Node::scalar) == Some("false");
        let existing = name.as_deref().and_then(|n| {
            out.iter()
                .position(|c| c.get("name").and_then(Node::scalar) == Some(n))
        });
        match (existing, disabled) {
            (Some(i), true) => {
                out.remove(i);
            }
            (None, true) => {}
            (Some(i), false) => out[i] = item,
            (None, false) => out.push(item),
        }
    }
    Node {
        kind: Kind::Seq(out),
        loc: child.loc,
    }
}

fn lock_id(item: &Node) -> Option<String> {
    item.scalar()
        .or_else(|| item.get("id").and_then(Node::scalar))
        .map(str::to_string)
}

fn ids_of(node: &Node) -> Vec<String> {
    match &node.kind {
        Kind::Seq(items) => items.iter().filter_map(lock_id).collect(),
        _ => Vec::new(),
    }
}

fn decode(node: &Node, chain: Vec<PathBuf>, d: &mut Diag) -> Option<Scenario> {
    // A list at the top is an applications file given where a scenario was expected.
    if matches!(node.kind, Kind::Seq(_)) {
        d.error(&node.loc, "", msg::NOT_A_SCENARIO);
        return None;
    }
    // A mapping with the register's lists and no year is the de minimis register.
    let has = |key: &str| {
        node.entries()
            .is_some_and(|e| e.iter().any(|(k, _)| k.scalar() == Some(key)))
    };
    if (has("aid") || has("undertakings")) && !has("year") {
        d.error(&node.loc, "", msg::REGISTER_NOT_A_SCENARIO);
        return None;
    }
    let f = Fields::open(node, "", KEYS, d)?;
    let name: Option<Spanned<String>> = f.req("name", d);
    // A name is shown on pages, in memos and in files written from this scenario: one line
    // of text, no control characters.
    let name = name.and_then(|n| {
        if n.value.chars().any(char::is_control) || n.value.trim().is_empty() {
            d.error(&n.loc, "name", msg::BAD_NAME);
            None
        } else {
            Some(n.value)
        }
    });
    let _: Option<String> = f.opt("description", d);
    let sources = read_sources(&f, d);
    let year: Option<Spanned<u32>> = f.req("year", d);
    let year = year.and_then(|y| {
        match i32::try_from(y.value)
            .ok()
            .filter(|y| (2000..=2100).contains(y))
        {
            Some(v) => Some(v),
            None => {
                d.error(&y.loc, "year", msg::bad_year(&y.value.to_string()));
                None
            }
        }
    });
    let budget_loc = f.node("budget").map(|n| n.loc.clone());
    let budget = f
        .node("budget")
        .map(|n| pots(n, "budget", d))
        .unwrap_or_else(|| {
            d.error(f.loc(), "budget", msg::missing_key("budget"));
            BTreeMap::new()
        });
    let budget_scale: Decimal = match f.opt::<Spanned<Decimal>>("budget_scale", d) {
        Some(s) if s.value > Decimal::ZERO && s.value <= Decimal::from(100) => s.value,
        Some(s) => {
            d.error(&s.loc, "budget_scale", msg::BAD_BUDGET_SCALE);
            Decimal::ONE
        }
        None => Decimal::ONE,
    };
    let planning_frames = f
        .node("planning_frames")
        .map(|n| per_year(n, "planning_frames", d))
        .unwrap_or_default();
    let commitments = f
        .node("commitments")
        .map(|n| per_year(n, "commitments", d))
        .unwrap_or_default();
    let commitment_ceiling: Option<Sek> = f.opt("commitment_ceiling", d);
    let weights = f
        .node("weights")
        .map(|n| read_weights(n, d))
        .unwrap_or_default();
    let objective = f
        .node("objective")
        .and_then(|n| choice(n, "objective", &OBJECTIVES, d))
        .unwrap_or_default();
    let min_score = f.opt::<Decimal>("min_score", d).and_then(|v| v.to_f64());
    let partial_funding: bool = f.opt("partial_funding", d).unwrap_or(false);
    let time_limit = match f.opt::<Spanned<Decimal>>("time_limit", d) {
        Some(t) if t.value > Decimal::ZERO && t.value <= Decimal::from(3600) => {
            t.value.to_f64().unwrap_or(30.0)
        }
        Some(t) => {
            d.error(&t.loc, "time_limit", msg::BAD_TIME_LIMIT);
            30.0
        }
        None => 30.0,
    };
    let must_fund = f
        .node("must_fund")
        .map(|n| locks(n, "must_fund", d))
        .unwrap_or_default();
    let exclude = f
        .node("exclude")
        .map(|n| locks(n, "exclude", d))
        .unwrap_or_default();
    let constraints = f
        .node("constraints")
        .map(|n| read_constraints(n, d))
        .unwrap_or_default();
    Some(Scenario {
        name: name?,
        chain: chain.iter().map(|p| p.display().to_string()).collect(),
        sources: sources?,
        year: year?,
        budget_written: budget,
        budget_loc,
        budget_scale,
        planning_frames,
        commitments,
        commitment_ceiling,
        weights,
        objective,
        min_score,
        partial_funding,
        time_limit,
        must_fund,
        exclude,
        constraints,
    })
}

fn read_sources(f: &Fields<'_>, d: &mut Diag) -> Option<Sources> {
    let mut path = |key: &str| -> Option<PathBuf> {
        let node = f.node(key);
        if node.is_none() {
            d.error(f.loc(), key, msg::missing_key(key));
        }
        let node = node?;
        let text: String = crate::files::decode::Decode::decode(node, key, d)?;
        let resolved = resolve(&node.loc, &text);
        if !resolved.is_file() {
            d.error(
                &node.loc,
                key,
                msg::missing_file(&resolved.display().to_string()),
            );
        }
        Some(resolved)
    };
    let strategy = path("strategy");
    let agenda2030 = path("agenda2030");
    let rules = path("rules");
    let applications = path("applications");
    let aid_register = f
        .node("aid_register")
        .is_some()
        .then(|| path("aid_register"));
    let municipalities = f
        .node("municipalities")
        .is_some()
        .then(|| path("municipalities"));
    Some(Sources {
        strategy: strategy?,
        agenda2030: agenda2030?,
        rules: rules?,
        applications: applications?,
        aid_register: aid_register.flatten(),
        municipalities: municipalities.flatten(),
    })
}

/// A mapping's entries, or an error saying that a table was expected.
fn map_entries<'n>(node: &'n Node, key: &str, d: &mut Diag) -> Option<&'n [(Node, Node)]> {
    let entries = node.entries();
    if entries.is_none() {
        d.error(
            &node.loc,
            key,
            msg::expected(key, msg::EXPECT_MAP, node.describe()),
        );
    }
    entries
}

/// `{ projektmedel: "18,4 mkr", … }`.
fn pots(node: &Node, key: &str, d: &mut Diag) -> BTreeMap<Support, Sek> {
    let Some(entries) = map_entries(node, key, d) else {
        return BTreeMap::new();
    };
    // Entry by entry: one bad amount is its own error and leaves the other pots' amounts
    // standing, so nothing else is reported as missing because of it.
    let mut out = BTreeMap::new();
    for (k, v) in entries {
        let Some(pot) = k.scalar() else {
            d.error(
                &k.loc,
                key,
                msg::expected(key, msg::EXPECT_KEY, k.describe()),
            );
            continue;
        };
        let path = join(key, pot);
        match Support::ALL.iter().find(|(k, _)| *k == pot) {
            Some((_, s)) => {
                if let Some(amount) = crate::files::decode::Decode::decode(v, &path, d) {
                    out.insert(*s, amount);
                }
            }
            None => {
                let hint = suggestion(pot, Support::ALL.iter().map(|(k, _)| *k));
                d.error(&k.loc, path, msg::unknown_support(pot, hint));
            }
        }
    }
    out
}

/// `{ 2022: { projektmedel: "18 mkr" } }`.
fn per_year(node: &Node, key: &str, d: &mut Diag) -> BTreeMap<i32, BTreeMap<Support, Sek>> {
    let Some(entries) = map_entries(node, key, d) else {
        return BTreeMap::new();
    };
    let mut out = BTreeMap::new();
    for (k, v) in entries {
        let text = k.scalar().unwrap_or("");
        match text
            .parse::<i32>()
            .ok()
            .filter(|y| (2000..=2100).contains(y))
        {
            Some(year) => {
                out.insert(year, pots(v, &join(key, text), d));
            }
            None => d.error(&k.loc, key, msg::bad_year(text)),
        }
    }
    out
}

fn read_weights(node: &Node, d: &mut Diag) -> Weights {
    let mut w = Weights::default();
    let Some(f) = Fields::open(node, "weights", WEIGHT_KEYS, d) else {
        return w;
    };
    if let Some(parts) = f.node("parts")
        && let Some(p) = Fields::open(parts, "weights.parts", PART_KEYS, d)
    {
        for part in Part::ALL {
            if let Some(v) = p.opt::<Decimal>(part.key(), d) {
                w.parts.insert(part, v.to_f64().unwrap_or(0.0));
            }
        }
        if w.parts.values().sum::<f64>() <= 0.0 {
            d.error(&parts.loc, "weights.parts", msg::PARTS_CANNOT_NORMALISE);
        }
    }
    if let Some(strategy) = f.node("strategy") {
        let entries: Vec<(Spanned<String>, Decimal)> =
            crate::files::decode::Decode::decode(strategy, "weights.strategy", d)
                .unwrap_or_default();
        for (k, v) in entries {
            let selector = match k.value.split_once('>') {
                Some((parent, child)) => EdgeSelector::Edge {
                    parent: parent.trim().to_string(),
                    child: child.trim().to_string(),
                },
                None => EdgeSelector::From(k.value.trim().to_string()),
            };
            w.strategy
                .push((selector, v.to_f64().unwrap_or(0.0), k.loc));
        }
    }
    for (key, target) in [
        ("agenda2030", &mut w.agenda2030),
        ("quality", &mut w.quality),
    ] {
        if let Some(n) = f.node(key) {
            let entries: Vec<(Spanned<String>, Decimal)> =
                crate::files::decode::Decode::decode(n, &join("weights", key), d)
                    .unwrap_or_default();
            for (k, v) in entries {
                target.insert(k.value, v.to_f64().unwrap_or(0.0));
            }
        }
    }
    w
}

/// `["2021-0012", { id: "2021-0031", reason: "…" }]`.
fn locks(node: &Node, key: &str, d: &mut Diag) -> Vec<Lock> {
    let Some(items) = list_items(node, key, d) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items {
        if let Some(id) = item.scalar() {
            out.push(Lock {
                id: id.to_string(),
                reason: None,
                loc: item.loc.clone(),
            });
            continue;
        }
        let Some(f) = Fields::open(item, key, &["id", "reason"], d) else {
            continue;
        };
        let id: Option<String> = f.req("id", d);
        let reason: Option<String> = f.opt("reason", d);
        if let Some(id) = id {
            out.push(Lock {
                id,
                reason,
                loc: item.loc.clone(),
            });
        }
    }
    out
}

fn read_constraints(node: &Node, d: &mut Diag) -> Vec<Constraint> {
    let Some(items) = list_items(node, "constraints", d) else {
        return Vec::new();
    };
    let mut out: Vec<Constraint> = Vec::new();
    for item in items {
        let kind = item
            .get("kind")
            .and_then(|k| choice(k, "constraints.kind", &KINDS, d));
        let Some(kind) = kind else {
            if item.get("kind").is_none() {
                d.error(&item.loc, "constraints.kind", msg::missing_key("kind"));
            }
            continue;
        };
        let mut allowed = vec!["name", "kind", "enabled", "description"];
        allowed.extend_from_slice(match kind {
            "share" => &["pot", "filter", "min", "max"][..],
            "coverage" => &["pot", "by", "min_count"],
            "resource" => &["resource", "max"],
            "per_applicant" => &["max"],
            "at_most_one" => &["ids"],
            _ => &["id", "requires"],
        });
        let Some(f) = Fields::open(item, "constraints", &allowed, d) else {
            continue;
        };
        let name: Option<Spanned<String>> = f.req("name", d);
        let enabled: Option<bool> = f.opt("enabled", d);
        let _: Option<String> = f.opt("description", d);
        let Some(name) = name else { continue };
        let context = msg::constraint_context(&name.value);
        let parsed = d.within(context, |d| read_constraint_kind(kind, &f, d));
        if out.iter().any(|c| c.name == name.value) {
            d.error(
                &name.loc,
                "constraints.name",
                msg::duplicate_constraint(&name.value),
            );
            continue;
        }
        // `enabled: false` switches a constraint off in any file (it is still checked, so a
        // typo in it is found before it is switched on).
        if let Some(kind) = parsed.filter(|_| enabled != Some(false)) {
            out.push(Constraint {
                name: name.value,
                kind,
                loc: item.loc.clone(),
            });
        }
    }
    out
}

fn pot(f: &Fields<'_>, d: &mut Diag) -> Option<Support> {
    match f.node("pot") {
        Some(n) => choice(n, "pot", &Support::ALL, d),
        None => {
            d.error(f.loc(), "pot", msg::missing_key("pot"));
            None
        }
    }
}

fn share_value(f: &Fields<'_>, key: &str, d: &mut Diag) -> Option<Decimal> {
    let v: Spanned<Decimal> = f.opt(key, d)?;
    if v.value > Decimal::ONE {
        d.error(&v.loc, key, msg::share_out_of_range(key));
        return None;
    }
    Some(v.value)
}

fn read_constraint_kind(kind: &str, f: &Fields<'_>, d: &mut Diag) -> Option<ConstraintKind> {
    match kind {
        "share" => {
            let pot = pot(f, d);
            let filter = match f.node("filter") {
                Some(n) => read_filter(n, d),
                None => {
                    d.error(f.loc(), "filter", msg::missing_key("filter"));
                    None
                }
            };
            let min = share_value(f, "min", d);
            let max = share_value(f, "max", d);
            if min.is_none() && max.is_none() && !f.has("min") && !f.has("max") {
                d.error(f.loc(), "min", msg::SHARE_NEEDS_BOUND);
                return None;
            }
            if let (Some(lo), Some(hi)) = (min, max)
                && lo > hi
            {
                d.error(f.loc(), "min", msg::SHARE_MIN_ABOVE_MAX);
            }
            Some(ConstraintKind::Share {
                pot: pot?,
                filter: Box::new(filter?),
                min,
                max,
            })
        }
        "coverage" => {
            let pot = pot(f, d);
            let by: Option<Spanned<String>> = f.req("by", d);
            if let Some(by) = &by
                && by.value != "municipality"
            {
                d.error(&by.loc, "by", msg::coverage_by(&by.value));
            }
            let min_count: u32 = f.opt("min_count", d).unwrap_or(1);
            Some(ConstraintKind::Coverage {
                pot: pot?,
                min_count,
            })
        }
        "resource" => Some(ConstraintKind::Resource {
            resource: f.req("resource", d)?,
            max: f.req("max", d)?,
        }),
        "per_applicant" => Some(ConstraintKind::PerApplicant {
            max: f.req("max", d)?,
        }),
        "at_most_one" => {
            let ids: Spanned<Vec<String>> = f.req("ids", d)?;
            if ids.value.len() < 2 {
                d.error(&ids.loc, "ids", msg::AT_MOST_ONE_NEEDS_TWO);
            }
            Some(ConstraintKind::AtMostOne { ids: ids.value })
        }
        _ => Some(ConstraintKind::Requires {
            id: f.req("id", d)?,
            requires: f.req("requires", d)?,
        }),
    }
}

fn read_filter(node: &Node, d: &mut Diag) -> Option<Filter> {
    let f = Fields::open(node, "filter", FILTER_KEYS, d)?;
    let list = |key: &str, d: &mut Diag| -> Option<Vec<String>> { f.opt(key, d) };
    let forms = |key: &str, d: &mut Diag| choice_list(f.node(key), key, &Form::ALL, d);
    let supports = |key: &str, d: &mut Diag| choice_list(f.node(key), key, &Support::ALL, d);
    let types = |key: &str, d: &mut Diag| choice_list(f.node(key), key, &ApplicantType::ALL, d);
    let goals = |key: &str, d: &mut Diag| -> Option<Vec<u8>> {
        let v: Vec<Spanned<u32>> = f.opt(key, d)?;
        Some(
            v.into_iter()
                .filter_map(
                    |g| match u8::try_from(g.value).ok().filter(|n| (1..=17).contains(n)) {
                        Some(n) => Some(n),
                        None => {
                            d.error(&g.loc, key, msg::unknown_goal(g.value));
                            None
                        }
                    },
                )
                .collect(),
        )
    };
    Some(Filter {
        municipality: list("municipality", d),
        municipality_not: list("municipality_not", d),
        form: forms("form", d),
        form_not: forms("form_not", d),
        support: supports("support", d),
        support_not: supports("support_not", d),
        applicant_type: types("applicant_type", d),
        applicant_type_not: types("applicant_type_not", d),
        tags: list("tags", d),
        tags_not: list("tags_not", d),
        strategy: list("strategy", d),
        strategy_not: list("strategy_not", d),
        agenda2030: goals("agenda2030", d),
        agenda2030_not: goals("agenda2030_not", d),
    })
}

/// What a derived scenario changes from its base (the web's scenario form, checked).
#[derive(Debug, Clone, PartialEq)]
pub struct Changes {
    pub budgets: BTreeMap<Support, Sek>,
    pub parts: BTreeMap<Part, f64>,
    /// Målområde id → raw weight against the other målområden.
    pub areas: BTreeMap<String, f64>,
    pub min_score: Option<f64>,
    pub objective: Objective,
    pub must_fund: Vec<(String, Option<String>)>,
    pub exclude: Vec<(String, Option<String>)>,
}

/// A weight with at most six decimals, as YAML reads it.
fn rounded(v: f64) -> f64 {
    Decimal::from_f64_retain(v).map_or(0.0, |d| d.round_dp(6).to_f64().unwrap_or(0.0))
}

/// A derived scenario's file, read back by [`load`]: named `name`, based on the file
/// `base_file` (whose scenario is `base`), with what `c` changes written as overrides. The
/// base's locks are unlocked and the changes' own written out.
pub fn write_derived(name: &str, base_file: &str, base: &Scenario, c: &Changes) -> String {
    let s = base;
    let mut out = String::new();
    out.push_str(&crate::files::yaml::comment(
        &crate::text::web::saved_comment(&s.name),
    ));
    out.push_str(&format!("name: {}\n", quoted(name)));
    out.push_str(&format!("base: {}\n", quoted(base_file)));
    let budgets: Vec<String> = c
        .budgets
        .iter()
        .map(|(pot, v)| format!("{}: {}", pot.key(), quoted(&group_swedish(v.decimal(), 0))))
        .collect();
    out.push_str(&format!("budget: {{ {} }}\n", budgets.join(", ")));
    out.push_str("budget_scale: 1\n");
    let parts: Vec<String> = c
        .parts
        .iter()
        .map(|(part, v)| format!("{}: {}", part.key(), rounded(*v)))
        .collect();
    out.push_str(&format!("weights:\n  parts: {{ {} }}\n", parts.join(", ")));
    if !c.areas.is_empty() {
        let areas: Vec<String> = c
            .areas
            .iter()
            .map(|(id, w)| format!("{}: {}", quoted(id), rounded(*w)))
            .collect();
        out.push_str(&format!("  strategy: {{ {} }}\n", areas.join(", ")));
    }
    match c.min_score {
        Some(v) => out.push_str(&format!("min_score: {v}\n")),
        None => out.push_str("min_score: null\n"),
    }
    out.push_str(&format!("objective: {}\n", c.objective.key()));
    let base_locks: Vec<&str> = s
        .must_fund
        .iter()
        .chain(&s.exclude)
        .map(|l| l.id.as_str())
        .collect();
    if !base_locks.is_empty() {
        let ids: Vec<String> = base_locks.iter().map(|i| quoted(i)).collect();
        out.push_str(&format!("unlock: [{}]\n", ids.join(", ")));
    }
    for (key, list) in [("must_fund", &c.must_fund), ("exclude", &c.exclude)] {
        if list.is_empty() {
            continue;
        }
        out.push_str(&format!("{key}:\n"));
        for (id, reason) in list {
            match reason {
                Some(r) => out.push_str(&format!(
                    "  - {{ id: {}, reason: {} }}\n",
                    quoted(id),
                    quoted(r)
                )),
                None => out.push_str(&format!("  - {{ id: {} }}\n", quoted(id))),
            }
        }
    }
    out
}
