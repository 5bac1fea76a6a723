//! Every eligibility rule of the guideline, in each period where it applies, and the deciding
//! body — against the shipped `strategies/riktlinjer.yaml`.

use anslag::portfolio::Assessment;

use crate::support::{Data, list};

const SCENARIO: &str = "name: Regler\nstrategy: ../../strategies/vastmanland.yaml\nagenda2030: ../../strategies/agenda2030.yaml\nrules: ../../strategies/riktlinjer.yaml\napplications: t.yaml\nyear: 2021\nbudget: { projektmedel: \"18,4 mkr\", foretagsstod: \"13,2 mkr\", kommersiell_service: \"0,5 mkr\" }\n";

/// The dates that pick each period of the rules file.
const PERIODS: [&str; 3] = ["2021-06-01", "2023-06-01", "2024-06-01"];

fn project(date: &str, extra: &str) -> String {
    format!(
        "- id: p\n  title: Projekt\n  applicant: {{ name: Kommunen, type: kommun }}\n  support: projektmedel\n  status: ansokan\n  received: {date}\n  decision_date: {date}\n  municipalities: [Sala]\n  requested: \"500 000\"\n  eligible_cost: \"1 000 000\"\n  links: {{ kpv.matchning: 2 }}\n{extra}"
    )
}

fn business(date: &str, form: &str, requested: &str, cost: &str, extra: &str) -> String {
    let company = if extra.contains("company:") {
        String::new()
    } else {
        "  company: { employees: 12, turnover: \"18 000 000\", balance_sheet: \"9 000 000\", in_difficulty: false, de_minimis_received: \"0\" }\n".to_string()
    };
    format!(
        "- id: f\n  title: Företag\n  applicant: {{ name: Bolaget AB, type: aktiebolag }}\n  support: foretagsstod\n  form: {form}\n  status: ansokan\n  received: {date}\n  decision_date: {date}\n  start: {date}\n  municipalities: [Köping]\n  requested: \"{requested}\"\n  eligible_cost: \"{cost}\"\n  links: {{ apv.konkurrenskraft: 2 }}\n{company}{extra}"
    )
}

fn assess(app: &str) -> Assessment {
    let data = Data::shipped();
    data.write("scenarios/2021/r.yaml", SCENARIO);
    data.write("scenarios/2021/t.yaml", app);
    match data.load("scenarios/2021/r.yaml") {
        Ok(p) => p.assessments[0].clone(),
        Err(problems) => panic!("did not load:\n{}", list(&problems)),
    }
}

/// The manual checks with their sources, as "text (source)".
fn manual(a: &Assessment) -> Vec<String> {
    a.eligibility
        .manual
        .iter()
        .map(|m| format!("{} ({})", m.text, m.source))
        .collect()
}

fn broken(a: &Assessment) -> Vec<&'static str> {
    a.eligibility.breaches.iter().map(|b| b.rule).collect()
}

#[test]
fn a_valid_project_and_company_pass_in_every_period() {
    for date in PERIODS {
        let a = assess(&project(date, ""));
        assert!(
            a.eligibility.eligible(),
            "{date}: {:?}",
            a.eligibility.breaches
        );
        for form in [
            "konsultstod",
            "mikrobidrag",
            "innovationsstod",
            "socialt_foretag",
            "turism_samverkan",
            "investeringsbidrag",
            "miljo_energi",
        ] {
            let a = assess(&business(date, form, "100 000", "1 000 000", ""));
            assert!(
                a.eligibility.eligible(),
                "{date} {form}: {:?}",
                a.eligibility.breaches
            );
        }
    }
}

#[test]
fn projektmedel_pays_at_most_half_with_what_would_be_eligible() {
    for date in PERIODS {
        let a = assess(&project(date, "").replace("\"1 000 000\"", "\"800 000\""));
        assert_eq!(broken(&a), vec!["andel_av_kostnad"], "{date}");
        let message = a.eligibility.breaches[0].message.to_string();
        assert!(
            message.contains("62,5 %") && message.contains("högst 50 % = 400 000 kr"),
            "{message}"
        );
        assert!(a.eligibility.breaches[0].source.contains("2003:596"));
    }
}

#[test]
fn projektmedel_rules_on_applicant_operating_aid_strategy_and_overfinancing() {
    for date in PERIODS {
        // Any legal person may apply (the region: "juridisk person"; 2003:596 has no list):
        // an aktiebolag passes, with the state-aid check left to the handläggare; a sole
        // trader, a natural person, does not.
        let a = assess(&project(date, "").replace("type: kommun", "type: aktiebolag"));
        assert!(
            a.eligibility.eligible(),
            "{date}: {:?}",
            a.eligibility.breaches
        );
        let manual = manual(&a);
        assert!(
            manual.iter().any(|m| m.contains("bör inte lämnas")
                && m.contains("regeringen underrättas innan beslut")
                && m.contains("2003:596) 2 § andra stycket")),
            "{manual:?}"
        );
        assert!(
            manual.iter().any(|m| m.contains("2003:596) 6 §")),
            "{manual:?}"
        );
        let a = assess(&project(date, "").replace("type: kommun", "type: enskild_firma"));
        assert_eq!(broken(&a), vec!["sokande"], "{date}");
        // The rules named are projektmedel's own ordinance, not the company-support ones.
        assert!(
            a.eligibility.period.contains("2003:596") && !a.eligibility.period.contains("2015:210"),
            "{}",
            a.eligibility.period
        );
        let a = assess(&project(date, "  operating_aid: true\n"));
        assert_eq!(broken(&a), vec!["driftstod"], "{date}");
        let a = assess(
            &project(date, "")
                .replace("links: { kpv.matchning: 2 }", "links: { kpv.matchning: 0 }"),
        );
        assert_eq!(broken(&a), vec!["rus"], "{date}");
        let a = assess(&project(
            date,
            "  cofinancing:\n    - { source: ERUF, amount: \"600 000\", public: true }\n",
        ));
        assert_eq!(broken(&a), vec!["overfinansiering"], "{date}");
    }
}

