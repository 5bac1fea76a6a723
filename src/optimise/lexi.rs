//! The strategy `rank` (*Rangordningen först*): the lexicographic optimum over the ranking.
//!
//! Down the ranking, each fundable application is funded whenever some allocation that keeps
//! every rule and lock funds it together with the better-ranked applications already funded
//! (with part-funding: with the largest amount it can have then); otherwise it is left out for
//! good. Unlike rank-and-fund it meets shares, coverage and frames, and it fills what is left
//! with the best-ranked applications that still fit.
//!
//! Each step is a feasibility question, answered in this order:
//! 1. the exact books: the funded ones and this one at its least amount already break a limit
//!    that only fills up (a budget, a frame, the ceiling, a resource, a cap per applicant, an
//!    at_most_one) — then no allocation can fund it, and that limit is the reason;
//! 2. the allocation in hand: it funds this one, or still keeps every rule with it added;
//! 3. a solve that asks only for some allocation with it forced in (`Options::target`).
//!
//! The allocation in hand always keeps every rule and every decision taken so far, so it is
//! the answer when the ranking has been walked. A step whose solve ran out of time leaves the
//! application out unproven; the proposal is then `feasible`, not `optimal`.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::i18n::Text;
use crate::money::Sek;
use crate::optimise::ledger::{Breach, Ledger};
use crate::optimise::model::{Model, RowKind};
use crate::optimise::solve::{self, Assignment, Options, Status};
use crate::optimise::{NotFunded, Reason};
use crate::portfolio::Portfolio;
use crate::text::optimise as msg;

/// How one application's turn ended.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Turn {
    /// Funded with this amount.
    Funded(Sek),
    /// The funded better-ranked applications and this one at its least amount break this
    /// limit (the exact books).
    Full(Breach),
    /// A solve proved that no allocation funds it together with the better-ranked ones.
    Proven,
    /// The time ran out before the question was answered: left out, unproven.
    Unknown,
}

/// The walk down the ranking.
#[derive(Debug, Clone)]
pub(crate) struct Walk {
    /// The allocation, `None` when the scenario's rules and locks cannot all hold.
    pub(crate) assignment: Option<Assignment>,
    /// Per variable of the model, how its turn ended (empty without an allocation).
    pub(crate) turns: Vec<Turn>,
    /// Whether the scenario was proven to have no allocation at all.
    pub(crate) infeasible: bool,
    /// Solves made (the other turns were answered by the books or the allocation in hand).
    pub(crate) solves: usize,
}

impl Walk {
    /// Every turn answered for certain.
    pub(crate) fn proven(&self) -> bool {
        self.assignment.is_some() && !self.turns.contains(&Turn::Unknown)
    }
}

/// Limits that only fill up: funding more never mends them, so the books can say "no".
fn fills_up(kind: &RowKind) -> bool {
    matches!(
        kind,
        RowKind::Budget(_)
            | RowKind::Frame(..)
            | RowKind::Ceiling
            | RowKind::Resource(_)
            | RowKind::PerApplicant(..)
            | RowKind::AtMostOne(_)
            | RowKind::Blocked(_)
    )
}

/// The least amount variable `i` may be funded with, in exact money.
pub(super) fn least(p: &Portfolio, m: &Model, i: usize) -> Sek {
    let app = &p.applications[m.vars[i].app];
    match (m.vars[i].partial_min, app.partial_min) {
        (Some(_), Some(min)) => min,
        _ => app.requested,
    }
}

