//! Reading typed values out of a [`Node`] tree, reporting every problem into a [`Diag`].
//!
//! A decoder returns `None` when the value is wrong and has already said why; the caller goes
//! on, so that one run finds every problem in every file. Mappings are read through [`Fields`],
//! which rejects unknown and repeated keys (with a "did you mean") before anything else.

use std::collections::BTreeMap;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::date::Date;
use crate::files::yaml::{Kind, Node};
use crate::i18n::Msg;
use crate::money::Sek;
use crate::problem::{Diag, Loc, suggestion};
use crate::text::files as msg;

/// A value read from a node, with the place it was read from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Spanned<T> {
    pub value: T,
    pub loc: Loc,
}

impl<T> Spanned<T> {
    pub fn new(value: T, loc: Loc) -> Spanned<T> {
        Spanned { value, loc }
    }
}

/// A type that can be read from one node.
pub(crate) trait Decode: Sized {
    fn decode(node: &Node, key: &str, d: &mut Diag) -> Option<Self>;
}

fn scalar<'n>(node: &'n Node, key: &str, expected: Msg, d: &mut Diag) -> Option<&'n str> {
    match node.scalar() {
        Some(text) => Some(text),
        None => {
            d.error(
                &node.loc,
                key,
                msg::expected(key, expected, node.describe()),
            );
            None
        }
    }
}

impl Decode for String {
    fn decode(node: &Node, key: &str, d: &mut Diag) -> Option<String> {
        let text = scalar(node, key, msg::EXPECT_TEXT, d)?;
        if text.chars().count() > 10_000 {
            d.error(&node.loc, key, msg::TEXT_TOO_LONG);
            return None;
        }
        Some(text.to_string())
    }
}

impl Decode for bool {
    fn decode(node: &Node, key: &str, d: &mut Diag) -> Option<bool> {
        match (scalar(node, key, msg::EXPECT_BOOL, d)?, &node.kind) {
            ("true" | "True" | "TRUE", Kind::Scalar { quoted: false, .. }) => Some(true),
            ("false" | "False" | "FALSE", Kind::Scalar { quoted: false, .. }) => Some(false),
            _ => {
                d.error(
                    &node.loc,
                    key,
                    msg::expected(key, msg::EXPECT_BOOL, node.describe()),
                );
                None
            }
        }
    }
}

/// A whole number ≥ 0 (counts, years, ratings).
impl Decode for u32 {
    fn decode(node: &Node, key: &str, d: &mut Diag) -> Option<u32> {
        let text = scalar(node, key, msg::EXPECT_WHOLE, d)?;
        match text.trim().replace([' ', '\u{a0}'], "").parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                d.error(
                    &node.loc,
                    key,
                    msg::expected(key, msg::EXPECT_WHOLE, node.describe()),
                );
                None
            }
        }
    }
}

/// A finite number ≥ 0, read from its text with a decimal dot or comma (weights, shares, scores).
impl Decode for Decimal {
    fn decode(node: &Node, key: &str, d: &mut Diag) -> Option<Decimal> {
        let text = scalar(node, key, msg::EXPECT_NUMBER, d)?;
        let cleaned = text.trim().replace(',', ".");
        let parsed = Decimal::from_str(&cleaned)
            .or_else(|_| Decimal::from_scientific(&cleaned))
            .ok()
            .filter(|v| *v <= Decimal::from(1_000_000_000_000_i64));
        match parsed {
            Some(v) if v.is_sign_negative() && !v.is_zero() => {
                d.error(&node.loc, key, msg::negative_number(key, text));
                None
            }
            Some(v) => Some(v),
            None => {
                d.error(
                    &node.loc,
                    key,
                    msg::expected(key, msg::EXPECT_NUMBER, node.describe()),
                );
                None
            }
        }
    }
}

