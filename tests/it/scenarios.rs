//! Scenario inheritance (§4) and comparing scenarios.

use anslag::application::Support;
use anslag::compare::compare;
use anslag::money::Sek;
use anslag::optimise::{Settings, optimise};
use anslag::scenario::{ConstraintKind, Objective, Part};
use rust_decimal::Decimal;

use crate::support::{Data, list, shipped_portfolio};

const DIR: &str = "scenarios/2021";

#[test]
fn budget_minus_ten_percent_is_three_lines() {
    let data = Data::shipped();
    let p = data
        .load(&format!("{DIR}/budget-minus-10.yaml"))
        .unwrap_or_else(|e| panic!("{}", list(&e)));
    assert_eq!(p.scenario.budget_scale, Decimal::new(9, 1));
    assert_eq!(
        p.scenario.budget(Support::Projektmedel),
        Some(Sek::kr(16_560_000))
    );
    assert_eq!(p.scenario.chain.len(), 2, "the file and its base");
    assert_eq!(p.scenario.constraints.len(), 5, "inherited from the base");
}

#[test]
fn maps_merge_deeply_and_null_restores_the_default() {
    let data = Data::shipped();
    data.write(
        &format!("{DIR}/vikter.yaml"),
        "base: bas.yaml\nname: Vikter\nweights:\n  parts: { quality: 0.6 }\nmin_score: null\n",
    );
    let p = data
        .load(&format!("{DIR}/vikter.yaml"))
        .unwrap_or_else(|e| panic!("{}", list(&e)));
    // alignment 0,5 and agenda 0,2 kept from the base, quality replaced: normalised over 1,3.
    let w = |part| p.scorer.weights[&part];
    assert!((w(Part::Quality) - 0.6 / 1.3).abs() < 1e-12);
    assert!((w(Part::Alignment) - 0.5 / 1.3).abs() < 1e-12);
    assert_eq!(
        p.scenario.min_score, None,
        "null restores the default (no minimum)"
    );
    assert_eq!(
        p.scenario.budget(Support::Foretagsstod),
        Some(Sek::kr(13_200_000)),
        "the budget is inherited"
    );
}

#[test]
fn locks_add_and_unlock_removes_from_both() {
    let data = Data::shipped();
    data.write(
        &format!("{DIR}/mer.yaml"),
        "base: politisk-prioritering.yaml\nname: Mer\nunlock: [\"2021-0016\"]\nmust_fund: [\"2021-0022\"]\nexclude: [\"2021-0020\"]\n",
    );
    let p = data
        .load(&format!("{DIR}/mer.yaml"))
        .unwrap_or_else(|e| panic!("{}", list(&e)));
    let ids =
        |locks: &[anslag::scenario::Lock]| locks.iter().map(|l| l.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&p.scenario.must_fund),
        ["2021-0001", "2021-0017", "2021-0022"]
    );
    assert_eq!(
        ids(&p.scenario.exclude),
        ["2021-0020"],
        "2021-0016 was unlocked"
    );
    assert_eq!(
        p.scenario.must_fund[1].reason.as_deref(),
        Some("Regionstyrelsens uppdrag: service i hela länet")
    );
}

#[test]
fn constraints_merge_by_name() {
    let data = Data::shipped();
    data.write(
        &format!("{DIR}/villkor.yaml"),
        "base: bas.yaml\nname: Villkor\nconstraints:\n  - { name: \"Handläggarkapacitet våren 2021\", kind: resource, resource: handlaggartimmar, max: 900 }\n  - { name: \"Något företagsstöd i varje kommun\", enabled: false }\n  - { name: \"Nytt tak\", kind: per_applicant, max: \"2 mkr\" }\n",
    );
    let p = data
        .load(&format!("{DIR}/villkor.yaml"))
        .unwrap_or_else(|e| panic!("{}", list(&e)));
    let names: Vec<&str> = p
        .scenario
        .constraints
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert!(
        !names.contains(&"Något företagsstöd i varje kommun"),
        "enabled: false removes"
    );
    assert!(names.contains(&"Nytt tak"));
    let capacity = p.scenario.constraints.iter().find_map(|c| match &c.kind {
        ConstraintKind::Resource { max, .. } => Some(*max),
        _ => None,
    });
    assert_eq!(capacity, Some(Decimal::from(900)), "the same name replaces");
    assert_eq!(names.len(), 5);
}

