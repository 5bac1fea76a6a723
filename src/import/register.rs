//! Aid of minor importance in: a sheet of dated de minimis aid (an extract of the national
//! register, the companies' declarations, another grantor's list) turned into lines of the
//! de minimis register (`stodregister.yaml`).
//!
//! As for applications, the rows are written as YAML and read back with the register's own
//! loader, so a bad organisation number, date or amount is reported at its cell.

use std::collections::BTreeMap;

use crate::deminimis::digits;
use crate::files;
use crate::files::yaml::{quoted, scalar};
use crate::import::{CellProblem, Imported, LineMap, Table, date_of, key_among, key_of};
use crate::problem::Severity;
use crate::text::import as msg;

/// One column of the register's sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Column {
    OrgNr,
    Recipient,
    Date,
    Amount,
    Grantor,
    Regulation,
    Form,
    Years,
    Reference,
    Note,
}

/// The documented layout: column, header, required.
pub(crate) const LAYOUT: [(Column, &str, bool); 10] = [
    (Column::OrgNr, "Organisationsnummer", true),
    (Column::Recipient, "Mottagare", true),
    (Column::Date, "Beslutsdatum", true),
    (Column::Amount, "Belopp", true),
    (Column::Grantor, "Stödgivare", true),
    (Column::Regulation, "Regelverk", false),
    (Column::Form, "Stödform", false),
    (Column::Years, "År", false),
    (Column::Reference, "Diarienummer", false),
    (Column::Note, "Anmärkning", false),
];

/// Turns the sheet into register lines (`aid:` items, two spaces in), every row checked by
/// the register's loader. `known` holds lines already in the register the rows are added to:
/// a row that repeats one (same organisation, day, amount and grantor) is left out with a
/// warning, so that adding the same extract twice counts nothing twice.
pub fn import(t: &Table, known: &[crate::deminimis::Aid]) -> Imported {
    let (columns, mut problems) = super::find_columns(t, &LAYOUT, None);
    if problems.iter().any(|x| x.severity == Severity::Error) {
        return Imported {
            problems,
            ..Imported::default()
        };
    }
    let mut rows = Vec::new();
    for i in 0..t.rows.len() {
        if t.rows[i].iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        match repeated(t, &columns, i, known) {
            Some(column) => problems.push(CellProblem {
                row: i + 2,
                column: Some(column),
                message: msg::AID_ALREADY_IN_REGISTER.to_string(),
                severity: Severity::Warning,
            }),
            None => rows.push(i),
        }
    }
    let (yaml, lines, unknown) = generate(t, &columns, &rows);
    problems.extend(unknown);
    let document = format!("aid:\n{yaml}");
    let mut map: LineMap = vec![(0, None)];
    map.extend(lines);
    problems.extend(super::check_with(&document, &map, |root, d| {
        let _ = files::register::from_node(root, d);
    }));
    let errors = problems.iter().any(|x| x.severity == Severity::Error);
    Imported {
        yaml: if errors { String::new() } else { yaml },
        count: if errors { 0 } else { rows.len() },
        skipped: Vec::new(),
        problems,
    }
}

/// A register file's text with `lines` (register lines as [`import`] writes them) added at
/// the end of its `aid:` list under a comment; everything it had, comments too, is kept.
pub fn appended(
    text: &str,
    register: &crate::deminimis::Register,
    comment: &str,
    lines: &str,
) -> String {
    let mut text = text.to_string();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    if register.aid.is_empty() && !text.lines().any(|l| l.starts_with("aid:")) {
        text.push_str("aid:\n");
    }
    text.push_str(&format!("  # {comment}\n"));
    text.push_str(lines);
    text
}

/// The register `text` holds when it loads without errors as `file` with exactly `count`
/// lines of aid: what an addition must leave.
pub fn loads_with(text: &str, file: &str, count: usize) -> Option<crate::deminimis::Register> {
    let mut d = crate::problem::Diag::new();
    let file: std::sync::Arc<str> = std::sync::Arc::from(file);
    let loaded = files::parse_yaml(text, &file, &mut d)
        .and_then(|root| files::register::from_node(&root, &mut d));
    loaded.filter(|r| !d.has_errors() && r.aid.len() == count)
}

/// The column of a row that repeats a known line (the amount's), if it does.
fn repeated(
    t: &Table,
    columns: &BTreeMap<Column, usize>,
    i: usize,
    known: &[crate::deminimis::Aid],
) -> Option<usize> {
    let cell = |c: Column| {
        columns
            .get(&c)
            .and_then(|k| t.rows[i].get(*k))
            .map_or("", |v| v.trim())
    };
    let amount: crate::money::Sek = cell(Column::Amount).parse().ok()?;
    let date: crate::date::Date = date_of(cell(Column::Date)).parse().ok()?;
    known
        .iter()
        .any(|a| {
            digits(&a.org_nr) == digits(cell(Column::OrgNr))
                && a.date == date
                && a.amount == amount
                && key_of(&a.grantor) == key_of(cell(Column::Grantor))
        })
        .then(|| columns.get(&Column::Amount).copied())
        .flatten()
}

