//! `scenarios/YEAR/ansokningar.yaml`: the applications, checked against the strategy graph,
//! Agenda 2030, the quality criteria and the region's municipalities.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::agenda2030::Agenda;
use crate::application::{
    Applicant, ApplicantType, Application, Cofinancing, Company, Form, Status, Store, Support,
};
use crate::date::Date;
use crate::files::decode::{Fields, Spanned, choice, list_items, opt_choice, rating};
use crate::files::read_yaml;
use crate::files::yaml::{Kind, Node, quoted, scalar};
use crate::money::Sek;
use crate::problem::{Diag, Loc, suggestion};
use crate::strategy::StrategyGraph;
use crate::text::files as msg;

const APP_KEYS: &[&str] = &[
    "id",
    "title",
    "applicant",
    "support",
    "form",
    "status",
    "received",
    "decision_date",
    "start",
    "end",
    "municipalities",
    "requested",
    "eligible_cost",
    "cofinancing",
    "years",
    "partial",
    "links",
    "agenda2030",
    "criteria",
    "company",
    "store",
    "operating_aid",
    "tags",
    "resources",
    "score",
    "description",
];
const APPLICANT_KEYS: &[&str] = &["name", "org_nr", "type"];
/// A micro-enterprise has fewer than 10 employees (Commission Recommendation 2003/361/EC,
/// annex article 2.3; the same in annex I of 651/2014).
const MICRO_EMPLOYEES: u32 = 10;
/// From 50 employees a company is no longer small (the same annex, article 2.2).
const MEDIUM_EMPLOYEES: u32 = 50;
const COFIN_KEYS: &[&str] = &["source", "amount", "public"];
const COMPANY_KEYS: &[&str] = &[
    "employees",
    "turnover",
    "balance_sheet",
    "in_difficulty",
    "de_minimis_received",
    "fiscal_year_start",
    "road_freight",
    "sni",
];
const STORE_KEYS: &[&str] = &[
    "distance_km",
    "grocery_turnover",
    "open_all_year",
    "weekly_opening_hours",
    "strategic",
];

/// What applications are checked against.
pub struct Refs<'a> {
    pub strategy: &'a StrategyGraph,
    pub agenda: &'a Agenda,
    /// Every quality criterion of the rules, by id.
    pub criteria: BTreeMap<&'a str, &'a crate::rules::Criterion>,
    /// The scenario's year: where `years` is left out, the money falls in the decision year.
    pub year: i32,
}

pub fn load(path: &Path, refs: &Refs<'_>, d: &mut Diag) -> Option<Vec<Application>> {
    let root = read_yaml(path, d)?;
    from_node(&root, refs, d)
}

/// The items of a file that must be a list (an empty file is an empty list).
fn list_of<'n>(root: &'n Node, d: &mut Diag) -> Option<&'n [Node]> {
    match &root.kind {
        Kind::Seq(items) => Some(items.as_slice()),
        Kind::Null => Some(&[]),
        _ => {
            d.error(
                &root.loc,
                "",
                msg::expected("", msg::EXPECT_APPLICATION_LIST, root.describe()),
            );
            None
        }
    }
}

pub fn from_node(root: &Node, refs: &Refs<'_>, d: &mut Diag) -> Option<Vec<Application>> {
    let items = list_of(root, d)?;
    let mut out: Vec<Application> = Vec::with_capacity(items.len());
    let mut seen: HashMap<String, Loc> = HashMap::new();
    // One organisation, one number: the per-applicant cap adds up by number.
    let mut numbers: HashMap<String, (String, Loc)> = HashMap::new();
    for item in items {
        let Some(app) = read_application(item, refs, d) else {
            continue;
        };
        if let Some(first) = seen.get(&app.id) {
            d.error(&item.loc, "id", msg::duplicate_id(&app.id, first));
            continue;
        }
        seen.insert(app.id.clone(), item.loc.clone());
        if let (Some(nr), Some(loc)) = (
            &app.applicant.org_nr,
            item.get("applicant")
                .and_then(|a| a.get("org_nr"))
                .map(|n| &n.loc),
        ) {
            let digits: String = nr.chars().filter(char::is_ascii_digit).collect();
            match numbers.get(&app.applicant.name) {
                Some((other, first)) if *other != digits => d.error(
                    loc,
                    "applicant.org_nr",
                    msg::org_nr_twice(&app.applicant.name, nr, first),
                ),
                Some(_) => {}
                None => {
                    numbers.insert(app.applicant.name.clone(), (digits, loc.clone()));
                }
            }
        }
        out.push(app);
    }
    Some(out)
}

