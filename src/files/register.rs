//! The de minimis register (`stodregister.yaml`, named by the scenario's `aid_register`): aid of
//! minor importance that companies have had from any grantor, dated, and the organisations
//! that count as one undertaking.

use std::path::Path;

use crate::application::Form;
use crate::date::Date;
use crate::deminimis::{Aid, Register, Regulation, Undertaking, digits};
use crate::files::applications::valid_org_nr;
use crate::files::decode::{Fields, Spanned, choice, list_items, opt_choice};
use crate::files::read_yaml;
use crate::files::yaml::Node;
use crate::money::Sek;
use crate::problem::Diag;
use crate::text::files as msg;

const TOP_KEYS: &[&str] = &["name", "source", "description", "undertakings", "aid"];
const UNDERTAKING_KEYS: &[&str] = &["name", "members", "note"];
const AID_KEYS: &[&str] = &[
    "org_nr",
    "recipient",
    "date",
    "amount",
    "grantor",
    "regulation",
    "form",
    "years",
    "reference",
    "note",
];

pub fn load(path: &Path, d: &mut Diag) -> Option<Register> {
    let root = read_yaml(path, d)?;
    from_node(&root, d)
}

pub fn from_node(root: &Node, d: &mut Diag) -> Option<Register> {
    let top = Fields::open(root, "", TOP_KEYS, d)?;
    let _: Option<String> = top.opt("name", d);
    let _: Option<String> = top.opt("source", d);
    let _: Option<String> = top.opt("description", d);
    let mut register = Register::default();
    if let Some(node) = top.node("undertakings") {
        for item in list_items(node, "undertakings", d).unwrap_or_default() {
            if let Some(u) = read_undertaking(item, &register, d) {
                register.undertakings.push(u);
            }
        }
    }
    if let Some(node) = top.node("aid") {
        for item in list_items(node, "aid", d).unwrap_or_default() {
            if let Some(aid) = read_aid(item, d) {
                register.aid.push(aid);
            }
        }
    }
    Some(register)
}

/// An organisation number that must be valid (ten digits, Luhn check digit).
fn org_nr(f: &Fields<'_>, key: &str, d: &mut Diag) -> Option<Spanned<String>> {
    let nr: Spanned<String> = f.req(key, d)?;
    if valid_org_nr(&nr.value) {
        Some(nr)
    } else {
        d.error(&nr.loc, f.path(key), msg::bad_org_nr(&nr.value));
        None
    }
}

fn read_undertaking(item: &Node, register: &Register, d: &mut Diag) -> Option<Undertaking> {
    let f = Fields::open(item, "undertakings", UNDERTAKING_KEYS, d)?;
    let name: Option<String> = f.req("name", d);
    let note: String = f.opt("note", d).unwrap_or_default();
    let members: Vec<Spanned<String>> = f.req("members", d).unwrap_or_default();
    let mut ok = true;
    let mut seen: Vec<String> = Vec::new();
    for m in &members {
        let key = digits(&m.value);
        if !valid_org_nr(&m.value) {
            d.error(&m.loc, "undertakings.members", msg::bad_org_nr(&m.value));
            ok = false;
        } else if let Some(other) = register.undertaking_of(&m.value) {
            d.error(
                &m.loc,
                "undertakings.members",
                msg::org_nr_in_two_undertakings(&m.value, &other.name),
            );
            ok = false;
        } else if seen.contains(&key) {
            d.error(&m.loc, "undertakings.members", msg::duplicate_key(&m.value));
            ok = false;
        }
        seen.push(key);
    }
    if let Some(n) = &name
        && register.undertakings.iter().any(|u| u.name == *n)
    {
        d.error(f.loc(), "undertakings.name", msg::duplicate_key(n));
        ok = false;
    }
    if f.node("members").is_some() && members.len() < 2 {
        d.error(f.loc(), "undertakings.members", msg::UNDERTAKING_NEEDS_TWO);
        ok = false;
    }
    Some(Undertaking {
        name: name?,
        members: members.into_iter().map(|m| m.value).collect(),
        note,
        loc: item.loc.clone(),
    })
    .filter(|_| ok)
}

fn read_aid(item: &Node, d: &mut Diag) -> Option<Aid> {
    let f = Fields::open(item, "aid", AID_KEYS, d)?;
    let org_nr = org_nr(&f, "org_nr", d);
    let recipient: Option<String> = f.req("recipient", d);
    let date: Option<Date> = f.req("date", d);
    let amount: Option<Spanned<Sek>> = f.req("amount", d);
    let grantor: Option<String> = f.req("grantor", d);
    let regulation = opt_choice(&f, "regulation", &Regulation::ALL, d);
    let form = f
        .node("form")
        .and_then(|n| choice(n, &f.path("form"), &Form::ALL, d));
    let years: Vec<Spanned<u32>> = f.opt("years", d).unwrap_or_default();
    let reference: String = f.opt("reference", d).unwrap_or_default();
    let note: String = f.opt("note", d).unwrap_or_default();
    if let Some(a) = &amount
        && a.value.is_zero()
    {
        d.error(&a.loc, "aid.amount", msg::AID_AMOUNT_ZERO);
    }
    // An empty name would make the line impossible to trace (the key is there, its value not).
    for (key, value, message) in [
        ("recipient", &recipient, msg::AID_NO_RECIPIENT),
        ("grantor", &grantor, msg::AID_NO_GRANTOR),
    ] {
        if value.as_ref().is_some_and(|v| v.trim().is_empty()) {
            let loc = f
                .node(key)
                .map_or_else(|| item.loc.clone(), |n| n.loc.clone());
            d.error(&loc, format!("aid.{key}"), message);
        }
    }
    let mut year_list = Vec::new();
    for y in &years {
        match i32::try_from(y.value)
            .ok()
            .filter(|y| (1990..=2100).contains(y))
        {
            Some(year) => year_list.push(year),
            None => d.error(&y.loc, "aid.years", msg::bad_year(&y.value.to_string())),
        }
    }
    Some(Aid {
        org_nr: org_nr?.value,
        recipient: recipient.filter(|r| !r.trim().is_empty())?,
        date: date?,
        amount: amount.filter(|a| !a.value.is_zero())?.value,
        grantor: grantor.filter(|g| !g.trim().is_empty())?,
        regulation: regulation.unwrap_or(Regulation::DeMinimis),
        form,
        years: year_list,
        year_amounts: std::collections::BTreeMap::new(),
        reference,
        note,
        application: None,
        loc: item.loc.clone(),
    })
}

/// Register lines that repeat one of this tool's own grants (same organisation, day and
/// amount): the aid would count twice.
pub(crate) fn check_against_own_grants(register: &Register, d: &mut Diag) {
    let own: Vec<&Aid> = register
        .aid
        .iter()
        .filter(|a| a.application.is_some())
        .collect();
    for entry in register.aid.iter().filter(|a| a.application.is_none()) {
        if let Some(same) = own.iter().find(|o| {
            digits(&o.org_nr) == digits(&entry.org_nr)
                && o.date == entry.date
                && o.amount == entry.amount
        }) {
            let id = same.application.as_deref().unwrap_or("");
            d.warning(&entry.loc, "aid", msg::aid_same_as_own_grant(id));
        }
    }
}
