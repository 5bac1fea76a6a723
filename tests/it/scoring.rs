//! The weighted-graph evaluation on a small strategy graph, with every number computed by hand,
//! and on the shipped data: explanations add up.

use anslag::portfolio::Portfolio;
use anslag::ranking::explain;
use anslag::scenario::Part;

use crate::support::{Data, list, shipped_portfolio};

/// rus(any) ← m1 (raw 1), m2 (raw 2); m1 ← d1 (all) ← g1, g2; g2 also serves m2 directly;
/// a1 serves g1 and g2 (a node with two parents, and paths that meet again in d1).
const STRATEGY: &str = r#"
name: Test
municipalities: [Sala]
nodes:
  - { id: rus, level: rus, name: RUS }
  - { id: m1, level: malomrade, name: M1, parents: { rus: 1 } }
  - { id: m2, level: malomrade, name: M2, parents: { rus: 2 } }
  - { id: d1, level: delmal, name: D1, combine: all, parents: { m1: 1 } }
  - { id: p, level: plan, name: Planen }
  - { id: g1, level: planmal, plan: p, name: G1, parents: { d1: 1 } }
  - { id: g2, level: planmal, plan: p, name: G2, parents: { d1: 1, m2: 1 } }
  - { id: a1, level: aktivitet, name: A1, parents: { g1: 1, g2: 1 } }
"#;

fn scenario(weights: &str) -> String {
    format!(
        "name: T\nstrategy: s.yaml\nagenda2030: ../../strategies/agenda2030.yaml\nrules: ../../strategies/riktlinjer.yaml\napplications: a.yaml\nyear: 2021\nbudget: {{ projektmedel: \"1 mkr\" }}\nweights:\n  parts: {{ alignment: 1, agenda2030: 0, quality: 0 }}\n{weights}"
    )
}

fn app(id: &str, links: &str) -> String {
    format!(
        "- id: {id}\n  title: T\n  applicant: {{ name: K, type: kommun }}\n  support: projektmedel\n  status: ansokan\n  decision_date: 2021-05-01\n  municipalities: [Sala]\n  requested: \"100 000\"\n  eligible_cost: \"200 000\"\n  links: {{ {links} }}\n"
    )
}

fn load(weights: &str, apps: &[(&str, &str)]) -> Portfolio {
    let text: String = apps.iter().map(|(id, links)| app(id, links)).collect();
    write(STRATEGY, weights, &text)
        .load("scenarios/t/t.yaml")
        .unwrap_or_else(|p| panic!("{}", list(&p)))
}

/// The test scenario's files in a copy of the shipped data.
fn write(strategy: &str, weights: &str, apps: &str) -> Data {
    let data = Data::shipped();
    data.write("scenarios/t/s.yaml", strategy);
    data.write("scenarios/t/t.yaml", &scenario(weights));
    data.write("scenarios/t/a.yaml", apps);
    data
}