/// The assessments made in the web UI live beside the applications file, in a file of their
/// own (`ansokningar.yaml` → `ansokningar.bedomningar.yaml`), so the hand-written file is never
/// rewritten.
pub(crate) fn overlay_path(applications: &Path) -> std::path::PathBuf {
    beside(applications, "bedomningar")
}

/// A file of the program's own beside the applications file: `ansokningar.yaml` →
/// `ansokningar.WHAT.yaml`.
pub(crate) fn beside(applications: &Path, what: &str) -> std::path::PathBuf {
    let stem = applications
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    applications.with_file_name(format!("{stem}.{what}.yaml"))
}

/// One application's assessment as the overlay holds it (text as written, checked on load).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct OverlayEntry {
    pub links: Option<Vec<(String, String)>>,
    pub agenda2030: Option<Vec<(String, String)>>,
    pub criteria: Option<Vec<(String, String)>>,
    pub status: Option<String>,
}

/// Reads the overlay's entries by id (the loader checks them; here only their shape matters).
pub(crate) fn overlay_entries(bytes: &[u8], path: &Path) -> BTreeMap<String, OverlayEntry> {
    let mut out = BTreeMap::new();
    let Ok(text) = std::str::from_utf8(bytes) else {
        return out;
    };
    let mut d = crate::problem::Diag::new();
    let file: std::sync::Arc<str> = std::sync::Arc::from(path.display().to_string().as_str());
    let Some(root) = crate::files::parse_yaml(text, &file, &mut d) else {
        return out;
    };
    let Kind::Seq(items) = &root.kind else {
        return out;
    };
    for item in items {
        let Some(entries) = item.entries() else {
            continue;
        };
        let get = |key: &str| {
            entries
                .iter()
                .find(|(k, _)| k.scalar() == Some(key))
                .map(|(_, v)| v)
        };
        let Some(id) = get("id").and_then(|n| n.scalar()) else {
            continue;
        };
        let pairs = |key: &str| {
            get(key).and_then(|n| n.entries()).map(|list| {
                list.iter()
                    .filter_map(|(k, v)| Some((k.scalar()?.to_string(), v.scalar()?.to_string())))
                    .collect::<Vec<_>>()
            })
        };
        out.insert(
            id.to_string(),
            OverlayEntry {
                links: pairs("links"),
                agenda2030: pairs("agenda2030"),
                criteria: pairs("criteria"),
                status: get("status").and_then(|n| n.scalar()).map(str::to_string),
            },
        );
    }
    out
}

/// The overlay file's text, read back by [`overlay_entries`] and [`apply_overlay`].
pub(crate) fn write_overlay(entries: &BTreeMap<String, OverlayEntry>) -> String {
    let mut out = String::from(crate::text::web::OVERLAY_HEADER);
    for (id, e) in entries {
        out.push_str(&format!("- id: {}\n", quoted(id)));
        for (key, list) in [
            ("links", &e.links),
            ("agenda2030", &e.agenda2030),
            ("criteria", &e.criteria),
        ] {
            if let Some(list) = list {
                let items: Vec<String> = list
                    .iter()
                    .map(|(k, v)| format!("{}: {}", quoted(k), scalar(v)))
                    .collect();
                out.push_str(&format!("  {key}: {{ {} }}\n", items.join(", ")));
            }
        }
        if let Some(s) = &e.status {
            out.push_str(&format!("  status: {}\n", scalar(s)));
        }
    }
    out
}

const OVERLAY_KEYS: &[&str] = &["id", "links", "agenda2030", "criteria", "status"];

