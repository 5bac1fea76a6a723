//! The annual reports on decided 1:1 money, built from the recorded decisions (never from a
//! proposal): the report on the villkorsbeslut (what the region reports to the government
//! about the year's decisions: money per pot and support form, per area of the national
//! strategy, per RUS målområde and municipality, payments per year and the bemyndigande used;
//! docs/rapporter.md has its sources) and the report to the nämnd (RUN) with the year's
//! decisions, the projects under way and what each decided project is.
//!
//! Every total here is the sum of the same grants' `Application::granted`, split in whole
//! kronor where a grant is shared (municipalities evenly, målområden by the contributions to
//! its score, national areas evenly over what each målområde serves), so every table adds up
//! to the same krona as the public page and the open data.

use std::collections::BTreeMap;

use crate::application::{Application, Form, Status, Support};
use crate::export::{Cell, Kind, Sheet};
use crate::i18n::Msg;
use crate::money::Sek;
use crate::portfolio::Portfolio;
use crate::strategy::Level;
use crate::text::report as t;

/// Money and the number of grants it comes from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub name: String,
    pub count: usize,
    pub amount: Sek,
}

/// One pot: its budget for the year (when the scenario is of that year), what was granted and
/// by which support form.
#[derive(Debug, Clone, PartialEq)]
pub struct PotLine {
    pub pot: Support,
    pub budget: Option<Sek>,
    pub count: usize,
    pub amount: Sek,
    /// Per support form (`None`: a pot's grants without a form, e.g. projektmedel).
    pub forms: Vec<(Option<Form>, usize, Sek)>,
}

/// One municipality: what the year's grants bring it and per inhabitant.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub name: String,
    /// SCB's kommunkod, when the municipalities file has it.
    pub code: Option<String>,
    pub count: usize,
    pub amount: Sek,
    pub population: Option<u32>,
}

impl Place {
    /// Kronor per inhabitant, when the population is known.
    pub fn per_inhabitant(&self) -> Option<f64> {
        self.population
            .filter(|n| *n > 0)
            .map(|n| self.amount.to_f64() / f64::from(n))
    }
}

/// What is paid in one year under the decisions: of the report year's own, and of earlier
/// decisions still running (commitments).
#[derive(Debug, Clone, PartialEq)]
pub struct Payment {
    pub year: i32,
    pub this_year: Sek,
    pub earlier: Sek,
}

impl Payment {
    pub fn total(&self) -> Sek {
        self.this_year + self.earlier
    }
}

/// The bemyndigande at the end of the year: what later years owe under decisions made up to
/// and including it, against the ceiling the scenario of that year gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Authorisation {
    pub ceiling: Option<Sek>,
    pub this_year: Sek,
    pub earlier: Sek,
}

impl Authorisation {
    pub fn used(&self) -> Sek {
        self.this_year + self.earlier
    }

    /// What is left under the ceiling (none without one; zero when it is exceeded).
    pub fn left(&self) -> Option<Sek> {
        self.ceiling.map(|c| c.saturating_sub(self.used()))
    }
}

/// The report on the villkorsbeslut for one year.
#[derive(Debug, Clone, PartialEq)]
pub struct Villkor {
    pub year: i32,
    pub region: String,
    /// The grants decided in the year (application indices, by id).
    pub grants: Vec<usize>,
    /// The rejections decided in the year.
    pub rejected: Vec<usize>,
    pub total: Sek,
    pub pots: Vec<PotLine>,
    /// Per area of the national strategy for sustainable regional development 2021–2030.
    pub national: Vec<Line>,
    /// Per RUS målområde.
    pub areas: Vec<Line>,
    pub places: Vec<Place>,
    pub payments: Vec<Payment>,
    pub authorisation: Authorisation,
    /// The latest decision date among the year's decisions.
    pub updated: Option<crate::date::Date>,
}

/// The year a decided application was decided in.
fn decided_year(a: &Application) -> Option<i32> {
    a.decision_date.map(crate::date::Date::year)
}

/// A grant's payments per year: its years, or all of it in the decision year.
fn payments_of(a: &Application) -> BTreeMap<i32, Sek> {
    if a.years.is_empty() {
        decided_year(a)
            .map(|y| BTreeMap::from([(y, a.granted())]))
            .unwrap_or_default()
    } else {
        a.years.clone()
    }
}