fn total(p: &Portfolio, id: &str) -> f64 {
    p.application(id)
        .map(|(_, a)| a.score.total)
        .unwrap_or(f64::NAN)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn any_all_inner_ratings_and_two_parents_by_hand() {
    let p = load("", &[("b", "g1: 3"), ("c", "g1: 3, m2: 1"), ("e", "a1: 3")]);
    // b: g1 = 1 → d1 (all, ½ each) = ½ → m1 = ½ → rus: q_m1 = ½ → 1 − (1 − ¼) = 25.
    assert!(close(total(&p, "b"), 25.0), "{}", total(&p, "b"));
    // c: m2's own rating ⅓ outweighs nothing below it; rus = 1 − (1 − ¼)(1 − ⅓) = ½.
    assert!(close(total(&p, "c"), 50.0), "{}", total(&p, "c"));
    let (app, a) = p.application("c").unwrap();
    let e = explain(&p, app, a);
    let lines = &e.parts[0].lines;
    // m2 first (q·v = ⅓ > ¼): ⅓ of 100; then g1's path fills ¼ of the remaining ⅔: 1/6.
    assert_eq!(lines.len(), 2);
    assert!(close(lines[0].points, 100.0 / 3.0) && lines[0].nodes == ["m2", "rus"]);
    assert!(close(lines[1].points, 100.0 / 6.0) && lines[1].nodes == ["g1", "d1", "m1", "rus"]);
    assert_eq!(lines[1].path, "Planen: G1 (3/3) › D1 › M1");
    // e: a1 = 1 reaches m2 through g2 with q_m2 = 1: full marks, all through m2.
    assert!(close(total(&p, "e"), 100.0));
}

#[test]
fn overridden_weights_change_scores_as_computed_by_hand() {
    // m1's edge raised to 2: q_m1 = 1 → b = 1 − (1 − ½) = 50.
    let p = load("  strategy: { m1: 2 }\n", &[("b", "g1: 3")]);
    assert!(close(total(&p, "b"), 50.0), "{}", total(&p, "b"));
    // One edge: g1 weighs 3 against g2's 1 under d1 (all): d1 = ¾ → rus = ½·¾ = 37,5.
    let p = load("  strategy: { \"d1>g1\": 3 }\n", &[("b", "g1: 3")]);
    assert!(close(total(&p, "b"), 37.5), "{}", total(&p, "b"));
}

#[test]
fn a_node_with_two_parents_contributes_along_every_path() {
    // a1 rated 2 (⅔) with m1 and m2 equally prioritised: rus = 1 − (⅓)(⅓) = 8/9.
    let p = load("  strategy: { m1: 2 }\n", &[("e", "a1: 2")]);
    assert!(close(total(&p, "e"), 800.0 / 9.0), "{}", total(&p, "e"));
    let (app, a) = p.application("e").unwrap();
    let e = explain(&p, app, a);
    let lines = &e.parts[0].lines;
    // m1 (tie with m2, first by id) takes ⅔, split equally between a1's two ways into d1;
    // m2 takes ⅔ of the remaining ⅓ = 2/9.
    let points: Vec<f64> = lines.iter().map(|l| l.points).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        close(points[0], 100.0 / 3.0)
            && close(points[1], 100.0 / 3.0)
            && close(points[2], 200.0 / 9.0)
    );
    // Shown with one decimal, the lines add up to the shown total by the largest remainder.
    let shown: Vec<f64> = lines.iter().map(|l| l.shown).collect();
    assert_eq!(shown, vec![33.4, 33.3, 22.2]);
    assert!(close(e.shown, 88.9));
}

#[test]
fn agenda_and_quality_parts_by_hand() {
    let p = shipped_portfolio();
    let agenda = p.scorer.parts.get(&Part::Agenda2030).unwrap();
    // Goal 4 rated 3: the social group (any) is full; under the root (all) social weighs
    // 1 of 1 + 1 + 1 + 0,5.
    let r = agenda.evaluate(&[(agenda.index_of("4").unwrap(), 3)]);
    assert!(close(100.0 * r.value, 100.0 / 3.5));
    let quality = p.scorer.parts.get(&Part::Quality).unwrap();
    // Förändringslogik rated 3, weight 2 of every criterion of the year (the projects'
    // 2 + 1 + 1 + 1 and företagsstöd's 2 + 1 + 1 + 2 + 1); each pot's evaluator keeps only
    // its own (each_pot_is_judged_on_its_own_quality_criteria).
    let r = quality.evaluate(&[(quality.index_of("forandringslogik").unwrap(), 3)]);
    assert!(close(100.0 * r.value, 200.0 / 12.0));
}

#[test]
fn a_given_score_replaces_the_computed_one() {
    let p = shipped_portfolio();
    let (app, a) = p.application("2021-0032").unwrap();
    assert_eq!(app.given_score, Some(78.5));
    assert!(a.score.is_given() && close(a.score.total, 78.5));
    let e = explain(&p, app, a);
    assert!(e.given && e.parts.is_empty());
}

