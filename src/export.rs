//! Spreadsheets out: the ranking, the proposed allocation and a comparison as tables for people
//! — XLSX with kronor formats, a frozen header and filters, or CSV for Swedish Excel (`;`,
//! decimal comma, BOM). Builds bytes; writing files is the caller's business.

use rust_xlsxwriter::{Format, Workbook};

use crate::compare::{Comparison, Dimension};
use crate::money::Sek;
use crate::optimise::Allocation;
use crate::portfolio::Portfolio;
use crate::ranking::rank;
use crate::text::export as t;

/// What a column holds, for its format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Kronor: `# ##0 kr` in XLSX, whole kronor (öre only when there are any) in CSV.
    Kronor,
    /// A number with this many decimals.
    Number(u8),
    /// A change in kronor, with its sign: `+1 200 000 kr`, `-850 000 kr` in XLSX.
    Change,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Kronor(Sek),
    /// A signed amount of kronor (a difference).
    Change(rust_decimal::Decimal),
    Number(f64),
    Empty,
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}

impl From<crate::i18n::Msg> for Cell {
    fn from(m: crate::i18n::Msg) -> Cell {
        Cell::Text(m.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}

/// One table: a sheet in XLSX, the whole file in CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub columns: Vec<(std::borrow::Cow<'static, str>, Kind)>,
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    /// The sheet's cells as people read them, in the current language: kronor with `kr`,
    /// numbers with the column's decimals, an empty cell as nothing.
    pub fn shown_rows(&self) -> Vec<Vec<String>> {
        // Columns with numbers of five digits or more group their four-digit numbers too.
        let large: Vec<bool> = (0..self.columns.len())
            .map(|c| {
                self.rows
                    .iter()
                    .any(|r| matches!(r.get(c), Some(Cell::Number(x)) if x.abs() >= 9999.5))
            })
            .collect();
        self.rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&self.columns)
                    .zip(&large)
                    .map(|((cell, (_, kind)), large)| match cell {
                        Cell::Text(s) => s.clone(),
                        Cell::Kronor(v) => v.to_kr_string(),
                        Cell::Change(d) => {
                            let sign = if d.is_sign_negative() { "-" } else { "+" };
                            format!("{sign}{} kr", crate::money::group_swedish(d.abs(), 0))
                        }
                        Cell::Number(x) => {
                            let n = match kind {
                                Kind::Number(n) => usize::from(*n),
                                _ => 2,
                            };
                            if *large {
                                crate::i18n::number_in_column(*x, n)
                            } else {
                                crate::i18n::number(*x, n)
                            }
                        }
                        Cell::Empty => String::new(),
                    })
                    .collect()
            })
            .collect()
    }

    /// Whether a column holds numbers (aligned right).
    pub fn numeric(&self, column: usize) -> bool {
        self.columns
            .get(column)
            .is_some_and(|(_, kind)| *kind != Kind::Text)
    }
}

