//! Known optima from outside the project: OR-Library `mknap1` and two Pabulib instances
//! (shipped in `tests/data/`, whose README gives each file's source).

use std::collections::BTreeMap;

use anslag::application::{Application, Support};
use anslag::bench::{parse_orlib, parse_pabulib};
use anslag::money::Sek;
use anslag::optimise::solve::{Options, Status, solve};
use anslag::optimise::{Settings, optimise};
use anslag::portfolio::Portfolio;
use rust_decimal::Decimal;

use crate::support::{root, shipped_portfolio};

fn data(path: &str) -> String {
    std::fs::read_to_string(root().join("tests/data").join(path))
        .expect("tests/data is part of the repository")
}

#[test]
fn mknap1_instances_reach_their_optima() {
    let instances = parse_orlib(&data("orlib/mknap1.txt")).expect("parses");
    assert_eq!(instances.len(), 7);
    for (k, inst) in instances.iter().enumerate() {
        let outcome = solve(&inst.model(), &Options::default());
        assert_eq!(outcome.status, Status::Optimal, "instance {k}");
        assert!(
            (outcome.objective - inst.optimum).abs() < 1e-6,
            "instance {k}: {} vs {}",
            outcome.objective,
            inst.optimum
        );
    }
}

/// A Pabulib instance as a portfolio: one pot with the city's budget, each project an
/// application whose given score is its support.
fn pabulib_portfolio(file: &str) -> Portfolio {
    let pb = parse_pabulib(&data(&format!("pabulib/{file}"))).expect("parses");
    let base = shipped_portfolio();
    let template = base
        .applications
        .iter()
        .zip(&base.assessments)
        .find(|(a, s)| {
            a.support == Support::Projektmedel
                && a.status.is_candidate()
                && s.eligibility.eligible()
        })
        .map(|(a, _)| a.clone())
        .expect("an eligible project");
    let year = base.scenario.year;
    let apps: Vec<Application> = pb
        .projects
        .iter()
        .map(|(id, cost, support)| {
            let mut a = template.clone();
            a.id = id.clone();
            a.title = format!("Projekt {id}");
            a.requested = Sek::kr(*cost as i64);
            a.eligible_cost = Some(Sek::kr(*cost as i64 * 2));
            a.cofinancing.clear();
            a.partial_min = None;
            a.years = BTreeMap::from([(year, a.requested)]);
            a.given_score = Some(*support);
            a
        })
        .collect();
    let mut s = base.scenario.clone();
    s.budget_written = BTreeMap::from([(
        Support::Projektmedel,
        Sek::from_decimal(Decimal::from(pb.budget as i64)),
    )]);
    s.constraints.clear();
    s.planning_frames.clear();
    s.commitments.clear();
    s.commitment_ceiling = None;
    s.min_score = None;
    s.must_fund.clear();
    s.exclude.clear();
    // Maximum welfare: the sum of points, as participatory budgeting measures it.
    s.objective = anslag::scenario::Objective::Score;
    base.rebuild(s, apps).expect("valid portfolio")
}

fn ids(p: &Portfolio, list: impl Iterator<Item = usize>) -> Vec<String> {
    let mut v: Vec<String> = list.map(|i| p.applications[i].id.clone()).collect();
    v.sort();
    v
}

#[test]
fn pabulib_czestochowa_reaches_the_maximum_welfare() {
    let p = pabulib_portfolio("poland_czestochowa_2020_srodmiescie.pb");
    let a = optimise(
        &p,
        &Settings {
            counterfactuals: false,
            ..Settings::default()
        },
    );
    assert_eq!(a.status, Status::Optimal);
    assert!((a.objective - 5586.0).abs() < 1e-6, "{}", a.objective);
    assert_eq!(
        ids(&p, a.funded.iter().map(|f| f.app)),
        ["125", "242", "412", "499", "523", "526", "570", "601"]
    );
    // Rank-and-fund is greedy by points here, not by votes as the city did: it gets 5 412.
    assert!(
        (a.baseline.objective - 5412.0).abs() < 1e-6,
        "{}",
        a.baseline.objective
    );
}

#[test]
fn pabulib_targowek_reaches_the_maximum_welfare_and_the_tie_rule_decides_greedy() {
    let p = pabulib_portfolio("poland_warszawa_2019_targowek-mieszkaniowy.pb");
    let a = optimise(
        &p,
        &Settings {
            counterfactuals: false,
            ..Settings::default()
        },
    );
    assert_eq!(a.status, Status::Optimal);
    assert!((a.objective - 2627.0).abs() < 1e-6, "{}", a.objective);
    // Three projects tie at 173 votes (797, 845, 1159). Ties go by id ascending as text, so
    // 1159 comes before 797 and 845: rank-and-fund funds 1159, cannot fit 797 (64 500 kr),
    // then funds 845 — the outcome pabutools' greedy_votes gives too (2 251 approvals).
    assert_eq!(
        ids(&p, a.baseline.funded.iter().map(|(i, _)| *i)),
        [
            "1023", "1159", "1192", "1515", "1952", "269", "792", "824", "84", "845", "98"
        ]
    );
    assert!((a.baseline.objective - 2251.0).abs() < 1e-6);
}