#[test]
fn every_shipped_explanation_adds_up_to_its_score() {
    let p = shipped_portfolio();
    for (app, a) in p.applications.iter().zip(&p.assessments) {
        let e = explain(&p, app, a);
        if e.given {
            continue;
        }
        let points: f64 = e
            .parts
            .iter()
            .flat_map(|p| &p.lines)
            .map(|l| l.points)
            .sum();
        assert!(
            (points - a.score.total).abs() < 1e-9,
            "{}: {points} vs {}",
            app.id,
            a.score.total
        );
        let shown: f64 = e.parts.iter().flat_map(|p| &p.lines).map(|l| l.shown).sum();
        assert!(
            (shown - e.shown).abs() < 1e-9,
            "{}: shown {shown} vs {}",
            app.id,
            e.shown
        );
        assert!((e.shown - a.score.total).abs() <= 0.1 + 1e-9, "{}", app.id);
        for part in &e.parts {
            let sum: f64 = part.lines.iter().map(|l| l.shown).sum();
            assert!((sum - part.shown).abs() < 1e-9);
            // Every line names a path that ends at the part's root.
            for line in &part.lines {
                assert!(!line.path.is_empty());
                assert!(
                    line.nodes.len() >= 2 || part.part == Part::Quality || line.nodes.len() == 1
                );
            }
        }
    }
}

#[test]
fn scores_do_not_depend_on_the_order_of_applications() {
    let data = Data::shipped();
    let text = data.read("scenarios/2021/ansokningar.yaml");
    let mut blocks: Vec<&str> = text.split("\n- id: ").collect();
    let head = blocks.remove(0);
    blocks.reverse();
    let reversed = format!("{head}\n- id: {}", blocks.join("\n- id: "));
    data.write("scenarios/2021/ansokningar.yaml", &reversed);
    let reloaded = data
        .load("scenarios/2021/bas.yaml")
        .unwrap_or_else(|p| panic!("{}", list(&p)));
    let original = shipped_portfolio();
    for (app, a) in original.applications.iter().zip(&original.assessments) {
        let (_, b) = reloaded.application(&app.id).unwrap();
        assert_eq!(
            a.score.total.to_bits(),
            b.score.total.to_bits(),
            "{}",
            app.id
        );
    }
}

/// The shipped data loads without a single warning, so that no command starts with one. An
/// outweighed rating (a node rated together with a node it serves) is warned about where it
/// is written and explained on the application.
#[test]
fn the_shipped_data_is_clean_and_an_outweighed_rating_is_warned_about() {
    for scenario in [
        "bas",
        "budget-minus-10",
        "kompetensplan-prioriterad",
        "politisk-prioritering",
    ] {
        let path = crate::support::root().join(format!("scenarios/2021/{scenario}.yaml"));
        let p = anslag::portfolio::Portfolio::load(&path).expect("loads");
        assert!(
            p.warnings.is_empty(),
            "{scenario}: {}",
            crate::support::list(&p.warnings)
        );
    }
    let data = crate::support::Data::shipped();
    let apps = "scenarios/2021/ansokningar.yaml";
    let (line, column) = data.replace(
        apps,
        "links: { vp.innovationsmotor: 3 }",
        "links: { vp.innovationsmotor: 3, apv.energi: 3 }",
    );
    let p = data.load("scenarios/2021/bas.yaml").expect("loads");
    let w = crate::support::find(&p.warnings, apps, "det ena betyget överskuggar det andra");
    assert_eq!(w.loc.line, line);
    assert!(w.loc.column > column, "{w}");
    let (app, assessment) = p.application("2021-0001").expect("present");
    let e = anslag::ranking::explain(&p, app, assessment);
    let outweighed: Vec<&String> = e.parts.iter().flat_map(|part| &part.outweighed).collect();
    assert!(
        outweighed
            .iter()
            .any(|o| o.contains("Styrkeområde energi (3/3)")),
        "{outweighed:?}"
    );
}

/// The test graph with a plan goal that ended on 2021-03-31 beside g1 and g2 under d1 (`all`),
/// and one that starts on 2021-04-01 under m2.
const DATED: &str = r#"
name: Test
municipalities: [Sala]
nodes:
  - { id: rus, level: rus, name: RUS }
  - { id: m1, level: malomrade, name: M1, parents: { rus: 1 } }
  - { id: m2, level: malomrade, name: M2, parents: { rus: 2 } }
  - { id: d1, level: delmal, name: D1, combine: all, parents: { m1: 1 } }
  - { id: p, level: plan, name: Planen }
  - { id: g0, level: planmal, plan: p, name: Gamla målet, parents: { d1: 1 }, valid_to: 2021-03-31 }
  - { id: g1, level: planmal, plan: p, name: G1, parents: { d1: 1 } }
  - { id: g2, level: planmal, plan: p, name: G2, parents: { d1: 1 } }
  - { id: g3, level: planmal, plan: p, name: Nya målet, parents: { m2: 1 }, valid_from: 2021-04-01 }