/// Applies an assessments overlay: each entry replaces, for its application, the parts it
/// names (all strategy links, all Agenda 2030 ratings, all quality ratings, the status).
pub(crate) fn apply_overlay(root: &Node, refs: &Refs<'_>, apps: &mut [Application], d: &mut Diag) {
    let Some(items) = list_of(root, d) else {
        return;
    };
    for item in items {
        let Some(f) = Fields::open(item, "", OVERLAY_KEYS, d) else {
            continue;
        };
        let Some(id): Option<String> = f.req("id", d) else {
            continue;
        };
        let Some(pos) = apps.iter().position(|a| a.id == id) else {
            let hint = suggestion(&id, apps.iter().map(|a| a.id.as_str()));
            d.error(f.loc(), "id", msg::unknown_application(&id, hint));
            continue;
        };
        let app = &mut apps[pos];
        d.within(msg::application_context(&id), |d| {
            if f.node("links").is_some() {
                app.links = read_links(&f, refs, d);
            }
            if f.node("agenda2030").is_some() {
                app.agenda2030 = read_goals(&f, refs, d);
            }
            if f.node("criteria").is_some() {
                app.criteria = read_criteria(&f, refs, Some(app.support), d);
            }
            if let Some(status) = f
                .node("status")
                .and_then(|n| choice(n, "status", &Status::ALL, d))
            {
                app.status = status;
            }
        });
    }
}

fn read_application(item: &Node, refs: &Refs<'_>, d: &mut Diag) -> Option<Application> {
    let f = Fields::open(item, "", APP_KEYS, d)?;
    let id: Option<String> = f.req("id", d);
    let context = msg::application_context(id.as_deref().unwrap_or("?"));
    d.within(context, |d| {
        let title: Option<String> = f.req("title", d);
        let applicant = f.node("applicant").and_then(|n| read_applicant(n, d));
        if f.node("applicant").is_none() {
            d.error(f.loc(), "applicant", msg::missing_key("applicant"));
        }
        let support = f
            .node("support")
            .and_then(|n| choice(n, "support", &Support::ALL, d));
        if f.node("support").is_none() {
            d.error(f.loc(), "support", msg::missing_key("support"));
        }
        let form = opt_choice(&f, "form", &Form::ALL, d);
        let status = f
            .node("status")
            .and_then(|n| choice(n, "status", &Status::ALL, d));
        if f.node("status").is_none() {
            d.error(f.loc(), "status", msg::missing_key("status"));
        }
        let received: Option<Date> = f.opt("received", d);
        let decision_date: Option<Date> = f.opt("decision_date", d);
        let start: Option<Date> = f.opt("start", d);
        let _: Option<Date> = f.opt("end", d);
        let municipalities = read_municipalities(&f, refs, d);
        let requested: Option<Spanned<Sek>> = f.req("requested", d);
        let eligible_cost: Option<Sek> = f.opt("eligible_cost", d);
        let cofinancing = read_cofinancing(&f, d);
        let partial_min = read_partial(&f, d);
        let links = read_links(&f, refs, d);
        let agenda2030 = read_goals(&f, refs, d);
        let criteria = read_criteria(&f, refs, support, d);
        let company = f.node("company").and_then(|n| read_company(n, d));
        let store = f.node("store").and_then(|n| read_store(n, d));
        let operating_aid: bool = f.opt("operating_aid", d).unwrap_or(false);
        let tags: Vec<String> = f.opt("tags", d).unwrap_or_default();
        let resources: Vec<(Spanned<String>, Decimal)> = f.opt("resources", d).unwrap_or_default();
        let given_score = read_score(&f, d);
        let description: Option<String> = f.opt("description", d);

        if let (Some(support), Some(form)) = (support, form)
            && form.support() != support
        {
            let loc = f.node("form").map_or(f.loc(), |n| &n.loc);
            d.error(
                loc,
                "form",
                msg::form_in_wrong_pot(form.key(), support.key()),
            );
        }
        if let (Some(support), None) = (support, form)
            && support != Support::Projektmedel
        {
            d.error(f.loc(), "form", msg::form_required(support.key()));
        }
        if let Some(r) = &requested {
            if r.value.is_zero() {
                d.error(&r.loc, "requested", msg::ZERO_REQUESTED);
            }
            if !r.value.is_whole() {
                d.error(&r.loc, "requested", msg::NOT_WHOLE_KRONOR);
            }
        }
        // What a handläggare would query: a decision on a weekend, a micro-grant to a firm
        // that is not a micro-enterprise, a sole trader the size of a medium-sized company.
        if let Some(date) = decision_date.filter(|x| x.is_weekend()) {
            let loc = f.node("decision_date").map_or(f.loc(), |n| &n.loc);
            d.warning(
                loc,
                "decision_date",
                msg::weekend_decision(&date.to_string()),
            );
        }
        if let Some(c) = &company {
            let loc = f.node("company").map_or(f.loc(), |n| &n.loc);
            if form == Some(Form::Mikrobidrag) && c.employees >= MICRO_EMPLOYEES {
                d.warning(loc, "company.employees", msg::micro_not_micro(c.employees));
            }
            if applicant.as_ref().map(|a| a.kind) == Some(ApplicantType::EnskildFirma)
                && c.employees >= MEDIUM_EMPLOYEES
            {
                d.warning(
                    loc,
                    "company.employees",
                    msg::sole_trader_large(c.employees),
                );
            }
        }
        let decision_year = decision_date.map_or(refs.year, Date::year);
        let judged_on = crate::application::strategy_day(decision_date, received, refs.year);
        for id in links.keys() {
            let Some((node, on)) = refs.strategy.node(id).zip(judged_on) else {
                continue;
            };
            let loc = f.node("links").map_or(f.loc(), |n| &n.loc);
            match (node.valid_from, node.valid_to) {
                (Some(from), _) if from > on => {
                    d.warning(
                        loc,
                        format!("links.{id}"),
                        msg::node_not_yet_valid(id, from, on),
                    );
                }
                (_, Some(to)) if to < on => {
                    d.warning(
                        loc,
                        format!("links.{id}"),
                        msg::node_no_longer_valid(id, to, on),
                    );
                }
                _ => {}
            }
        }
        let years = read_years(&f, requested.as_ref(), decision_year, d);
        if let (Some(min), Some(r)) = (&partial_min, &requested)
            && min.value > r.value
        {
            d.error(
                &min.loc,
                "partial.min",
                msg::partial_above_requested(min.value, r.value),
            );
        }
        if let Some(r) = &requested
            && let Some(cost) = eligible_cost
            && cost.is_zero()
        {
            d.warning(&r.loc, "eligible_cost", msg::ZERO_ELIGIBLE_COST);
        }
        Some(Application {
            id: id?,
            title: title?,
            applicant: applicant?,
            support: support?,
            form,
            status: status?,
            received,
            decision_date,
            start,
            municipalities,
            requested: requested?.value,
            eligible_cost,
            cofinancing,
            years: years?,
            partial_min: partial_min.map(|p| p.value),
            links,
            agenda2030,
            criteria,
            company,
            store,
            operating_aid,
            tags,
            resources: resources.into_iter().map(|(k, v)| (k.value, v)).collect(),
            given_score,
            description,
            decision: None,
            loc: item.loc.clone(),
        })
    })
}

