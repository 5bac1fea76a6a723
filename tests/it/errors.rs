//! Bad input gives a clear error with file, line and column — and all of them at once.

use crate::support::{Data, assert_at, find};

const APPS: &str = "scenarios/2021/ansokningar.yaml";
const BAS: &str = "scenarios/2021/bas.yaml";
const STRATEGY: &str = "strategies/vastmanland.yaml";

#[test]
fn a_misspelt_node_id_points_at_the_key_and_suggests_the_right_one() {
    let data = Data::shipped();
    let (line, column) = data.replace(APPS, "kpv.matchning: 3", "kpv.matchnig: 3");
    let errors = data.errors(BAS);
    let e = find(&errors, APPS, "okänd strateginod \"kpv.matchnig\"");
    assert_at(e, line, column);
    assert!(
        e.message
            .render()
            .contains("(menade du \"kpv.matchning\"?)"),
        "{e}"
    );
    assert!(
        e.message.render().starts_with("ansökan \"2021-"),
        "names the application: {e}"
    );
    assert_eq!(e.key, "links.kpv.matchnig");
}

#[test]
fn a_negative_amount_is_refused_where_it_is_written() {
    let data = Data::shipped();
    let (line, column) = data.replace(
        APPS,
        "requested: \"4 500 000\"",
        "requested: \"-4 500 000\"",
    );
    let errors = data.errors(BAS);
    let e = find(&errors, APPS, "negativa");
    assert_at(e, line, column + "requested: ".len());
    assert_eq!(e.key, "requested");
}

#[test]
fn a_cycle_is_named_by_its_nodes() {
    let data = Data::shipped();
    data.replace(
        STRATEGY,
        "parents: { rus.valmaende: 1 },\n      source: exempel }",
        "parents: { rus.valmaende: 1, kpv.matchning: 1 },\n      source: exempel }",
    );
    let (line, column) = data.position(STRATEGY, "{ id: delmal.1,");
    let errors = data.errors(BAS);
    let e = find(&errors, STRATEGY, "cykel");
    assert!(
        e.message.render().contains("\"delmal.1\"")
            && e.message.render().contains("\"kpv.matchning\""),
        "{e}"
    );
    assert_at(e, line, column);
}

#[test]
fn a_wrong_type_says_what_was_expected() {
    let data = Data::shipped();
    let (line, column) = data.replace(APPS, "requested: \"4 500 000\"", "requested: [4500000]");
    let errors = data.errors(BAS);
    let e = find(&errors, APPS, "förväntade ett belopp");
    assert_at(e, line, column + "requested: ".len());
    assert!(e.message.render().contains("fick en lista"), "{e}");
}

#[test]
fn an_unknown_key_is_an_error_with_a_suggestion() {
    let data = Data::shipped();
    let (line, column) = data.replace(
        APPS,
        "  title: \"Testbädd för elektrifierade",
        "  titel: \"Testbädd för elektrifierade",
    );
    let errors = data.errors(BAS);
    let e = find(&errors, APPS, "okänd nyckel \"titel\"");
    assert_at(e, line, column + 2);
    assert!(e.message.render().contains("(menade du \"title\"?)"), "{e}");
}

#[test]
fn every_problem_is_reported_at_once_across_files() {
    let data = Data::shipped();
    data.replace(APPS, "kpv.matchning: 3", "kpv.matchnig: 3");
    data.replace(
        APPS,
        "requested: \"4 500 000\"",
        "requested: \"-4 500 000\"",
    );
    data.replace(APPS, "municipalities: [Köping", "municipalities: [Koping");
    data.replace(BAS, "min_score: 35", "min_score: lite");
    data.replace(STRATEGY, "level: malomrade", "level: malområde");
    let errors = data.errors(BAS);
    for (file, needle) in [
        (APPS, "kpv.matchnig"),
        (APPS, "negativa"),
        (APPS, "okänd kommun \"Koping\" (menade du \"Köping\"?)"),
        (BAS, "min_score"),
        (STRATEGY, "malområde"),
    ] {
        find(&errors, file, needle);
    }
}