impl Decode for Sek {
    fn decode(node: &Node, key: &str, d: &mut Diag) -> Option<Sek> {
        let text = scalar(node, key, msg::EXPECT_AMOUNT, d)?;
        match text.parse::<Sek>() {
            Ok(amount) => Some(amount),
            Err(error) => {
                d.error(&node.loc, key, msg::bad_amount(key, text, error.msg()));
                None
            }
        }
    }
}

impl Decode for Date {
    fn decode(node: &Node, key: &str, d: &mut Diag) -> Option<Date> {
        let text = scalar(node, key, msg::EXPECT_DATE, d)?;
        match text.parse::<Date>() {
            Ok(date) => Some(date),
            Err(()) => {
                d.error(
                    &node.loc,
                    key,
                    msg::expected(key, msg::EXPECT_DATE, node.describe()),
                );
                None
            }
        }
    }
}

impl<T: Decode> Decode for Spanned<T> {
    fn decode(node: &Node, key: &str, d: &mut Diag) -> Option<Spanned<T>> {
        T::decode(node, key, d).map(|value| Spanned::new(value, node.loc.clone()))
    }
}

/// A list; a single value where a list is expected is an error (not silently wrapped).
impl<T: Decode> Decode for Vec<T> {
    fn decode(node: &Node, key: &str, d: &mut Diag) -> Option<Vec<T>> {
        match &node.kind {
            Kind::Seq(items) => {
                let mut out = Vec::with_capacity(items.len());
                let mut ok = true;
                for item in items {
                    match T::decode(item, key, d) {
                        Some(v) => out.push(v),
                        None => ok = false,
                    }
                }
                ok.then_some(out)
            }
            _ => {
                d.error(
                    &node.loc,
                    key,
                    msg::expected(key, msg::EXPECT_LIST, node.describe()),
                );
                None
            }
        }
    }
}

/// A mapping from free keys (ids, years) to values; keys keep their places for later checks.
impl<T: Decode> Decode for Vec<(Spanned<String>, T)> {
    fn decode(node: &Node, key: &str, d: &mut Diag) -> Option<Self> {
        let Some(entries) = node.entries() else {
            d.error(
                &node.loc,
                key,
                msg::expected(key, msg::EXPECT_MAP, node.describe()),
            );
            return None;
        };
        let mut out = Vec::with_capacity(entries.len());
        let mut seen: BTreeMap<&str, ()> = BTreeMap::new();
        let mut ok = true;
        for (k, v) in entries {
            let Some(name) = k.scalar() else {
                d.error(
                    &k.loc,
                    key,
                    msg::expected(key, msg::EXPECT_KEY, k.describe()),
                );
                ok = false;
                continue;
            };
            if seen.insert(name, ()).is_some() {
                d.error(&k.loc, name, msg::duplicate_key(name));
                ok = false;
                continue;
            }
            let path = join(key, name);
            match T::decode(v, &path, d) {
                Some(value) => out.push((Spanned::new(name.to_string(), k.loc.clone()), value)),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }
}

/// `a.b` for nested keys, `b` at the top.
pub fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// The entries of a mapping with a fixed set of allowed keys.
pub(crate) struct Fields<'n> {
    node: &'n Node,
    path: String,
    entries: Vec<(&'n str, &'n Node)>,
}

impl<'n> Fields<'n> {
    /// Opens `node` as a mapping whose keys must be among `allowed`. Unknown and repeated keys
    /// are reported here; `None` if the node is not a mapping at all.
    pub fn open(node: &'n Node, path: &str, allowed: &[&str], d: &mut Diag) -> Option<Fields<'n>> {
        let Some(raw) = node.entries() else {
            d.error(
                &node.loc,
                path,
                msg::expected(path, msg::EXPECT_MAP, node.describe()),
            );
            return None;
        };
        let mut entries: Vec<(&'n str, &'n Node)> = Vec::with_capacity(raw.len());
        for (k, v) in raw {
            let Some(name) = k.scalar() else {
                d.error(
                    &k.loc,
                    path,
                    msg::expected(path, msg::EXPECT_KEY, k.describe()),
                );
                continue;
            };
            if !allowed.contains(&name) {
                let hint = suggestion(name, allowed.iter().copied());
                d.error(
                    &k.loc,
                    join(path, name),
                    msg::unknown_key(name, hint, allowed),
                );
                continue;
            }
            if entries.iter().any(|(seen, _)| *seen == name) {
                d.error(&k.loc, join(path, name), msg::duplicate_key(name));
                continue;
            }
            entries.push((name, v));
        }
        Some(Fields {
            node,
            path: path.to_string(),
            entries,
        })
    }

    pub fn loc(&self) -> &Loc {
        &self.node.loc
    }

    /// The raw node under `key`, if present and not null.
    pub fn node(&self, key: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_null())
    }