fn read_applicant(node: &Node, d: &mut Diag) -> Option<Applicant> {
    let f = Fields::open(node, "applicant", APPLICANT_KEYS, d)?;
    let name: Option<String> = f.req("name", d);
    let org_nr: Option<Spanned<String>> = f.opt("org_nr", d);
    let kind = f
        .node("type")
        .and_then(|n| choice(n, "applicant.type", &ApplicantType::ALL, d));
    if f.node("type").is_none() {
        d.error(f.loc(), "applicant.type", msg::missing_key("type"));
    }
    if let Some(nr) = &org_nr {
        if !valid_org_nr(&nr.value) {
            d.error(&nr.loc, "applicant.org_nr", msg::bad_org_nr(&nr.value));
        } else if let Some(k) = kind
            && let Some(expected) = org_nr_series(k, &nr.value)
        {
            d.warning(&nr.loc, "applicant.org_nr", expected);
        }
    }
    Some(Applicant {
        name: name?,
        org_nr: org_nr.map(|n| n.value),
        kind: kind?,
    })
}

/// What is wrong when a valid number is not in the series of the applicant's legal form
/// (Skatteverket: the first digit is the group, digits 3–4 are at least 20 for a legal person;
/// a sole trader's number is the owner's personnummer): kommuner 212000-…, regioner 232100-…,
/// state bodies 202100-…, aktiebolag 5…, ekonomiska föreningar 7…, ideella föreningar and
/// stiftelser 8…, handelsbolag 9….
fn org_nr_series(kind: ApplicantType, nr: &str) -> Option<crate::i18n::Text> {
    let digits: String = nr.chars().filter(char::is_ascii_digit).collect();
    let prefix = match kind {
        ApplicantType::Kommun => "212000",
        ApplicantType::Region => "232100",
        ApplicantType::Myndighet | ApplicantType::Universitet => "202100",
        ApplicantType::Aktiebolag => "5",
        ApplicantType::EkonomiskForening => "7",
        ApplicantType::IdeellForening | ApplicantType::Stiftelse => "8",
        ApplicantType::Handelsbolag => "9",
        ApplicantType::EnskildFirma => {
            let month: u32 = digits.get(2..4).and_then(|m| m.parse().ok()).unwrap_or(0);
            return (!(1..=12).contains(&month)).then(|| msg::org_nr_not_personal(nr));
        }
        ApplicantType::Foretagsnatverk => return None,
    };
    (!digits.starts_with(prefix)).then(|| msg::org_nr_series(nr, kind.name(), prefix))
}