#[test]
fn an_error_in_an_inherited_value_points_at_the_file_that_wrote_it() {
    let data = Data::shipped();
    data.replace(
        &format!("{DIR}/bas.yaml"),
        "min_score: 35",
        "min_score: trettiofem",
    );
    let errors = data.errors(&format!("{DIR}/budget-minus-10.yaml"));
    assert!(
        errors
            .iter()
            .any(|e| e.loc.file.ends_with("bas.yaml") && e.key == "min_score"),
        "{}",
        list(&errors)
    );
}

#[test]
fn comparing_a_scenario_with_itself_is_empty() {
    let p = shipped_portfolio();
    let settings = Settings {
        counterfactuals: false,
        ..Settings::default()
    };
    let a = optimise(&p, &settings);
    let b = optimise(&p, &settings);
    assert!(compare(&p, &a, &p, &b).is_empty());
}

#[test]
fn comparing_a_cut_budget_lists_what_left_and_moved_money_adds_up() {
    let data = Data::shipped();
    let settings = Settings {
        counterfactuals: false,
        ..Settings::default()
    };
    let pa = data.load(&format!("{DIR}/bas.yaml")).expect("loads");
    let pb = data
        .load(&format!("{DIR}/budget-minus-10.yaml"))
        .expect("loads");
    let (a, b) = (optimise(&pa, &settings), optimise(&pb, &settings));
    let c = compare(&pa, &a, &pb, &b);
    assert!(!c.left.is_empty(), "a 10 % cut makes room for less");
    // Every dimension adds up to the same change of the total.
    let total_change: Decimal = b.funded.iter().map(|f| f.amount.decimal()).sum::<Decimal>()
        - a.funded.iter().map(|f| f.amount.decimal()).sum::<Decimal>();
    use anslag::compare::Dimension::*;
    for d in [Pot, DecisionBody, Municipality, Malomrade] {
        let change: Decimal = c
            .moved
            .iter()
            .filter(|m| m.dimension == d)
            .map(|m| m.b.decimal() - m.a.decimal())
            .sum();
        assert_eq!(change, total_change, "{d:?}");
    }
}

#[test]
fn every_override_has_a_price_against_the_same_scenario_without_it() {
    let data = Data::shipped();
    let settings = Settings {
        counterfactuals: false,
        ..Settings::default()
    };
    let p = data
        .load(&format!("{DIR}/politisk-prioritering.yaml"))
        .expect("loads");
    // Priced where points are what is maximised.
    let mut s = p.scenario.clone();
    s.objective = Objective::Score;
    let p = p.rebuild(s, p.applications.clone()).expect("valid");
    let a = optimise(&p, &settings);
    assert_eq!(a.overrides.len(), 3);
    let hub = a
        .overrides
        .iter()
        .find(|o| o.id == "2021-0001")
        .expect("priced");
    assert_eq!(hub.kind, "must_fund");
    // Independently: the same scenario without that lock.
    let mut without = p.scenario.clone();
    without.must_fund.retain(|l| l.id != "2021-0001");
    let q = p.rebuild(without, p.applications.clone()).expect("valid");
    let b = optimise(&q, &settings);
    let cost = hub.cost.expect("a cost");
    assert!(cost > 1.0, "forcing in a crowded-out project costs: {cost}");
    assert!((cost - (b.objective - a.objective)).abs() < 1e-6);
}