/// The grants and rejections decided in `year`, by id.
pub fn decided_in(p: &Portfolio, year: i32) -> (Vec<usize>, Vec<usize>) {
    let mut grants = Vec::new();
    let mut rejected = Vec::new();
    for (i, a) in p.applications.iter().enumerate() {
        if decided_year(a) != Some(year) {
            continue;
        }
        if a.status.is_granted() {
            grants.push(i);
        } else if a.status == Status::Avslagen {
            rejected.push(i);
        }
    }
    let by_id = |x: &usize, y: &usize| p.applications[*x].id.cmp(&p.applications[*y].id);
    grants.sort_by(by_id);
    rejected.sort_by(by_id);
    (grants, rejected)
}

/// The years that have decided grants or rejections, oldest first.
pub fn years(p: &Portfolio) -> Vec<i32> {
    let mut years: Vec<i32> = p
        .applications
        .iter()
        .filter(|a| a.status.is_granted() || a.status == Status::Avslagen)
        .filter_map(decided_year)
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The year a report is asked for (the scenario's own when none is given): a year with no
/// decisions is refused, with the years that have them, unless it is the scenario's own
/// (nothing decided yet is a fact worth a report).
pub fn report_year(p: &Portfolio, asked: Option<i32>) -> Result<i32, crate::i18n::Text> {
    let year = asked.unwrap_or(p.scenario.year);
    let years = years(p);
    if year != p.scenario.year && !years.contains(&year) {
        return Err(t::bad_year(year, &t::known_years(&years)));
    }
    Ok(year)
}

/// Adds a share of a grant to a named line (counted once per grant).
fn add(lines: &mut BTreeMap<String, Line>, name: &str, amount: Sek) {
    let line = lines.entry(name.to_string()).or_insert_with(|| Line {
        name: name.to_string(),
        ..Line::default()
    });
    line.count += 1;
    line.amount += amount;
}

/// A grant's money per area of the national strategy: its money per målområde, each share
/// split evenly over the areas the målområde serves ("ej kopplad" where it serves none).
pub fn by_national_area(p: &Portfolio, app: usize, amount: Sek) -> Vec<(String, Sek)> {
    let mut out: Vec<(String, Sek)> = Vec::new();
    for (area, share) in crate::compare::by_malomrade(p, app, amount) {
        let served: Vec<String> = p
            .strategy
            .nodes()
            .find(|n| n.level == Level::Malomrade && n.name == area)
            .map(|n| {
                n.serves
                    .iter()
                    .filter_map(|id| p.strategy.node(id))
                    .map(|n| n.name.clone())
                    .collect()
            })
            .unwrap_or_default();
        let parts = if served.is_empty() {
            vec![(crate::text::compare::UNLINKED.to_string(), share)]
        } else {
            crate::compare::split_evenly(share, &served)
        };
        for (name, v) in parts {
            match out.iter_mut().find(|(n, _)| *n == name) {
                Some(entry) => entry.1 += v,
                None => out.push((name, v)),
            }
        }
    }
    out
}

/// The report on the villkorsbeslut for `year`.
pub fn villkor(p: &Portfolio, year: i32) -> Villkor {
    let (grants, rejected) = decided_in(p, year);
    let own_year = p.scenario.year == year;
    let app = |i: usize| &p.applications[i];
    let total: Sek = grants.iter().map(|i| app(*i).granted()).sum();

    let mut pots: Vec<PotLine> = Support::ALL
        .iter()
        .map(|(_, pot)| PotLine {
            pot: *pot,
            budget: if own_year {
                p.scenario.budget(*pot)
            } else {
                None
            },
            count: 0,
            amount: Sek::ZERO,
            forms: Vec::new(),
        })
        .collect();
    let mut national: BTreeMap<String, Line> = BTreeMap::new();
    let mut areas: BTreeMap<String, Line> = BTreeMap::new();
    let mut places: BTreeMap<String, Line> = BTreeMap::new();
    let mut this_year: BTreeMap<i32, Sek> = BTreeMap::new();
    for &i in &grants {
        let a = app(i);
        let granted = a.granted();
        if let Some(line) = pots.iter_mut().find(|l| l.pot == a.support) {
            line.count += 1;
            line.amount += granted;
            match line.forms.iter_mut().find(|f| f.0 == a.form) {
                Some(f) => {
                    f.1 += 1;
                    f.2 += granted;
                }
                None => line.forms.push((a.form, 1, granted)),
            }
        }
        for (name, v) in by_national_area(p, i, granted) {
            add(&mut national, &name, v);
        }
        for (name, v) in crate::compare::by_malomrade(p, i, granted) {
            add(&mut areas, &name, v);
        }
        for (name, v) in crate::compare::split_evenly(granted, &a.municipalities) {
            add(&mut places, &name, v);
        }
        for (y, v) in payments_of(a) {
            *this_year.entry(y).or_default() += v;
        }
    }
    for line in &mut pots {
        line.forms.sort_by_key(|f| f.0);
    }

    // Earlier decisions still running: granted before the year (or on no known day) and not
    // finished, and the commitments the scenario names outside the applications file.
    let mut earlier: BTreeMap<i32, Sek> = BTreeMap::new();
    for a in &p.applications {
        let before = decided_year(a).is_none_or(|y| y < year);
        if before && a.status.is_commitment() {
            for (y, v) in payments_of(a) {
                if y >= year {
                    *earlier.entry(y).or_default() += v;
                }
            }
        }
    }
    for (y, pots) in &p.scenario.commitments {
        if *y >= year {
            *earlier.entry(*y).or_default() += pots.values().copied().sum::<Sek>();
        }
    }
    let mut all_years: Vec<i32> = this_year.keys().chain(earlier.keys()).copied().collect();
    all_years.sort_unstable();
    all_years.dedup();
    let payments: Vec<Payment> = all_years
        .into_iter()
        .map(|y| Payment {
            year: y,
            this_year: this_year.get(&y).copied().unwrap_or_default(),
            earlier: earlier.get(&y).copied().unwrap_or_default(),
        })
        .collect();
    let later = |f: fn(&Payment) -> Sek| -> Sek {
        payments
            .iter()
            .filter(|x| x.year > year)
            .map(f)
            .sum::<Sek>()
    };
    let authorisation = Authorisation {
        ceiling: if own_year {
            p.scenario.commitment_ceiling
        } else {
            None
        },
        this_year: later(|x| x.this_year),
        earlier: later(|x| x.earlier),
    };

    let mut areas: Vec<Line> = areas.into_values().collect();
    areas.sort_by_key(|l| crate::compare::area_order(p, &l.name));
    // The national areas in the strategy file's order, money linked to none last.
    let order: Vec<&str> = p
        .strategy
        .nodes()
        .filter(|n| n.level == Level::Nationell)
        .map(|n| n.name.as_str())
        .collect();
    let mut national: Vec<Line> = national.into_values().collect();
    national.sort_by_key(|l| {
        order
            .iter()
            .position(|n| *n == l.name)
            .unwrap_or(usize::MAX)
    });
    let mut places: Vec<Place> = places
        .into_values()
        .map(|l| {
            let known = p.municipalities.as_ref().and_then(|m| m.get(&l.name));
            Place {
                code: known.map(|m| m.code.clone()),
                population: known.map(|m| m.population),
                name: l.name,
                count: l.count,
                amount: l.amount,
            }
        })
        .collect();
    places.sort_by(|a, b| b.amount.cmp(&a.amount).then_with(|| a.name.cmp(&b.name)));
    let updated = grants
        .iter()
        .chain(&rejected)
        .filter_map(|i| app(*i).decision_date)
        .max();
    Villkor {
        year,
        region: p.rules.region.clone(),
        grants,
        rejected,
        total,
        pots,
        national,
        areas,
        places,
        payments,
        authorisation,
        updated,
    }
}

/// The projects under way in `year`: granted in an earlier year or in it, not finished, with
/// money in the year or later (by id).
pub fn running(p: &Portfolio, year: i32) -> Vec<usize> {
    let mut out: Vec<usize> = p
        .applications
        .iter()
        .enumerate()
        .filter(|(_, a)| a.status.is_commitment() || a.status == Status::Avslutad)
        .filter(|(_, a)| decided_year(a).is_some_and(|y| y <= year))
        .filter(|(_, a)| payments_of(a).keys().any(|y| *y >= year))
        .map(|(i, _)| i)
        .collect();
    out.sort_by(|x, y| p.applications[*x].id.cmp(&p.applications[*y].id));
    out
}

/// Who decided and under which case number: as recorded in anslag, else the body the rules
/// name for the application (a decision written in the applications file has no record).
pub fn decided_by(p: &Portfolio, app: usize) -> (String, String) {
    match &p.applications[app].decision {
        Some(d) => (d.body.clone(), d.case_number.clone()),
        None => (p.assessments[app].decision_body.clone(), String::new()),
    }
}

/// A share of the total in percent (0 when nothing was granted).
fn percent_of(amount: Sek, total: Sek) -> f64 {
    if total.is_zero() {
        0.0
    } else {
        amount.to_f64() / total.to_f64() * 100.0
    }
}

/// The per-line tables (national areas, målområden): name, count, money, share, and the total.
fn lines_sheet(name: Msg, first: Msg, lines: &[Line], total: Sek) -> Sheet {
    let mut rows: Vec<Vec<Cell>> = lines
        .iter()
        .map(|l| {
            vec![
                l.name.clone().into(),
                Cell::Number(l.count as f64),
                Cell::Kronor(l.amount),
                Cell::Number(percent_of(l.amount, total)),
            ]
        })
        .collect();
    rows.push(vec![
        t::TOTAL.into(),
        Cell::Empty,
        Cell::Kronor(lines.iter().map(|l| l.amount).sum()),
        Cell::Number(if total.is_zero() { 0.0 } else { 100.0 }),
    ]);
    Sheet {
        name: name.to_string(),
        columns: vec![
            (first.into(), Kind::Text),
            (t::COL_COUNT.into(), Kind::Number(0)),
            (t::COL_GRANTED.into(), Kind::Kronor),
            (t::COL_SHARE.into(), Kind::Number(1)),
        ],
        rows,
    }
}

/// The year's grants (with form, municipalities and amount) or rejections (with the reason),
/// one row each.
fn decisions_sheet(p: &Portfolio, list: &[usize], granted: bool) -> Sheet {
    use crate::text::export as e;
    let rows = list
        .iter()
        .map(|&i| {
            let a = &p.applications[i];
            let (body, case) = decided_by(p, i);
            let mut row: Vec<Cell> = vec![
                a.id.clone().into(),
                a.title.clone().into(),
                a.applicant.name.clone().into(),
                a.support.name().into(),
            ];
            if granted {
                row.push(a.form.map_or(Cell::Empty, |f| f.name().into()));
                row.push(a.municipalities.join(", ").into());
            }
            row.push(
                a.decision_date
                    .map_or(Cell::Empty, |d| d.to_string().into()),
            );
            row.push(body.into());
            row.push(case.into());
            row.push(if granted {
                Cell::Kronor(a.granted())
            } else {
                a.decision
                    .as_ref()
                    .map_or(Cell::Empty, |d| d.reason.clone().into())
            });
            row
        })
        .collect();
    let mut columns = vec![
        (e::ID.into(), Kind::Text),
        (e::TITLE.into(), Kind::Text),
        (e::APPLICANT.into(), Kind::Text),
        (e::SUPPORT.into(), Kind::Text),
    ];
    if granted {
        columns.push((e::FORM.into(), Kind::Text));
        columns.push((e::MUNICIPALITIES.into(), Kind::Text));
    }
    columns.push((t::COL_DECISION_DATE.into(), Kind::Text));
    columns.push((t::COL_BODY.into(), Kind::Text));
    columns.push((t::COL_CASE.into(), Kind::Text));
    columns.push(if granted {
        (t::COL_GRANTED.into(), Kind::Kronor)
    } else {
        (e::REASON.into(), Kind::Text)
    });
    Sheet {
        name: if granted {
            t::SHEET_GRANTS
        } else {
            t::SHEET_REJECTED
        }
        .to_string(),
        columns,
        rows,
    }
}

/// Money per pot and support form, against the year's budget when the scenario is of the
/// year.
fn pots_sheet(v: &Villkor) -> Sheet {
    use crate::text::export as e;
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for line in &v.pots {
        let left = |amount: Sek| {
            line.budget
                .map_or(Cell::Empty, |b| Cell::Kronor(b.saturating_sub(amount)))
        };
        let budget = line.budget.map_or(Cell::Empty, Cell::Kronor);
        if line.forms.len() <= 1 {
            rows.push(vec![
                line.pot.name().into(),
                line.forms
                    .first()
                    .and_then(|f| f.0)
                    .map_or(Cell::Empty, |f| f.name().into()),
                Cell::Number(line.count as f64),
                budget,
                Cell::Kronor(line.amount),
                left(line.amount),
            ]);
            continue;
        }
        for (form, count, amount) in &line.forms {
            rows.push(vec![
                line.pot.name().into(),
                form.map_or_else(|| t::NO_FORM.into(), |f| f.name().into()),
                Cell::Number(*count as f64),
                Cell::Empty,
                Cell::Kronor(*amount),
                Cell::Empty,
            ]);
        }
        rows.push(vec![
            t::pot_total(line.pot.name()).into(),
            Cell::Empty,
            Cell::Number(line.count as f64),
            budget,
            Cell::Kronor(line.amount),
            left(line.amount),
        ]);
    }
    let budget: Option<Sek> = v.pots.iter().map(|l| l.budget).sum();
    rows.push(vec![
        t::TOTAL.into(),
        Cell::Empty,
        Cell::Number(v.grants.len() as f64),
        budget.map_or(Cell::Empty, Cell::Kronor),
        Cell::Kronor(v.total),
        budget.map_or(Cell::Empty, |b| Cell::Kronor(b.saturating_sub(v.total))),
    ]);
    Sheet {
        name: t::SHEET_POTS.to_string(),
        columns: vec![
            (e::POT.into(), Kind::Text),
            (e::FORM.into(), Kind::Text),
            (t::COL_COUNT.into(), Kind::Number(0)),
            (e::BUDGET.into(), Kind::Kronor),
            (t::COL_GRANTED.into(), Kind::Kronor),
            (t::COL_LEFT.into(), Kind::Kronor),
        ],
        rows,
    }
}

/// The report on the villkorsbeslut as tables: the same in the terminal, on the page and in
/// the workbook.
pub fn villkor_sheets(p: &Portfolio, v: &Villkor) -> Vec<Sheet> {
    use crate::text::export as e;
    let mut places: Vec<Vec<Cell>> = v
        .places
        .iter()
        .map(|l| {
            vec![
                l.name.clone().into(),
                l.code.clone().map_or(Cell::Empty, Cell::Text),
                Cell::Number(l.count as f64),
                Cell::Kronor(l.amount),
                l.per_inhabitant().map_or(Cell::Empty, Cell::Number),
            ]
        })
        .collect();
    let population: u64 = p
        .municipalities
        .as_ref()
        .map_or(0, |m| m.list.iter().map(|x| u64::from(x.population)).sum());
    places.push(vec![
        t::TOTAL.into(),
        Cell::Empty,
        Cell::Empty,
        Cell::Kronor(v.places.iter().map(|l| l.amount).sum()),
        if population > 0 {
            Cell::Number(v.total.to_f64() / population as f64)
        } else {
            Cell::Empty
        },
    ]);
    let mut payments: Vec<Vec<Cell>> = v
        .payments
        .iter()
        .map(|x| {
            vec![
                x.year.to_string().into(),
                Cell::Kronor(x.this_year),
                Cell::Kronor(x.earlier),
                Cell::Kronor(x.total()),
            ]
        })
        .collect();
    payments.push(vec![
        t::TOTAL.into(),
        Cell::Kronor(v.payments.iter().map(|x| x.this_year).sum()),
        Cell::Kronor(v.payments.iter().map(|x| x.earlier).sum()),
        Cell::Kronor(v.payments.iter().map(Payment::total).sum()),
    ]);
    let auth = &v.authorisation;
    let mut authorisation = vec![
        vec![
            t::AUTH_CEILING.into(),
            auth.ceiling
                .map_or_else(|| Cell::Text(t::auth_no_ceiling(v.year)), Cell::Kronor),
        ],
        vec![t::AUTH_THIS_YEAR.into(), Cell::Kronor(auth.this_year)],
        vec![t::AUTH_EARLIER.into(), Cell::Kronor(auth.earlier)],
        vec![t::AUTH_USED.into(), Cell::Kronor(auth.used())],
    ];
    if let Some(left) = auth.left() {
        authorisation.push(vec![t::AUTH_LEFT.into(), Cell::Kronor(left)]);
    }
    let mut sheets = vec![
        pots_sheet(v),
        lines_sheet(t::SHEET_NATIONAL, t::COL_NATIONAL, &v.national, v.total),
        lines_sheet(t::SHEET_AREAS, t::COL_AREA, &v.areas, v.total),
        Sheet {
            name: t::SHEET_PLACES.to_string(),
            columns: vec![
                (e::MUNICIPALITIES.into(), Kind::Text),
                (t::COL_CODE.into(), Kind::Text),
                (t::COL_COUNT.into(), Kind::Number(0)),
                (t::COL_GRANTED.into(), Kind::Kronor),
                (t::COL_PER_INHABITANT.into(), Kind::Number(2)),
            ],
            rows: places,
        },
        Sheet {
            name: t::SHEET_PAYMENTS.to_string(),
            columns: vec![
                (t::COL_YEAR.into(), Kind::Text),
                (t::COL_THIS_YEAR.into(), Kind::Kronor),
                (t::COL_EARLIER.into(), Kind::Kronor),
                (t::COL_SUM.into(), Kind::Kronor),
            ],
            rows: payments,
        },
        Sheet {
            name: t::SHEET_AUTHORISATION.to_string(),
            columns: vec![
                (t::COL_WHAT.into(), Kind::Text),
                (t::COL_AMOUNT.into(), Kind::Kronor),
            ],
            rows: authorisation,
        },
        decisions_sheet(p, &v.grants, true),
    ];
    if !v.rejected.is_empty() {
        sheets.push(decisions_sheet(p, &v.rejected, false));
    }
    sheets
}

/// A grant's payments per year as one line ("2021: 600 000 kr · 2022: 400 000 kr").
pub fn years_line(a: &Application) -> String {
    payments_of(a)
        .iter()
        .map(|(y, v)| format!("{y}: {}", v.to_kr_string()))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The report to the nämnd as tables: money per pot, the year's decisions, the projects
/// under way.
pub fn run_sheets(p: &Portfolio, v: &Villkor) -> Vec<Sheet> {
    use crate::text::export as e;
    let running = running(p, v.year);
    let rows = running
        .iter()
        .map(|&i| {
            let a = &p.applications[i];
            vec![
                a.id.clone().into(),
                a.title.clone().into(),
                a.status.name().into(),
                a.decision_date
                    .map_or(Cell::Empty, |d| d.to_string().into()),
                Cell::Kronor(a.granted()),
                years_line(a).into(),
                payments_of(a)
                    .keys()
                    .next_back()
                    .map_or(Cell::Empty, |y| y.to_string().into()),
            ]
        })
        .collect();
    // What each pot funded first, then the decisions one by one.
    let mut sheets = vec![pots_sheet(v), decisions_sheet(p, &v.grants, true)];
    if !v.rejected.is_empty() {
        sheets.push(decisions_sheet(p, &v.rejected, false));
    }
    sheets.push(Sheet {
        name: t::SHEET_RUNNING.to_string(),
        columns: vec![
            (e::ID.into(), Kind::Text),
            (e::TITLE.into(), Kind::Text),
            (t::COL_STATUS.into(), Kind::Text),
            (t::COL_DECISION_DATE.into(), Kind::Text),
            (t::COL_GRANTED.into(), Kind::Kronor),
            (t::COL_YEARS.into(), Kind::Text),
            (t::COL_LAST_YEAR.into(), Kind::Text),
        ],
        rows,
    });
    sheets
}

/// What the nämnd reads about one granted project besides its facts: the paths through the
/// strategy documents that its score comes from (the strongest first), its global goals
/// rated 2 or more, and the decision in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Presentation {
    pub paths: Vec<String>,
    pub goals: Vec<String>,
    pub decision: String,
}

pub fn presentation(p: &Portfolio, i: usize) -> Presentation {
    let a = &p.applications[i];
    let e = crate::ranking::explain(p, a, &p.assessments[i]);
    let mut lines: Vec<&crate::ranking::Line> = e
        .parts
        .iter()
        .filter(|part| part.part == crate::scenario::Part::Alignment)
        .flat_map(|part| part.lines.iter())
        .collect();
    lines.sort_by(|x, y| y.points.total_cmp(&x.points));
    let goals = a
        .agenda2030
        .iter()
        .filter(|(_, r)| **r >= 2)
        .map(|(g, r)| {
            let name = p
                .agenda
                .goal_name(*g)
                .map_or_else(|| g.to_string(), |n| format!("{g}. {n}"));
            t::goal_rating(&name, *r)
        })
        .collect();
    let (body, case) = decided_by(p, i);
    let date = a.decision_date.map(|d| d.to_string()).unwrap_or_default();
    // Links that give no points (outweighed) are links still: said, with why, after the rest.
    let outweighed = e
        .parts
        .iter()
        .filter(|part| part.part == crate::scenario::Part::Alignment)
        .flat_map(|part| part.outweighed.iter().cloned());
    Presentation {
        paths: lines
            .iter()
            .map(|l| l.path.clone())
            .chain(outweighed)
            .collect(),
        goals,
        decision: format!(
            "{} {}",
            crate::text::web::DECISIONS_GRANTED,
            crate::text::web::decision_line(Some(a.granted()), &body, &date, &case)
        ),
    }
}

/// One municipality in the report on the whole county.
#[derive(Debug, Clone, PartialEq)]
pub struct CountyRow {
    pub name: String,
    pub code: Option<String>,
    pub population: Option<u32>,
    /// Applications of the year that name the municipality, and their requests split evenly.
    pub applied_count: usize,
    pub applied: Sek,
    /// Of those, decided in the year, and granted.
    pub decided_count: usize,
    pub granted_count: usize,
    pub granted: Sek,
}

impl CountyRow {
    pub fn per_inhabitant(&self) -> Option<f64> {
        self.population
            .filter(|n| *n > 0)
            .map(|n| self.granted.to_f64() / f64::from(n))
    }

    /// The share of the decided applications that were granted, in percent.
    pub fn granted_share(&self) -> Option<f64> {
        (self.decided_count > 0)
            .then(|| self.granted_count as f64 / self.decided_count as f64 * 100.0)
    }
}

/// The whole county in one year: every municipality, the spread of kronor per inhabitant.
#[derive(Debug, Clone, PartialEq)]
pub struct County {
    pub year: i32,
    pub rows: Vec<CountyRow>,
    /// The Gini coefficient of kronor per inhabitant, each municipality weighted by its
    /// population (none without population or grants).
    pub gini: Option<f64>,
    /// The municipalities with the most and the least kronor per inhabitant (none when
    /// nothing is granted).
    pub most: Option<(String, f64)>,
    pub least: Option<(String, f64)>,
    /// The municipalities that got nothing (then the least is none of them in particular).
    pub nothing: Vec<String>,
}

impl County {
    /// How many times more per inhabitant the best-funded municipality got than the
    /// worst-funded (none when the worst got nothing).
    pub fn ratio(&self) -> Option<f64> {
        match (&self.most, &self.least) {
            (Some((_, hi)), Some((_, lo))) if *lo > 0.0 => Some(hi / lo),
            _ => None,
        }
    }
}

/// The Gini coefficient of `values` weighted by `weights`: the mean absolute difference
/// between two inhabitants' municipalities, over twice the mean (0: the same everywhere; near
/// 1: everything to one small municipality).
pub fn weighted_gini(values: &[(f64, f64)]) -> Option<f64> {
    let total: f64 = values.iter().map(|(_, w)| w).sum();
    if total <= 0.0 {
        return None;
    }
    let mean = values.iter().map(|(x, w)| x * w).sum::<f64>() / total;
    if mean <= 0.0 {
        return None;
    }
    let mut sum = 0.0;
    for (xi, wi) in values {
        for (xj, wj) in values {
            sum += wi * wj * (xi - xj).abs();
        }
    }
    Some(sum / (2.0 * total * total * mean))
}

/// The report on the whole county for `year`: the year's applications (decided in it, and
/// when the scenario is of the year those still pending), per municipality of the region.
pub fn county(p: &Portfolio, year: i32) -> County {
    let (grants, rejected) = decided_in(p, year);
    let pending: Vec<usize> = if p.scenario.year == year {
        (0..p.applications.len())
            .filter(|i| p.applications[*i].status.is_candidate())
            .collect()
    } else {
        Vec::new()
    };
    let names: Vec<String> = match &p.municipalities {
        Some(m) => m.list.iter().map(|x| x.name.clone()).collect(),
        None => p.strategy.municipalities.clone(),
    };
    let mut rows: Vec<CountyRow> = names
        .iter()
        .map(|name| {
            let known = p.municipalities.as_ref().and_then(|m| m.get(name));
            CountyRow {
                name: name.clone(),
                code: known.map(|m| m.code.clone()),
                population: known.map(|m| m.population),
                applied_count: 0,
                applied: Sek::ZERO,
                decided_count: 0,
                granted_count: 0,
                granted: Sek::ZERO,
            }
        })
        .collect();
    let granted: std::collections::BTreeSet<usize> = grants.iter().copied().collect();
    let decided: std::collections::BTreeSet<usize> =
        grants.iter().chain(&rejected).copied().collect();
    for &i in grants.iter().chain(&rejected).chain(&pending) {
        let a = &p.applications[i];
        for (name, v) in crate::compare::split_evenly(a.requested, &a.municipalities) {
            let Some(row) = rows.iter_mut().find(|r| r.name == name) else {
                continue;
            };
            row.applied_count += 1;
            row.applied += v;
            if decided.contains(&i) {
                row.decided_count += 1;
            }
        }
        if granted.contains(&i) {
            for (name, v) in crate::compare::split_evenly(a.granted(), &a.municipalities) {
                if let Some(row) = rows.iter_mut().find(|r| r.name == name) {
                    row.granted_count += 1;
                    row.granted += v;
                }
            }
        }
    }
    let per: Vec<(String, f64, f64)> = rows
        .iter()
        .filter_map(|r| {
            r.per_inhabitant()
                .map(|x| (r.name.clone(), x, f64::from(r.population.unwrap_or(0))))
        })
        .collect();
    let gini = weighted_gini(&per.iter().map(|(_, x, w)| (*x, *w)).collect::<Vec<_>>());
    let any = per.iter().any(|(_, x, _)| *x > 0.0);
    let most = per
        .iter()
        .filter(|_| any)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(n, x, _)| (n.clone(), *x));
    let least = per
        .iter()
        .filter(|_| any)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(n, x, _)| (n.clone(), *x));
    let nothing = rows
        .iter()
        .filter(|r| any && r.granted.is_zero())
        .map(|r| r.name.clone())
        .collect();
    County {
        year,
        rows,
        gini,
        most,
        least,
        nothing,
    }
}