/// The regulation's key from what a sheet calls it: "Stöd av mindre betydelse", "de minimis"
/// or 1407/2013 and 2023/2831 are the general rule; "tjänster av allmänt ekonomiskt intresse",
/// "SGEI", 360/2012 and 2023/2832 the SGEI rule; the file's own keys too. None for anything
/// else.
fn regulation_key(text: &str) -> Option<&'static str> {
    let t = text.to_lowercase();
    let key = key_of(text);
    let sgei = [
        "allmänt ekonomiskt intresse",
        "sgei",
        "360/2012",
        "2023/2832",
    ];
    let general = ["mindre betydelse", "de minimis", "1407/2013", "2023/2831"];
    if key == "sgei_de_minimis" || sgei.iter().any(|w| t.contains(w)) {
        Some("sgei_de_minimis")
    } else if key == "de_minimis" || general.iter().any(|w| t.contains(w)) {
        Some("de_minimis")
    } else {
        None
    }
}

/// The rows as register lines, one field per line, remembering each line's cell.
fn generate(
    t: &Table,
    columns: &BTreeMap<Column, usize>,
    rows: &[usize],
) -> (String, LineMap, Vec<CellProblem>) {
    let forms: Vec<(&'static str, String)> = crate::application::Form::ALL
        .iter()
        .map(|(k, f)| (*k, f.name().to_string()))
        .collect();
    let mut out = String::new();
    let mut lines: LineMap = Vec::new();
    let mut problems = Vec::new();
    for &i in rows {
        let row = i + 2;
        let cell = |c: Column| -> Option<(&str, usize)> {
            let k = *columns.get(&c)?;
            let v = t.rows[i].get(k).map_or("", String::as_str).trim();
            (!v.is_empty()).then_some((v, k))
        };
        let mut first = true;
        let mut line = |key: &str, value: String, column: Option<usize>| {
            let lead = if first { "  - " } else { "    " };
            first = false;
            out.push_str(&format!("{lead}{key}: {value}\n"));
            lines.push((row, column));
        };
        let text = |c: Column| cell(c).map_or_else(|| "\"\"".to_string(), |(v, _)| quoted(v));
        let at = |c: Column| columns.get(&c).copied();
        line("org_nr", text(Column::OrgNr), at(Column::OrgNr));
        line("recipient", text(Column::Recipient), at(Column::Recipient));
        line(
            "date",
            cell(Column::Date).map_or("\"\"".into(), |(v, _)| scalar(&date_of(v))),
            at(Column::Date),
        );
        line("amount", text(Column::Amount), at(Column::Amount));
        line("grantor", text(Column::Grantor), at(Column::Grantor));
        if let Some((v, c)) = cell(Column::Regulation) {
            match regulation_key(v) {
                Some(key) => line("regulation", quoted(key), Some(c)),
                None => problems.push(CellProblem {
                    row,
                    column: Some(c),
                    message: msg::unknown_regulation(v),
                    severity: Severity::Error,
                }),
            }
        }
        if let Some((v, c)) = cell(Column::Form) {
            line(
                "form",
                quoted(&key_among(v, forms.iter().cloned())),
                Some(c),
            );
        }
        if let Some((v, c)) = cell(Column::Years) {
            let years: Vec<&str> = v
                .split([',', ';', ' '])
                .map(str::trim)
                .filter(|y| !y.is_empty())
                .collect();
            line("years", format!("[{}]", years.join(", ")), Some(c));
        }
        for (column, key) in [(Column::Reference, "reference"), (Column::Note, "note")] {
            if let Some((v, c)) = cell(column) {
                line(key, quoted(v), Some(c));
            }
        }
    }
    (out, lines, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regulations_are_read_in_the_names_people_use() {
        assert_eq!(
            regulation_key("Stöd av mindre betydelse"),
            Some("de_minimis")
        );
        assert_eq!(regulation_key("1407/2013"), Some("de_minimis"));
        assert_eq!(
            regulation_key("Stöd av mindre betydelse för tjänster av allmänt ekonomiskt intresse"),
            Some("sgei_de_minimis")
        );
        assert_eq!(regulation_key("SGEI de minimis"), Some("sgei_de_minimis"));
        assert_eq!(regulation_key("sgei_de_minimis"), Some("sgei_de_minimis"));
        assert_eq!(regulation_key("Okänt"), None);
    }
}