#[test]
fn each_business_form_has_its_cap_with_public_money_counted() {
    let caps = [
        ("konsultstod", 50),
        ("mikrobidrag", 80),
        ("innovationsstod", 45),
        ("socialt_foretag", 80),
        ("turism_samverkan", 80),
        ("investeringsbidrag", 25),
        ("miljo_energi", 80),
    ];
    for date in PERIODS {
        for (form, cap) in caps {
            let at_cap = format!("{} 000", cap * 10);
            let a = assess(&business(date, form, &at_cap, "1 000 000", ""));
            assert!(
                a.eligibility.eligible(),
                "{date} {form} at the cap: {:?}",
                a.eligibility.breaches
            );
            // One krona of other public money on top breaks the cap.
            let a = assess(&business(
                date,
                form,
                &at_cap,
                "1 000 000",
                "  cofinancing:\n    - { source: Kommunen, amount: \"1 000\", public: true }\n",
            ));
            assert_eq!(broken(&a), vec!["andel_av_kostnad"], "{date} {form}");
            // Private money does not count towards the cap.
            let a = assess(&business(
                date,
                form,
                &at_cap,
                "1 000 000",
                "  cofinancing:\n    - { source: Banken, amount: \"1 000\", public: false }\n",
            ));
            assert!(a.eligibility.eligible(), "{date} {form} with private money");
        }
    }
}

#[test]
fn the_business_form_sources_follow_the_ordinance_in_force() {
    let a = assess(&business(
        "2022-12-31",
        "konsultstod",
        "600 000",
        "1 000 000",
        "",
    ));
    assert!(
        a.eligibility.breaches[0].source.contains("2015:210"),
        "{:?}",
        a.eligibility.breaches
    );
    let a = assess(&business(
        "2023-01-01",
        "konsultstod",
        "600 000",
        "1 000 000",
        "",
    ));
    assert!(
        a.eligibility.breaches[0].source.contains("2022:1468"),
        "{:?}",
        a.eligibility.breaches
    );
    let a = assess(&business(
        "2023-01-01",
        "investeringsbidrag",
        "600 000",
        "1 000 000",
        "",
    ));
    assert!(
        a.eligibility.breaches[0].source.contains("2022:1467"),
        "{:?}",
        a.eligibility.breaches
    );
}

#[test]
fn companies_in_difficulty_large_or_late_are_not_eligible() {
    for date in PERIODS {
        let company = |emp: u32, difficulty: bool| {
            format!(
                "  company: {{ employees: {emp}, turnover: \"900 000 000\", balance_sheet: \"800 000 000\", in_difficulty: {difficulty}, de_minimis_received: \"0\" }}\n"
            )
        };
        let a = assess(&business(
            date,
            "konsultstod",
            "100 000",
            "1 000 000",
            &company(12, true),
        ));
        assert!(broken(&a).contains(&"obestand"), "{date}");
        let a = assess(&business(
            date,
            "konsultstod",
            "100 000",
            "1 000 000",
            &company(300, false),
        ));
        assert_eq!(broken(&a), vec!["smf"], "{date}");
        let late = business(date, "konsultstod", "100 000", "1 000 000", "")
            .replace(&format!("start: {date}"), "start: 2020-01-01");
        let a = assess(&late);
        assert_eq!(broken(&a), vec!["ansokan_fore_start"], "{date}");
        let a = assess(&business(
            date,
            "konsultstod",
            "100 000",
            "1 000 000",
            "  operating_aid: true\n",
        ));
        assert_eq!(broken(&a), vec!["driftstod"], "{date}");
        let a = assess(
            &business(date, "konsultstod", "100 000", "1 000 000", "")
                .replace("type: aktiebolag", "type: kommun"),
        );
        assert_eq!(broken(&a), vec!["sokande"], "{date}");
    }
}

#[test]
fn de_minimis_ceiling_follows_the_period() {
    // 1 900 000 kr already received; 200 000 kr requested (konsultstöd is de minimis aid).
    let received = "  company: { employees: 12, turnover: \"18 000 000\", balance_sheet: \"9 000 000\", in_difficulty: false, de_minimis_received: \"1 900 000\" }\n";
    // 2021: €200 000 × 10,14 = 2 028 000 kr → room 128 000 kr.
    let a = assess(&business(
        "2021-06-01",
        "konsultstod",
        "200 000",
        "1 000 000",
        received,
    ));
    assert_eq!(broken(&a), vec!["de_minimis"]);
    assert!(
        a.eligibility.breaches[0]
            .message
            .to_string()
            .contains("högst 128 000 kr"),
        "{:?}",
        a.eligibility.breaches
    );
    // 2023: €200 000 × 11,48 = 2 296 000 kr → room 396 000 kr.
    let a = assess(&business(
        "2023-06-01",
        "konsultstod",
        "400 000",
        "1 000 000",
        received,
    ));
    assert_eq!(broken(&a), vec!["de_minimis"]);
    let a = assess(&business(
        "2023-06-01",
        "konsultstod",
        "396 000",
        "1 000 000",
        received,
    ));
    assert!(a.eligibility.eligible());
    // 2024: €300 000 × 11,48 = 3 444 000 kr → room 1 544 000 kr.
    let a = assess(&business(
        "2024-06-01",
        "konsultstod",
        "400 000",
        "1 000 000",
        received,
    ));
    assert!(a.eligibility.eligible(), "{:?}", a.eligibility.breaches);
    // Investeringsbidrag is de minimis aid too in Västmanland (no municipality lies in a
    // stödområde, where regional investment aid under 651/2014 could be given), in both
    // periods of the investment ordinances.
    for date in ["2021-06-01", "2023-06-01"] {
        let a = assess(&business(
            date,
            "investeringsbidrag",
            "400 000",
            "2 000 000",
            received,
        ));
        assert_eq!(broken(&a), vec!["de_minimis"], "{date}");
        assert!(
            a.eligibility.breaches[0].source.contains("1407/2013"),
            "{:?}",
            a.eligibility.breaches
        );
    }
}

