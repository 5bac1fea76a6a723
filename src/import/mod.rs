//! Spreadsheets in: an application list from the case system or Excel (CSV in UTF-8 or
//! Windows-1252 with `;` or `,`, or XLSX) turned into `ansokningar.yaml`.
//!
//! The rows are written as YAML first and then read back with the same loader as every other
//! applications file, so every rule the loader knows (amounts in Swedish formats, known strategy
//! nodes with "did you mean", years, partial funding…) is checked. Each generated line remembers
//! the spreadsheet cell it came from, so a problem is reported at its sheet, row and column.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::date::Date;
use crate::files;
use crate::files::yaml::{quoted, scalar};
use crate::portfolio::Portfolio;
use crate::problem::{Diag, Severity};
use crate::text::files as files_msg;
use crate::text::import as msg;

pub mod register;

/// One column of the documented layout: the key in our files and the Swedish header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Id,
    Title,
    Applicant,
    OrgNr,
    ApplicantType,
    Support,
    Form,
    Status,
    Received,
    DecisionDate,
    Start,
    Municipalities,
    Requested,
    EligibleCost,
    PublicCofinancing,
    PrivateCofinancing,
    Links,
    Agenda2030,
    Criteria,
    Description,
}

/// The documented layout: field, header, required.
pub(crate) const LAYOUT: [(Field, &str, bool); 20] = [
    (Field::Id, "Diarienummer", true),
    (Field::Title, "Projektnamn", true),
    (Field::Applicant, "Sökande", true),
    (Field::OrgNr, "Organisationsnummer", false),
    (Field::ApplicantType, "Sökandetyp", true),
    (Field::Support, "Stöd", true),
    (Field::Form, "Stödform", false),
    (Field::Status, "Status", false),
    (Field::Received, "Inkommen", false),
    (Field::DecisionDate, "Beslutsdatum", false),
    (Field::Start, "Projektstart", false),
    (Field::Municipalities, "Kommun", true),
    (Field::Requested, "Sökt belopp", true),
    (Field::EligibleCost, "Stödberättigande kostnad", false),
    (Field::PublicCofinancing, "Offentlig medfinansiering", false),
    (Field::PrivateCofinancing, "Privat medfinansiering", false),
    (Field::Links, "Strategikopplingar", false),
    (Field::Agenda2030, "Agenda 2030", false),
    (Field::Criteria, "Kvalitet", false),
    (Field::Description, "Beskrivning", false),
];

/// A table read from a file: where it came from, its headers and its rows (text per cell).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The file as shown in messages.
    pub file: String,
    /// The sheet (XLSX only).
    pub sheet: Option<String>,
    pub headers: Vec<String>,
    /// Row `i` is spreadsheet row `i + 2` (the header is row 1).
    pub rows: Vec<Vec<String>>,
}

/// One problem in one cell (or row, or the whole table).
#[derive(Debug, Clone, PartialEq)]
pub struct CellProblem {
    /// Spreadsheet row (1 = the header); 0 for the table as a whole.
    pub row: usize,
    /// Column index (0 = A), when one cell is meant.
    pub column: Option<usize>,
    pub message: String,
    pub severity: Severity,
}

impl Table {
    /// `fil.xlsx:Blad1!C14` — the place of a cell the way a spreadsheet names it.
    pub fn place(&self, p: &CellProblem) -> String {
        let sheet = self
            .sheet
            .as_ref()
            .map_or(String::new(), |s| format!("{s}!"));
        match (p.row, p.column) {
            (0, _) => self.file.clone(),
            (r, Some(c)) => {
                let header = self.headers.get(c).map_or("", String::as_str);
                format!("{}:{sheet}{}{r} ({header})", self.file, column_name(c))
            }
            (r, None) => format!("{}:{sheet}{}", self.file, msg::row(r)),
        }
    }
}

/// `A`, `B`, …, `Z`, `AA`, … for a zero-based column.
pub(crate) fn column_name(mut c: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Reads CSV: UTF-8 (with or without BOM) or else Windows-1252; `;` or `,` as the header has.
pub fn read_csv(file: &str, bytes: &[u8]) -> Result<Table, String> {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    };
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() >= first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            crate::problem::trace("csv", &e);
            msg::bad_csv(i + 1)
        })?;
        if let Some(problem) = out_of_bounds(i, record.len().saturating_sub(1)) {
            return Err(problem);
        }
        records.push(
            record
                .iter()
                .map(|s| s.trim().to_string())
                .collect::<Vec<_>>(),
        );
    }
    table(file, None, records)
}