"#;

fn dated_app(id: &str, links: &str, decided: &str) -> String {
    app(id, links).replace("2021-05-01", decided)
}

/// An application is scored against the strategy in force on its decision date: a goal that
/// has ended or not yet begun takes no rating and serves nothing, its siblings share its
/// weight, the rating is warned about where it is written, and the explanation says why it
/// does not count. Every number by hand.
#[test]
fn each_application_is_scored_against_the_strategy_in_force_on_its_day() {
    let apps = [
        dated_app("before", "g1: 3", "2021-03-01"),
        dated_app("after", "g1: 3", "2021-05-03"),
        dated_app("old", "g0: 3", "2021-05-03"),
        dated_app("early", "g3: 3", "2021-03-01"),
        dated_app("new", "g3: 3", "2021-05-03"),
    ]
    .concat();
    let data = write(DATED, "", &apps);
    let p = data
        .load("scenarios/t/t.yaml")
        .unwrap_or_else(|p| panic!("{}", list(&p)));
    // before: d1 (all) over g0, g1, g2 = ⅓ → m1 = ⅓ → rus: q_m1 = ½ → ⅙.
    assert!(
        close(total(&p, "before"), 100.0 / 6.0),
        "{}",
        total(&p, "before")
    );
    // after: g0 has ended, d1 over g1 and g2 = ½ → m1 = ½ → ¼.
    assert!(close(total(&p, "after"), 25.0), "{}", total(&p, "after"));
    // A rating of a goal that has ended, or not yet begun, counts for nothing.
    assert!(close(total(&p, "old"), 0.0), "{}", total(&p, "old"));
    assert!(close(total(&p, "early"), 0.0), "{}", total(&p, "early"));
    // new: g3 is m2's only child in force → m2 = 1 → rus: q_m2 = 1 → 100.
    assert!(close(total(&p, "new"), 100.0), "{}", total(&p, "new"));
    let file = "scenarios/t/a.yaml";
    let ended = crate::support::find(&p.warnings, file, "gällde till 2021-03-31");
    assert_eq!(ended.loc.line, data.position(file, "links: { g0: 3 }").0);
    let later = crate::support::find(&p.warnings, file, "gäller från 2021-04-01");
    assert_eq!(later.loc.line, data.position(file, "links: { g3: 3 }").0);
    assert_eq!(p.warnings.len(), 2, "{}", list(&p.warnings));
    for (id, says) in [
        (
            "old",
            "Planen: Gamla målet (3/3): räknas inte – gällde till 2021-03-31",
        ),
        (
            "early",
            "Planen: Nya målet (3/3): räknas inte – gäller först från 2021-04-01",
        ),
    ] {
        let (app, a) = p.application(id).unwrap();
        let e = explain(&p, app, a);
        let listed: Vec<&String> = e.parts.iter().flat_map(|x| &x.not_counted).collect();
        assert!(
            listed.iter().any(|l| l.starts_with(says)),
            "{id}: {listed:?}"
        );
        assert!(e.parts.iter().all(|x| x.lines.is_empty()), "{id}");
    }
    let (app, a) = p.application("new").unwrap();
    assert!(
        explain(&p, app, a)
            .parts
            .iter()
            .all(|x| x.not_counted.is_empty())
    );
}