/// A form given as regional investment aid under the block exemption (`legal_basis:
/// gber_regional`) is only for municipalities in a stödområde: a municipality outside is a
/// breach naming it, one inside passes, and without the list it is left to the handläggare.
/// An unknown basis is an error at its line.
#[test]
fn regional_investment_aid_needs_a_stodomrade() {
    let app = business(
        "2021-06-01",
        "investeringsbidrag",
        "200 000",
        "1 000 000",
        "",
    );
    let with_basis = |areas: &str| {
        let data = Data::shipped();
        let text = data.read("strategies/riktlinjer.yaml");
        let text = text.replacen(
            "max_share: 0.25, legal_basis: de_minimis,",
            "max_share: 0.25, legal_basis: gber_regional,",
            1,
        );
        let text = text.replacen("      municipalities: []\n", areas, 1);
        data.write("strategies/riktlinjer.yaml", &text);
        data.write("scenarios/2021/r.yaml", SCENARIO);
        data.write("scenarios/2021/t.yaml", &app);
        match data.load("scenarios/2021/r.yaml") {
            Ok(p) => p.assessments[0].clone(),
            Err(problems) => panic!("did not load:\n{}", list(&problems)),
        }
    };
    let outside = with_basis("      municipalities: [Sala]\n");
    assert_eq!(broken(&outside), vec!["stodomrade"]);
    let message = outside.eligibility.breaches[0].message.to_string();
    assert!(
        message.contains("Köping") && message.contains("stödområde"),
        "{message}"
    );
    assert!(outside.eligibility.breaches[0].source.contains("1999:1382"));
    let inside = with_basis("      municipalities: [Köping]\n");
    assert!(
        inside.eligibility.eligible(),
        "{:?}",
        inside.eligibility.breaches
    );

    let data = Data::shipped();
    let (line, _) = data.replace(
        "strategies/riktlinjer.yaml",
        "legal_basis: de_minimis,",
        "legal_basis: regionalt,",
    );
    let errors = data.errors("scenarios/2021/bas.yaml");
    let e = errors
        .iter()
        .find(|p| p.loc.file.ends_with("riktlinjer.yaml") && p.loc.line == line)
        .unwrap_or_else(|| panic!("{}", list(&errors)));
    assert!(e.to_string().contains("gber_regional"), "{e}");
}

fn service(date: &str, form: &str, typ: &str, years: &str, store: &str, cost: &str) -> String {
    format!(
        "- id: s\n  title: Butik\n  applicant: {{ name: Butiken, type: {typ} }}\n  support: kommersiell_service\n  form: {form}\n  status: ansokan\n  received: {date}\n  decision_date: {date}\n  municipalities: [Norberg]\n  requested: \"{}\"\n{cost}  years: {{ {years} }}\n  links: {{ vp.serviceprogram: 3 }}\n  operating_aid: true\n{store}",
        years
            .split(", ")
            .map(|y| y
                .split(": ")
                .nth(1)
                .unwrap_or("0")
                .trim_matches('"')
                .replace(' ', "")
                .parse::<i64>()
                .unwrap_or(0))
            .sum::<i64>()
    )
}

/// Servicebidrag is given only as de minimis and särskilt driftstöd only as de minimis for
/// services of general economic interest (2000:284 9 a §): each counts the company's earlier de
/// minimis aid against its own ceiling, by period (360/2012's €500 000, from 2024 2023/2832's
/// €750 000).
#[test]
fn kommersiell_service_counts_de_minimis_against_its_own_ceiling() {
    let store = |received: &str| {
        format!(
            "  store: {{ distance_km: 14, grocery_turnover: \"4 mkr\", open_all_year: true }}\n  company: {{ employees: 3, turnover: \"4 000 000\", balance_sheet: \"1 000 000\", in_difficulty: false, de_minimis_received: \"{received}\" }}\n"
        )
    };
    let shop = |date: &str, form: &str, received: &str| {
        assess(&service(
            date,
            form,
            "aktiebolag",
            "2021: \"200000\"",
            &store(received),
            "",
        ))
    };
    // 2021: general ceiling €200 000 × 10,14 = 2 028 000 kr; the SGEI one €500 000 × 10,14 =
    // 5 070 000 kr. With 1 900 000 kr received, servicebidrag has 128 000 kr of room.
    let a = shop("2021-06-01", "servicebidrag", "1 900 000");
    assert_eq!(broken(&a), vec!["de_minimis"]);
    assert!(a.eligibility.breaches[0].source.contains("1407/2013"));
    assert!(
        shop("2021-06-01", "servicebidrag", "0")
            .eligibility
            .eligible()
    );
    let a = shop("2021-06-01", "sarskilt_driftstod", "1 900 000");
    assert!(a.eligibility.eligible(), "{:?}", a.eligibility.breaches);
    let a = shop("2021-06-01", "sarskilt_driftstod", "5 000 000");
    assert_eq!(broken(&a), vec!["de_minimis"]);
    assert!(
        a.eligibility.breaches[0].source.contains("360/2012"),
        "{:?}",
        a.eligibility.breaches
    );
    let basis = a
        .eligibility
        .legal_basis
        .as_ref()
        .map(|(t, _)| t.to_string());
    assert!(
        basis
            .as_deref()
            .is_some_and(|b| b.contains("allmänt ekonomiskt intresse")),
        "{basis:?}"
    );
    // From 2024 the SGEI ceiling is €750 000: 5 000 000 kr received leaves room.
    let a = shop("2024-06-01", "sarskilt_driftstod", "5 000 000");
    assert!(a.eligibility.eligible(), "{:?}", a.eligibility.breaches);
    assert!(a.eligibility.breaches.is_empty());
}