#[test]
fn a_syntax_error_points_at_its_place() {
    let data = Data::shipped();
    data.write(BAS, "name: \"Bas\"\nbudget: { projektmedel: \"1 mkr\"\n");
    let errors = data.errors(BAS);
    let e = find(&errors, BAS, "YAML-syntaxfel");
    assert!(e.loc.line >= 2, "{e}");
}

#[test]
fn a_cycle_of_base_scenarios_names_the_files() {
    let data = Data::shipped();
    data.write("scenarios/2021/a.yaml", "base: b.yaml\nname: A\n");
    data.write("scenarios/2021/b.yaml", "base: a.yaml\nname: B\n");
    let errors = data.errors("scenarios/2021/a.yaml");
    let e = find(&errors, "b.yaml", "ärver av varandra");
    assert!(
        e.message.render().contains("a.yaml → ") && e.message.render().contains("b.yaml"),
        "{e}"
    );
}

#[test]
fn part_weights_that_cannot_be_normalised_are_refused() {
    let data = Data::shipped();
    let (line, _) = data.replace(
        BAS,
        "parts: { alignment: 0.5, agenda2030: 0.2, quality: 0.3 }",
        "parts: { alignment: 0, agenda2030: 0, quality: 0 }",
    );
    let errors = data.errors(BAS);
    let e = find(&errors, BAS, "delarnas vikter summerar till 0");
    assert_eq!(e.loc.line, line);
}

#[test]
fn strategy_weights_that_cannot_be_normalised_are_refused() {
    let data = Data::shipped();
    data.write(
        "scenarios/2021/noll.yaml",
        "base: bas.yaml\nname: Noll\nweights:\n  strategy: { rus.valmaende: 0, rus.tillganglig: 0, rus.nyskapande: 0 }\n",
    );
    let errors = data.errors("scenarios/2021/noll.yaml");
    find(&errors, "noll.yaml", "vikterna under \"rus\"");
}

#[test]
fn a_weight_override_of_an_unknown_edge_points_at_the_scenario() {
    let data = Data::shipped();
    data.write(
        "scenarios/2021/fel.yaml",
        "base: bas.yaml\nname: Fel\nweights:\n  strategy:\n    \"rus.valmaende>delmal.9\": 2\n    kpv.matchnign: 2\n",
    );
    let errors = data.errors("scenarios/2021/fel.yaml");
    let e = find(&errors, "fel.yaml", "tjänar inte");
    assert_eq!((e.loc.line, e.loc.column), (5, 5));
    let e = find(&errors, "fel.yaml", "okänd strateginod \"kpv.matchnign\"");
    assert_eq!(e.loc.line, 6);
}

#[test]
fn locks_must_name_applications_that_exist() {
    let data = Data::shipped();
    data.write(
        "scenarios/2021/lås.yaml",
        "base: bas.yaml\nname: Lås\nmust_fund: [\"2021-0177\"]\nexclude: [{ id: \"2021-O017\", reason: x }]\n",
    );
    let errors = data.errors("scenarios/2021/lås.yaml");
    find(&errors, "lås.yaml", "okänd ansökan \"2021-0177\"");
    let e = find(&errors, "lås.yaml", "okänd ansökan \"2021-O017\"");
    assert!(
        e.message.render().contains("menade du \"2021-0017\""),
        "{e}"
    );
}

#[test]
fn a_must_fund_that_is_ineligible_or_excluded_is_a_validation_error() {
    let data = Data::shipped();
    data.write(
        "scenarios/2021/motsägelse.yaml",
        "base: bas.yaml\nname: M\nmust_fund: [\"2021-0038\", \"2021-0017\"]\nexclude: [\"2021-0017\"]\n",
    );
    let errors = data.errors("scenarios/2021/motsägelse.yaml");
    find(&errors, "motsägelse.yaml", "inte stödberättigad");
    find(&errors, "motsägelse.yaml", "både i must_fund och exclude");
}