/// A Swedish organisation number: ten digits (an optional hyphen before the last four) whose
/// check digit follows the Luhn algorithm.
pub(crate) fn valid_org_nr(text: &str) -> bool {
    let digits: Vec<u32> = text
        .chars()
        .filter(|c| *c != '-')
        .filter_map(|c| c.to_digit(10))
        .collect();
    let shape_ok =
        text.chars().all(|c| c.is_ascii_digit() || c == '-') && text.matches('-').count() <= 1;
    if digits.len() != 10 || !shape_ok {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, digit)| {
            let v = if i % 2 == 0 { digit * 2 } else { *digit };
            if v > 9 { v - 9 } else { v }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn read_municipalities(f: &Fields<'_>, refs: &Refs<'_>, d: &mut Diag) -> Vec<String> {
    let list: Vec<Spanned<String>> = f.opt("municipalities", d).unwrap_or_default();
    let known = &refs.strategy.municipalities;
    if list.is_empty() {
        d.warning(f.loc(), "municipalities", msg::NO_MUNICIPALITY);
    }
    for m in &list {
        if !known.is_empty() && !known.contains(&m.value) {
            let hint = suggestion(&m.value, known.iter().map(String::as_str));
            d.error(
                &m.loc,
                "municipalities",
                msg::unknown_municipality(&m.value, hint),
            );
        }
    }
    list.into_iter().map(|m| m.value).collect()
}

fn read_cofinancing(f: &Fields<'_>, d: &mut Diag) -> Vec<Cofinancing> {
    let Some(node) = f.node("cofinancing") else {
        return Vec::new();
    };
    let Some(items) = list_items(node, "cofinancing", d) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let f = Fields::open(item, "cofinancing", COFIN_KEYS, d)?;
            Some(Cofinancing {
                source: f.req("source", d)?,
                amount: f.req("amount", d)?,
                public: f.opt("public", d).unwrap_or(false),
            })
        })
        .collect()
}

fn read_partial(f: &Fields<'_>, d: &mut Diag) -> Option<Spanned<Sek>> {
    let node = f.node("partial")?;
    let p = Fields::open(node, "partial", &["min"], d)?;
    let min: Spanned<Sek> = p.req("min", d)?;
    if min.value.is_zero() || !min.value.is_whole() {
        d.error(&min.loc, "partial.min", msg::BAD_PARTIAL_MIN);
        return None;
    }
    Some(min)
}

fn read_years(
    f: &Fields<'_>,
    requested: Option<&Spanned<Sek>>,
    decision_year: i32,
    d: &mut Diag,
) -> Option<BTreeMap<i32, Sek>> {
    let Some(node) = f.node("years") else {
        return requested.map(|r| BTreeMap::from([(decision_year, r.value)]));
    };
    let entries: Vec<(Spanned<String>, Spanned<Sek>)> =
        crate::files::decode::Decode::decode(node, "years", d)?;
    let mut years = BTreeMap::new();
    let mut ok = true;
    for (year, amount) in entries {
        match year
            .value
            .parse::<i32>()
            .ok()
            .filter(|y| (2000..=2100).contains(y))
        {
            Some(y) => {
                if !amount.value.is_whole() {
                    d.error(&amount.loc, format!("years.{y}"), msg::NOT_WHOLE_KRONOR);
                    ok = false;
                }
                years.insert(y, amount.value);
            }
            None => {
                d.error(&year.loc, "years", msg::bad_year(&year.value));
                ok = false;
            }
        }
    }
    if let Some(r) = requested {
        let sum: Sek = years.values().sum();
        if ok && sum != r.value {
            d.error(&node.loc, "years", msg::years_do_not_sum(sum, r.value));
            ok = false;
        }
    }
    if years.is_empty() {
        d.error(&node.loc, "years", msg::NO_YEARS);
        ok = false;
    }
    ok.then_some(years)
}