/// Walks the ranking of model `m` (its variables carry their rank), within `opts.time_limit`.
pub(crate) fn walk(p: &Portfolio, m: &Model, opts: &Options) -> Walk {
    let start = Instant::now();
    let deadline = start + opts.time_limit;
    let mut f = m.clone();
    let mut solves = 0;
    let ask = |f: &Model, solves: &mut usize| ask(f, deadline, opts, solves);
    // Some allocation that keeps every rule and lock, to start from.
    let first = ask(&f, &mut solves);
    let Some(mut x) = first
        .assignment
        .filter(|_| matches!(first.status, Status::Optimal | Status::Feasible))
    else {
        return Walk {
            assignment: None,
            turns: Vec::new(),
            infeasible: first.status == Status::Infeasible,
            solves,
        };
    };
    let mut order: Vec<usize> = (0..f.vars.len()).collect();
    order.sort_by_key(|i| f.vars[*i].rank);
    let mut turns = vec![Turn::Unknown; f.vars.len()];
    // The books hold what is decided: funded ones at their amounts; must_funds not yet
    // reached at their least amounts (they will be funded whatever happens).
    let mut books = Ledger::new(p, f.vars.iter().map(|v| v.app));
    for (i, v) in f.vars.iter().enumerate() {
        if v.lock == Some(true) {
            books.add(v.app, least(p, m, i));
        }
    }
    for i in order {
        let app = f.vars[i].app;
        let forced = f.vars[i].lock == Some(true);
        if f.vars[i].lock == Some(false) {
            turns[i] = Turn::Proven;
            continue;
        }
        if !forced
            && let Some(b) = books
                .would_break(app, least(p, m, i))
                .filter(|b| fills_up(&b.kind))
        {
            turns[i] = Turn::Full(b);
            f.vars[i].lock = Some(false);
            continue;
        }
        f.vars[i].lock = Some(true);
        let with_i = if x.y[i] {
            Some(x.clone())
        } else {
            let mut tried = x.clone();
            tried.y[i] = true;
            tried.a[i] = f.vars[i].partial_min.unwrap_or(f.vars[i].requested);
            if solve::feasible(&f, &tried) {
                Some(tried)
            } else {
                let o = ask(&f, &mut solves);
                match o.status {
                    Status::Optimal | Status::Feasible => o.assignment,
                    Status::Infeasible => {
                        turns[i] = Turn::Proven;
                        None
                    }
                    Status::NoSolution => None,
                }
            }
        };
        let Some(with_i) = with_i else {
            f.vars[i].lock = if forced { Some(true) } else { Some(false) };
            continue;
        };
        x = with_i;
        let amount = if f.vars[i].partial_min.is_some() {
            most(p, &mut f, i, &mut x, &ask, &mut solves)
        } else {
            p.applications[app].requested
        };
        if forced {
            books.remove(app);
        }
        books.add(app, amount);
        turns[i] = Turn::Funded(amount);
    }
    Walk {
        assignment: Some(x),
        turns,
        infeasible: false,
        solves,
    }
}

/// "Is there any allocation of `f`?" by `deadline`: a solve that stops at the first
/// allocation (`Options::target`), then a full solve when that found nothing in time. Past the
/// deadline nothing is solved and the answer is `NoSolution`.
fn ask(f: &Model, deadline: Instant, opts: &Options, solves: &mut usize) -> solve::Outcome {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return solve::Outcome {
            status: Status::NoSolution,
            assignment: None,
            objective: 0.0,
            bound: f64::INFINITY,
            stats: Default::default(),
        };
    }
    *solves += 1;
    let o = Options {
        time_limit: left.min(Duration::from_secs(10)),
        backend: opts.backend,
        target: Some(-1e18),
        ..Options::default()
    };
    let answer = solve::solve(f, &o);
    if answer.status != Status::NoSolution || Instant::now() >= deadline {
        return answer;
    }
    *solves += 1;
    let left = deadline.saturating_duration_since(Instant::now());
    solve::solve(
        f,
        &Options {
            time_limit: left.min(Duration::from_secs(10)),
            target: None,
            ..o
        },
    )
}

