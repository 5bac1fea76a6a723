//! Benchmark instances: OR-Library multidimensional knapsacks, Pabulib participatory budgets,
//! and realistic synthetic portfolios (docs/berakning.md §5). Pure functions from
//! text or a seed to models and portfolios; the `anslag bench` command times them.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::application::{Application, Form, Support};
use crate::money::Sek;
use crate::optimise::model::{Model, Row, RowKind, Term, Var, set_ties};
use crate::portfolio::Portfolio;
use crate::problem::{Loc, Problem};
use crate::scenario::{Constraint, ConstraintKind, Filter, Objective};

/// One OR-Library multidimensional knapsack: maximise `profit·x` with `weights·x ≤ capacity`.
#[derive(Debug, Clone, PartialEq)]
pub struct Knapsack {
    pub(crate) profits: Vec<f64>,
    /// One row per constraint.
    pub weights: Vec<Vec<f64>>,
    pub(crate) capacities: Vec<f64>,
    /// The optimum in the file's header (0 when the file does not give it).
    pub optimum: f64,
}

/// Reads an OR-Library `mknap` file (whitespace-separated numbers; see its file-format.txt).
pub fn parse_orlib(text: &str) -> Result<Vec<Knapsack>, String> {
    let mut numbers = text
        .split_whitespace()
        .map(|t| t.parse::<f64>().map_err(|_| format!("not a number: {t}")));
    let mut next = || {
        numbers
            .next()
            .unwrap_or_else(|| Err("the file ends too early".to_string()))
    };
    let count = next()? as usize;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let n = next()? as usize;
        let m = next()? as usize;
        let optimum = next()?;
        let profits = (0..n).map(|_| next()).collect::<Result<Vec<_>, _>>()?;
        let weights = (0..m)
            .map(|_| (0..n).map(|_| next()).collect::<Result<Vec<_>, _>>())
            .collect::<Result<Vec<_>, _>>()?;
        let capacities = (0..m).map(|_| next()).collect::<Result<Vec<_>, _>>()?;
        out.push(Knapsack {
            profits,
            weights,
            capacities,
            optimum,
        });
    }
    Ok(out)
}

impl Knapsack {
    /// The knapsack as the optimiser's model: items are applications (profit = score), each
    /// constraint a budget.
    pub fn model(&self) -> Model {
        let mut vars: Vec<Var> = self
            .profits
            .iter()
            .enumerate()
            .map(|(i, p)| Var {
                app: i,
                pot: Support::Projektmedel,
                score: *p,
                requested: 1.0,
                partial_min: None,
                objective: *p,
                tie: 0.0,
                lock: None,
                rank: i,
            })
            .collect();
        set_ties(&mut vars);
        let rows = self
            .weights
            .iter()
            .zip(&self.capacities)
            .enumerate()
            .map(|(k, (w, cap))| Row {
                kind: RowKind::Resource(k),
                terms: w
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| **x != 0.0)
                    .map(|(i, x)| Term {
                        var: i,
                        y: *x,
                        a: 0.0,
                    })
                    .collect(),
                rhs: cap + 1e-6,
            })
            .collect();
        Model {
            vars,
            rows,
            objective: Objective::Score,
            warnings: Vec::new(),
        }
    }
}

/// A Pabulib participatory-budgeting instance: one budget, projects with cost and support.
#[derive(Debug, Clone, PartialEq)]
pub struct Pabulib {
    pub budget: f64,
    /// (project id, cost, support): support is the `score` column where the file has one (the
    /// points of cumulative ballots), else `votes`.
    pub projects: Vec<(String, f64, f64)>,
    /// The projects the file marks selected (`selected` 1), where it has the column.
    pub selected: Vec<String>,
}