/// The most rows and columns a spreadsheet may use (an application list has a few hundred
/// rows and some twenty columns); a cell beyond them is refused before anything is allocated
/// for it, so a stray cell at XFD1048576 cannot make a small file take all memory.
pub const MAX_ROWS: usize = 20_000;
pub(crate) const MAX_COLUMNS: usize = 100;
/// Spreadsheet files larger than this are refused before reading.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a spreadsheet file's bytes, refusing one that is too large; errors in Swedish.
pub(crate) fn read_file(path: &std::path::Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| files_msg::cannot_read(&e).render())?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| files_msg::cannot_read(&e).render())?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(files_msg::FILE_TOO_LARGE.to_string());
    }
    Ok(bytes)
}

/// A cell beyond the bounds, named the way a spreadsheet names it.
fn out_of_bounds(row: usize, column: usize) -> Option<String> {
    (row >= MAX_ROWS || column >= MAX_COLUMNS).then(|| {
        msg::too_far(
            &format!("{}{}", column_name(column), row + 1),
            MAX_ROWS,
            MAX_COLUMNS,
        )
    })
}

/// Reads the first sheet (or the named one) of an XLSX workbook, cell by cell: only cells
/// that hold something are kept, and one beyond [`MAX_ROWS`] × [`MAX_COLUMNS`] is an error.
pub fn read_xlsx(file: &str, bytes: &[u8], sheet: Option<&str>) -> Result<Table, String> {
    use calamine::{DataRef, Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| xlsx_error(&e))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .cloned()
            .ok_or_else(|| msg::no_sheet(s, &names))?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| msg::NO_SHEETS.to_string())?,
    };
    let mut reader = book
        .worksheet_cells_reader(&name)
        .map_err(|e| xlsx_error(&e))?;
    let mut records: Vec<Vec<String>> = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(|e| xlsx_error(&e))? {
        let text = match cell.get_value() {
            DataRef::Empty => continue,
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
                s.trim().to_string()
            }
            DataRef::SharedString(s) => s.trim().to_string(),
            DataRef::Int(i) => i.to_string(),
            DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
            DataRef::Float(f) => f.to_string().replace('.', ","),
            DataRef::Bool(b) => b.to_string(),
            DataRef::DateTime(d) => {
                excel_date(d.as_f64()).map_or_else(|| d.to_string(), |d| d.to_string())
            }
            DataRef::Error(e) => format!("#{e:?}"),
        };
        if text.is_empty() {
            continue;
        }
        let (row, column) = cell.get_position();
        let (row, column) = (row as usize, column as usize);
        if let Some(problem) = out_of_bounds(row, column) {
            return Err(problem);
        }
        // Rows as the sheet numbers them, from row 1, even when the used range starts lower.
        if records.len() <= row {
            records.resize(row + 1, Vec::new());
        }
        let cells = &mut records[row];
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        cells[column] = text;
    }
    table(file, Some(name), records)
}

/// calamine's error (English) told in Swedish; its own words go to the trace.
fn xlsx_error(e: &calamine::XlsxError) -> String {
    use calamine::XlsxError;
    crate::problem::trace("xlsx", e);
    match e {
        XlsxError::Io(io) => files_msg::cannot_read(io).render(),
        XlsxError::Zip(_) => msg::NOT_XLSX.to_string(),
        XlsxError::Vba(_) => msg::bad_xlsx(msg::XLSX_MACROS.text()),
        XlsxError::Password => msg::bad_xlsx(msg::XLSX_PASSWORD.text()),
        _ => msg::bad_xlsx(msg::XLSX_DAMAGED.text()),
    }
}

/// An Excel serial date (days since 1899-12-30) as a date.
fn excel_date(serial: f64) -> Option<Date> {
    if !(1.0..=100_000.0).contains(&serial) {
        return None;
    }
    // Serial 25569 is 1970-01-01.
    Date::from_unix_days(serial.floor() as i64 - 25_569)
}

fn table(
    file: &str,
    sheet: Option<String>,
    mut records: Vec<Vec<String>>,
) -> Result<Table, String> {
    // Leading empty rows (a title above the table is not supported: the header is row 1).
    if records.is_empty() || records[0].iter().all(String::is_empty) {
        return Err(msg::NO_HEADER.to_string());
    }
    let headers = records.remove(0);
    let rows = records;
    Ok(Table {
        file: file.to_string(),
        sheet,
        headers,
        rows,
    })
}

