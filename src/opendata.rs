//! Open data: the decided grants in the 360Giving Data Standard (schema 1.4), as a JSON grant
//! package and as the standard's flattened CSV, with no personal data; and a pot's proposal as
//! a Pabulib participatory-budgeting file, for research on allocation rules.
//!
//! A grant is an application granted at some time (beviljad, pågående, avslutad). Its amount
//! awarded is the sum of its years (what was decided), its recipient an organisation named by
//! its organisation number under Bolagsverket's identifier scheme (`SE-BLV-5566778899`), its
//! beneficiary locations the municipalities with SCB's kommunkod (from the scenario's
//! municipalities file, where it names one), and its classifications the
//! RUS målområden it serves and its global goals (rating 1 or more). A sole trader's
//! organisation number is its owner's personnummer, so a grant to an enskild firma names an
//! anonymous individual instead of the firm.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::application::{ApplicantType, Application};
use crate::portfolio::Portfolio;
use crate::strategy::Level;
use crate::text::export as t;

/// The applications that are grants: granted at some time, on a known day (the standard asks
/// every grant for its award date).
pub fn grants(p: &Portfolio) -> Vec<&Application> {
    p.applications
        .iter()
        .filter(|a| a.status.is_granted() && a.decision_date.is_some())
        .collect()
}

/// Grants without a decision date, which open data leaves out (no date may be invented).
pub fn undated(p: &Portfolio) -> Vec<&Application> {
    p.applications
        .iter()
        .filter(|a| a.status.is_granted() && a.decision_date.is_none())
        .collect()
}

/// Why the package cannot be written: what the rules file lacks.
#[derive(Debug, Clone, PartialEq)]
pub enum Missing {
    Prefix,
    FunderOrgNr,
}

/// The grants as a 360Giving grant package.
pub fn package(p: &Portfolio) -> Result<Value, Missing> {
    let prefix = p.rules.open_data_prefix.as_deref().ok_or(Missing::Prefix)?;
    let funder = p
        .rules
        .region_org_nr
        .as_deref()
        .ok_or(Missing::FunderOrgNr)?;
    let funder = json!({ "id": org_id(funder), "name": p.rules.region });
    let grants: Vec<Value> = grants(p)
        .into_iter()
        .map(|app| grant(p, app, prefix, &funder))
        .collect();
    Ok(json!({ "version": "1.4", "grants": grants }))
}

/// An amount as a JSON number: whole kronor as an integer, else with its öre.
pub(crate) fn number(amount: crate::money::Sek) -> Value {
    let d = amount.decimal();
    match i64::try_from(d.trunc()) {
        Ok(whole) if d.fract().is_zero() => json!(whole),
        _ => json!(amount.to_f64()),
    }
}

/// An organisation's identifier: Bolagsverket's scheme and the ten digits.
fn org_id(org_nr: &str) -> String {
    format!("SE-BLV-{}", crate::deminimis::digits(org_nr))
}