#[test]
fn huge_numbers_and_bad_dates_are_clear_errors() {
    let data = Data::shipped();
    data.replace(
        APPS,
        "requested: \"4 500 000\"",
        "requested: \"999 999 999 999 999 999\"",
    );
    data.replace(APPS, "received: 2021-03-05", "received: 2021-02-30");
    let errors = data.errors(BAS);
    find(&errors, APPS, "orimligt stort belopp");
    find(&errors, APPS, "förväntade ett datum");
}

#[test]
fn years_that_do_not_add_up_are_refused() {
    let data = Data::shipped();
    data.replace(APPS, "2023: \"1 500 000\"", "2023: \"1 400 000\"");
    let errors = data.errors(BAS);
    find(
        &errors,
        APPS,
        "årsbeloppen summerar till 4 400 000 kr men sökt belopp är 4 500 000 kr",
    );
}

#[test]
fn hostile_strings_are_kept_as_text() {
    let data = Data::shipped();
    data.replace(
        APPS,
        "title: \"Testbädd för elektrifierade transporter i Västerås och Köping\"",
        "title: \"<script>alert('x')</script> & 'Robert'); DROP TABLE ansokningar;--\"",
    );
    let p = data.load(BAS).expect("loads");
    let (app, _) = p.application("2021-0001").expect("present");
    assert!(app.title.starts_with("<script>"));
}

/// Words that only an English library message would contain.
fn english(text: &str) -> Vec<&'static str> {
    [
        "No such file",
        "os error",
        "while ",
        "mapping values",
        "not allowed",
        "found a",
        "Zip",
        "invalid",
        "EOCD",
        "expected",
        "error",
        "Permission",
        "Could not",
    ]
    .into_iter()
    .filter(|w| text.contains(w))
    .collect()
}

#[test]
fn yaml_syntax_errors_are_told_in_swedish() {
    let data = Data::shipped();
    let cases = [
        ("name: x\n\tbase: y\n", "tabb"),
        ("name: x: y\n", "kolon"),
        ("name: \"utan slut\n", "citattecken"),
        ("a: [1, 2\n", "lista"),
        ("a: { b: 1\n", "tabell"),
        ("a:\n  - 1\n - 2\n", ""),
        ("a: \"\\q\"\n", "snedstreck"),
        ("a: @b\n", "citattecken"),
        ("a: &x 1\nb: &x 2\nc: *y\n", ""),
        ("%YAML 1.2\n%YAML 1.2\n---\na: 1\n", ""),
    ];
    for (text, word) in cases {
        data.write("scenarios/2021/fel.yaml", text);
        let errors = data.errors("scenarios/2021/fel.yaml");
        let all = crate::support::list(&errors);
        assert!(
            all.contains("YAML-syntaxfel") || !errors.is_empty(),
            "{text:?}: {all}"
        );
        assert!(english(&all).is_empty(), "{text:?}: English in {all}");
        assert!(all.contains(word), "{text:?} should say {word:?}: {all}");
    }
}

#[test]
fn a_missing_file_is_told_in_swedish_and_once() {
    let data = Data::shipped();
    let (line, column) = data.replace(
        BAS,
        "applications: ansokningar.yaml",
        "applications: saknas.yaml",
    );
    let errors = data.errors(BAS);
    let all = crate::support::list(&errors);
    assert_eq!(errors.len(), 1, "{all}");
    let e = find(&errors, BAS, "saknas.yaml finns inte");
    assert_at(e, line, column + "applications: ".len());
    // A missing scenario itself: Swedish, no operating-system English.
    let o = crate::support::anslag(&["validate", "finns-inte.yaml"]);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err.contains("finns inte") && english(&err).is_empty(),
        "{err}"
    );
}

#[test]
fn a_broken_workbook_is_told_in_swedish() {
    let data = Data::shipped();
    data.write("fel.xlsx", "det här är ingen arbetsbok");
    let o = crate::support::anslag(&[
        "import",
        &data.path("fel.xlsx").display().to_string(),
        "-o",
        &data.path("ut.yaml").display().to_string(),
    ]);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err.contains("ingen Excel-arbetsbok") && english(&err).is_empty(),
        "{err}"
    );
}