/// Which column of the file holds each field: the documented header, or the mapping's.
pub type Mapping = BTreeMap<Field, String>;

/// Reads a mapping file: `kolumner: { Diarienummer: "Ärende", Sökt belopp: "Belopp (kr)" }`.
pub(crate) fn read_mapping(path: &std::path::Path, d: &mut Diag) -> Option<Mapping> {
    let root = files::read_yaml(path, d)?;
    let f = files::decode::Fields::open(&root, "", &["kolumner"], d)?;
    let columns = f.node("kolumner")?;
    let files::yaml::Kind::Map(entries) = &columns.kind else {
        d.error(&columns.loc, "kolumner", msg::MAPPING_NOT_MAP);
        return None;
    };
    let mut out = Mapping::new();
    for (k, v) in entries {
        let key = k.scalar().unwrap_or("");
        let Some((field, _, _)) = LAYOUT.iter().find(|(_, h, _)| h.eq_ignore_ascii_case(key))
        else {
            let headers: Vec<&str> = LAYOUT.iter().map(|(_, h, _)| *h).collect();
            let hint = crate::problem::suggestion(key, headers.iter().copied());
            d.error(&k.loc, key, msg::unknown_field(key, hint));
            continue;
        };
        match v.scalar() {
            Some(s) => {
                out.insert(*field, s.to_string());
            }
            None => d.error(&v.loc, key, msg::MAPPING_NOT_TEXT),
        }
    }
    Some(out)
}

/// The result of an import.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    /// The applications file, ready to write (empty when there are errors and nothing may be
    /// written).
    pub yaml: String,
    pub count: usize,
    /// Rows left out with `skip_invalid`: (spreadsheet row, id).
    pub(crate) skipped: Vec<(usize, String)>,
    pub problems: Vec<CellProblem>,
}