/// A goal's dates must make sense, and a prioritised goal needs a source that says so.
#[test]
fn dates_and_priorities_of_strategy_goals_are_checked() {
    let apps = app("a", "g1: 3");
    let strategy = DATED.replace(
        "parents: { d1: 1 }, valid_to: 2021-03-31",
        "parents: { d1: 1 }, valid_from: 2021-06-01, valid_to: 2021-03-31",
    );
    let data = write(&strategy, "", &apps);
    let errors = data.errors("scenarios/t/t.yaml");
    let e = crate::support::find(
        &errors,
        "scenarios/t/s.yaml",
        "valid_to 2021-03-31 är före valid_from 2021-06-01",
    );
    assert_eq!(e.loc.line, data.position("scenarios/t/s.yaml", "id: g0").0);
    let strategy = DATED.replace(
        "name: G1, parents: { d1: 1 } }",
        "name: G1, parents: { d1: 1 }, prioriterad: true, source: exempel }",
    );
    let p = write(&strategy, "", &apps)
        .load("scenarios/t/t.yaml")
        .unwrap_or_else(|p| panic!("{}", list(&p)));
    crate::support::find(
        &p.warnings,
        "scenarios/t/s.yaml",
        "ett prioriterat mål behöver en källa",
    );
    let strategy = DATED.replace(
        "name: G1, parents: { d1: 1 } }",
        "name: G1, parents: { d1: 1 }, prioriterad: true, source: \"RUS, s. 12\" }",
    );
    let p = write(&strategy, "", &apps)
        .load("scenarios/t/t.yaml")
        .unwrap_or_else(|p| panic!("{}", list(&p)));
    assert!(
        p.warnings.iter().all(|w| !w.loc.file.ends_with("s.yaml")),
        "{}",
        list(&p.warnings)
    );
}

/// The criteria line of application `id` in the shipped applications file, replaced by
/// `criteria`; returns the line it is on.
fn rate(data: &Data, id: &str, criteria: &str) -> usize {
    let file = "scenarios/2021/ansokningar.yaml";
    let text = data.read(file);
    let start = text
        .find(&format!("- id: \"{id}\""))
        .unwrap_or_else(|| panic!("{id} not found"));
    let at = start + text[start..].find("  criteria: {").expect("rated");
    let end = at + text[at..].find('\n').expect("line end");
    data.write(
        file,
        &format!(
            "{}  criteria: {{ {criteria} }}{}",
            &text[..at],
            &text[end..]
        ),
    );
    text[..at].matches('\n').count() + 1
}

/// Each pot is judged on its own quality criteria (`pots:` in the rules file): företagsstöd on
/// need, competition, profitability, jobs and sustainability, weighted 2, 1, 1, 2, 1; projects
/// on change logic, cooperation, inclusion and EU co-financing, weighted 2, 1, 1, 1. A rating
/// of another pot's criterion is warned about where it is written and not counted. By hand.
#[test]
fn each_pot_is_judged_on_its_own_quality_criteria() {
    let data = Data::shipped();
    rate(&data, "2021-0040", "behov: 3");
    rate(&data, "2021-0001", "forandringslogik: 3");
    let line = rate(
        &data,
        "2021-0041",
        "forandringslogik: 3, arbetstillfallen: 3",
    );
    let p = data
        .load("scenarios/2021/bas.yaml")
        .unwrap_or_else(|e| panic!("{}", list(&e)));
    let quality = |id: &str| {
        let (_, a) = p.application(id).expect("present");
        a.score.part(Part::Quality).expect("computed")
    };
    // 2021-0040 (företagsstöd): behov 3 of weights 2 + 1 + 1 + 2 + 1 → 2/7.
    assert!(
        close(quality("2021-0040"), 200.0 / 7.0),
        "{}",
        quality("2021-0040")
    );
    // 2021-0001 (projektmedel): förändringslogik 3 of weights 2 + 1 + 1 + 1 → 2/5.
    assert!(
        close(quality("2021-0001"), 40.0),
        "{}",
        quality("2021-0001")
    );
    // 2021-0041 (företagsstöd): only arbetstillfällen counts → 2/7.
    assert!(
        close(quality("2021-0041"), 200.0 / 7.0),
        "{}",
        quality("2021-0041")
    );
    let w = crate::support::find(
        &p.warnings,
        "scenarios/2021/ansokningar.yaml",
        "\"forandringslogik\" används inte för företagsstöd",
    );
    assert_eq!(w.loc.line, line);
    assert_eq!(p.warnings.len(), 1, "{}", list(&p.warnings));
    let (app, a) = p.application("2021-0041").expect("present");
    let e = explain(&p, app, a);
    let listed: Vec<&String> = e.parts.iter().flat_map(|x| &x.not_counted).collect();
    assert_eq!(
        listed,
        ["Tydlig förändringslogik (3/3): räknas inte – kriteriet används inte för företagsstöd"],
    );
}