fn grant(p: &Portfolio, app: &Application, prefix: &str, funder: &Value) -> Value {
    let id = format!("{prefix}-{}", app.id);
    let mut g = serde_json::Map::new();
    g.insert("id".into(), json!(id));
    g.insert("title".into(), json!(app.public_title()));
    // The standard asks every grant for a description: the application's own, else what
    // kind of grant it is and where.
    let description = app.description.clone().unwrap_or_else(|| {
        let what = match app.form {
            Some(form) => format!(
                "{}, {}",
                app.support.name(),
                crate::text::mid_sentence(form.name())
            ),
            None => app.support.name().to_string(),
        };
        t::open_description(&what, &app.municipalities.join(", "))
    });
    g.insert("description".into(), json!(description));
    g.insert("currency".into(), json!("SEK"));
    g.insert("amountAppliedFor".into(), number(app.requested));
    g.insert("amountAwarded".into(), number(app.granted()));
    if let Some(date) = app.decision_date {
        g.insert("awardDate".into(), json!(date.to_string()));
    }
    if let (Some(first), Some(last)) = (app.years.keys().next(), app.years.keys().next_back()) {
        let start = app
            .start
            .map_or_else(|| format!("{first}-01-01"), |d| d.to_string());
        g.insert(
            "plannedDates".into(),
            json!([{ "startDate": start, "endDate": format!("{last}-12-31") }]),
        );
    }
    match (&app.applicant.org_nr, app.applicant.kind) {
        // No personal data: a sole trader's number is a personnummer, its name often a person's.
        (_, ApplicantType::EnskildFirma) => {
            g.insert(
                "recipientIndividual".into(),
                json!({ "id": format!("{id}-IND"), "name": t::OPEN_SOLE_TRADER.text() }),
            );
        }
        (Some(nr), _) => {
            let mut org = json!({ "id": org_id(nr), "name": app.applicant.name });
            if let Some(m) = app.municipalities.first() {
                org["addressLocality"] = json!(m);
            }
            org["addressCountry"] = json!("SE");
            g.insert("recipientOrganization".into(), json!([org]));
        }
        (None, _) => {
            g.insert(
                "recipientOrganization".into(),
                json!([{ "id": format!("{id}-ORG"), "name": app.applicant.name }]),
            );
        }
    }
    let places: Vec<Value> = app
        .municipalities
        .iter()
        .map(|m| {
            let mut place = json!({ "name": m, "countryCode": "SE" });
            if let Some(code) = p.municipalities.as_ref().and_then(|list| list.get(m)) {
                place["geoCode"] = json!(code.code);
            }
            place
        })
        .collect();
    if !places.is_empty() {
        g.insert("beneficiaryLocation".into(), json!(places));
    }
    g.insert("fundingOrganization".into(), json!([funder]));
    g.insert(
        "grantProgramme".into(),
        json!([{ "code": app.support.key(), "title": app.support.name() }]),
    );
    g.insert("classifications".into(), json!(classifications(p, app)));
    Value::Object(g)
}

/// The RUS målområden the grant serves and its global goals, each rated 1 or more.
fn classifications(p: &Portfolio, app: &Application) -> Vec<Value> {
    let s = &p.strategy;
    let h = s.hierarchy();
    let mut out = Vec::new();
    for m in h.children(s.root()) {
        let Some(node) = s.node(m).filter(|n| n.level == Level::Malomrade) else {
            continue;
        };
        let serves = app
            .links
            .iter()
            .any(|(id, r)| *r >= 1 && h.is_at_or_below(id, m));
        if serves {
            out.push(json!({
                "vocabulary": t::OPEN_VOCABULARY_RUS.text(),
                "code": m,
                "title": node.name,
            }));
        }
    }
    for (goal, rating) in &app.agenda2030 {
        if *rating >= 1 {
            out.push(json!({
                "vocabulary": t::OPEN_VOCABULARY_SDG.text(),
                "code": goal.to_string(),
                "title": p.agenda.goal_name(*goal).unwrap_or(""),
            }));
        }
    }
    out
}

/// The package flattened as the 360Giving spreadsheet template does: one row per grant, one
/// column per field titled as the standard titles it (`Recipient Org:Identifier`), longer lists
/// numbered from 0 (`Beneficiary Location:0:Name`), in the template's order.
pub fn csv(package: &Value) -> Result<Vec<u8>, String> {
    let grants = package["grants"].as_array().cloned().unwrap_or_default();
    let rows: Vec<BTreeMap<String, String>> = grants
        .iter()
        .map(|g| {
            let mut row = BTreeMap::new();
            flatten(g, "", &mut row);
            row
        })
        .collect();
    let mut columns: Vec<&String> = rows.iter().flat_map(BTreeMap::keys).collect();
    columns.sort_by_key(|c| column_order(c));
    columns.dedup();
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    w.write_record(columns.iter().map(|k| k.as_str()))
        .map_err(|e| e.to_string())?;
    for row in &rows {
        w.write_record(
            columns
                .iter()
                .map(|k| crate::export::safe_text(row.get(*k).map_or("", String::as_str))),
        )
        .map_err(|e| e.to_string())?;
    }
    w.into_inner().map_err(|e| e.to_string())
}