/// A form's own checks for the handläggare are listed for that form only, after the pot's:
/// hemsändningsbidrag's per-delivery cap, särskilt driftstöd's national pot.
#[test]
fn manual_checks_of_a_form_stay_with_that_form() {
    let store = "  store: { distance_km: 14, grocery_turnover: \"4 mkr\", open_all_year: true }\n";
    let home = manual(&assess(&service(
        "2021-06-01",
        "hemsandningsbidrag",
        "kommun",
        "2021: \"50000\"",
        "",
        "  eligible_cost: \"100 000\"\n",
    )));
    let special = manual(&assess(&service(
        "2021-06-01",
        "sarskilt_driftstod",
        "aktiebolag",
        "2021: \"50000\"",
        store,
        "",
    )));
    let has = |list: &[String], text: &str| list.iter().any(|m| m.contains(text));
    assert!(
        has(&home, "per hushåll och leverans") && !has(&home, "nationella potten"),
        "{home:?}"
    );
    assert!(
        has(&special, "nationella potten") && !has(&special, "per hushåll och leverans"),
        "{special:?}"
    );
    // The pot's own check comes first for both.
    for list in [&home, &special] {
        assert!(list[0].contains("länsstyrelsen"), "{list:?}");
    }
}

#[test]
fn kommersiell_service_forms_have_their_own_limits() {
    for date in PERIODS {
        let store =
            "  store: { distance_km: 14, grocery_turnover: \"4 mkr\", open_all_year: true }\n";
        let ok = service(
            date,
            "servicebidrag",
            "aktiebolag",
            "2021: \"250000\", 2022: \"250000\"",
            store,
            "",
        );
        assert!(assess(&ok).eligibility.eligible(), "{date}");
        let over = service(
            date,
            "servicebidrag",
            "aktiebolag",
            "2021: \"260000\"",
            store,
            "",
        );
        assert_eq!(broken(&assess(&over)), vec!["belopp_per_ar"], "{date}");
        let strategic = "  store: { distance_km: 14, grocery_turnover: \"4 mkr\", open_all_year: true, strategic: true }\n";
        let ok = service(
            date,
            "servicebidrag",
            "aktiebolag",
            "2021: \"290000\"",
            strategic,
            "",
        );
        assert!(assess(&ok).eligibility.eligible(), "{date}");
        let long = service(
            date,
            "servicebidrag",
            "aktiebolag",
            "2021: \"1000\", 2022: \"1000\", 2023: \"1000\", 2024: \"1000\"",
            store,
            "",
        );
        assert_eq!(broken(&assess(&long)), vec!["antal_ar"], "{date}");
        let near =
            "  store: { distance_km: 6, grocery_turnover: \"4 mkr\", open_all_year: true }\n";
        let a = assess(&service(
            date,
            "sarskilt_driftstod",
            "aktiebolag",
            "2021: \"100000\"",
            near,
            "",
        ));
        assert_eq!(broken(&a), vec!["avstand"], "{date}");
        let big =
            "  store: { distance_km: 16, grocery_turnover: \"12 mkr\", open_all_year: false }\n";
        let a = assess(&service(
            date,
            "sarskilt_driftstod",
            "aktiebolag",
            "2021: \"100000\"",
            big,
            "",
        ));
        assert_eq!(broken(&a), vec!["omsattning", "oppet_hela_aret"], "{date}");
        let home = service(
            date,
            "hemsandningsbidrag",
            "kommun",
            "2021: \"60000\"",
            "",
            "  eligible_cost: \"100 000\"\n",
        );
        assert_eq!(broken(&assess(&home)), vec!["andel_av_kostnad"], "{date}");
        let home = service(
            date,
            "hemsandningsbidrag",
            "aktiebolag",
            "2021: \"50000\"",
            "",
            "  eligible_cost: \"100 000\"\n",
        );
        assert_eq!(broken(&assess(&home)), vec!["sokande"], "{date}");
    }
}

#[test]
fn the_deciding_body_follows_the_total_over_all_years() {
    let a = assess(
        &project("2021-06-01", "")
            .replace("\"500 000\"", "\"1 000 000\"")
            .replace("\"1 000 000\"\n  links", "\"2 000 000\"\n  links"),
    );
    assert_eq!(
        a.decision_body, "Delegation",
        "exactly 1 000 000 kr is not over the threshold"
    );
    let a = assess(
        &project("2021-06-01", "")
            .replace("\"500 000\"", "\"1 000 001\"")
            .replace("\"1 000 000\"\n  links", "\"2 000 002\"\n  links"),
    );
    assert_eq!(a.decision_body, "Regionstyrelsen");
    let a = assess(&business(
        "2021-06-01",
        "investeringsbidrag",
        "1 000 001",
        "4 100 000",
        "",
    ));
    assert_eq!(a.decision_body, "Regionala utvecklingsnämnden");
}

#[test]
fn missing_data_is_a_warning_not_a_breach() {
    let app = project("2021-06-01", "").replace("  eligible_cost: \"1 000 000\"\n", "");
    let a = assess(&app);
    assert!(a.eligibility.eligible());
    assert!(!a.eligibility.unchecked.is_empty());
}