impl Imported {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// Where each generated YAML line came from: (spreadsheet row, column).
pub(crate) type LineMap = Vec<(usize, Option<usize>)>;

/// Turns the table into an applications file, checked against the scenario's strategy, Agenda
/// 2030 and rules. With `skip_invalid`, rows with errors are left out (and listed).
pub fn import(t: &Table, mapping: &Mapping, p: &Portfolio, skip_invalid: bool) -> Imported {
    let renamed = |f: Field| mapping.get(&f).map(String::as_str);
    let (columns, mut problems) = find_columns(t, &LAYOUT, Some(&renamed));
    if problems.iter().any(|x| x.severity == Severity::Error) {
        return Imported {
            problems,
            ..Imported::default()
        };
    }
    let rows: Vec<usize> = (0..t.rows.len())
        .filter(|i| !t.rows[*i].iter().all(String::is_empty))
        .collect();
    let forms = form_names(p);
    let (yaml, lines, mut row_problems) = generate(t, &columns, &rows, &forms);
    let mut checked = check(&yaml, &lines, p);
    checked.append(&mut row_problems);
    let bad_rows: Vec<usize> = {
        let mut v: Vec<usize> = checked
            .iter()
            .filter(|x| x.severity == Severity::Error && x.row >= 2)
            .map(|x| x.row)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    problems.extend(checked);
    if bad_rows.is_empty() || !skip_invalid {
        let count = rows.len();
        let errors = problems.iter().any(|x| x.severity == Severity::Error);
        return Imported {
            yaml: if errors { String::new() } else { yaml },
            count: if errors { 0 } else { count },
            skipped: Vec::new(),
            problems,
        };
    }
    // Leave the bad rows out and check again: what remains must load on its own.
    let keep: Vec<usize> = rows
        .iter()
        .copied()
        .filter(|i| !bad_rows.contains(&(i + 2)))
        .collect();
    let id_col = columns.get(&Field::Id).copied();
    let skipped = bad_rows
        .iter()
        .map(|r| {
            let id = id_col
                .and_then(|c| t.rows.get(r - 2).and_then(|row| row.get(c)).cloned())
                .unwrap_or_default();
            (*r, id)
        })
        .collect();
    let (yaml, lines, again) = generate(t, &columns, &keep, &forms);
    let mut second = check(&yaml, &lines, p);
    second.extend(again);
    let warnings: Vec<CellProblem> = problems
        .into_iter()
        .filter(|x| x.severity == Severity::Warning)
        .collect();
    let errors = second.iter().any(|x| x.severity == Severity::Error);
    let mut all = warnings;
    all.extend(second.into_iter().filter(|x| x.severity == Severity::Error));
    Imported {
        yaml: if errors { String::new() } else { yaml },
        count: if errors { 0 } else { keep.len() },
        skipped,
        problems: all,
    }
}

/// The columns of `layout` found among the table's headers (by the header, or the name
/// `renamed` gives a field, where headers can be renamed), with a problem for each required one missing and a warning for
/// each header that is not used.
pub(crate) fn find_columns<'a, F: Copy + Ord>(
    t: &Table,
    layout: &[(F, &'a str, bool)],
    renamed: Option<&dyn Fn(F) -> Option<&'a str>>,
) -> (BTreeMap<F, usize>, Vec<CellProblem>) {
    let mut problems = Vec::new();
    let mut columns: BTreeMap<F, usize> = BTreeMap::new();
    for &(field, header, required) in layout {
        let wanted = renamed.and_then(|r| r(field)).unwrap_or(header);
        match t
            .headers
            .iter()
            .position(|h| h.trim().to_lowercase() == wanted.trim().to_lowercase())
        {
            Some(c) => {
                columns.insert(field, c);
            }
            None if required => problems.push(CellProblem {
                row: 1,
                column: None,
                // Where headers can be renamed (`--mapping`), the message says how.
                message: if renamed.is_some() {
                    msg::missing_column(wanted, header)
                } else {
                    msg::missing_register_column(wanted)
                },
                severity: Severity::Error,
            }),
            None => {}
        }
    }
    for (c, h) in t.headers.iter().enumerate() {
        if !h.is_empty() && !columns.values().any(|x| *x == c) {
            problems.push(CellProblem {
                row: 1,
                column: Some(c),
                message: msg::ignored_column(h),
                severity: Severity::Warning,
            });
        }
    }
    (columns, problems)
}

/// Reads the generated YAML back with the applications loader; maps each problem to its cell.
fn check(yaml: &str, lines: &LineMap, p: &Portfolio) -> Vec<CellProblem> {
    let criteria = p.rules.all_criteria();
    let refs = files::applications::Refs {
        strategy: &p.strategy,
        agenda: &p.agenda,
        criteria,
        year: p.scenario.year,
    };
    check_with(yaml, lines, |root, d| {
        let _ = files::applications::from_node(root, &refs, d);
    })
}

/// Reads the generated YAML back with `load`; maps each problem to its cell.
pub(crate) fn check_with(
    yaml: &str,
    lines: &LineMap,
    load: impl FnOnce(&files::yaml::Node, &mut Diag),
) -> Vec<CellProblem> {
    let mut d = Diag::new();
    let file: Arc<str> = Arc::from("import");
    if let Some(root) = files::parse_yaml(yaml, &file, &mut d) {
        load(&root, &mut d);
    }
    d.into_sorted()
        .into_iter()
        .map(|problem| {
            let (row, column) = lines
                .get(problem.loc.line.saturating_sub(1))
                .copied()
                .unwrap_or((0, None));
            CellProblem {
                row,
                column,
                message: problem.message.render(),
                severity: problem.severity,
            }
        })
        .collect()
}

/// A key from a Swedish name: "Företagsstöd" → `foretagsstod`, "Under beredning" →
/// `under_beredning`, "Ekonomisk förening" → `ekonomisk_forening`.
pub(crate) fn key_of(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            ' ' | '-' => '_',
            c => c,
        })
        .collect()
}

/// The key for a name a spreadsheet may use: the key itself (`konsultstod`), its spelling
/// with å, ä, ö and spaces ("Företagsstöd", "Under beredning"), or a name the program or the
/// guideline gives it ("Miljö och energi", "Stöd till samverkande turismföretag"). Anything
/// else is returned as `key_of` makes it, and the loader names what is allowed.
pub(crate) fn key_among<'a>(
    text: &str,
    known: impl IntoIterator<Item = (&'a str, String)>,
) -> String {
    let wanted = key_of(text);
    for (key, name) in known {
        if wanted == key || wanted == key_of(&name) {
            return key.to_string();
        }
    }
    wanted
}

/// Every form's key with each name it goes by: the program's and every rules period's.
fn form_names(p: &Portfolio) -> Vec<(&'static str, String)> {
    use crate::application::Form;
    let mut out: Vec<(&'static str, String)> = Form::ALL
        .iter()
        .map(|(k, f)| (*k, f.name().to_string()))
        .collect();
    for period in &p.rules.periods {
        for pot in period.supports.values() {
            for (form, rule) in &pot.forms {
                out.push((form.key(), rule.name.clone()));
            }
        }
    }
    out
}

/// `YYYY-MM-DD` from `2021-02-14`, `20210214` or `14/2/2021`; anything else as written (the
/// loader then says what is wrong).
pub(crate) fn date_of(text: &str) -> String {
    let t = text.trim();
    if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        return format!("{}-{}-{}", &t[..4], &t[4..6], &t[6..]);
    }
    let parts: Vec<&str> = t.split(['/', '.']).collect();
    if let [d, m, y] = parts.as_slice()
        && let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u8>(), m.parse::<u8>(), y.parse::<i32>())
        && let Some(date) = Date::new(y, m, d)
    {
        return date.to_string();
    }
    t.split(' ').next().unwrap_or(t).to_string()
}

