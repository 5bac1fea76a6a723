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
use crate::optimise::{Needed, NotFunded, Reason};
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
    /// No allocation funds it together with the better-ranked ones: proven by these two
    /// rows (`cannot_mend`), or by a solve when empty.
    Proven(Vec<RowKind>),
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
    /// A part-funded amount whose "largest possible" a solve cut short left unproven.
    pub(crate) amounts_unproven: bool,
}

impl Walk {
    /// Every turn answered for certain.
    pub(crate) fn proven(&self) -> bool {
        self.assignment.is_some() && !self.turns.contains(&Turn::Unknown) && !self.amounts_unproven
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
            | RowKind::DeMinimis(_)
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
    walk_to(p, m, opts, None, None)
}

/// The walk, stopped after variable `until`'s turn when given (the later turns stay
/// `Unknown`): all that decides that variable. `from`, an allocation that may keep every rule
/// of `m`, saves the first solve when it does.
fn walk_to(
    p: &Portfolio,
    m: &Model,
    opts: &Options,
    until: Option<usize>,
    from: Option<&Assignment>,
) -> Walk {
    let start = Instant::now();
    let deadline = start + opts.time_limit;
    let mut f = m.clone();
    let mut solves = 0;
    let ask = |f: &Model, solves: &mut usize| ask(f, deadline, opts, solves);
    // Some allocation that keeps every rule and lock, to start from.
    let first = match from.filter(|x| x.y.len() == f.vars.len() && solve::feasible(&f, x)) {
        Some(x) => solve::Outcome {
            status: Status::Feasible,
            assignment: Some(x.clone()),
            objective: 0.0,
            bound: f64::INFINITY,
            stats: Default::default(),
        },
        None => ask(&f, &mut solves),
    };
    let Some(mut x) = first
        .assignment
        .filter(|_| matches!(first.status, Status::Optimal | Status::Feasible))
    else {
        return Walk {
            assignment: None,
            turns: Vec::new(),
            infeasible: first.status == Status::Infeasible,
            solves,
            amounts_unproven: false,
        };
    };
    let mut order: Vec<usize> = (0..f.vars.len())
        .filter(|i| until.is_none_or(|u| f.vars[*i].rank <= f.vars[u].rank))
        .collect();
    order.sort_by_key(|i| f.vars[*i].rank);
    let mut turns = vec![Turn::Unknown; f.vars.len()];
    let mut amounts_unproven = false;
    let index = RowIndex::new(&f);
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
            turns[i] = Turn::Proven(Vec::new());
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
            if let Some(tried) = make_room(&f, &index, &x, i, least_amount(&f, i)) {
                Some(tried)
            } else {
                if let Some(rows) = cannot_mend(&f, &index) {
                    turns[i] = Turn::Proven(rows);
                    f.vars[i].lock = Some(false);
                    continue;
                }
                let o = ask(&f, &mut solves);
                match o.status {
                    Status::Optimal | Status::Feasible => o.assignment,
                    Status::Infeasible => {
                        turns[i] = Turn::Proven(Vec::new());
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
            let (amount, sure) = most(p, &mut f, &index, i, &mut x, &ask, &mut solves);
            amounts_unproven |= !sure;
            amount
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
        amounts_unproven,
    }
}

/// The least amount variable `k` may have in the model.
fn least_amount(f: &Model, k: usize) -> f64 {
    f.vars[k].partial_min.unwrap_or(f.vars[k].requested)
}

/// The tie rule of `score` and `value`: among the allocations as good as the optimum `x`, the
/// one the ranking prefers — the walk down the ranking with "at least the optimum's value" as
/// one more limit. `Ok(None)` when no other allocation is as good; `Err(())` when the time
/// (5 s for each of its solves) did not settle it, and the optimum's own choice stands.
pub(crate) fn ties(
    p: &Portfolio,
    m: &Model,
    x: &Assignment,
    opts: &Options,
) -> Result<Option<BTreeMap<usize, Sek>>, ()> {
    let opts = &Options {
        time_limit: opts.time_limit.min(std::time::Duration::from_secs(5)),
        ..*opts
    };
    let z = solve::value(m, x)
        - m.vars
            .iter()
            .zip(&x.y)
            .filter(|(_, y)| **y)
            .map(|(v, _)| v.tie)
            .sum::<f64>();
    use crate::optimise::model::{Row, Term};
    // Most optima are the only ones: one question, "is any other allocation as good?" (a row
    // that every allocation funding other applications than `x` keeps), settles that. Without
    // part-funding an allocation that funds only some of `x`'s is worth no more, and `x` wins
    // that tie anyway (it funds the better-ranked one the other leaves out), so the row only
    // asks for one application that `x` leaves out: a row of ones, which microlp solves where
    // the full no-good row (±1) made its basis singular (synthetic 1 000, seeds 3 and 6). With
    // part-funding (a must_fund lock fixes the decision, not the amount) a subset can give more
    // to a better-ranked amount, so the full row stays; equally good amounts of the same
    // applications are settled with them.
    {
        let partial = m
            .vars
            .iter()
            .any(|v| v.partial_min.is_some() && v.lock != Some(false));
        let terms = (0..m.vars.len())
            .filter(|var| partial || !x.y[*var])
            .map(|var| Term {
                var,
                y: if x.y[var] { 1.0 } else { -1.0 },
                a: 0.0,
            })
            .collect();
        let funded = x.y.iter().filter(|y| **y).count() as f64;
        let mut other = m.clone();
        other.rows.push(Row {
            kind: RowKind::Cut(usize::MAX),
            terms,
            rhs: if partial { funded - 0.5 } else { -0.5 },
        });
        let floor = z - 1e-9 * z.abs().max(1.0);
        let question = Options {
            target: Some(floor),
            ..*opts
        };
        // Where an optimum is exact (up to `EXACT_UP_TO` variables; larger models may stop
        // within 1e-6 and still say optimal), the best allocation with the row answers the
        // question: its proven bound below the optimum's value means no. Branch and bound
        // prunes with the allocations it finds, where the feasibility question proves without
        // one: under `value` on the shipped scenario 28 ms against 680 ms. Larger models, and
        // a maximisation the time cut short, ask the feasibility question.
        let asked = std::time::Instant::now();
        let exact = m.vars.len() <= solve::EXACT_UP_TO;
        let mut answer = Status::NoSolution;
        if exact {
            let best = solve::solve(&other, opts);
            answer = match best.status {
                Status::Infeasible => Status::Infeasible,
                Status::Optimal if best.bound < floor => Status::Infeasible,
                Status::Optimal => Status::Feasible,
                _ => Status::NoSolution,
            };
        }
        if answer == Status::NoSolution {
            answer = solve::solve(&other, &question).status;
        }
        if solve::trace() {
            eprintln!(
                "[ties] another as good: {answer:?} in {:?}",
                asked.elapsed()
            );
        }
        match answer {
            Status::Infeasible => return Ok(None),
            // Not settled (the time, or the backend failed on the no-good row): the walk
            // below answers the question itself.
            Status::NoSolution | Status::Optimal | Status::Feasible => {}
        }
    }
    let q = m.at_least(z - 1e-9 * z.abs().max(1.0), false);
    let w = walk_to(p, &q, opts, None, Some(x));
    if !w.proven() {
        return Err(());
    }
    Ok(Some(
        q.vars
            .iter()
            .zip(&w.turns)
            .filter_map(|(v, t)| match t {
                Turn::Funded(amount) => Some((v.app, *amount)),
                _ => None,
            })
            .collect(),
    ))
}

/// Per variable, the rows it appears in with its coefficients (on the decision, on the amount).
pub(crate) struct RowIndex(Vec<Vec<(usize, f64, f64)>>);

impl RowIndex {
    pub(crate) fn new(m: &Model) -> RowIndex {
        let mut by_var = vec![Vec::new(); m.vars.len()];
        for (r, row) in m.rows.iter().enumerate() {
            for t in &row.terms {
                by_var[t.var].push((r, t.y, t.a));
            }
        }
        RowIndex(by_var)
    }
}

/// The allocation `x` with variable `i` added at `amount`, made to keep every rule by
/// leaving out undecided (unlocked) applications, the worst-ranked first, from each limit it
/// breaks — never one whose leaving would break another limit (a coverage, a share) — so no
/// solve is needed. `None` when that does not work; then a solve answers.
fn make_room(
    f: &Model,
    index: &RowIndex,
    x: &Assignment,
    i: usize,
    amount: f64,
) -> Option<Assignment> {
    let mut tried = x.clone();
    tried.y[i] = true;
    tried.a[i] = amount;
    let mut lhs: Vec<f64> = f.rows.iter().map(|r| r.lhs(&tried.y, &tried.a)).collect();
    let slack = |r: usize, lhs: &[f64]| {
        let rhs = f.rows[r].rhs;
        rhs + solve::EPS * rhs.abs().max(1.0) - lhs[r]
    };
    for r in 0..f.rows.len() {
        if slack(r, &lhs) >= 0.0 {
            continue;
        }
        let mut out: Vec<usize> = f.rows[r]
            .terms
            .iter()
            .filter(|t| tried.y[t.var] && f.vars[t.var].lock.is_none())
            .filter(|t| t.y + t.a * tried.a[t.var] > 0.0)
            .map(|t| t.var)
            .collect();
        out.sort_by_key(|k| std::cmp::Reverse(f.vars[*k].rank));
        for k in out {
            if slack(r, &lhs) >= 0.0 {
                break;
            }
            let rows = &index.0[k];
            let harms = rows.iter().any(|(r2, cy, ca)| {
                let c = cy + ca * tried.a[k];
                c < 0.0 && slack(*r2, &lhs) + c < 0.0
            });
            if harms {
                continue;
            }
            for (r2, cy, ca) in rows {
                lhs[*r2] -= cy + ca * tried.a[k];
            }
            tried.y[k] = false;
            tried.a[k] = 0.0;
        }
        // A limit that asks for more (a share's other side, a coverage): add undecided ones
        // that lower it, the best-ranked first, where they break nothing else.
        if slack(r, &lhs) < 0.0 {
            let mut add: Vec<usize> = f.rows[r]
                .terms
                .iter()
                .filter(|t| !tried.y[t.var] && f.vars[t.var].lock.is_none())
                .filter(|t| t.y + t.a * least_amount(f, t.var) < 0.0)
                .map(|t| t.var)
                .collect();
            add.sort_by_key(|k| f.vars[*k].rank);
            for k in add {
                if slack(r, &lhs) >= 0.0 {
                    break;
                }
                let amount = least_amount(f, k);
                let rows = &index.0[k];
                let breaks = rows
                    .iter()
                    .any(|(r2, cy, ca)| slack(*r2, &lhs) - (cy + ca * amount) < 0.0);
                if breaks {
                    continue;
                }
                for (r2, cy, ca) in rows {
                    lhs[*r2] += cy + ca * amount;
                }
                tried.y[k] = true;
                tried.a[k] = amount;
            }
        }
        if slack(r, &lhs) < 0.0 {
            return None;
        }
    }
    solve::feasible(f, &tried).then_some(tried)
}

/// Whether the locked-in applications of `f` break a limit that the undecided ones cannot
/// mend, proven on two rows at a time: a limit they break (a share, a coverage), the most the
/// undecided can lower it, and — for each limit that only fills up — the most they can lower
/// it within that limit's room (the best ratio of the two, as a fractional knapsack would).
/// Other limits only restrict more, so an answer is a proof, naming the rows; `None` says
/// nothing.
fn cannot_mend(f: &Model, index: &RowIndex) -> Option<Vec<RowKind>> {
    let amount = |k: usize| f.vars[k].partial_min.unwrap_or(f.vars[k].requested);
    // The locked-in at whichever of their possible amounts weighs least on each row (a
    // must_fund not yet reached may still get more than its least): every row's sum is at
    // least this, so what follows stays a proof.
    let mut lhs = vec![0.0; f.rows.len()];
    for (k, v) in f.vars.iter().enumerate() {
        if v.lock == Some(true) {
            for (r, cy, ca) in &index.0[k] {
                lhs[*r] += (cy + ca * amount(k)).min(cy + ca * v.requested);
            }
        }
    }
    let tol = |rhs: f64| solve::EPS * rhs.abs().max(1.0);
    // A term's contribution at the amounts it may have (its least and the request).
    let ends = |k: usize, cy: f64, ca: f64| {
        let v = &f.vars[k];
        [cy + ca * amount(k), cy + ca * v.requested]
    };
    for (r, row) in f.rows.iter().enumerate() {
        let need = lhs[r] - row.rhs;
        if need <= tol(row.rhs) {
            continue;
        }
        // The undecided that can lower it, with the most each can.
        // A variable's terms in one row count together (a coverage row lists a project once
        // per municipality it names).
        let mut by_var: BTreeMap<usize, (f64, f64)> = BTreeMap::new();
        for t in row.terms.iter().filter(|t| f.vars[t.var].lock.is_none()) {
            let e = by_var.entry(t.var).or_default();
            e.0 += t.y;
            e.1 += t.a;
        }
        let mut helpers: Vec<(usize, f64, f64)> = Vec::new();
        let mut most = 0.0;
        for (&k, &(y, a)) in &by_var {
            let lowest = ends(k, y, a).into_iter().fold(0.0, f64::min);
            if lowest < 0.0 {
                most -= lowest;
                helpers.push((k, y, a));
            }
        }
        if most < need - tol(row.rhs) {
            return Some(vec![row.kind.clone()]);
        }
        // Only a limit every helper weighs on bounds them together: one of the first's.
        let Some(&(first, ..)) = helpers.first() else {
            continue;
        };
        for &(b, ..) in &index.0[first] {
            let room_row = &f.rows[b];
            if b == r || !fills_up(&room_row.kind) {
                continue;
            }
            let room = room_row.rhs - lhs[b];
            let mut best = 0.0_f64;
            let mut bounded = true;
            for &(k, ry, ra) in &helpers {
                let in_b: Vec<_> = index.0[k].iter().filter(|(bb, ..)| *bb == b).collect();
                if in_b.is_empty() {
                    bounded = false;
                    break;
                }
                let by: f64 = in_b.iter().map(|(_, y, _)| y).sum();
                let ba: f64 = in_b.iter().map(|(_, _, a)| a).sum();
                for (cr, cb) in ends(k, ry, ra).into_iter().zip(ends(k, by, ba)) {
                    if cr < 0.0 {
                        if cb <= 0.0 {
                            bounded = false;
                        } else {
                            best = best.max(-cr / cb);
                        }
                    }
                }
                if !bounded {
                    break;
                }
            }
            if bounded && room.max(0.0) * best < need - tol(row.rhs) - tol(room_row.rhs) * best {
                return Some(vec![row.kind.clone(), room_row.kind.clone()]);
            }
        }
    }
    None
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
        target: Some(solve::ANY_ALLOCATION),
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
/// decision so far: at most what the limits that only fill up leave beside the decided ones
/// (tried first, and then the answer when it fits), else found by bisection; the amount is
/// then fixed from below in `f`, and `x` becomes an allocation that gives it. The flag is
/// `false` when a solve on the way ran out of time (the amount is then not proven the largest).
fn most(
    p: &Portfolio,
    f: &mut Model,
    index: &RowIndex,
    i: usize,
    x: &mut Assignment,
    ask: &impl Fn(&Model, &mut usize) -> solve::Outcome,
    solves: &mut usize,
) -> (Sek, bool) {
    let app = &p.applications[f.vars[i].app];
    let requested = app.requested.to_f64().floor();
    let mut sure = true;
    let mut try_at = |f: &mut Model, amount: f64, x: &mut Assignment| -> bool {
        let before = f.vars[i].partial_min;
        f.vars[i].partial_min = Some(amount);
        if let Some(tried) = make_room(f, index, x, i, amount) {
            *x = tried;
            return true;
        }
        let o = ask(f, solves);
        match (o.status, o.assignment) {
            (Status::Optimal | Status::Feasible, Some(found)) => {
                *x = found;
                true
            }
            (status, _) => {
                sure &= status == Status::Infeasible;
                f.vars[i].partial_min = before;
                false
            }
        }
    };
    let mut lo = x.a[i]
        .floor()
        .max(f.vars[i].partial_min.unwrap_or(0.0).ceil());
    let cap = room_for(f, index, i).min(requested).floor();
    if cap >= requested && try_at(f, requested, x) {
        return (app.requested, sure);
    }
    if cap <= lo {
        // It already has all the room there is: keep what the allocation in hand gives it.
        let give = x.a[i];
        f.vars[i].partial_min = Some(give);
        return (Sek::kr(give.floor() as i64).max(least_of(app)), sure);
    }
    let mut hi = requested;
    if cap < requested {
        if try_at(f, cap, x) {
            f.vars[i].partial_min = Some(cap);
            return (Sek::kr(cap as i64).max(least_of(app)), sure);
        }
        hi = cap;
    }
    while hi - lo > 1.0 {
        let mid = ((lo + hi) / 2.0).floor();
        if try_at(f, mid, x) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    // Never above what the allocation in hand gives it (a least amount in öre rounds up).
    f.vars[i].partial_min = Some(lo.min(x.a[i]));
    (Sek::kr(lo as i64).max(least_of(app)), sure)
}

/// The most variable `i`'s amount can be beside the decided (locked-in) ones at their least
/// amounts, by the limits that only fill up: an upper bound on what it can have.
fn room_for(f: &Model, index: &RowIndex, i: usize) -> f64 {
    let mut cap = f64::INFINITY;
    for &(r, cy, ca) in &index.0[i] {
        let row = &f.rows[r];
        if ca <= 0.0 || !fills_up(&row.kind) {
            continue;
        }
        let decided: f64 = row
            .terms
            .iter()
            .filter(|t| t.var != i && f.vars[t.var].lock == Some(true))
            .map(|t| t.y + t.a * least_amount(f, t.var))
            .sum();
        let tol = solve::EPS * row.rhs.abs().max(1.0);
        cap = cap.min((row.rhs + tol - decided - cy) / ca);
    }
    cap
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
    deadline: Instant,
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
    let naming_ends = (Instant::now() + Duration::from_secs(10)).min(deadline);
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
        let (reason, explanation, blocked_by, limits, above) = match (&turn, alone) {
            (_, Some(b)) => {
                let names = vec![b.kind.name(p)];
                (
                    Reason::Blocked,
                    msg::blocked(&names),
                    names,
                    vec![b.kind],
                    Vec::new(),
                )
            }
            (Turn::Full(b), None) => {
                let above = took_its_place(p, m, granted, &b.kind, i, &place);
                let (explanation, names) = full(p, m, i, b, r.rank, &above);
                (
                    Reason::CrowdedOut,
                    explanation,
                    names,
                    vec![b.kind.clone()],
                    above,
                )
            }
            (Turn::Proven(rows), None) if !rows.is_empty() => {
                // Named in one order (money first), whichever row the proof found first.
                let mut rows = rows.clone();
                rows.sort();
                let limits: Vec<Text> = rows.iter().map(|k| k.name(p)).collect();
                // The better-ranked funded ones on any of the rows, nearest above it first.
                let mut above: Vec<usize> = rows
                    .iter()
                    .flat_map(|k| took_its_place(p, m, granted, k, i, &place))
                    .collect();
                above.sort_by_key(|a| std::cmp::Reverse(place.get(a).copied()));
                above.dedup();
                let ids: Vec<&str> = above
                    .iter()
                    .map(|a| p.applications[*a].id.as_str())
                    .collect();
                let explanation = msg::rank_proven(&limits, &ids);
                (Reason::CrowdedOut, explanation, limits, rows, above)
            }
            (Turn::Proven(_), None) if Instant::now() < naming_ends => {
                proven(p, m, granted, i, &place, opts)
            }
            (Turn::Proven(_), None) => (
                Reason::CrowdedOut,
                msg::rank_proven(&[], &[]),
                Vec::new(),
                Vec::new(),
                Vec::new(),
            ),
            (Turn::Unknown | Turn::Funded(_), None) => (
                Reason::CrowdedOut,
                msg::rank_unknown(),
                Vec::new(),
                Vec::new(),
                Vec::new(),
            ),
        };
        let mut nf = NotFunded::new(app, reason, explanation, blocked_by);
        nf.limits = limits;
        nf.in_its_place = above;
        out.push(nf);
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
    let ids: Vec<&str> = above
        .iter()
        .map(|a| p.applications[*a].id.as_str())
        .collect();
    let first = limit_sentence(p, m, i, b, Some(rank));
    let second = msg::rank_took_place(&ids);
    (Text::sentences(vec![first, second]), vec![b.kind.name(p)])
}

/// The limit `b` that variable `i`, at its least amount, breaks beside the applications
/// decided before it (under `rank`, at its place `turn`) or beside the proposal: how much is
/// left and how much it needs (its own part of a year or of the later years), or the limit.
pub(crate) fn limit_sentence(
    p: &Portfolio,
    m: &Model,
    i: usize,
    b: &Breach,
    turn: Option<usize>,
) -> Text {
    let app = m.vars[i].app;
    let need = least(p, m, i);
    let name = b.kind.name(p);
    let own_money = match &b.kind {
        RowKind::Budget(_) | RowKind::PerApplicant(..) | RowKind::DeMinimis(_) => Some(need),
        RowKind::Frame(_, year) => Some(
            super::ledger::year_split(p, app, need)
                .get(year)
                .copied()
                .unwrap_or_default(),
        ),
        RowKind::Ceiling => Some(
            super::ledger::year_split(p, app, need)
                .into_iter()
                .filter(|(y, _)| *y > p.scenario.year)
                .map(|(_, v)| v)
                .sum(),
        ),
        _ => None,
    };
    if let Some(own) = own_money {
        let limit = Sek::from_decimal(b.limit);
        let left = limit.saturating_sub(Sek::from_decimal(b.used).saturating_sub(own));
        let kr = crate::i18n::TextArg::Kr;
        return msg::left_of(turn, name, [kr(limit), kr(left), kr(own)]);
    }
    match (&b.kind, turn) {
        (RowKind::Resource(_), _) => {
            // The candidate's own use of the resource, from its term in the row.
            let own = m
                .rows
                .iter()
                .find(|r| r.kind == b.kind)
                .and_then(|r| r.terms.iter().find(|t| t.var == i))
                .map_or(0.0, |t| t.y + t.a * need.to_f64());
            let own = rust_decimal::Decimal::from_f64_retain(own).unwrap_or_default();
            let left = (b.limit - (b.used - own)).max(rust_decimal::Decimal::ZERO);
            let n = |d: rust_decimal::Decimal| {
                use rust_decimal::prelude::ToPrimitive;
                crate::i18n::TextArg::Number(d.to_f64().unwrap_or(0.0), 0)
            };
            msg::left_of(turn, name, [n(b.limit), n(left), n(own)])
        }
        (RowKind::AtMostOne(_), Some(_)) => msg::rank_at_most_one(name),
        _ => msg::crowded_breaks(&[name]),
    }
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
) -> (Reason, Text, Vec<Text>, Vec<RowKind>, Vec<usize>) {
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
    let kinds = items
        .iter()
        .filter_map(|item| match item {
            super::conflict::Item::Row(kind) => Some(kind.clone()),
            super::conflict::Item::Lock(_) => None,
        })
        .collect();
    (
        Reason::CrowdedOut,
        msg::rank_proven(&limits, &ids),
        limits,
        kinds,
        above,
    )
}

/// Fills `budget_needed` and `score_needed` under `rank` for every candidate crowded out or
/// blocked, in parallel, by `deadline`.
pub(crate) fn counterfactuals(
    p: &Portfolio,
    m: &Model,
    granted: &BTreeMap<usize, Sek>,
    walk: &Walk,
    not_funded: &mut [NotFunded],
    opts: &Options,
    asked: super::Asked,
) {
    use rayon::prelude::*;
    let super::Asked { focus, deadline } = asked;
    let asked = |n: &NotFunded| {
        matches!(n.reason, Reason::CrowdedOut | Reason::Blocked)
            && focus.is_none_or(|f| f == n.app)
            && m.vars.iter().any(|v| v.app == n.app)
    };
    let mut pots: Vec<crate::application::Support> = not_funded
        .iter()
        .filter(|n| asked(n))
        .filter_map(|n| m.vars.iter().find(|v| v.app == n.app).map(|v| v.pot))
        .collect();
    pots.sort();
    pots.dedup();
    let targets: Vec<usize> = not_funded
        .iter()
        .filter(|n| asked(n))
        .map(|n| n.app)
        .collect();
    super::PROGRESS.start(targets.len());
    let index = RowIndex::new(m);
    let sweeps: BTreeMap<_, Sweep> = pots
        .par_iter()
        .map(|pot| (*pot, sweep(p, m, walk, *pot, &targets, opts, deadline)))
        .collect();
    not_funded
        .par_iter_mut()
        .filter(|n| asked(n))
        .for_each(|nf| {
            let _step = super::Step;
            let Some(t) = m.vars.iter().position(|v| v.app == nf.app) else {
                return;
            };
            if Instant::now() >= deadline {
                nf.budget_needed = Needed::NotComputed;
                nf.score_needed = Needed::NotComputed;
                if let Some(then) = super::would_fund(p, nf, m.vars[t].pot) {
                    nf.explanation = Text::sentences(vec![nf.explanation.clone(), then]);
                }
                return;
            }
            let pot = m.vars[t].pot;
            let (budget, along, leaving) = match sweeps.get(&pot) {
                Some(sw) => budget_needed(p, m, granted, sw, t, opts, deadline),
                None => (Needed::NotAsked, Vec::new(), Vec::new()),
            };
            nf.budget_needed = budget;
            nf.budget_along = along;
            nf.budget_leaving = leaving;
            nf.score_needed = if nf.reason == Reason::Blocked {
                // The locks alone stop it: no place in the ranking helps.
                Needed::None
            } else {
                score_needed(p, m, walk, &index, t, opts, deadline)
            };
            if let Some(then) = super::would_fund(p, nf, pot) {
                nf.explanation = Text::sentences(vec![nf.explanation.clone(), then]);
            }
        });
}

/// The portfolio with one pot's budget set to `budget` (the others as they are, scaled).
pub(crate) fn with_budget(
    p: &Portfolio,
    pot: crate::application::Support,
    budget: Sek,
) -> Portfolio {
    let mut q = p.clone();
    q.scenario.budget_written = p.scenario.budgets();
    q.scenario.budget_scale = rust_decimal::Decimal::ONE;
    q.scenario.budget_written.insert(pot, budget);
    q
}

/// The walk at one budget of a pot.
struct Point {
    budget: Sek,
    /// Per application of the model, how its turn ended.
    turns: BTreeMap<usize, Turn>,
    assignment: Option<Assignment>,
}

/// The walks at the budgets of a pot where its decisions change, from today's budget up.
struct Sweep {
    points: Vec<Point>,
    /// Whether the sweep reached the budget where the pot no longer limits (or funded every
    /// target) with every turn answered; otherwise the time ran out on the way.
    complete: bool,
    /// The budget where the pot no longer limits: today's plus everything requested in it.
    top: Sek,
}

/// A walk at `budget` for `pot`, up to variable `until`'s turn (the whole walk when `None`),
/// started from `from`; `None` when the deadline came or a turn before the end was unanswered.
#[allow(clippy::too_many_arguments)] // A walk's budget, stop, start and deadline: no struct fits.
fn walk_at(
    p: &Portfolio,
    m: &Model,
    pot: crate::application::Support,
    budget: Sek,
    until: Option<usize>,
    from: Option<&Assignment>,
    opts: &Options,
    deadline: Instant,
) -> Option<Point> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return None;
    }
    let q = with_budget(p, pot, budget);
    let mq = super::model::build(&q);
    // The model's variables follow the ranking whatever the budget; make sure.
    if mq.vars.len() != m.vars.len() || mq.vars.iter().zip(&m.vars).any(|(a, b)| a.app != b.app) {
        return None;
    }
    let o = Options {
        time_limit: left,
        ..*opts
    };
    let w = walk_to(&q, &mq, &o, until, from);
    let last = until.map_or(usize::MAX, |u| mq.vars[u].rank);
    let proven = mq
        .vars
        .iter()
        .zip(&w.turns)
        .all(|(v, turn)| v.rank > last || *turn != Turn::Unknown);
    if w.assignment.is_none() || !proven {
        return None;
    }
    Some(Point {
        budget,
        turns: mq.vars.iter().map(|v| v.app).zip(w.turns).collect(),
        assignment: w.assignment,
    })
}

/// The budgets where the walk's decisions in `pot` change, from today's up: at each, the
/// next is the least that one of the pot's left-out applications lacked when its turn came
/// (what was missing of the budget); when none lacked only budget, the top. Stops when every
/// target in the pot is funded, at the top, or at the deadline.
#[allow(clippy::too_many_arguments)] // The sweep needs all of them; a struct would only rename them.
fn sweep(
    p: &Portfolio,
    m: &Model,
    walk: &Walk,
    pot: crate::application::Support,
    targets: &[usize],
    opts: &Options,
    deadline: Instant,
) -> Sweep {
    use rust_decimal::Decimal;
    let today = p.scenario.budget(pot).unwrap_or_default();
    let demand: Decimal = m
        .vars
        .iter()
        .filter(|v| v.pot == pot)
        .map(|v| p.applications[v.app].requested.decimal())
        .sum();
    // The pot's whole demand on top of what the year's decisions have used (or of today's
    // budget, when that is more).
    let used = p.decided_total(pot).decimal().max(today.decimal());
    let top = Sek::from_decimal(used + demand.ceil());
    let mut points = vec![Point {
        budget: today,
        turns: m
            .vars
            .iter()
            .map(|v| v.app)
            .zip(walk.turns.clone())
            .collect(),
        assignment: walk.assignment.clone(),
    }];
    let mine: Vec<usize> = targets
        .iter()
        .copied()
        .filter(|a| m.vars.iter().any(|v| v.app == *a && v.pot == pot))
        .collect();
    while let Some(at) = points.last() {
        let done = mine
            .iter()
            .all(|a| matches!(at.turns.get(a), Some(Turn::Funded(_))));
        if done || at.budget >= top {
            return Sweep {
                points,
                complete: true,
                top,
            };
        }
        let least_short = at
            .turns
            .values()
            .filter_map(|turn| match turn {
                Turn::Full(b) if b.kind == RowKind::Budget(pot) => Some(
                    (b.used - b.limit)
                        .max(Decimal::ZERO)
                        .ceil()
                        .max(Decimal::ONE),
                ),
                _ => None,
            })
            .min();
        let next = match least_short {
            Some(short) => Sek::from_decimal((at.budget.decimal() + short).min(top.decimal())),
            None => top,
        };
        let Some(point) = walk_at(
            p,
            m,
            pot,
            next,
            None,
            at.assignment.as_ref(),
            opts,
            deadline,
        ) else {
            break;
        };
        points.push(point);
    }
    Sweep {
        points,
        complete: false,
        top,
    }
}

/// The smallest whole-krona increase of variable `t`'s pot's budget at which the walk funds
/// it, with what the walk then funds that it does not today: the first budget of the pot's
/// sweep that funds it, checked one krona below (a bisection down to the budget before it
/// when that funds it too). `None` when even the top does not; `NotComputed` when the sweep
/// or a check ran out of time.
fn budget_needed(
    p: &Portfolio,
    m: &Model,
    granted: &BTreeMap<usize, Sek>,
    sw: &Sweep,
    t: usize,
    opts: &Options,
    deadline: Instant,
) -> (Needed<Sek>, Vec<usize>, Vec<usize>) {
    use rust_decimal::Decimal;
    let pot = m.vars[t].pot;
    let app = m.vars[t].app;
    let Some(today) = p.scenario.budget(pot) else {
        return (Needed::NotAsked, Vec::new(), Vec::new());
    };
    let funds = |point: &Point| matches!(point.turns.get(&app), Some(Turn::Funded(_)));
    let Some(j) = sw.points.iter().position(funds) else {
        let reached_top = sw.points.last().is_some_and(|pt| pt.budget >= sw.top);
        return if sw.complete && reached_top {
            (Needed::None, Vec::new(), Vec::new())
        } else {
            (Needed::NotComputed, Vec::new(), Vec::new())
        };
    };
    if j == 0 {
        return (Needed::NotComputed, Vec::new(), Vec::new());
    }
    let mut lo = sw.points[j - 1].budget;
    let mut hi = sw.points[j].budget;
    let mut with: Vec<usize> = funded_in(&sw.points[j]);
    let mut first = true;
    while hi.decimal() - lo.decimal() > Decimal::ONE {
        // One krona below first (usually the answer), then halves.
        // On today's grid (whole kronor above today's budget, öre and all).
        let mid = Sek::from_decimal(if first {
            hi.decimal() - Decimal::ONE
        } else {
            let base = today.decimal();
            base + ((lo.decimal() - base + hi.decimal() - base) / Decimal::TWO).floor()
        });
        first = false;
        let from = sw.points[j - 1].assignment.as_ref();
        let Some(point) = walk_at(p, m, pot, mid, Some(t), from, opts, deadline) else {
            return (Needed::NotComputed, Vec::new(), Vec::new());
        };
        if funds(&point) {
            hi = mid;
            with = funded_in(&point);
        } else {
            lo = mid;
        }
    }
    let increase = Sek::from_decimal((hi.decimal() - today.decimal()).ceil().max(Decimal::ONE));
    let rank_of = |a: &usize| m.vars.iter().find(|v| v.app == *a).map(|v| v.rank);
    // The walk at that budget went only as far as its turn: who it then leaves out among those
    // ranked above it.
    let mut leaving: Vec<usize> = granted
        .keys()
        .filter(|a| !with.contains(a) && rank_of(a) < Some(m.vars[t].rank))
        .copied()
        .collect();
    leaving.sort_by_key(rank_of);
    let mut along: Vec<usize> = with
        .into_iter()
        .filter(|a| *a != app && !granted.contains_key(a))
        .filter(|a| {
            m.vars
                .iter()
                .any(|v| v.app == *a && v.rank < m.vars[t].rank)
        })
        .collect();
    along.sort_by_key(rank_of);
    (Needed::Found(increase), along, leaving)
}

/// The applications a walk funds.
fn funded_in(point: &Point) -> Vec<usize> {
    point
        .turns
        .iter()
        .filter(|(_, turn)| matches!(turn, Turn::Funded(_)))
        .map(|(a, _)| *a)
        .collect()
}

/// The smallest score (two decimals) at which the walk funds variable `t`. Raising its score
/// moves it up the ranking; the turns before its new place are those of today's walk, and the
/// question at its turn only gets easier the earlier it comes (fewer funded before it), so
/// the earliest place it needs is found by bisection over the places above it; the score is
/// the least that ranks it before the application at that place.
fn score_needed(
    p: &Portfolio,
    m: &Model,
    walk: &Walk,
    index: &RowIndex,
    t: usize,
    opts: &Options,
    deadline: Instant,
) -> Needed<f64> {
    if !walk.proven() {
        return Needed::NotComputed;
    }
    let mut order: Vec<usize> = (0..m.vars.len()).collect();
    order.sort_by_key(|i| m.vars[*i].rank);
    let Some(pos) = order.iter().position(|i| *i == t) else {
        return Needed::NotAsked;
    };
    let start = walk.assignment.clone();
    // Whether `t`, placed before `order[k]`, is funded: some allocation funds it with the
    // ones funded before that place.
    let fundable_at = |k: usize| -> Option<bool> {
        if Instant::now() >= deadline {
            return None;
        }
        let mut f = m.clone();
        let mut books = Ledger::new(p, f.vars.iter().map(|v| v.app));
        for (i, v) in f.vars.iter_mut().enumerate() {
            if v.lock == Some(true) {
                books.add(v.app, least(p, m, i));
            }
        }
        for &j in &order[..k] {
            match &walk.turns[j] {
                Turn::Funded(amount) => {
                    f.vars[j].lock = Some(true);
                    if f.vars[j].partial_min.is_some() {
                        f.vars[j].partial_min = Some(amount.to_f64().floor());
                    }
                    books.remove(f.vars[j].app);
                    books.add(f.vars[j].app, *amount);
                }
                _ => f.vars[j].lock = Some(false),
            }
        }
        if books
            .would_break(f.vars[t].app, least(p, m, t))
            .is_some_and(|b| fills_up(&b.kind))
        {
            return Some(false);
        }
        f.vars[t].lock = Some(true);
        if start
            .as_ref()
            .is_some_and(|x| make_room(&f, index, x, t, least_amount(&f, t)).is_some())
        {
            return Some(true);
        }
        if cannot_mend(&f, index).is_some() {
            return Some(false);
        }
        let mut solves = 0;
        match ask(&f, deadline, opts, &mut solves).status {
            Status::Optimal | Status::Feasible => Some(true),
            Status::Infeasible => Some(false),
            Status::NoSolution => None,
        }
    };
    // The first place where it is not funded (its own place is one); the place above it is
    // the latest it may have.
    let (mut first, mut last) = (0, pos);
    while first < last {
        let mid = (first + last) / 2;
        match fundable_at(mid) {
            Some(true) => first = mid + 1,
            Some(false) => last = mid,
            None => return Needed::NotComputed,
        }
    }
    let Some(k) = first.checked_sub(1) else {
        return Needed::None;
    };
    // The least score that ranks it before the application now at place k.
    let ahead = &p.applications[m.vars[order[k]].app];
    let own = &p.applications[m.vars[t].app];
    let theirs = p.assessments[m.vars[order[k]].app].score.total;
    let mut s = (theirs * 100.0 - 1e-7).ceil() / 100.0;
    while crate::ranking::by_score((s, &own.id), (theirs, &ahead.id)) != std::cmp::Ordering::Less {
        s += 0.01;
        s = (s * 100.0).round() / 100.0;
    }
    if s > 100.0 && own.given_score.is_none() {
        return Needed::None;
    }
    Needed::Found(s)
}