fn read_links(f: &Fields<'_>, refs: &Refs<'_>, d: &mut Diag) -> BTreeMap<String, u8> {
    let Some(node) = f.node("links") else {
        return BTreeMap::new();
    };
    let Some(entries) = node.entries() else {
        d.error(
            &node.loc,
            "links",
            msg::expected("links", msg::EXPECT_MAP, node.describe()),
        );
        return BTreeMap::new();
    };
    let hierarchy = refs.strategy.hierarchy();
    let mut out = BTreeMap::new();
    let mut places: BTreeMap<String, Loc> = BTreeMap::new();
    for (k, v) in entries {
        let Some(id) = k.scalar() else {
            d.error(
                &k.loc,
                "links",
                msg::expected("links", msg::EXPECT_KEY, k.describe()),
            );
            continue;
        };
        let key = format!("links.{id}");
        let r = rating(v, &key, d);
        match refs.strategy.node(id) {
            None => {
                let hint = suggestion(id, hierarchy.ids());
                d.error(&k.loc, key, msg::unknown_node(id, hint));
            }
            Some(node) if !node.level.scores() => {
                d.error(&k.loc, key, msg::rated_informational(id));
            }
            Some(_) if out.contains_key(id) => d.error(&k.loc, key, msg::duplicate_key(id)),
            Some(_) => {
                if let Some(r) = r {
                    out.insert(id.to_string(), r);
                    places.insert(id.to_string(), k.loc.clone());
                }
            }
        }
    }
    // A rating on both a node and its ancestor is allowed but usually a mistake: one of the
    // two is outweighed by the other (docs/berakning.md §1).
    for (id, loc) in &places {
        for other in places.keys() {
            if other != id
                && hierarchy.is_ancestor(other, id)
                && out.get(id).is_some_and(|r| *r > 0)
            {
                d.warning(
                    loc,
                    format!("links.{id}"),
                    msg::rated_with_ancestor(id, other),
                );
            }
        }
    }
    out
}

fn read_goals(f: &Fields<'_>, refs: &Refs<'_>, d: &mut Diag) -> BTreeMap<u8, u8> {
    let Some(node) = f.node("agenda2030") else {
        return BTreeMap::new();
    };
    let Some(entries) = node.entries() else {
        d.error(
            &node.loc,
            "agenda2030",
            msg::expected("agenda2030", msg::EXPECT_MAP, node.describe()),
        );
        return BTreeMap::new();
    };
    let mut out = BTreeMap::new();
    for (k, v) in entries {
        let text = k.scalar().unwrap_or("");
        let key = format!("agenda2030.{text}");
        let goal = text
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|g| refs.agenda.goals.contains_key(g));
        let r = rating(v, &key, d);
        match goal {
            None => d.error(&k.loc, key, msg::unknown_goal_key(text)),
            Some(g) if out.contains_key(&g) => d.error(&k.loc, key, msg::duplicate_key(text)),
            Some(g) => {
                if let Some(r) = r {
                    out.insert(g, r);
                }
            }
        }
    }
    out
}

fn read_criteria(
    f: &Fields<'_>,
    refs: &Refs<'_>,
    support: Option<Support>,
    d: &mut Diag,
) -> BTreeMap<String, u8> {
    let Some(node) = f.node("criteria") else {
        return BTreeMap::new();
    };
    let Some(entries) = node.entries() else {
        d.error(
            &node.loc,
            "criteria",
            msg::expected("criteria", msg::EXPECT_MAP, node.describe()),
        );
        return BTreeMap::new();
    };
    let mut out = BTreeMap::new();
    for (k, v) in entries {
        let id = k.scalar().unwrap_or("");
        let key = format!("criteria.{id}");
        let r = rating(v, &key, d);
        let Some(criterion) = refs.criteria.get(id) else {
            let hint = suggestion(id, refs.criteria.keys().copied());
            d.error(&k.loc, key, msg::unknown_criterion(id, hint));
            continue;
        };
        if let Some(pot) = support
            && !criterion.applies_to(pot)
            && r.is_some_and(|r| r > 0)
        {
            d.warning(
                &k.loc,
                key.clone(),
                msg::criterion_not_for_pot(id, pot.lower()),
            );
        }
        if out.contains_key(id) {
            d.error(&k.loc, key, msg::duplicate_key(id));
        } else if let Some(r) = r {
            out.insert(id.to_string(), r);
        }
    }
    out
}