#[test]
fn every_failure_is_json_on_stdout_when_json_is_asked_for() {
    for args in [
        &["optimise", "finns-inte.yaml", "--format", "json"][..],
        &["explain", "2021-9999", "--format", "json"],
        &["rank", "finns-inte.yaml", "--format", "json"],
    ] {
        let o = crate::support::anslag(args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let out: serde_json::Value =
            serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        let message = out["problems"][0]["message"].as_str().expect("a message");
        assert!(!message.is_empty(), "{args:?}");
    }
}

#[test]
fn counts_out_of_range_are_refused_not_changed() {
    for args in [
        &["sweep", "--steps", "0"][..],
        &["sweep", "--steps", "1"],
        &["stability", "--draws", "0"],
        &["bench", "--case", "nonsense"],
        &["bench", "--web", "--clients", "0"],
    ] {
        let o = crate::support::anslag(args);
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("fel: ogiltigt värde"), "{args:?}: {err}");
    }
}

#[test]
fn a_repeated_key_is_refused_in_every_file_inherited_or_not() {
    let data = Data::shipped();
    data.write(
        "scenarios/2021/dubbel.yaml",
        "name: \"Dubbel\"\nbase: bas.yaml\nmin_score: 10\nmin_score: 90\nname: \"Igen\"\nbudget: { projektmedel: 1, projektmedel: 2 }\n",
    );
    let errors = data.errors("scenarios/2021/dubbel.yaml");
    let e = find(
        &errors,
        "dubbel.yaml",
        "\"min_score\" förekommer två gånger",
    );
    assert_at(e, 4, 1);
    assert!(e.message.render().contains("rad 3, kolumn 1"), "{e}");
    let e = find(&errors, "dubbel.yaml", "\"name\" förekommer två gånger");
    assert_at(e, 5, 1);
    let e = find(
        &errors,
        "dubbel.yaml",
        "\"projektmedel\" förekommer två gånger",
    );
    assert_at(e, 6, 28);
    // A repeated base, and the same in a file without base, in the applications and in the
    // strategy graph: each told once, at the second place.
    data.write(
        "scenarios/2021/dubbel.yaml",
        "name: \"Dubbel\"\nbase: bas.yaml\nbase: budget-minus-10.yaml\n",
    );
    let errors = data.errors("scenarios/2021/dubbel.yaml");
    assert_eq!(errors.len(), 1, "{}", crate::support::list(&errors));
    find(&errors, "dubbel.yaml", "\"base\" förekommer två gånger");
    let (line, _) = data.replace(
        APPS,
        "requested: \"4 500 000\"",
        "requested: \"4 500 000\"\n  requested: 1",
    );
    let errors = data.errors(BAS);
    let e = find(&errors, APPS, "\"requested\" förekommer två gånger");
    assert_eq!(e.loc.line, line + 1);
    assert_eq!(
        errors
            .iter()
            .filter(|p| p.message.render().contains("förekommer två gånger"))
            .count(),
        1,
        "{}",
        crate::support::list(&errors)
    );
}

/// One bad amount is one error: the other pots keep their budgets and nothing is reported as
/// missing because of it. A warning about an application points at the application.
#[test]
fn a_bad_amount_gives_no_follow_on_warnings_and_warnings_point_at_their_application() {
    let data = Data::shipped();
    let (line, column) = data.replace(
        BAS,
        "projektmedel: \"18,4 mkr\"",
        "projektmedel: \"18,4 mkx\"",
    );
    let problems = data.load(BAS).expect_err("an error");
    assert_eq!(problems.len(), 1, "{}", crate::support::list(&problems));
    assert_at(&problems[0], line, column + "projektmedel: ".len());
    // A pot that is really missing is warned about at `budget:`, in words.
    let data = Data::shipped();
    let (line, column) = data.replace(BAS, ", kommersiell_service: \"0,5 mkr\" }", " }");
    let p = data.load(BAS).expect("loads");
    let w = find(&p.warnings, BAS, "inget belopp för kommersiell service");
    assert_eq!(w.loc.line, line);
    assert!(
        w.loc.column < column && !w.message.render().contains("kommersiell_service"),
        "{w}"
    );
    let data = Data::shipped();
    let (line, _) = data.position(APPS, "- id: \"2021-0001\"");
    data.replace(APPS, "  decision_date: 2021-04-16\n", "");
    let p = data.load(BAS).expect("loads");
    let w = find(&p.warnings, APPS, "beslutsdatum saknas");
    assert_eq!(w.loc.line, line);
}