/// The ranking with scores, parts, eligibility, decision body and (when given) the proposal.
pub fn ranking(p: &Portfolio, a: Option<&Allocation>) -> Sheet {
    let mut columns = vec![
        (t::RANK.into(), Kind::Number(0)),
        (t::ID.into(), Kind::Text),
        (t::TITLE.into(), Kind::Text),
        (t::APPLICANT.into(), Kind::Text),
        (t::ORG_NR.into(), Kind::Text),
        (t::SUPPORT.into(), Kind::Text),
        (t::FORM.into(), Kind::Text),
        (t::MUNICIPALITIES.into(), Kind::Text),
        (t::REQUESTED.into(), Kind::Kronor),
        (t::SCORE.into(), Kind::Number(2)),
        (t::ALIGNMENT.into(), Kind::Number(1)),
        (t::AGENDA.into(), Kind::Number(1)),
        (t::QUALITY.into(), Kind::Number(1)),
        (t::ELIGIBLE.into(), Kind::Text),
        (t::PROBLEMS.into(), Kind::Text),
        (t::DECISION_BODY.into(), Kind::Text),
    ];
    if a.is_some() {
        columns.push((t::PROPOSAL.into(), Kind::Text));
        columns.push((t::GRANTED.into(), Kind::Kronor));
    }
    let part = |x: &crate::portfolio::Assessment, part| {
        x.score.part(part).map_or(Cell::Empty, Cell::Number)
    };
    let granted: std::collections::BTreeMap<&str, Sek> = a
        .map(|a| {
            a.funded
                .iter()
                .map(|f| (p.applications[f.app].id.as_str(), f.amount))
                .collect()
        })
        .unwrap_or_default();
    let rows = rank(p)
        .iter()
        .map(|r| {
            let app = r.app;
            let x = r.assessment;
            let mut row = vec![
                Cell::Number(r.rank as f64),
                app.id.as_str().into(),
                app.title.as_str().into(),
                app.applicant.name.as_str().into(),
                app.applicant.org_nr.clone().map_or(Cell::Empty, Cell::Text),
                app.support.name().into(),
                app.form.map_or(Cell::Empty, |f| f.name().into()),
                app.municipalities.join(", ").into(),
                Cell::Kronor(app.requested),
                Cell::Number(x.score.total),
                part(x, crate::scenario::Part::Alignment),
                part(x, crate::scenario::Part::Agenda2030),
                part(x, crate::scenario::Part::Quality),
                (if x.eligibility.eligible() {
                    t::YES
                } else {
                    t::NO
                })
                .into(),
                x.eligibility
                    .breaches
                    .iter()
                    .map(|b| b.message.to_string())
                    .collect::<Vec<_>>()
                    .join(" | ")
                    .into(),
                x.decision_body.as_str().into(),
            ];
            if a.is_some() {
                let funded = granted.get(app.id.as_str()).copied();
                row.push((if funded.is_some() { t::YES } else { t::NO }).into());
                row.push(funded.map_or(Cell::Empty, Cell::Kronor));
            }
            row
        })
        .collect();
    Sheet {
        name: t::RANKING_SHEET.to_string(),
        columns,
        rows,
    }
}

/// The region's own grants of aid of minor importance, with what the national de minimis
/// register asks for (2023/2831 art. 6.1): the recipient's organisation number and name, the
/// amount in kronor and euro, the day of the grant, the grantor, the regulation, the form and
/// kind of aid, and the sector (SNI 2007) where the application gives it.
pub fn de_minimis_grants(p: &Portfolio) -> Sheet {
    let columns = vec![
        (t::ORG_NR.into(), Kind::Text),
        (t::RECIPIENT.into(), Kind::Text),
        (t::GRANT_DATE.into(), Kind::Text),
        (t::AMOUNT.into(), Kind::Kronor),
        (t::AMOUNT_EUR.into(), Kind::Number(2)),
        (t::EUR_RATE.into(), Kind::Number(4)),
        (t::GRANTOR.into(), Kind::Text),
        (t::REGULATION.into(), Kind::Text),
        (t::SUPPORT.into(), Kind::Text),
        (t::FORM.into(), Kind::Text),
        (t::INSTRUMENT.into(), Kind::Text),
        (t::SECTOR.into(), Kind::Text),
        (t::ID.into(), Kind::Text),
    ];
    let mut own: Vec<&crate::deminimis::Aid> = p
        .register
        .aid
        .iter()
        .filter(|a| a.application.is_some())
        .collect();
    own.sort_by(|a, b| a.date.cmp(&b.date).then(a.reference.cmp(&b.reference)));
    let rows = own
        .iter()
        .filter_map(|aid| {
            let id = aid.application.as_deref()?;
            let (app, _) = p.application(id)?;
            let set = p.rules.at(aid.date)?;
            let rule = match aid.regulation {
                crate::deminimis::Regulation::DeMinimis => Some(&set.de_minimis),
                crate::deminimis::Regulation::SgeiDeMinimis => set.sgei_de_minimis.as_ref(),
            };
            let rate = set.sek_per_eur;
            let eur = aid
                .amount
                .decimal()
                .checked_div(rate)
                .and_then(|e| rust_decimal::prelude::ToPrimitive::to_f64(&e.round_dp(2)));
            Some(vec![
                aid.org_nr.as_str().into(),
                aid.recipient.as_str().into(),
                aid.date.to_string().into(),
                Cell::Kronor(aid.amount),
                eur.map_or(Cell::Empty, Cell::Number),
                rust_decimal::prelude::ToPrimitive::to_f64(&rate).map_or(Cell::Empty, Cell::Number),
                aid.grantor.as_str().into(),
                rule.map_or(Cell::Empty, |r| regulation_name(&r.source).into()),
                app.support.name().into(),
                app.form.map_or(Cell::Empty, |f| f.name().into()),
                t::INSTRUMENT_GRANT.into(),
                app.company
                    .as_ref()
                    .and_then(|c| c.sni.clone())
                    .map_or(Cell::Empty, Cell::Text),
                id.into(),
            ])
        })
        .collect();
    Sheet {
        name: t::DE_MINIMIS_SHEET.to_string(),
        columns,
        rows,
    }
}