    /// Whether the key is written at all (even as `null`).
    pub fn has(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, _)| *k == key)
    }

    /// A required value: missing or null is an error at the mapping.
    pub fn req<T: Decode>(&self, key: &str, d: &mut Diag) -> Option<T> {
        match self.node(key) {
            Some(node) => T::decode(node, &join(&self.path, key), d),
            None => {
                d.error(&self.node.loc, join(&self.path, key), msg::missing_key(key));
                None
            }
        }
    }

    /// An optional value: absent or null is `None` without a problem.
    pub(crate) fn opt<T: Decode>(&self, key: &str, d: &mut Diag) -> Option<T> {
        self.node(key)
            .and_then(|node| T::decode(node, &join(&self.path, key), d))
    }

    /// The key path of a field, for messages.
    pub fn path(&self, key: &str) -> String {
        join(&self.path, key)
    }
}

/// Reads a scalar that must be one of `choices` (an enum written as a word).
pub fn choice<'c, T: Copy>(
    node: &Node,
    key: &str,
    choices: &'c [(&'c str, T)],
    d: &mut Diag,
) -> Option<T> {
    let text = scalar(node, key, msg::EXPECT_TEXT, d)?;
    if let Some((_, value)) = choices.iter().find(|(name, _)| *name == text) {
        return Some(*value);
    }
    let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
    let hint = suggestion(text, names.iter().copied());
    d.error(&node.loc, key, msg::bad_choice(key, text, hint, &names));
    None
}

/// The items of a list; a node of another kind is an error ("förväntade en lista").
pub(crate) fn list_items<'n>(node: &'n Node, key: &str, d: &mut Diag) -> Option<&'n [Node]> {
    match &node.kind {
        Kind::Seq(items) => Some(items),
        _ => {
            d.error(
                &node.loc,
                key,
                msg::expected(key, msg::EXPECT_LIST, node.describe()),
            );
            None
        }
    }
}

/// Reads a list whose items must each be one of `choices`; `None` if the node is absent.
pub(crate) fn choice_list<T: Copy>(
    node: Option<&Node>,
    key: &str,
    choices: &[(&str, T)],
    d: &mut Diag,
) -> Option<Vec<T>> {
    let node = node?;
    let items = list_items(node, key, d)?;
    Some(
        items
            .iter()
            .filter_map(|i| choice(i, key, choices, d))
            .collect(),
    )
}

/// Reads `fields[key]` as one of `choices`, if present.
pub(crate) fn opt_choice<T: Copy>(
    f: &Fields<'_>,
    key: &str,
    choices: &[(&str, T)],
    d: &mut Diag,
) -> Option<T> {
    f.node(key)
        .and_then(|n| choice(n, &f.path(key), choices, d))
}

/// Reads a rating 0–3.
pub fn rating(node: &Node, key: &str, d: &mut Diag) -> Option<u8> {
    let text = node.scalar().unwrap_or("");
    match text.trim().parse::<u8>() {
        Ok(r) if r <= 3 => Some(r),
        _ => {
            d.error(&node.loc, key, msg::bad_rating(key, node.describe()));
            None
        }
    }
}