/// The fields in the order of the 360Giving template, by their titles.
const ORDER: [&str; 14] = [
    "Identifier",
    "Title",
    "Description",
    "Currency",
    "Amount Applied For",
    "Amount Awarded",
    "Award Date",
    "Planned Dates",
    "Recipient Org",
    "Recipient Ind",
    "Beneficiary Location",
    "Funding Org",
    "Grant Programme",
    "Classifications",
];

/// A column's place: its field in the template's order, then list items in number order.
fn column_order(column: &str) -> (usize, String) {
    let top = column.split(':').next().unwrap_or(column);
    let rank = ORDER.iter().position(|o| *o == top).unwrap_or(ORDER.len());
    (rank, crate::format::natural_key(column))
}

/// The standard's title of a field, for the flattened CSV.
fn title(key: &str) -> &str {
    match key {
        "id" => "Identifier",
        "title" => "Title",
        "description" => "Description",
        "currency" => "Currency",
        "amountAppliedFor" => "Amount Applied For",
        "amountAwarded" => "Amount Awarded",
        "awardDate" => "Award Date",
        "plannedDates" => "Planned Dates",
        "startDate" => "Start Date",
        "endDate" => "End Date",
        "recipientOrganization" => "Recipient Org",
        "recipientIndividual" => "Recipient Ind",
        "name" => "Name",
        "addressLocality" => "City",
        "addressCountry" => "Country",
        "beneficiaryLocation" => "Beneficiary Location",
        "countryCode" => "Country Code",
        "geoCode" => "Geographic Code",
        "fundingOrganization" => "Funding Org",
        "grantProgramme" => "Grant Programme",
        "code" => "Code",
        "classifications" => "Classifications",
        "vocabulary" => "Vocabulary",
        other => other,
    }
}

/// A value's cells by column title. The template gives the first organisation or programme
/// unnumbered columns (`Recipient Org:Identifier`); other list items are numbered.
fn flatten(v: &Value, path: &str, out: &mut BTreeMap<String, String>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                let p = if path.is_empty() {
                    title(k).to_string()
                } else {
                    format!("{path}:{}", title(k))
                };
                flatten(x, &p, out);
            }
        }
        Value::Array(items) => {
            let single = ["Recipient Org", "Funding Org", "Grant Programme"];
            for (i, x) in items.iter().enumerate() {
                let p = if single.contains(&path) && i == 0 {
                    path.to_string()
                } else {
                    format!("{path}:{i}")
                };
                flatten(x, &p, out);
            }
        }
        Value::String(s) => {
            out.insert(path.to_string(), s.clone());
        }
        Value::Number(n) => {
            out.insert(path.to_string(), n.to_string());
        }
        Value::Bool(b) => {
            out.insert(path.to_string(), b.to_string());
        }
        Value::Null => {}
    }
}

/// A pot's proposal as a Pabulib `.pb` file (<https://pabulib.org/format>): META with the
/// pot's budget, PROJECTS with every candidate of the pot that can be funded (its cost the
/// amount applied for, its score the tool's, `selected` 1 where the proposal funds it, and the
/// amount proposed), and an empty VOTES section: the scores are the region's assessment, not
/// votes.
pub fn pabulib(
    p: &Portfolio,
    a: &crate::optimise::Allocation,
    pot: crate::application::Support,
) -> String {
    let funded: BTreeMap<usize, crate::money::Sek> =
        a.funded.iter().map(|f| (f.app, f.amount)).collect();
    let projects: Vec<usize> = p
        .applications
        .iter()
        .enumerate()
        .filter(|(i, app)| {
            app.support == pot
                && app.status.is_candidate()
                && p.assessments[*i].eligibility.eligible()
        })
        .map(|(i, _)| i)
        .collect();
    let description = t::pabulib_description(
        &crate::text::mid_sentence(pot.name()),
        p.scenario.year,
        &p.scenario.name,
    );
    pabulib_file(
        p,
        pot,
        &projects,
        &funded,
        PbMeta {
            description,
            rule: format!("anslag-{}", a.strategy.key()),
            year: p.scenario.year,
            budget: p.scenario.budget(pot).unwrap_or_default(),
        },
    )
}

