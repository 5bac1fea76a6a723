//! How robust the proposal is to the weights: every raw weight of the scenario (parts,
//! strategy edges, Agenda 2030 groups, quality criteria) is multiplied by an independent factor
//! drawn uniformly from [1 − spread, 1 + spread], the applications are scored again and the
//! optimum found; the share of draws in which each application is funded says how safe it is —
//! in the spirit of robust portfolio modelling's core index (§4).

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::bench::Rng;
use crate::hierarchy::Evaluator;
use crate::i18n::Msg;
use crate::optimise::{Settings, propose};
use crate::portfolio::Portfolio;
use crate::score::Scorer;

/// How often an application was funded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// Funded in every draw.
    Saker,
    /// Funded in some draws.
    Osaker,
    /// Funded in none.
    Utanfor,
}

impl Class {
    /// The class's name shown to people, in the current language.
    pub fn name(self) -> &'static str {
        match self {
            Class::Saker => Msg("stability-class-saker"),
            Class::Osaker => Msg("stability-class-osaker"),
            Class::Utanfor => Msg("stability-class-utanfor"),
        }
        .text()
    }
}

/// The result of a stability run.
#[derive(Debug, Clone, PartialEq)]
pub struct Stability {
    pub draws: usize,
    pub spread: f64,
    pub seed: u64,
    /// Application index → number of draws in which it was funded (every candidate).
    pub funded: BTreeMap<usize, usize>,
}

impl Stability {
    pub fn share(&self, app: usize) -> f64 {
        self.funded.get(&app).copied().unwrap_or(0) as f64 / self.draws.max(1) as f64
    }

    pub fn class(&self, app: usize) -> Class {
        match self.funded.get(&app).copied().unwrap_or(0) {
            0 => Class::Utanfor,
            n if n == self.draws => Class::Saker,
            _ => Class::Osaker,
        }
    }
}

/// One evaluator with every edge's weight multiplied by a factor and renormalised. Perturbing
/// the normalised coefficients and normalising again is the same as perturbing the raw weights,
/// because normalising divides all of a node's children by one number.
fn perturb(e: &Evaluator, rng: &mut Rng, spread: f64) -> Evaluator {
    let mut out = e.clone();
    for kids in out.children.iter_mut().filter(|kids| !kids.is_empty()) {
        for (_, coefficient) in kids.iter_mut() {
            *coefficient *= 1.0 - spread + 2.0 * spread * rng.unit();
        }
    }
    out.renormalise();
    out
}

/// The portfolio's scorer with every weight drawn for draw `k` (reproducible from seed and k).
fn drawn(p: &Portfolio, seed: u64, k: usize, spread: f64) -> Scorer {
    let mut rng = Rng::new(seed.wrapping_mul(1_000_003).wrapping_add(k as u64 + 1));
    let parts = p
        .scorer
        .parts
        .iter()
        .map(|(part, e)| (*part, perturb(e, &mut rng, spread)))
        .collect();
    let raw: BTreeMap<_, f64> = p
        .scorer
        .weights
        .iter()
        .map(|(part, w)| (*part, w * (1.0 - spread + 2.0 * spread * rng.unit())))
        .collect();
    let sum: f64 = raw.values().sum();
    let weights = raw
        .into_iter()
        .map(|(part, w)| (part, if sum > 0.0 { w / sum } else { w }))
        .collect();
    p.scorer.with(parts, weights)
}

/// Runs `draws` draws in parallel; `progress` is told after each.
pub fn stability(
    p: &Portfolio,
    spread: f64,
    draws: usize,
    seed: u64,
    settings: &Settings,
    progress: &(dyn Fn() + Sync),
) -> Stability {
    let spread = spread.clamp(0.0, 1.0);
    let results: Vec<Vec<usize>> = (0..draws)
        .into_par_iter()
        .map(|k| {
            let scorer = drawn(p, seed, k, spread);
            let mut q = p.clone();
            for (app, assessment) in q.applications.iter().zip(q.assessments.iter_mut()) {
                assessment.score = scorer.score(app);
            }
            q.scorer = scorer;
            let funded = propose(&q, settings).granted.keys().copied().collect();
            progress();
            funded
        })
        .collect();
    let mut funded: BTreeMap<usize, usize> = p
        .applications
        .iter()
        .enumerate()
        .filter(|(_, a)| a.status.is_candidate())
        .map(|(i, _)| (i, 0))
        .collect();
    for draw in results {
        for app in draw {
            *funded.entry(app).or_default() += 1;
        }
    }
    Stability {
        draws,
        spread,
        seed,
        funded,
    }
}