/// An organisation number is checked as the tax agency builds it: a wrong check digit is an
/// error at the number; an organisation with two numbers is an error at the second (the cap
/// per applicant adds up by number); a number outside its legal form's series is a warning.
#[test]
fn organisation_numbers_are_checked_digit_form_and_one_per_organisation() {
    let data = Data::shipped();
    // Köpings kommun's real number, 212000-2114, with the last digit changed.
    let (line, column) = data.replace(APPS, "org_nr: \"212000-2114\"", "org_nr: \"212000-2115\"");
    let errors = data.errors(BAS);
    let e = find(&errors, APPS, "\"212000-2115\" är inte giltigt");
    assert_at(e, line, column + "org_nr: ".len());

    let data = Data::shipped();
    let text = data.read(APPS);
    let needle = "org_nr: \"212000-2114\"";
    let first = data.position(APPS, needle).0;
    let second = text
        .match_indices(needle)
        .nth(1)
        .expect("Köping applies twice")
        .0;
    // A second, valid number for the same kommun.
    data.write(
        APPS,
        &format!(
            "{}org_nr: \"212000-2189\"{}",
            &text[..second],
            &text[second + needle.len()..]
        ),
    );
    let errors = data.errors(BAS);
    let e = find(
        &errors,
        APPS,
        "Köpings kommun har ett annat organisationsnummer",
    );
    assert!(
        e.message
            .render()
            .contains(&format!("på rad {first} än \"212000-2189\"")),
        "{e}"
    );
    assert!(e.loc.line > first);

    let data = Data::shipped();
    let text = data.read(APPS);
    data.write(
        APPS,
        &text.replace("org_nr: \"212000-2114\"", "org_nr: \"556036-0793\""),
    );
    let p = data.load(BAS).expect("a warning only");
    let w = find(&p.warnings, APPS, "passar inte sökandens form (kommun)");
    assert!(w.message.render().contains("börjar på 212000"), "{w}");
}

/// What a handläggare would query is warned about at its line: a decision on a weekend, a
/// micro-grant to a firm that is not a micro-enterprise, a sole trader of a medium firm's size.
#[test]
fn implausible_applications_are_warned_about() {
    let data = Data::shipped();
    let (line, _) = data.replace(
        APPS,
        "decision_date: 2021-04-16",
        "decision_date: 2021-04-17",
    );
    let p = data.load(BAS).expect("warnings only");
    let w = find(
        &p.warnings,
        APPS,
        "beslutsdatumet 2021-04-17 är en lördag eller söndag",
    );
    assert_eq!(w.loc.line, line);
    let text = data.read(APPS);
    let micro = text.find("form: mikrobidrag").expect("a micro-grant");
    let at = micro + text[micro..].find("employees: ").expect("employees") + "employees: ".len();
    let end = at + text[at..].find(',').expect("a comma");
    data.write(APPS, &format!("{}120{}", &text[..at], &text[end..]));
    let p = data.load(BAS).expect("warnings only");
    find(
        &p.warnings,
        APPS,
        "mikrobidrag till ett företag med 120 anställda",
    );
    assert!(
        !data
            .load(BAS)
            .expect("loads")
            .warnings
            .iter()
            .any(|w| w.message.render().contains("enskild firma med")),
        "no sole trader is large in the shipped data"
    );
}