/// The rules divide by the euro rate: a rate that is no plausible number of kronor per euro
/// is an error where it is written, never a panic (0, −1, "", "tio", 1e400, 1e-28 …).
#[test]
fn a_bad_euro_rate_is_an_error_not_a_panic() {
    for bad in [
        "0",
        "-1",
        "\"\"",
        "tio",
        "1e400",
        "0.0000000000000000000000000001",
        "[1]",
        "1e13",
    ] {
        let data = crate::support::Data::shipped();
        let (line, column) = data.replace(
            "strategies/riktlinjer.yaml",
            "sek_per_eur: 10.14",
            &format!("sek_per_eur: {bad}"),
        );
        let errors = data.errors("scenarios/2021/bas.yaml");
        let e = errors
            .iter()
            .find(|p| p.loc.file.ends_with("riktlinjer.yaml") && p.loc.line == line)
            .unwrap_or_else(|| panic!("{bad}: {}", crate::support::list(&errors)));
        assert_eq!(e.loc.column, column + "sek_per_eur: ".len(), "{bad}: {e}");
    }
}

/// From 2023 (2022:1468 6 §) the handläggare also checks wages against collective agreements
/// and, for a late application, the exception of 9 and 10 §§; before 2023 neither is asked.
#[test]
fn company_support_from_2023_asks_for_collective_agreement_wages() {
    for date in PERIODS {
        let a = assess(&business(date, "konsultstod", "100 000", "1 000 000", ""));
        let manual = manual(&a);
        let wages = manual
            .iter()
            .any(|m| m.contains("kollektivavtal") && m.contains("(2022:1468) 6 § 2"));
        let late = manual
            .iter()
            .any(|m| m.contains("9 och 10 §§") && m.contains("6 § andra stycket"));
        let from_2023 = date >= "2023-01-01";
        assert_eq!((wages, late), (from_2023, from_2023), "{date}: {manual:?}");
    }
}

/// Loads one application (or several; the first is returned) with a de minimis register.
fn assess_with_register(apps: &str, register: &str) -> Result<Assessment, String> {
    let data = Data::shipped();
    data.write(
        "scenarios/2021/r.yaml",
        &format!("{SCENARIO}aid_register: reg.yaml\n"),
    );
    data.write("scenarios/2021/t.yaml", apps);
    data.write("scenarios/2021/reg.yaml", register);
    data.load("scenarios/2021/r.yaml")
        .map(|p| p.assessments[0].clone())
        .map_err(|problems| list(&problems))
}

/// A company application with an organisation number, and the company's own block.
fn company_app(date: &str, form: &str, requested: &str, company: &str) -> String {
    business(
        date,
        form,
        requested,
        "10 000 000",
        &format!("  company: {{ employees: 12, turnover: \"18 000 000\", balance_sheet: \"9 000 000\"{company} }}\n"),
    )
    .replace(
        "applicant: { name: Bolaget AB, type: aktiebolag }",
        "applicant: { name: Bolaget AB, org_nr: \"556677-8899\", type: aktiebolag }",
    )
}

/// A shop's applicant, and the same with an organisation number (for the register).
const SHOP: &str = "applicant: { name: Butiken, type: aktiebolag }";
const SHOP_WITH_ORG_NR: &str =
    "applicant: { name: Butiken, org_nr: \"556677-8899\", type: aktiebolag }";

fn aid_line(org_nr: &str, date: &str, amount: &str, extra: &str) -> String {
    format!(
        "  - {{ org_nr: \"{org_nr}\", recipient: Någon AB, date: {date}, amount: \"{amount}\", grantor: Tillväxtverket{extra} }}\n"
    )
}

fn room(a: &Assessment) -> String {
    a.eligibility
        .de_minimis
        .as_ref()
        .map(|s| s.room.to_string())
        .unwrap_or_default()
}

/// 1407/2013: the current and two previous fiscal years, counted from the decision date; a
/// fiscal year that starts in July moves the window. 2021: €200 000 × 10,14 = 2 028 000 kr.
#[test]
fn de_minimis_counts_three_fiscal_years_until_2023() {
    let register = |date: &str| format!("aid:\n{}", aid_line("556677-8899", date, "1 900 000", ""));
    let app = company_app("2021-06-01", "konsultstod", "200 000", "");
    // 2018-12-31 lies before the fiscal year 2019: it does not count.
    let a = assess_with_register(&app, &register("2018-12-31")).expect("loads");
    assert!(a.eligibility.eligible(), "{:?}", a.eligibility.breaches);
    assert_eq!(room(&a), "2 028 000 kr");
    let s = a.eligibility.de_minimis.as_ref().expect("counted");
    assert_eq!(s.from.to_string(), "2019-01-01");
    assert!(s.counted.is_empty());
    // 2019-01-01 is the first day of the window.
    let a = assess_with_register(&app, &register("2019-01-01")).expect("loads");
    assert_eq!(broken(&a), vec!["de_minimis"]);
    let text = a.eligibility.breaches[0].message.to_string();
    assert!(
        text.contains("2019-01-01") && text.contains("högst 128 000 kr"),
        "{text}"
    );
    // Aid granted after the decision date is not yet had.
    let a = assess_with_register(&app, &register("2021-06-02")).expect("loads");
    assert!(a.eligibility.eligible());
    // A fiscal year from July: on 2021-06-01 the fiscal year began 2020-07-01, so the window
    // starts 2018-07-01 and the aid of 2018-12-31 counts.
    let july = company_app(
        "2021-06-01",
        "konsultstod",
        "200 000",
        ", fiscal_year_start: 7",
    );
    let a = assess_with_register(&july, &register("2018-12-31")).expect("loads");
    assert_eq!(broken(&a), vec!["de_minimis"]);
    assert_eq!(
        a.eligibility
            .de_minimis
            .as_ref()
            .map(|s| s.from.to_string()),
        Some("2018-07-01".to_string())
    );
    // 2023 still counts fiscal years: from 2021-01-01 (€200 000 × 11,48 = 2 296 000 kr).
    let app = company_app("2023-06-01", "konsultstod", "400 000", "");
    let a = assess_with_register(&app, &register("2020-12-31")).expect("loads");
    assert!(a.eligibility.eligible());
    let a = assess_with_register(&app, &register("2021-01-01")).expect("loads");
    assert_eq!(broken(&a), vec!["de_minimis"]);
}

