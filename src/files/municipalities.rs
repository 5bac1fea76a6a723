//! `strategies/kommuner.yaml` (named by the scenario's optional `municipalities`): the
//! municipalities with SCB's kommunkod and population, the day counted and the source.

use std::path::Path;

use crate::date::Date;
use crate::files::decode::{Fields, Spanned, list_items};
use crate::files::read_yaml;
use crate::files::yaml::Node;
use crate::municipality::{Municipalities, Municipality};
use crate::problem::Diag;
use crate::text::files as msg;

const TOP_KEYS: &[&str] = &[
    "name",
    "description",
    "population_date",
    "source",
    "municipalities",
];
const ITEM_KEYS: &[&str] = &["name", "code", "population"];

pub fn load(path: &Path, d: &mut Diag) -> Option<Municipalities> {
    let root = read_yaml(path, d)?;
    from_node(&root, d)
}

pub fn from_node(root: &Node, d: &mut Diag) -> Option<Municipalities> {
    let top = Fields::open(root, "", TOP_KEYS, d)?;
    let _: Option<String> = top.opt("name", d);
    let _: Option<String> = top.opt("description", d);
    let date: Option<Date> = top.req("population_date", d);
    let source: Option<String> = top.req("source", d);
    let mut list: Vec<Municipality> = Vec::new();
    let items: &[Node] = match top.node("municipalities") {
        Some(node) => list_items(node, "municipalities", d).unwrap_or(&[]),
        None => {
            d.error(
                top.loc(),
                "municipalities",
                msg::missing_key("municipalities"),
            );
            &[]
        }
    };
    for item in items {
        let Some(f) = Fields::open(item, "municipalities", ITEM_KEYS, d) else {
            continue;
        };
        let name: Option<Spanned<String>> = f.req("name", d);
        let code: Option<Spanned<String>> = f.req("code", d);
        let population: Option<Spanned<u32>> = f.req("population", d);
        let (Some(name), Some(code), Some(population)) = (name, code, population) else {
            continue;
        };
        let code_ok = code.value.len() == 4 && code.value.chars().all(|c| c.is_ascii_digit());
        if !code_ok {
            d.error(
                &code.loc,
                "municipalities.code",
                msg::bad_kommunkod(&code.value),
            );
            continue;
        }
        if population.value == 0 {
            d.error(
                &population.loc,
                "municipalities.population",
                msg::ZERO_POPULATION,
            );
            continue;
        }
        if list.iter().any(|m| m.name == name.value) {
            d.error(
                &name.loc,
                "municipalities.name",
                msg::duplicate_municipality(&name.value),
            );
            continue;
        }
        if list.iter().any(|m| m.code == code.value) {
            d.error(
                &code.loc,
                "municipalities.code",
                msg::duplicate_kommunkod(&code.value),
            );
            continue;
        }
        list.push(Municipality {
            name: name.value,
            code: code.value,
            population: population.value,
        });
    }
    Some(Municipalities {
        date: date?,
        source: source?,
        list,
    })
}