#[test]
fn a_bad_municipality_code_or_population_is_refused_where_it_is_written() {
    let data = Data::shipped();
    let file = "strategies/kommuner.yaml";
    let (line, column) = data.replace(file, "code: \"1980\"", "code: \"198\"");
    let (pline, pcolumn) = data.replace(file, "population: 4429", "population: 0");
    let errors = data.errors(BAS);
    let e = find(&errors, file, "kommunkoden \"198\"");
    assert_at(e, line, column + "code: ".len());
    let e = find(&errors, file, "folkmängden ska vara större än 0");
    assert_at(e, pline, pcolumn + "population: ".len());
    // A municipality of the strategy that the file lacks is a warning, not silence.
    let data = Data::shipped();
    data.replace(
        file,
        "  - { name: Arboga, code: \"1984\", population: 14138 }\n",
        "",
    );
    let p = anslag::portfolio::Portfolio::load(&data.path(BAS)).expect("only a warning");
    assert!(
        p.warnings.iter().any(|w| w
            .message
            .render()
            .contains("kommunen Arboga i strategifilen saknas")),
        "{:?}",
        p.warnings
    );
    assert!(
        p.municipalities
            .as_ref()
            .is_some_and(|m| m.get("Arboga").is_none())
    );
    let shipped =
        anslag::portfolio::Portfolio::load(&crate::support::root().join(BAS)).expect("shipped");
    let m = shipped
        .municipalities
        .expect("the shipped scenario names the file");
    assert_eq!(m.get("Västerås").map(|v| v.code.as_str()), Some("1980"));
    assert_eq!(m.list.iter().map(|v| v.population).sum::<u32>(), 273_929);
}

/// A decisions file with mistakes: every one at its place, in Swedish, none applied.
#[test]
fn a_bad_decisions_file_is_refused_where_it_is_written() {
    let data = Data::shipped();
    let file = "scenarios/2021/ansokningar.beslut.yaml";
    data.write(
        file,
        concat!(
            "- id: \"2021-0099x\"\n",
            "  decision: beviljad\n",
            "  date: 2021-03-18\n",
            "  body: \"Regionstyrelsen\"\n",
            "  amount: \"100 000\"\n",
            "- id: \"2021-0071\"\n",
            "  decision: avslagen\n",
            "  date: 2021-03-18\n",
            "  body: \"Regionala utvecklingsnämnden\"\n",
            "- id: \"2021-0057\"\n",
            "  decision: beviljad\n",
            "  date: 2021-03-18\n",
            "  body: \"Nämnden\"\n",
            "  amount: \"900 000\"\n",
            "- id: \"2021-0117\"\n",
            "  decision: beviljad\n",
            "  date: 2021-03-18\n",
            "  body: \"Regionala utvecklingsnämnden\"\n",
            "  amount: \"9 900 000\"\n",
            "- id: \"2021-0049\"\n",
            "  decision: beviljad\n",
            "  date: 2021-03-18\n",
            "  body: \"Regionala utvecklingsnämnden\"\n",
            "  amount: \"500 000\"\n",
            "  proposed: \"0\"\n",
            "- id: \"2020-0114\"\n",
            "  decision: kanske\n",
            "  date: 2021-03-18\n",
            "  body: \"Regionstyrelsen\"\n",
        ),
    );
    let errors = data.errors(BAS);
    let e = find(&errors, file, "okänd ansökan \"2021-0099x\"");
    assert_at(e, 1, 3);
    let e = find(&errors, file, "ett avslag behöver ett skäl");
    assert_at(e, 6, 3);
    let e = find(&errors, file, "okänt beslutande organ \"Nämnden\"");
    assert_eq!(e.loc.line, 13);
    let e = find(
        &errors,
        file,
        "beviljat belopp 9 900 000 kr är större än det sökta",
    );
    assert_eq!(e.loc.line, 19);
    let e = find(
        &errors,
        file,
        "avviker från förslaget (0 kr) och behöver ett skäl",
    );
    assert_eq!(e.loc.line, 20);
    let e = find(&errors, file, "\"kanske\"");
    assert_eq!(e.loc.line, 27);
    // A decision for an application decided in the applications file itself.
    let data = Data::shipped();
    data.write(
        file,
        "- { id: \"2020-0114\", decision: avslagen, date: 2021-03-18, body: Regionstyrelsen, reason: x }\n",
    );
    let errors = data.errors(BAS);
    find(
        &errors,
        file,
        "2020-0114 är redan beslutad i ansökningsfilen",
    );
}