/// 2023/2831: any three years, counted back from the day of the grant; €300 000 × 11,48.
#[test]
fn de_minimis_counts_a_rolling_three_years_from_2024() {
    let register = |date: &str| format!("aid:\n{}", aid_line("556677-8899", date, "3 400 000", ""));
    let app = company_app("2024-06-01", "konsultstod", "100 000", "");
    let a = assess_with_register(&app, &register("2021-06-01")).expect("loads");
    assert!(a.eligibility.eligible(), "{:?}", a.eligibility.breaches);
    assert_eq!(
        a.eligibility
            .de_minimis
            .as_ref()
            .map(|s| s.from.to_string()),
        Some("2021-06-02".to_string())
    );
    let a = assess_with_register(&app, &register("2021-06-02")).expect("loads");
    assert_eq!(broken(&a), vec!["de_minimis"]);
    // 300 000 × 11,48 = 3 444 000 kr; 3 400 000 had leaves 44 000 kr.
    assert_eq!(room(&a), "44 000 kr");
}

/// Organisations one controls count as a single undertaking: a sister company's aid takes
/// the room, and the message names the group.
#[test]
fn linked_undertakings_share_one_ceiling() {
    let sister = "559000-1110";
    let register = format!(
        "undertakings:\n  - {{ name: Koncernen, members: [\"556677-8899\", \"{sister}\"] }}\naid:\n{}",
        aid_line(sister, "2020-05-04", "1 900 000", "")
    );
    let app = company_app("2021-06-01", "konsultstod", "200 000", "");
    let a = assess_with_register(&app, &register).expect("loads");
    assert_eq!(broken(&a), vec!["de_minimis"]);
    assert!(
        a.eligibility.breaches[0]
            .message
            .to_string()
            .contains("Koncernen"),
        "{:?}",
        a.eligibility.breaches
    );
    // Without the group the sister's aid is its own.
    let alone = format!("aid:\n{}", aid_line(sister, "2020-05-04", "1 900 000", ""));
    assert!(
        assess_with_register(&app, &alone)
            .expect("loads")
            .eligibility
            .eligible()
    );
    // An organisation in two groups, or a group of one, is an error at its line.
    let twice = format!(
        "undertakings:\n  - {{ name: A, members: [\"556677-8899\", \"{sister}\"] }}\n  - {{ name: B, members: [\"556677-8899\", \"556677-1233\"] }}\n"
    );
    let err = assess_with_register(&app, &twice).expect_err("refused");
    assert!(
        err.contains("reg.yaml:3") && err.contains("hör redan till A"),
        "{err}"
    );
    let one = "undertakings:\n  - { name: A, members: [\"556677-8899\"] }\n";
    let err = assess_with_register(&app, one).expect_err("refused");
    assert!(err.contains("minst två"), "{err}");
}

/// 1407/2013 art. 3.2: €100 000 for a company carrying goods by road for others; 2023/2831
/// has no such ceiling.
#[test]
fn road_freight_has_a_lower_ceiling_until_2023() {
    let register = format!(
        "aid:\n{}",
        aid_line("556677-8899", "2020-05-04", "900 000", "")
    );
    let hauler = ", road_freight: true";
    // 2021: €100 000 × 10,14 = 1 014 000 kr; 900 000 kr had leaves 114 000 kr.
    let a = assess_with_register(
        &company_app("2021-06-01", "konsultstod", "200 000", hauler),
        &register,
    )
    .expect("loads");
    assert_eq!(broken(&a), vec!["de_minimis"]);
    assert_eq!(room(&a), "114 000 kr");
    assert!(
        a.eligibility.breaches[0]
            .message
            .to_string()
            .contains("gods på väg")
    );
    let a = assess_with_register(
        &company_app("2021-06-01", "konsultstod", "200 000", ""),
        &register,
    )
    .expect("loads");
    assert!(a.eligibility.eligible());
    let a = assess_with_register(
        &company_app("2024-06-01", "konsultstod", "200 000", hauler),
        &register,
    )
    .expect("loads");
    assert!(a.eligibility.eligible(), "{:?}", a.eligibility.breaches);
}

/// SGEI de minimis (360/2012 art. 2.8) counts all de minimis aid; general de minimis counts
/// general aid against its own ceiling and both kinds together against the SGEI one.
#[test]
fn sgei_and_general_de_minimis_cumulate() {
    let store = "  store: { distance_km: 14, grocery_turnover: \"4 mkr\", open_all_year: true }\n  company: { employees: 3, turnover: \"4 000 000\", balance_sheet: \"1 000 000\" }\n";
    let shop = |form: &str| {
        service(
            "2021-06-01",
            form,
            "aktiebolag",
            "2021: \"200000\"",
            store,
            "",
        )
        .replace(SHOP, SHOP_WITH_ORG_NR)
    };
    // 2 000 000 kr general aid: särskilt driftstöd (SGEI, 5 070 000 kr) still has room,
    // servicebidrag (general, 2 028 000 kr) has not.
    let general = format!(
        "aid:\n{}",
        aid_line("556677-8899", "2020-05-04", "2 000 000", "")
    );
    let a = assess_with_register(&shop("sarskilt_driftstod"), &general).expect("loads");
    assert!(a.eligibility.eligible(), "{:?}", a.eligibility.breaches);
    assert_eq!(room(&a), "3 070 000 kr");
    let a = assess_with_register(&shop("servicebidrag"), &general).expect("loads");
    assert_eq!(broken(&a), vec!["de_minimis"]);
    // 4 900 000 kr of SGEI aid and 100 000 kr general: servicebidrag's own ceiling has room
    // (1 928 000 kr), but both kinds together may not pass 5 070 000 kr: 70 000 kr left.
    let both = format!(
        "aid:\n{}{}",
        aid_line(
            "556677-8899",
            "2020-05-04",
            "4 900 000",
            ", regulation: sgei_de_minimis"
        ),
        aid_line("556677-8899", "2020-06-04", "100 000", "")
    );
    let a = assess_with_register(&shop("servicebidrag"), &both).expect("loads");
    assert_eq!(broken(&a), vec!["de_minimis"]);
    assert_eq!(room(&a), "70 000 kr");
    let text = a.eligibility.breaches[0].message.to_string();
    // Both kinds counted and listed, and the SGEI regulation is the source.
    assert!(
        text.contains("allmänt ekonomiskt intresse") && text.contains("5 000 000 kr"),
        "{text}"
    );
    assert!(a.eligibility.breaches[0].source.contains("360/2012"));
    assert_eq!(
        a.eligibility.de_minimis.as_ref().map(|s| s.counted.len()),
        Some(2)
    );
}