/// The whole county as a table.
pub fn county_sheet(c: &County) -> Sheet {
    use crate::text::export as e;
    let mut rows: Vec<Vec<Cell>> = c
        .rows
        .iter()
        .map(|r| {
            vec![
                r.name.clone().into(),
                r.population
                    .map_or(Cell::Empty, |n| Cell::Number(f64::from(n))),
                Cell::Number(r.applied_count as f64),
                Cell::Kronor(r.applied),
                Cell::Number(r.granted_count as f64),
                Cell::Kronor(r.granted),
                r.granted_share().map_or(Cell::Empty, Cell::Number),
                r.per_inhabitant().map_or(Cell::Empty, Cell::Number),
            ]
        })
        .collect();
    let population: u64 = c
        .rows
        .iter()
        .filter_map(|r| r.population)
        .map(u64::from)
        .sum();
    let granted: Sek = c.rows.iter().map(|r| r.granted).sum();
    rows.push(vec![
        t::TOTAL.into(),
        Cell::Number(population as f64),
        Cell::Empty,
        Cell::Kronor(c.rows.iter().map(|r| r.applied).sum()),
        Cell::Empty,
        Cell::Kronor(granted),
        Cell::Empty,
        if population > 0 {
            Cell::Number(granted.to_f64() / population as f64)
        } else {
            Cell::Empty
        },
    ]);
    Sheet {
        name: t::SHEET_COUNTY.to_string(),
        columns: vec![
            (e::MUNICIPALITIES.into(), Kind::Text),
            (t::COL_POPULATION.into(), Kind::Number(0)),
            (t::COL_APPLIED_COUNT.into(), Kind::Number(0)),
            (t::COL_APPLIED.into(), Kind::Kronor),
            (t::COL_GRANTED_COUNT.into(), Kind::Number(0)),
            (t::COL_GRANTED.into(), Kind::Kronor),
            (t::COL_GRANTED_SHARE.into(), Kind::Number(0)),
            (t::COL_PER_INHABITANT.into(), Kind::Number(2)),
        ],
        rows,
    }
}