fn read_company(node: &Node, d: &mut Diag) -> Option<Company> {
    let f = Fields::open(node, "company", COMPANY_KEYS, d)?;
    Some(Company {
        employees: f.req("employees", d)?,
        turnover: f.opt("turnover", d),
        balance_sheet: f.opt("balance_sheet", d),
        in_difficulty: f.opt("in_difficulty", d).unwrap_or(false),
        de_minimis_received: f.opt("de_minimis_received", d).unwrap_or(Sek::ZERO),
        fiscal_year_start: fiscal_year_start(&f, d),
        road_freight: f.opt("road_freight", d).unwrap_or(false),
        sni: f.opt("sni", d),
    })
}

/// The first month of the fiscal year, 1–12 (January when not given).
fn fiscal_year_start(f: &Fields<'_>, d: &mut Diag) -> u8 {
    let Some(month) = f.opt::<Spanned<u32>>("fiscal_year_start", d) else {
        return 1;
    };
    match u8::try_from(month.value) {
        Ok(m) if (1..=12).contains(&m) => m,
        _ => {
            d.error(
                &month.loc,
                "company.fiscal_year_start",
                msg::bad_fiscal_month(month.value),
            );
            1
        }
    }
}

fn read_store(node: &Node, d: &mut Diag) -> Option<Store> {
    let f = Fields::open(node, "store", STORE_KEYS, d)?;
    Some(Store {
        distance_km: f.opt("distance_km", d),
        grocery_turnover: f.opt("grocery_turnover", d),
        open_all_year: f.opt("open_all_year", d),
        weekly_opening_hours: f.opt("weekly_opening_hours", d),
        strategic: f.opt("strategic", d).unwrap_or(false),
    })
}

fn read_score(f: &Fields<'_>, d: &mut Diag) -> Option<f64> {
    let score: Spanned<Decimal> = f.opt("score", d)?;
    match score.value.to_f64() {
        Some(v) if v.is_finite() && v <= 1e9 => Some(v),
        _ => {
            d.error(&score.loc, "score", msg::BAD_SCORE);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{OverlayEntry, overlay_entries, valid_org_nr, write_overlay};
    use std::collections::BTreeMap;
    use std::path::Path;

    /// The overlay's writer and reader agree, for text that would end a YAML string or start
    /// a comment as well.
    #[test]
    fn the_overlay_reads_back_what_it_writes() {
        let pairs = |list: &[(&str, &str)]| {
            Some(
                list.iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect::<Vec<_>>(),
            )
        };
        let mut entries = BTreeMap::new();
        entries.insert(
            "2021-0001".to_string(),
            OverlayEntry {
                links: pairs(&[("kpv.matchning", "3"), ("apv.energi", "2")]),
                agenda2030: pairs(&[("4", "3"), ("12", "0")]),
                criteria: pairs(&[]),
                status: Some("beviljad".to_string()),
            },
        );
        entries.insert(
            "ett \"konstigt\" id: # med\nradbrytning och \\".to_string(),
            OverlayEntry {
                criteria: pairs(&[("samverkan: \"hela\" länet", "1")]),
                status: Some("under_beredning".to_string()),
                ..OverlayEntry::default()
            },
        );
        let text = write_overlay(&entries);
        assert_eq!(
            overlay_entries(text.as_bytes(), Path::new("x.bedomningar.yaml")),
            entries,
            "{text}"
        );
        assert!(overlay_entries(b"", Path::new("x.yaml")).is_empty());
    }

    #[test]
    fn organisation_numbers_follow_luhn() {
        assert!(valid_org_nr("556036-0793"));
        assert!(valid_org_nr("5560360793"));
        assert!(valid_org_nr("232100-0172"));
        assert!(!valid_org_nr("556036-0794"));
        assert!(!valid_org_nr("55603-60793-"));
        assert!(!valid_org_nr("abc"));
    }
}