/// Servicebidrag is given for at most three years in total (2000:284 18 §): earlier grants
/// in the register and in the applications file count.
#[test]
fn servicebidrag_counts_its_years_in_total() {
    let store = "  store: { distance_km: 14, grocery_turnover: \"4 mkr\", open_all_year: true }\n  company: { employees: 3, turnover: \"4 000 000\", balance_sheet: \"1 000 000\" }\n";
    let shop = |years: &str| {
        service(
            "2021-06-01",
            "servicebidrag",
            "aktiebolag",
            years,
            store,
            "",
        )
        .replace(SHOP, SHOP_WITH_ORG_NR)
    };
    let earlier = format!(
        "aid:\n{}",
        aid_line(
            "556677-8899",
            "2019-03-04",
            "300 000",
            ", form: servicebidrag, years: [2019, 2020]"
        )
    );
    let a = assess_with_register(&shop("2021: \"100000\""), &earlier).expect("loads");
    assert!(a.eligibility.eligible(), "{:?}", a.eligibility.breaches);
    let a =
        assess_with_register(&shop("2021: \"100000\", 2022: \"100000\""), &earlier).expect("loads");
    assert_eq!(broken(&a), vec!["antal_ar"]);
    let text = a.eligibility.breaches[0].message.to_string();
    assert!(
        text.contains("2019, 2020") && text.contains("sammanlagt"),
        "{text}"
    );
    // The same two earlier years as this tool's own grant (an application granted in 2020).
    let granted = "- id: g\n  title: Butik 2020\n  applicant: { name: Butiken, org_nr: \"556677-8899\", type: aktiebolag }\n  support: kommersiell_service\n  form: servicebidrag\n  status: avslutad\n  received: 2019-02-01\n  decision_date: 2019-03-04\n  municipalities: [Norberg]\n  requested: \"200 000\"\n  years: { 2019: \"100000\", 2020: \"100000\" }\n  links: { vp.serviceprogram: 3 }\n  operating_aid: true\n  store: { distance_km: 14, grocery_turnover: \"4 mkr\", open_all_year: true }\n  company: { employees: 3, turnover: \"4 000 000\", balance_sheet: \"1 000 000\" }\n";
    let apps = format!("{}{granted}", shop("2021: \"100000\", 2022: \"100000\""));
    let a = assess_with_register(&apps, "aid: []\n").expect("loads");
    assert_eq!(broken(&a), vec!["antal_ar"]);
    // The own grant counts as de minimis aid too: 200 000 kr in the window.
    let s = a.eligibility.de_minimis.as_ref().expect("counted");
    assert_eq!(s.received.to_string(), "200 000 kr");
    assert_eq!(s.counted[0].application.as_deref(), Some("g"));
}

/// The register's own errors have their place: a bad check digit, a zero amount, a line
/// that repeats one of the region's own grants (a warning: it would count twice).
#[test]
fn the_register_reports_bad_lines_where_they_are() {
    let app = company_app("2021-06-01", "konsultstod", "200 000", "");
    let bad = format!(
        "aid:\n{}",
        aid_line("556677-8898", "2020-05-04", "100 000", "")
    );
    let err = assess_with_register(&app, &bad).expect_err("refused");
    assert!(
        err.contains("reg.yaml:2:") && err.contains("kontrollsiffra"),
        "{err}"
    );
    let zero = format!("aid:\n{}", aid_line("556677-8899", "2020-05-04", "0", ""));
    let err = assess_with_register(&app, &zero).expect_err("refused");
    assert!(err.contains("större än 0"), "{err}");
    let typo = "aid:\n  - { org_nr: \"556677-8899\", recipient: X, date: 2020-05-04, amount: \"1\", grantor: Y, regulaton: de_minimis }\n";
    let err = assess_with_register(&app, typo).expect_err("refused");
    assert!(err.contains("regulation"), "{err}");

    let data = Data::shipped();
    data.write(
        "scenarios/2021/r.yaml",
        &format!("{SCENARIO}aid_register: reg.yaml\n"),
    );
    let granted = app
        .replace("id: f", "id: g")
        .replace("status: ansokan", "status: beviljad");
    data.write("scenarios/2021/t.yaml", &format!("{app}{granted}"));
    data.write(
        "scenarios/2021/reg.yaml",
        &format!(
            "aid:\n{}",
            aid_line("556677-8899", "2021-06-01", "200 000", "")
        ),
    );
    let p = data.load("scenarios/2021/r.yaml").expect("loads");
    let warnings = list(&p.warnings);
    assert!(
        warnings.contains("reg.yaml:2") && warnings.contains("ansökan g"),
        "{warnings}"
    );
}