/// The largest whole-krona amount variable `i` (funded, part-fundable) can have with every
/// decision so far, found by bisection on its least amount; the amount is then fixed from
/// below in `f`, and `x` becomes an allocation that gives it.
fn most(
    p: &Portfolio,
    f: &mut Model,
    i: usize,
    x: &mut Assignment,
    ask: &impl Fn(&Model, &mut usize) -> solve::Outcome,
    solves: &mut usize,
) -> Sek {
    let app = &p.applications[f.vars[i].app];
    let requested = app.requested.to_f64().floor();
    let mut try_at = |f: &mut Model, amount: f64, x: &mut Assignment| -> bool {
        let before = f.vars[i].partial_min;
        f.vars[i].partial_min = Some(amount);
        let mut tried = x.clone();
        tried.a[i] = amount;
        if solve::feasible(f, &tried) {
            *x = tried;
            return true;
        }
        let o = ask(f, solves);
        match (o.status, o.assignment) {
            (Status::Optimal | Status::Feasible, Some(found)) => {
                *x = found;
                true
            }
            _ => {
                f.vars[i].partial_min = before;
                false
            }
        }
    };
    if try_at(f, requested, x) {
        return app.requested;
    }
    let mut lo = x.a[i]
        .floor()
        .max(f.vars[i].partial_min.unwrap_or(0.0).ceil());
    let mut hi = requested;
    while hi - lo > 1.0 {
        let mid = ((lo + hi) / 2.0).floor();
        if try_at(f, mid, x) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    f.vars[i].partial_min = Some(lo);
    Sek::kr(lo as i64).max(least_of(app))
}

fn least_of(app: &crate::application::Application) -> Sek {
    app.partial_min.unwrap_or(app.requested)
}

/// Reasons for every candidate not funded under `rank`, in ranking order: the limit that
/// stopped it when its turn came, with the numbers, and the better-ranked applications that
/// had taken the room (or, where a solve decided, the conflict that a re-solve names).
pub(crate) fn reasons(
    p: &Portfolio,
    m: &Model,
    granted: &BTreeMap<usize, Sek>,
    walk: &Walk,
    opts: &Options,
) -> Vec<NotFunded> {
    let ranking = crate::ranking::rank(p);
    let index = super::app_index(p);
    let var_of: BTreeMap<usize, usize> =
        m.vars.iter().enumerate().map(|(i, v)| (v.app, i)).collect();
    // The locks alone: a limit they and the candidate break stops it in every allocation.
    let mut locked = Ledger::new(p, m.vars.iter().map(|v| v.app));
    for (i, v) in m.vars.iter().enumerate() {
        if v.lock == Some(true) {
            locked.add(v.app, least(p, m, i));
        }
    }
    let place: BTreeMap<usize, usize> = ranking
        .iter()
        .filter_map(|r| index.get(r.app.id.as_str()).map(|a| (*a, r.rank)))
        .collect();
    let mut out = Vec::new();
    // Naming a conflict takes solves; past this, a turn a solve decided says so without names.
    let naming_ends = Instant::now() + Duration::from_secs(10);
    for r in &ranking {
        let Some(&app) = index.get(r.app.id.as_str()) else {
            continue;
        };
        if granted.contains_key(&app) {
            continue;
        }
        if let Some(reason) = super::reason_outside_model(p, app) {
            out.push(reason);
            continue;
        }
        let Some(&i) = var_of.get(&app) else { continue };
        let alone = locked
            .would_break(app, least(p, m, i))
            .filter(|b| fills_up(&b.kind));
        let turn = walk.turns.get(i).cloned().unwrap_or(Turn::Unknown);
        let (reason, explanation, blocked_by) = match (&turn, alone) {
            (_, Some(b)) => {
                let names = vec![b.kind.name(p)];
                (Reason::Blocked, msg::blocked(&names), names)
            }
            (Turn::Full(b), None) => {
                let above = took_its_place(p, m, granted, &b.kind, i, &place);
                let (explanation, names) = full(p, m, i, b, r.rank, &above);
                (Reason::CrowdedOut, explanation, names)
            }
            (Turn::Proven, None) if Instant::now() < naming_ends => {
                proven(p, m, granted, i, &place, opts)
            }
            (Turn::Proven, None) => (Reason::CrowdedOut, msg::rank_proven(&[], &[]), Vec::new()),
            (Turn::Unknown | Turn::Funded(_), None) => {
                (Reason::CrowdedOut, msg::rank_unknown(), Vec::new())
            }
        };
        out.push(NotFunded {
            app,
            reason,
            explanation,
            blocked_by,
            budget_needed: None,
            score_needed: None,
        });
    }
    out
}

/// The funded applications ranked above variable `i` that weigh on the row `kind`, the
/// nearest above it first.
fn took_its_place(
    p: &Portfolio,
    m: &Model,
    granted: &BTreeMap<usize, Sek>,
    kind: &RowKind,
    i: usize,
    place: &BTreeMap<usize, usize>,
) -> Vec<usize> {
    let Some(row) = m.rows.iter().find(|r| r.kind == *kind) else {
        return Vec::new();
    };
    let mut above: Vec<usize> = row
        .terms
        .iter()
        .filter(|t| t.y > 0.0 || t.a > 0.0)
        .map(|t| m.vars[t.var].app)
        .filter(|a| granted.contains_key(a) && m.vars[i].app != *a)
        .filter(|a| place.get(a) < place.get(&m.vars[i].app))
        .collect();
    above.sort_by_key(|a| std::cmp::Reverse(place.get(a).copied()));
    let _ = p;
    above
}

/// The sentence for a candidate whose turn found a limit full, and the limit's name.
fn full(
    p: &Portfolio,
    m: &Model,
    i: usize,
    b: &Breach,
    rank: usize,
    above: &[usize],
) -> (Text, Vec<Text>) {
    let need = least(p, m, i);
    let name = b.kind.name(p);
    let ids: Vec<&str> = above
        .iter()
        .map(|a| p.applications[*a].id.as_str())
        .collect();
    let first = match &b.kind {
        RowKind::AtMostOne(_) => msg::rank_at_most_one(name.clone()),
        RowKind::Resource(_) => {
            // The candidate's own use of the resource, from its term in the row.
            let own = m
                .rows
                .iter()
                .find(|r| r.kind == b.kind)
                .and_then(|r| r.terms.iter().find(|t| t.var == i))
                .map_or(0.0, |t| t.y + t.a * need.to_f64());
            let own = rust_decimal::Decimal::from_f64_retain(own).unwrap_or_default();
            let left = (b.limit - (b.used - own)).max(rust_decimal::Decimal::ZERO);
            msg::rank_resource_full(rank, name.clone(), b.limit, left, own)
        }
        _ => {
            let used_before = Sek::from_decimal(b.used).saturating_sub(need);
            let limit = Sek::from_decimal(b.limit);
            msg::rank_money_full(
                rank,
                name.clone(),
                limit,
                limit.saturating_sub(used_before),
                need,
            )
        }
    };
    let second = msg::rank_took_place(&ids);
    (Text::sentences(vec![first, second]), vec![name])
}

/// The sentence for a candidate that a solve found cannot be funded with the better-ranked
/// ones: a re-solve with them locked in names the conflict.
fn proven(
    p: &Portfolio,
    m: &Model,
    granted: &BTreeMap<usize, Sek>,
    i: usize,
    place: &BTreeMap<usize, usize>,
    opts: &Options,
) -> (Reason, Text, Vec<Text>) {
    let mine = place.get(&m.vars[i].app).copied();
    let mut forced = m.clone();
    for (k, v) in forced.vars.iter_mut().enumerate() {
        let better = place.get(&v.app).copied() < mine;
        if k == i || (better && granted.contains_key(&v.app)) {
            v.lock = Some(true);
        }
    }
    let items = super::conflict::find(&forced, opts.backend, Duration::from_secs(5));
    let limits: Vec<Text> = items
        .iter()
        .filter_map(|item| match item {
            super::conflict::Item::Row(kind) => Some(kind.name(p)),
            super::conflict::Item::Lock(_) => None,
        })
        .collect();
    let mut above: Vec<usize> = items
        .iter()
        .filter_map(|item| match item {
            super::conflict::Item::Lock(k) if *k != i => Some(m.vars[*k].app),
            _ => None,
        })
        .collect();
    above.sort_by_key(|a| std::cmp::Reverse(place.get(a).copied()));
    let ids: Vec<&str> = above
        .iter()
        .map(|a| p.applications[*a].id.as_str())
        .collect();
    (Reason::CrowdedOut, msg::rank_proven(&limits, &ids), limits)
}