/// Reads a `.pb` file's META and PROJECTS sections (`;`-separated, quoted fields allowed).
pub fn parse_pabulib(text: &str) -> Result<Pabulib, String> {
    let mut sections: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut current = "";
    for line in text.lines() {
        match line.trim() {
            "META" | "PROJECTS" | "VOTES" => current = line.trim(),
            "" => {}
            _ => sections.entry(current).or_default().push(line),
        }
    }
    let table = |name: &str| -> Result<Vec<BTreeMap<String, String>>, String> {
        let body = sections.get(name).map(|l| l.join("\n")).unwrap_or_default();
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(body.as_bytes());
        let headers = reader.headers().map_err(|e| e.to_string())?.clone();
        reader
            .records()
            .map(|r| {
                r.map(|r| {
                    headers
                        .iter()
                        .zip(r.iter())
                        .map(|(h, v)| (h.to_string(), v.to_string()))
                        .collect()
                })
                .map_err(|e| e.to_string())
            })
            .collect()
    };
    let meta = table("META")?;
    let budget = meta
        .iter()
        .find(|r| r.get("key").map(String::as_str) == Some("budget"))
        .and_then(|r| r.get("value"))
        .and_then(|v| v.parse::<f64>().ok())
        .ok_or("META has no budget")?;
    let rows = table("PROJECTS")?;
    let selected = rows
        .iter()
        .filter(|r| r.get("selected").map(String::as_str) == Some("1"))
        .filter_map(|r| r.get("project_id").cloned())
        .collect();
    let projects = rows
        .into_iter()
        .map(|r| {
            let num = |k: &str| r.get(k).and_then(|v| v.parse::<f64>().ok());
            let id = r
                .get("project_id")
                .cloned()
                .ok_or("a project without project_id")?;
            let cost = num("cost").ok_or("a project without cost")?;
            let support = num("score")
                .or_else(|| num("votes"))
                .ok_or("a project without votes")?;
            Ok((id, cost, support))
        })
        .collect::<Result<Vec<_>, &str>>()?;
    Ok(Pabulib {
        budget,
        projects,
        selected,
    })
}

/// A small, reproducible random number generator (xorshift), so that a benchmark or a failing
/// test seed can be rerun exactly.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub(crate) fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Uniform in 0..n (0 when n is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// Whole kronor drawn log-uniformly between `lo` and `hi`, rounded to thousands.
fn log_uniform(rng: &mut Rng, lo: f64, hi: f64) -> i64 {
    let x = (lo.ln() + rng.unit() * (hi.ln() - lo.ln())).exp();
    ((x / 1000.0).round() * 1000.0) as i64
}