#[test]
fn a_sweep_is_monotone_and_its_entries_are_real() {
    use anslag::sweep::{Range, sweep};
    let p = shipped_portfolio();
    let settings = Settings {
        counterfactuals: false,
        ..Settings::default()
    };
    let s = sweep(
        &p,
        Range::Scale {
            from: Decimal::from(80),
            to: Decimal::from(120),
        },
        5,
        &settings,
    );
    assert_eq!(s.points.len(), 5);
    assert!(
        s.points
            .windows(2)
            .all(|w| w[1].objective >= w[0].objective - 1e-9),
        "objective grows with the budget"
    );
    assert!(s.points.iter().all(|pt| pt.allocated <= pt.budget));
    // An application that enters at a level is funded by the optimum at that level.
    let change = s
        .changes
        .iter()
        .find(|c| !c.enters.is_empty())
        .expect("something enters");
    let k = change.enters[0];
    let mut q = p.clone();
    q.scenario.budget_scale = s.points[k].level / Decimal::ONE_HUNDRED;
    assert!(
        optimise(&q, &settings)
            .funded
            .iter()
            .any(|f| f.app == change.app)
    );
    // One pot: the projektmedel budget from 10 to 20 mkr.
    let s = sweep(
        &p,
        Range::Pot {
            pot: Support::Projektmedel,
            from: Sek::kr(10_000_000),
            to: Sek::kr(20_000_000),
        },
        3,
        &settings,
    );
    assert_eq!(s.points[1].budget, Sek::kr(15_000_000));
    assert!(s.points.iter().all(|pt| pt.allocated <= pt.budget));
}

#[test]
fn stability_with_zero_spread_is_all_or_nothing_and_reproducible() {
    use anslag::stability::stability;
    let p = shipped_portfolio();
    let settings = Settings {
        counterfactuals: false,
        ..Settings::default()
    };
    let s = stability(&p, 0.0, 3, 7, &settings, &|| ());
    let optimum = optimise(&p, &settings);
    for (app, n) in &s.funded {
        assert!(*n == 0 || *n == 3, "{app}: {n}");
        assert_eq!(*n == 3, optimum.funded.iter().any(|f| f.app == *app));
    }
    let a = stability(&p, 0.3, 6, 11, &settings, &|| ());
    let b = stability(&p, 0.3, 6, 11, &settings, &|| ());
    assert_eq!(
        a, b,
        "the same seed gives the same draws, in any thread order"
    );
    assert!(
        a.funded.values().any(|n| *n > 0 && *n < 6),
        "a 30 % spread moves something"
    );
}

#[test]
fn the_frontier_chart_is_svg_with_a_text_alternative_and_escaped_names() {
    use anslag::sweep::{Range, sweep};
    let p = shipped_portfolio();
    let settings = Settings {
        counterfactuals: false,
        ..Settings::default()
    };
    let s = sweep(
        &p,
        Range::Scale {
            from: Decimal::from(90),
            to: Decimal::from(110),
        },
        3,
        &settings,
    );
    let svg = anslag::charts::frontier(&s, "<script>alert('x')</script> & Co").expect("draws");
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains("<title id=\"chart-title\">Budgetkurva – &lt;script&gt;"));
    assert!(svg.contains("<desc id=\"chart-desc\">Linjediagram"));
    assert!(
        !svg.contains("<script>"),
        "no markup from names gets through"
    );
    assert!(svg.contains("Budget (mkr)"));
}

#[test]
fn allocation_charts_have_text_alternatives() {
    let p = shipped_portfolio();
    let a = optimise(
        &p,
        &Settings {
            counterfactuals: false,
            ..Settings::default()
        },
    );
    let charts = [
        (
            "pott-och-ar.svg",
            anslag::charts::by_pot_and_year(&a).expect("draws"),
        ),
        (
            "malomraden.svg",
            anslag::charts::by_malomrade(&p, &a).expect("draws"),
        ),
        (
            "poang-och-belopp.svg",
            anslag::charts::score_and_amount(&p, &a).expect("draws"),
        ),
    ];
    for (name, svg) in &charts {
        assert!(
            svg.starts_with("<svg")
                && svg.contains("<title id=\"chart-title\">")
                && svg.contains("<desc id=\"chart-desc\">"),
            "{name}"
        );
        // Where to look at them: CHARTS_DIR=/tmp/charts cargo test allocation_charts
        if let Some(dir) = std::env::var_os("CHARTS_DIR") {
            std::fs::create_dir_all(&dir).expect("dir");
            std::fs::write(std::path::Path::new(&dir).join(name), svg).expect("write");
        }
    }
    assert!(
        charts[0].1.contains("Projektmedel 2021: 11,8 mkr"),
        "the description carries the numbers"
    );
    assert!(charts[1].1.contains("Ett välmående Västmanland"));
    let funded = format!("{} föreslås beviljas (fyllda blå cirklar)", a.funded.len());
    assert!(charts[2].1.contains(&funded), "{funded}");
    assert!(charts[2].1.contains("inte stödberättigade (grå kryss)"));
}