/// A pot's recorded decisions of `year` as a Pabulib file: every application of the pot
/// decided in the year, `selected` 1 where it was granted, with the amount granted; the
/// budget the pot's of that year (when the scenario is of it), else what the pot granted.
pub fn pabulib_decided(p: &Portfolio, pot: crate::application::Support, year: i32) -> String {
    let (grants, rejected) = crate::report::decided_in(p, year);
    let funded: BTreeMap<usize, crate::money::Sek> = grants
        .iter()
        .map(|i| (*i, p.applications[*i].granted()))
        .collect();
    let mut projects: Vec<usize> = grants
        .iter()
        .chain(&rejected)
        .copied()
        .filter(|i| p.applications[*i].support == pot)
        .collect();
    projects.sort_by(|x, y| p.applications[*x].id.cmp(&p.applications[*y].id));
    let description = t::pabulib_decided_description(
        &crate::text::mid_sentence(pot.name()),
        year,
        &p.rules.region,
    );
    // The pot's budget of the year when the scenario is of that year, else what was granted.
    let budget = if p.scenario.year == year {
        p.scenario.budget(pot)
    } else {
        None
    }
    .unwrap_or_else(|| {
        funded
            .iter()
            .filter(|(i, _)| p.applications[**i].support == pot)
            .map(|(_, v)| *v)
            .sum()
    });
    pabulib_file(
        p,
        pot,
        &projects,
        &funded,
        PbMeta {
            description,
            rule: "anslag-beslut".to_string(),
            year,
            budget,
        },
    )
}

/// What a Pabulib file says about itself: its description, the rule that selected (the
/// strategy, or the decisions), the year and the budget.
struct PbMeta {
    description: String,
    rule: String,
    year: i32,
    budget: crate::money::Sek,
}

/// The Pabulib text of a pot's `projects`, `selected` where `funded` has them.
fn pabulib_file(
    p: &Portfolio,
    pot: crate::application::Support,
    projects: &[usize],
    funded: &BTreeMap<usize, crate::money::Sek>,
    meta: PbMeta,
) -> String {
    let PbMeta {
        description,
        rule,
        year,
        budget,
    } = meta;
    let field = |text: &str| {
        // One line, and the separator quoted.
        let text: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if text.contains([';', '"']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text
        }
    };
    let kronor = |v: crate::money::Sek| {
        let d = v.decimal().normalize();
        d.to_string()
    };
    let mut out = String::from("META\nkey;value\n");
    let meta = [
        ("description", description),
        ("country", "Sweden".to_string()),
        ("unit", p.rules.region.clone()),
        ("subunit", pot.name().to_string()),
        ("instance", year.to_string()),
        ("num_projects", projects.len().to_string()),
        ("num_votes", "0".to_string()),
        ("budget", kronor(budget)),
        ("vote_type", "scoring".to_string()),
        ("rule", rule),
        ("currency", "SEK".to_string()),
        ("language", "swedish".to_string()),
    ];
    for (k, v) in meta {
        out.push_str(&format!("{k};{}\n", field(&v)));
    }
    out.push_str("PROJECTS\nproject_id;cost;score;selected;amount;name\n");
    for &i in projects {
        let app = &p.applications[i];
        let amount = funded.get(&i).copied();
        out.push_str(&format!(
            "{};{};{};{};{};{}\n",
            field(&app.id),
            kronor(app.requested),
            p.assessments[i].score.total,
            u8::from(amount.is_some()),
            kronor(amount.unwrap_or_default()),
            field(&app.title),
        ));
    }
    out.push_str("VOTES\nvoter_id;vote\n");
    out
}