/// The spread of the county in sentences: the Gini coefficient, who got most and least per
/// inhabitant, and how many times as much.
pub fn county_sentences(c: &County) -> Vec<String> {
    let mut out = Vec::new();
    let (Some(gini), Some((most, hi)), Some((least, lo))) = (c.gini, &c.most, &c.least) else {
        out.push(t::COUNTY_NO_SPREAD.to_string());
        return out;
    };
    out.push(t::county_gini(&crate::i18n::number(gini, 2)));
    if c.nothing.is_empty() {
        out.push(t::county_spread(
            most,
            &crate::i18n::number(*hi, 2),
            least,
            &crate::i18n::number(*lo, 2),
        ));
        if let Some(r) = c.ratio() {
            out.push(t::county_ratio(&crate::i18n::number(r, 1)));
        }
    } else {
        out.push(t::county_most(most, &crate::i18n::number(*hi, 2)));
        out.push(t::county_nothing(&c.nothing));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::weighted_gini;

    #[test]
    fn the_gini_coefficient_of_known_spreads() {
        // The same everywhere: 0; one of two equal halves has everything: 0,5.
        assert_eq!(weighted_gini(&[(10.0, 1.0), (10.0, 3.0)]), Some(0.0));
        assert_eq!(weighted_gini(&[(0.0, 1.0), (1.0, 1.0)]), Some(0.5));
        // Weights count as people: one municipality of three people with 1 kr each against
        // one of one person with nothing is the population 1, 1, 1, 0.
        let weighted = weighted_gini(&[(1.0, 3.0), (0.0, 1.0)]).expect("a value");
        let people =
            weighted_gini(&[(1.0, 1.0), (1.0, 1.0), (1.0, 1.0), (0.0, 1.0)]).expect("a value");
        assert!((weighted - people).abs() < 1e-12);
        assert!((weighted - 0.25).abs() < 1e-12);
        // Nothing granted, or nobody: no value.
        assert_eq!(weighted_gini(&[(0.0, 5.0)]), None);
        assert_eq!(weighted_gini(&[]), None);
    }
}