/// The regulation's name from a rule's source, which opens with it ("Kommissionens förordning
/// (EU) nr 1407/2013 om stöd av mindre betydelse, artikel 3.2: …").
fn regulation_name(source: &str) -> String {
    source
        .split([',', ';', ':'])
        .next()
        .unwrap_or(source)
        .trim()
        .to_string()
}

/// The proposal: every candidate with its decision and reason, then the money per pot.
pub fn allocation(p: &Portfolio, a: &Allocation) -> Vec<Sheet> {
    let columns = vec![
        (t::ID.into(), Kind::Text),
        (t::TITLE.into(), Kind::Text),
        (t::APPLICANT.into(), Kind::Text),
        (t::SUPPORT.into(), Kind::Text),
        (t::MUNICIPALITIES.into(), Kind::Text),
        (t::REQUESTED.into(), Kind::Kronor),
        (t::SCORE.into(), Kind::Number(2)),
        (t::PROPOSAL.into(), Kind::Text),
        (t::GRANTED.into(), Kind::Kronor),
        (t::DECISION_BODY.into(), Kind::Text),
        (t::REASON.into(), Kind::Text),
        (t::EXPLANATION.into(), Kind::Text),
        (t::BUDGET_NEEDED.into(), Kind::Kronor),
        (t::SCORE_NEEDED.into(), Kind::Number(2)),
    ];
    let base = |i: usize| -> Vec<Cell> {
        let app = &p.applications[i];
        vec![
            app.id.as_str().into(),
            app.title.as_str().into(),
            app.applicant.name.as_str().into(),
            app.support.name().into(),
            app.municipalities.join(", ").into(),
            Cell::Kronor(app.requested),
            Cell::Number(p.assessments[i].score.total),
        ]
    };
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for f in &a.funded {
        let mut row = base(f.app);
        row.extend([
            t::YES.into(),
            Cell::Kronor(f.amount),
            f.decision_body.as_str().into(),
            Cell::Empty,
            f.explanation.to_string().into(),
            Cell::Empty,
            Cell::Empty,
        ]);
        rows.push(row);
    }
    for n in &a.not_funded {
        let mut row = base(n.app);
        row.extend([
            t::NO.into(),
            Cell::Empty,
            p.assessments[n.app].decision_body.as_str().into(),
            n.reason.name().into(),
            n.explanation.to_string().into(),
            n.budget_needed
                .value()
                .map_or_else(|| Cell::from(n.budget_needed.word()), Cell::Kronor),
            n.score_needed
                .value()
                .map_or_else(|| Cell::from(n.score_needed.word()), Cell::Number),
        ]);
        rows.push(row);
    }
    let pots = Sheet {
        name: t::POTS_SHEET.to_string(),
        columns: vec![
            (t::POT.into(), Kind::Text),
            (t::BUDGET.into(), Kind::Kronor),
            (t::DECIDED.into(), Kind::Kronor),
            (t::ALLOCATED.into(), Kind::Kronor),
            (t::REMAINING.into(), Kind::Kronor),
        ],
        rows: a
            .pots
            .iter()
            .map(|(pot, s)| {
                vec![
                    pot.name().into(),
                    Cell::Kronor(s.budget),
                    Cell::Kronor(s.decided),
                    Cell::Kronor(s.allocated),
                    Cell::Kronor(s.remaining),
                ]
            })
            .collect(),
    };
    vec![
        Sheet {
            name: t::PROPOSAL_SHEET.to_string(),
            columns,
            rows,
        },
        pots,
    ]
}

fn dimension_name(d: Dimension) -> &'static str {
    d.name()
}