/// Särskilt driftstöd: open all year at least 40 hours a week on average, 20 hours for a store
/// whose grocery turnover is under 2 mkr (Tillväxtverket's "öppet på åretruntbasis").
#[test]
fn sarskilt_driftstod_needs_opening_hours_by_turnover() {
    let shop = |turnover: &str, hours: &str| {
        let store = format!(
            "  store: {{ distance_km: 14, grocery_turnover: \"{turnover}\", open_all_year: true{hours} }}\n  company: {{ employees: 3, turnover: \"4 000 000\", balance_sheet: \"1 000 000\" }}\n"
        );
        assess(&service(
            "2021-06-01",
            "sarskilt_driftstod",
            "aktiebolag",
            "2021: \"150000\"",
            &store,
            "",
        ))
    };
    let a = shop("4 mkr", ", weekly_opening_hours: 35");
    assert_eq!(broken(&a), vec!["oppettider"]);
    let text = a.eligibility.breaches[0].message.to_string();
    assert!(
        text.contains("35 timmar") && text.contains("minst 40"),
        "{text}"
    );
    assert!(
        shop("4 mkr", ", weekly_opening_hours: 40")
            .eligibility
            .eligible()
    );
    // Under 2 mkr, 20 hours are enough.
    assert!(
        shop("1,5 mkr", ", weekly_opening_hours: 25")
            .eligibility
            .eligible()
    );
    assert_eq!(
        broken(&shop("1,5 mkr", ", weekly_opening_hours: 18")),
        vec!["oppettider"]
    );
    // Half hours are written as such: 39,5 is not 40.
    let a = shop("4 mkr", ", weekly_opening_hours: 39.5");
    assert!(
        a.eligibility.breaches[0]
            .message
            .to_string()
            .contains("39,5 timmar"),
        "{:?}",
        a.eligibility.breaches
    );
    // Without the turnover, 25 hours may be enough (a small store) or not: not judged.
    let store = "  store: { distance_km: 14, open_all_year: true, weekly_opening_hours: 25 }\n  company: { employees: 3, turnover: \"4 000 000\", balance_sheet: \"1 000 000\" }\n";
    let a = assess(&service(
        "2021-06-01",
        "sarskilt_driftstod",
        "aktiebolag",
        "2021: \"150000\"",
        store,
        "",
    ));
    assert!(!broken(&a).contains(&"oppettider"), "{:?}", broken(&a));
    // Without the hours the rule is left to the handläggare, named.
    let a = shop("4 mkr", "");
    assert!(a.eligibility.eligible());
    assert!(
        a.eligibility
            .unchecked
            .iter()
            .any(|u| u.to_string().contains("öppettider")),
        "{:?}",
        a.eligibility.unchecked
    );
}

/// Servicebidrag's yearly cap is reduced by särskilt driftstöd the recipient has had for the
/// same year (Region Jönköpings län, Region Norrbotten).
#[test]
fn servicebidrag_cap_is_reduced_by_sarskilt_driftstod_the_same_year() {
    let store = "  store: { distance_km: 14, grocery_turnover: \"4 mkr\", open_all_year: true }\n  company: { employees: 3, turnover: \"4 000 000\", balance_sheet: \"1 000 000\" }\n";
    let shop = service(
        "2021-06-01",
        "servicebidrag",
        "aktiebolag",
        "2021: \"200000\"",
        store,
        "",
    )
    .replace(SHOP, SHOP_WITH_ORG_NR);
    let driftstod = |years: &str| {
        format!(
            "aid:\n{}",
            aid_line(
                "556677-8899",
                "2021-02-01",
                "100 000",
                &format!(
                    ", regulation: sgei_de_minimis, form: sarskilt_driftstod, years: [{years}]"
                )
            )
        )
    };
    // 250 000 − 100 000 = 150 000 kr for 2021: 200 000 kr is too much.
    let a = assess_with_register(&shop, &driftstod("2021")).expect("loads");
    assert_eq!(broken(&a), vec!["belopp_per_ar"]);
    let text = a.eligibility.breaches[0].message.to_string();
    assert!(
        text.contains("minus 100 000 kr i särskilt driftstöd") && text.contains("högst 150 000 kr"),
        "{text}"
    );
    // Driftstöd for another year does not reduce this one.
    let a = assess_with_register(&shop, &driftstod("2020")).expect("loads");
    assert!(a.eligibility.eligible(), "{:?}", a.eligibility.breaches);
}

/// Hemsändningsbidrag is given only when the municipality's net cost is at least half the
/// decision year's prisbasbelopp (2000:284 20 § third paragraph, SFS 2010:1709): 23 800 kr in
/// 2021 (47 600 kr), 28 650 kr in 2024 (57 300 kr). A year the rules file has no prisbasbelopp
/// for, or a missing net cost, is left to the handläggare.
#[test]
fn hemsandningsbidrag_needs_a_net_cost_of_half_a_prisbasbelopp() {
    let home = |date: &str, cost: &str| {
        assess(&service(
            date,
            "hemsandningsbidrag",
            "kommun",
            &format!("{}: \"10000\"", &date[..4]),
            "",
            &format!("  eligible_cost: \"{cost}\"\n"),
        ))
    };
    for (date, least) in [("2021-05-03", "23 800"), ("2024-05-06", "28 650")] {
        let below = home(date, "23 700");
        assert_eq!(broken(&below), vec!["nettoutgift"], "{date}");
        let breach = below.eligibility.breaches[0].message.render();
        assert_eq!(
            breach,
            format!(
                "kommunens nettoutgift 23 700 kr är under 0,5 prisbasbelopp för {}, alltså {least} kr",
                &date[..4]
            )
        );
        assert!(
            below.eligibility.breaches[0]
                .source
                .contains("SFS 2010:1709")
        );
        let at = home(date, &least.replace(' ', ""));
        assert!(broken(&at).is_empty(), "{date}: {:?}", broken(&at));
    }
    let later = home("2025-05-05", "20 000");
    assert!(broken(&later).is_empty(), "{:?}", broken(&later));
    assert!(
        later
            .eligibility
            .unchecked
            .iter()
            .any(|u| u.render().contains("prisbasbeloppet för 2025 finns inte")),
        "{:?}",
        later.eligibility.unchecked
    );
}