/// `"kpv.matchning 3, apv.energi: 2"` → pairs; a token without a rating 0–3 is a problem.
pub(crate) fn ratings(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for item in text
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let cleaned = item.replace(['=', ':'], " ");
        let mut words: Vec<&str> = cleaned.split_whitespace().collect();
        let rating = words.pop().filter(|r| matches!(*r, "0" | "1" | "2" | "3"));
        match (words.join(" "), rating) {
            (key, Some(r)) if !key.is_empty() => {
                let key = key
                    .trim_start_matches("Mål")
                    .trim_start_matches("mål")
                    .trim()
                    .to_string();
                out.push((key, r.to_string()));
            }
            _ => return Err(msg::bad_rating(item)),
        }
    }
    Ok(out)
}

/// Writes the rows as YAML, one field per line, remembering each line's cell.
fn generate(
    t: &Table,
    columns: &BTreeMap<Field, usize>,
    rows: &[usize],
    forms: &[(&'static str, String)],
) -> (String, LineMap, Vec<CellProblem>) {
    let mut out = String::new();
    let mut lines: LineMap = Vec::new();
    let mut problems = Vec::new();
    let mut line = |text: String, row: usize, col: Option<usize>, out: &mut String| {
        out.push_str(&text);
        out.push('\n');
        lines.push((row, col));
    };
    for &i in rows {
        let row = i + 2;
        let cell = |f: Field| -> Option<(&str, usize)> {
            let c = *columns.get(&f)?;
            let v = t.rows[i].get(c).map_or("", String::as_str);
            (!v.trim().is_empty()).then_some((v.trim(), c))
        };
        let at = |f: Field| columns.get(&f).copied();
        let text = |f: Field| cell(f).map_or_else(|| "\"\"".to_string(), |(v, _)| quoted(v));
        line(
            format!("- id: {}", text(Field::Id)),
            row,
            at(Field::Id),
            &mut out,
        );
        line(
            format!("  title: {}", text(Field::Title)),
            row,
            at(Field::Title),
            &mut out,
        );
        line("  applicant:".into(), row, at(Field::Applicant), &mut out);
        line(
            format!("    name: {}", text(Field::Applicant)),
            row,
            at(Field::Applicant),
            &mut out,
        );
        if let Some((v, c)) = cell(Field::OrgNr) {
            line(format!("    org_nr: {}", quoted(v)), row, Some(c), &mut out);
        }
        line(
            format!(
                "    type: {}",
                cell(Field::ApplicantType).map_or("\"\"".into(), |(v, _)| quoted(&key_among(
                    v,
                    crate::application::ApplicantType::ALL
                        .iter()
                        .map(|(k, _)| (*k, k.replace('_', " ")))
                )))
            ),
            row,
            at(Field::ApplicantType),
            &mut out,
        );
        line(
            format!(
                "  support: {}",
                cell(Field::Support).map_or("\"\"".into(), |(v, _)| quoted(&key_among(
                    v,
                    crate::application::Support::ALL
                        .iter()
                        .map(|(k, s)| (*k, s.name().to_string()))
                )))
            ),
            row,
            at(Field::Support),
            &mut out,
        );
        if let Some((v, c)) = cell(Field::Form) {
            line(
                format!("  form: {}", quoted(&key_among(v, forms.iter().cloned()))),
                row,
                Some(c),
                &mut out,
            );
        }
        let status = cell(Field::Status).map_or("ansokan".to_string(), |(v, _)| {
            key_among(
                v,
                crate::application::Status::ALL
                    .iter()
                    .map(|(k, s)| (*k, s.name().to_string())),
            )
        });
        line(
            format!("  status: {}", quoted(&status)),
            row,
            at(Field::Status),
            &mut out,
        );
        for (f, key) in [
            (Field::Received, "received"),
            (Field::DecisionDate, "decision_date"),
            (Field::Start, "start"),
        ] {
            if let Some((v, c)) = cell(f) {
                line(
                    format!("  {key}: {}", scalar(&date_of(v))),
                    row,
                    Some(c),
                    &mut out,
                );
            }
        }
        let towns: Vec<String> = cell(Field::Municipalities)
            .map(|(v, _)| {
                v.split([',', ';', '/'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(quoted)
                    .collect()
            })
            .unwrap_or_default();
        line(
            format!("  municipalities: [{}]", towns.join(", ")),
            row,
            at(Field::Municipalities),
            &mut out,
        );
        line(
            format!("  requested: {}", text(Field::Requested)),
            row,
            at(Field::Requested),
            &mut out,
        );
        if let Some((v, c)) = cell(Field::EligibleCost) {
            line(
                format!("  eligible_cost: {}", quoted(v)),
                row,
                Some(c),
                &mut out,
            );
        }
        let cofinancing: Vec<(Field, &str, bool)> = [
            (Field::PublicCofinancing, msg::PUBLIC_SOURCE.text(), true),
            (Field::PrivateCofinancing, msg::PRIVATE_SOURCE.text(), false),
        ]
        .into_iter()
        .filter(|(f, _, _)| cell(*f).is_some())
        .collect();
        if !cofinancing.is_empty() {
            line("  cofinancing:".into(), row, None, &mut out);
            for (f, source, public) in cofinancing {
                if let Some((v, c)) = cell(f) {
                    line(
                        format!(
                            "    - {{ source: {}, amount: {}, public: {public} }}",
                            quoted(source),
                            quoted(v)
                        ),
                        row,
                        Some(c),
                        &mut out,
                    );
                }
            }
        }
        for (f, key) in [
            (Field::Links, "links"),
            (Field::Agenda2030, "agenda2030"),
            (Field::Criteria, "criteria"),
        ] {
            if let Some((v, c)) = cell(f) {
                match ratings(v) {
                    Ok(pairs) => {
                        let items: Vec<String> = pairs
                            .iter()
                            .map(|(k, r)| format!("{}: {r}", quoted(k)))
                            .collect();
                        line(
                            format!("  {key}: {{ {} }}", items.join(", ")),
                            row,
                            Some(c),
                            &mut out,
                        );
                    }
                    Err(m) => problems.push(CellProblem {
                        row,
                        column: Some(c),
                        message: m,
                        severity: Severity::Error,
                    }),
                }
            }
        }
        if let Some((v, c)) = cell(Field::Description) {
            line(
                format!("  description: {}", quoted(v)),
                row,
                Some(c),
                &mut out,
            );
        }
    }
    (out, lines, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_like_a_spreadsheet() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
    }

    #[test]
    fn excel_serial_dates_become_iso_dates() {
        assert_eq!(
            excel_date(44_241.0).map(|d| d.to_string()),
            Some("2021-02-14".into())
        );
        assert_eq!(excel_date(1.0e9), None);
    }

    #[test]
    fn swedish_names_become_keys_and_dates_iso() {
        assert_eq!(key_of("Företagsstöd"), "foretagsstod");
        assert_eq!(key_of("Under beredning"), "under_beredning");
        assert_eq!(key_of("Kommersiell service"), "kommersiell_service");
        assert_eq!(date_of("14/2/2021"), "2021-02-14");
        assert_eq!(date_of("20210214"), "2021-02-14");
        assert_eq!(date_of("2021-02-14 00:00:00"), "2021-02-14");
    }

    #[test]
    fn ratings_are_read_in_the_spellings_people_use() {
        assert_eq!(
            ratings("kpv.matchning 3, apv.energi: 2").expect("ok"),
            vec![
                ("kpv.matchning".into(), "3".into()),
                ("apv.energi".into(), "2".into())
            ]
        );
        assert_eq!(
            ratings("Mål 7=3; 9:2").expect("ok")[0],
            ("7".into(), "3".into())
        );
        assert!(ratings("kpv.matchning hög").is_err());
    }

    #[test]
    fn windows_1252_csv_with_commas_is_read() {
        let bytes = b"Diarienummer,Kommun\r\n2021-1,K\xf6ping\r\n";
        let t = read_csv("x.csv", bytes).expect("reads");
        assert_eq!(t.headers, vec!["Diarienummer", "Kommun"]);
        assert_eq!(t.rows[0][1], "Köping");
    }
}