/// What differs between two allocations: applications, then totals that moved.
pub fn comparison(pa: &Portfolio, pb: &Portfolio, c: &Comparison) -> Vec<Sheet> {
    let title = |id: &str| {
        pb.application(id)
            .or_else(|| pa.application(id))
            .map_or(String::new(), |(x, _)| x.title.clone())
    };
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for (id, v) in &c.entered {
        rows.push(vec![
            t::ENTERED.into(),
            id.as_str().into(),
            title(id).into(),
            Cell::Empty,
            Cell::Kronor(*v),
            Cell::Change(v.decimal()),
        ]);
    }
    for (id, v) in &c.left {
        rows.push(vec![
            t::LEFT.into(),
            id.as_str().into(),
            title(id).into(),
            Cell::Kronor(*v),
            Cell::Empty,
            Cell::Change(-v.decimal()),
        ]);
    }
    for ch in &c.changed {
        rows.push(vec![
            t::CHANGED.into(),
            ch.id.as_str().into(),
            title(&ch.id).into(),
            Cell::Kronor(ch.a),
            Cell::Kronor(ch.b),
            Cell::Change(ch.b.decimal() - ch.a.decimal()),
        ]);
    }
    // The amount columns say which scenario is which.
    let (name_a, name_b) = (&pa.scenario.name, &pb.scenario.name);
    let amount_a = || -> std::borrow::Cow<'static, str> { t::amount_in("A", name_a).into() };
    let amount_b = || -> std::borrow::Cow<'static, str> { t::amount_in("B", name_b).into() };
    let applications = Sheet {
        name: t::CHANGES_SHEET.to_string(),
        columns: vec![
            (t::CHANGE.into(), Kind::Text),
            (t::ID.into(), Kind::Text),
            (t::TITLE.into(), Kind::Text),
            (amount_a(), Kind::Kronor),
            (amount_b(), Kind::Kronor),
            (t::DIFFERENCE.into(), Kind::Change),
        ],
        rows,
    };
    let moved = Sheet {
        name: t::MOVED_SHEET.to_string(),
        columns: vec![
            (t::DIMENSION.into(), Kind::Text),
            (t::WHAT.into(), Kind::Text),
            (amount_a(), Kind::Kronor),
            (amount_b(), Kind::Kronor),
            (t::DIFFERENCE.into(), Kind::Change),
        ],
        rows: c
            .moved
            .iter()
            .map(|m| {
                vec![
                    dimension_name(m.dimension).into(),
                    m.key.as_str().into(),
                    Cell::Kronor(m.a),
                    Cell::Kronor(m.b),
                    Cell::Change(m.b.decimal() - m.a.decimal()),
                ]
            })
            .collect(),
    };
    vec![applications, moved]
}

/// Text that a spreadsheet would take for a formula is written with a leading apostrophe
/// (OWASP's advice on CSV injection); other text as it is.
pub(crate) fn safe_text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// A number with a decimal comma and no grouping, as Swedish Excel reads it.
fn sv_plain(value: f64, decimals: u8) -> String {
    format!("{value:.*}", decimals as usize).replace('.', ",")
}

/// Kronor as Swedish Excel reads them from CSV: whole kronor, or with a decimal comma when
/// there are öre; a minus sign for a decrease.
fn plain_kronor(d: rust_decimal::Decimal) -> String {
    if d.fract().is_zero() {
        d.trunc().to_string()
    } else {
        format!("{:.2}", d).replace('.', ",")
    }
}

/// The sheet as CSV for Swedish Excel: a BOM, `;` between fields, decimal comma, CRLF.
pub fn csv(sheet: &Sheet) -> Result<Vec<u8>, String> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![0xEF, 0xBB, 0xBF]);
    w.write_record(sheet.columns.iter().map(|(h, _)| h.as_bytes()))
        .map_err(|e| e.to_string())?;
    for row in &sheet.rows {
        let fields: Vec<String> = row
            .iter()
            .zip(&sheet.columns)
            .map(|(cell, (_, kind))| match cell {
                Cell::Text(s) => safe_text(s),
                Cell::Kronor(v) => plain_kronor(v.decimal()),
                Cell::Change(d) => plain_kronor(*d),
                Cell::Number(x) => match kind {
                    Kind::Number(n) => sv_plain(*x, *n),
                    _ => sv_plain(*x, 2),
                },
                Cell::Empty => String::new(),
            })
            .collect();
        w.write_record(&fields).map_err(|e| e.to_string())?;
    }
    w.into_inner().map_err(|e| e.to_string())
}