/// A realistic portfolio of `n` applications (§5): three pots with about 30 %, 65 % and 5 % of
/// the applications, amounts log-uniform, demand about twice each budget, ten municipalities,
/// 30 % multi-year, 20 % part-fundable, one share constraint per pot, coverage over
/// municipalities in företagsstöd, one resource over all and a cap per applicant. Ratings are
/// the shipped applications', drawn at random.
pub fn synthetic(base: &Portfolio, n: usize, seed: u64) -> Result<Portfolio, Vec<Problem>> {
    let mut rng = Rng::new(seed);
    let year = base.scenario.year;
    let shipped = |pot: Support| -> Vec<&Application> {
        base.applications
            .iter()
            .zip(&base.assessments)
            .filter(|(a, s)| {
                a.support == pot && a.status.is_candidate() && s.eligibility.eligible()
            })
            .map(|(a, _)| a)
            .collect()
    };
    let pools = [
        (
            Support::Projektmedel,
            shipped(Support::Projektmedel),
            200_000.0,
            6_000_000.0,
        ),
        (
            Support::Foretagsstod,
            shipped(Support::Foretagsstod),
            30_000.0,
            1_500_000.0,
        ),
        (
            Support::KommersiellService,
            shipped(Support::KommersiellService),
            50_000.0,
            250_000.0,
        ),
    ];
    // Templates whose form is paid from national funds (särskilt driftstöd) are drawn as
    // servicebidrag, which the region's pot pays: the portfolios, and their proven optima in
    // docs/performance.md, stay what they were before such forms left the pots.
    let national: Vec<&str> = base
        .applications
        .iter()
        .zip(&base.assessments)
        .filter(|(_, s)| s.eligibility.paid_nationally.is_some())
        .map(|(a, _)| a.id.as_str())
        .collect();
    let municipalities = &base.strategy.municipalities;
    let mut apps = Vec::with_capacity(n);
    let mut demand: BTreeMap<Support, i64> = BTreeMap::new();
    for k in 0..n {
        let r = rng.unit();
        let (pot, pool, lo, hi) = if r < 0.30 {
            &pools[0]
        } else if r < 0.95 {
            &pools[1]
        } else {
            &pools[2]
        };
        let Some(template) = pool.get(rng.below(pool.len() as u64) as usize) else {
            continue;
        };
        let mut a: Application = (*template).clone();
        if national.contains(&template.id.as_str()) {
            a.form = Some(Form::Servicebidrag);
        }
        a.id = format!("S{k:05}");
        let requested = log_uniform(&mut rng, *lo, *hi).max(1000);
        a.requested = Sek::kr(requested);
        a.eligible_cost = Some(Sek::kr(requested * 3));
        a.cofinancing.clear();
        a.municipalities =
            vec![municipalities[rng.below(municipalities.len() as u64) as usize].clone()];
        a.years = if *pot != Support::KommersiellService && rng.unit() < 0.3 {
            let first = requested / 2 / 1000 * 1000;
            BTreeMap::from([
                (year, Sek::kr(first)),
                (year + 1, Sek::kr(requested - first)),
            ])
        } else {
            BTreeMap::from([(year, Sek::kr(requested))])
        };
        a.partial_min = (rng.unit() < 0.2).then(|| Sek::kr(requested * 6 / 10));
        a.applicant.org_nr = Some(format!("org-{}", rng.below((n as u64 / 3).max(2))));
        a.resources = BTreeMap::from([(
            "handlaggartimmar".to_string(),
            Decimal::from(8 + requested / 100_000),
        )]);
        a.decision_date = base
            .scenario
            .year
            .to_string()
            .parse::<i32>()
            .ok()
            .and_then(|y| crate::date::Date::new(y, 5, 1));
        a.received = crate::date::Date::new(year, 2, 1);
        a.start = crate::date::Date::new(year, 6, 1);
        if let Some(c) = &mut a.company {
            c.de_minimis_received = Sek::ZERO;
        }
        if let Some(store) = &mut a.store {
            store.strategic = false;
        }
        if a.support == Support::KommersiellService {
            a.years = BTreeMap::from([(year, Sek::kr(requested.min(250_000)))]);
            a.requested = Sek::kr(requested.min(250_000));
        }
        *demand.entry(*pot).or_default() += a.requested.decimal().try_into().unwrap_or(0i64);
        apps.push(a);
    }
    let mut s = base.scenario.clone();
    s.name = format!("Syntetisk portfölj, {n} ansökningar");
    // The optimiser's measure: "Flest poäng", whatever the shipped scenario's strategy
    // (`bench --case rank:N:SEED` and `full:N:SEED` set theirs).
    s.objective = Objective::Score;
    s.budget_scale = Decimal::ONE;
    s.must_fund.clear();
    s.exclude.clear();
    s.partial_funding = true;
    s.commitments.clear();
    s.commitment_ceiling = None;
    s.min_score = Some(35.0);
    s.budget_written = demand
        .iter()
        .map(|(p, d)| (*p, Sek::kr(d / 2 / 1000 * 1000)))
        .collect();
    s.planning_frames = BTreeMap::from([(
        year + 1,
        demand
            .iter()
            .map(|(p, d)| (*p, Sek::kr(d / 8 / 1000 * 1000)))
            .collect(),
    )]);
    let loc = Loc::file("syntetisk");
    let c = |name: &str, kind: ConstraintKind| Constraint {
        name: name.into(),
        kind,
        loc: loc.clone(),
    };
    let outside = Filter {
        municipality_not: Some(vec!["Västerås".into()]),
        ..Filter::default()
    };
    s.constraints = vec![
        c(
            "Minst 30 % av projektmedlen utanför Västerås",
            ConstraintKind::Share {
                pot: Support::Projektmedel,
                filter: Box::new(outside.clone()),
                min: Some(Decimal::new(30, 2)),
                max: None,
            },
        ),
        c(
            "Minst 40 % av företagsstödet utanför Västerås",
            ConstraintKind::Share {
                pot: Support::Foretagsstod,
                filter: Box::new(outside.clone()),
                min: Some(Decimal::new(40, 2)),
                max: None,
            },
        ),
        c(
            "Högst 80 % av kommersiell service utanför Västerås",
            ConstraintKind::Share {
                pot: Support::KommersiellService,
                filter: Box::new(outside),
                min: None,
                max: Some(Decimal::new(80, 2)),
            },
        ),
        c(
            "Något företagsstöd i varje kommun",
            ConstraintKind::Coverage {
                pot: Support::Foretagsstod,
                min_count: 1,
            },
        ),
        c(
            "Handläggarkapacitet",
            ConstraintKind::Resource {
                resource: "handlaggartimmar".into(),
                max: Decimal::from((n as i64) * 9),
            },
        ),
        c(
            "Högst 3 mkr per sökande",
            ConstraintKind::PerApplicant {
                max: Sek::kr(3_000_000),
            },
        ),
    ];
    // The made-up organisation numbers stand for no company: no de minimis room is shared
    // (the portfolios, and their proven optima, stay those of docs/performance.md).
    base.rebuild(s, apps).map(|mut p| {
        p.de_minimis_groups.clear();
        p
    })
}