/// `enabled: false` switches a constraint off in a scenario without `base:` too (it used to be
/// read and ignored there, so a cap marked off still held).
#[test]
fn a_constraint_switched_off_is_off_in_any_file() {
    let data = Data::shipped();
    data.replace(
        &format!("{DIR}/bas.yaml"),
        "constraints:\n",
        "constraints:\n  - { name: \"Avstängt tak\", kind: per_applicant, max: \"0,1 mkr\", enabled: false }\n",
    );
    let p = data
        .load(&format!("{DIR}/bas.yaml"))
        .unwrap_or_else(|e| panic!("{}", list(&e)));
    assert!(
        p.scenario
            .constraints
            .iter()
            .all(|c| c.name != "Avstängt tak")
    );
}

/// The web's "save as a new scenario" writes a file the scenario loader reads back to the same
/// changes: budgets, weights, målområden, lowest score, objective and locks, with names and
/// reasons that would end a YAML string.
#[test]
fn a_derived_scenario_reads_back_what_was_written() {
    use anslag::files::scenario::{Changes, write_derived};
    use anslag::scenario::{EdgeSelector, Objective};
    use anslag::strategy::Level;
    use std::collections::BTreeMap;

    let data = Data::shipped();
    let base = data
        .load(&format!("{DIR}/politisk-prioritering.yaml"))
        .unwrap_or_else(|e| panic!("{}", list(&e)));
    assert!(
        !base.scenario.must_fund.is_empty(),
        "the base has locks to undo"
    );
    let areas: Vec<String> = base
        .strategy
        .nodes()
        .filter(|n| n.level == Level::Malomrade)
        .map(|n| n.id.clone())
        .take(2)
        .collect();
    assert_eq!(areas.len(), 2);
    let changes = Changes {
        budgets: BTreeMap::from([
            (Support::Projektmedel, Sek::kr(12_345_678)),
            (Support::Foretagsstod, Sek::kr(9_000_000)),
            (Support::KommersiellService, Sek::kr(1_500_000)),
        ]),
        parts: BTreeMap::from([
            (Part::Alignment, 0.4),
            (Part::Agenda2030, 0.35),
            (Part::Quality, 0.25),
        ]),
        areas: BTreeMap::from([(areas[0].clone(), 2.5), (areas[1].clone(), 0.125)]),
        min_score: Some(42.5),
        objective: Objective::Value,
        must_fund: vec![(
            "2021-0017".to_string(),
            Some("Beslut \"2021\": # inte en kommentar\nny rad".to_string()),
        )],
        exclude: vec![("2021-0016".to_string(), None)],
    };
    let name = "Härledd: \"prov\" # 1";
    let text = write_derived(name, "politisk-prioritering.yaml", &base.scenario, &changes);
    data.write(&format!("{DIR}/harledd.yaml"), &text);
    let derived = data
        .load(&format!("{DIR}/harledd.yaml"))
        .unwrap_or_else(|e| panic!("{}\n{text}", list(&e)));
    let s = &derived.scenario;
    assert_eq!(s.name, name);
    assert_eq!(s.budgets(), changes.budgets, "{text}");
    let sum: f64 = changes.parts.values().sum();
    for (part, w) in &changes.parts {
        let read = s.weights.parts[part];
        assert!((read - w / sum).abs() < 1e-9, "{part:?}: {read}");
    }
    for (id, w) in &changes.areas {
        let read =
            s.weights.strategy.iter().rev().find_map(|(sel, w, _)| {
                matches!(sel, EdgeSelector::From(x) if x == id).then_some(*w)
            });
        assert_eq!(read, Some(*w), "{id}");
    }
    assert_eq!(s.min_score, changes.min_score);
    assert_eq!(s.objective, changes.objective);
    let locks = |l: &[anslag::scenario::Lock]| -> Vec<(String, Option<String>)> {
        l.iter().map(|l| (l.id.clone(), l.reason.clone())).collect()
    };
    assert_eq!(
        locks(&s.must_fund),
        changes.must_fund,
        "the base's locks are undone"
    );
    assert_eq!(locks(&s.exclude), changes.exclude);
}