/// The sheets as one XLSX workbook: bold frozen header, a filter on every column, kronor as
/// numbers formatted `# ##0 kr` (Excel shows the thousands separator of the reader's locale,
/// a space in Swedish), widths that fit.
pub fn xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    let mut book = Workbook::new();
    let header = Format::new().set_bold();
    let kronor = Format::new().set_num_format("#,##0 \"kr\"");
    let kronor_ore = Format::new().set_num_format("#,##0.00 \"kr\"");
    let change = Format::new().set_num_format("+#,##0 \"kr\";-#,##0 \"kr\";0 \"kr\"");
    let number = |n: u8| {
        let code = if n == 0 {
            "0".to_string()
        } else {
            format!("0.{}", "0".repeat(n as usize))
        };
        Format::new().set_num_format(code)
    };
    let e = |x: rust_xlsxwriter::XlsxError| x.to_string();
    for sheet in sheets {
        let ws = book.add_worksheet();
        // Sheet names: at most 31 characters, no []:*?/\ (ours are fixed Swedish words).
        ws.set_name(sheet.name.chars().take(31).collect::<String>())
            .map_err(e)?;
        let mut widths: Vec<usize> = sheet
            .columns
            .iter()
            .map(|(h, _)| h.chars().count())
            .collect();
        for (c, (h, _)) in sheet.columns.iter().enumerate() {
            ws.write_string_with_format(0, col(c)?, h.as_ref(), &header)
                .map_err(e)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|x| x.to_string())?;
            for (c, (cell, (_, kind))) in row.iter().zip(&sheet.columns).enumerate() {
                let cc = col(c)?;
                let shown = match cell {
                    Cell::Text(s) => {
                        ws.write_string(r, cc, s.as_str()).map_err(e)?;
                        s.chars().count()
                    }
                    Cell::Kronor(v) => {
                        let f = if v.is_whole() { &kronor } else { &kronor_ore };
                        ws.write_number_with_format(r, cc, v.to_f64(), f)
                            .map_err(e)?;
                        v.to_kr_string().chars().count()
                    }
                    Cell::Change(d) => {
                        let v: f64 = (*d).try_into().unwrap_or(0.0);
                        ws.write_number_with_format(r, cc, v, &change).map_err(e)?;
                        crate::money::group_swedish(*d, 0).chars().count() + 4
                    }
                    Cell::Number(x) => {
                        let n = match kind {
                            Kind::Number(n) => *n,
                            _ => 2,
                        };
                        ws.write_number_with_format(r, cc, *x, &number(n))
                            .map_err(e)?;
                        8
                    }
                    Cell::Empty => 0,
                };
                if let Some(w) = widths.get_mut(c) {
                    *w = (*w).max(shown);
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(col(c)?, (*w as f64 + 2.0).min(60.0))
                .map_err(e)?;
        }
        ws.set_freeze_panes(1, 0).map_err(e)?;
        let last_row = u32::try_from(sheet.rows.len()).map_err(|x| x.to_string())?;
        let last_col = col(sheet.columns.len().saturating_sub(1))?;
        ws.autofilter(0, 0, last_row, last_col).map_err(e)?;
    }
    book.save_to_buffer().map_err(e)
}

fn col(c: usize) -> Result<u16, String> {
    u16::try_from(c).map_err(|x| x.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_looks_like_a_formula_is_defused_in_csv() {
        assert_eq!(safe_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_text("-5"), "'-5");
        assert_eq!(safe_text("Köping"), "Köping");
    }

    #[test]
    fn csv_is_for_swedish_excel() {
        let sheet = Sheet {
            name: "x".into(),
            columns: vec![
                ("Namn".into(), Kind::Text),
                ("Belopp".into(), Kind::Kronor),
                ("Poäng".into(), Kind::Number(2)),
            ],
            rows: vec![vec![
                "Å;ä".into(),
                Cell::Kronor(Sek::kr(1_200_000)),
                Cell::Number(80.84),
            ]],
        };
        let bytes = csv(&sheet).expect("csv");
        assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
        let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
        assert_eq!(text, "Namn;Belopp;Poäng\r\n\"Å;ä\";1200000;80,84\r\n");
    }
}
