//! The `anslag` binary as a user runs it: output, formats and exit codes.

use std::process::{Command, Output};

use crate::support::{Data, anslag};

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn rank_json_keeps_the_contract() {
    let o = anslag(&["rank", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(json["scenario"], "Bas 2021");
    let apps = json["applications"].as_array().expect("list");
    assert!(apps.len() >= 120);
    for (i, a) in apps.iter().enumerate() {
        assert_eq!(a["rank"], i + 1);
        assert!(a["id"].is_string() && a["title"].is_string());
        assert!(
            ["projektmedel", "foretagsstod", "kommersiell_service"]
                .contains(&a["support"].as_str().unwrap())
        );
        assert!(a["form"].is_null() || a["form"].is_string());
        let requested = a["requested"].as_str().expect("amount as string");
        let (_, decimals) = requested.split_once('.').expect("two decimals");
        assert_eq!(decimals.len(), 2, "{requested}");
        assert!(a["score"].is_number());
        if a["score_given"] == false {
            for part in ["alignment", "agenda2030", "quality"] {
                assert!(a["parts"][part].is_number(), "{a}");
            }
        }
        assert!(a["eligible"].is_boolean());
        assert!(a["problems"].is_array());
        assert_eq!(
            a["eligible"].as_bool(),
            Some(a["problems"].as_array().unwrap().is_empty())
        );
        assert!(a["decision_body"].is_string());
    }
    let scores: Vec<f64> = apps.iter().map(|a| a["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "sorted by score");
}

#[test]
fn rank_table_is_swedish_and_shows_eligibility_and_body() {
    let o = anslag(&["rank"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(
        out.contains("Plats") && out.contains("Stödberättigad") && out.contains("Beslut (prel.)")
    );
    assert!(out.contains("Regionstyrelsen") && out.contains("Delegation") && out.contains(" nej "));
    assert!(out.contains("4 500 000 kr"));
    assert!(out.contains("budget 18,4 mkr"));
}

#[test]
fn rank_csv_has_a_header_and_a_row_per_candidate() {
    let o = anslag(&["rank", "--format", "csv"]);
    assert!(o.status.success());
    let out = stdout(&o);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers = reader.headers().expect("header").clone();
    assert_eq!(&headers[0], "rank");
    assert!(reader.records().count() >= 120);
}

#[test]
fn explain_traces_points_to_nodes_and_ratings() {
    let o = anslag(&["explain", "2021-0004"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Kompetensplan Västmanland: Matchning på arbetsmarknaden (3/3) › Delmål 12:"),
        "{out}"
    );
    assert!(
        out.contains("Strategisk förankring:")
            && out.contains("Agenda 2030:")
            && out.contains("Kvalitet:")
    );
    assert!(out.contains("Stödberättigad: ja"));
}

#[test]
fn explain_json_adds_up() {
    let o = anslag(&["explain", "2021-0004", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let shown: f64 = json["explanation"]["parts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| {
            p["lines"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["shown"].as_f64().unwrap())
        })
        .sum();
    assert!((shown - json["explanation"]["shown"].as_f64().unwrap()).abs() < 1e-9);
}

#[test]
fn explain_an_ineligible_application_names_the_rule() {
    let o = anslag(&["explain", "2021-0038"]);
    let out = stdout(&o);
    assert!(
        out.contains("Stödberättigad: nej") && out.contains("högst 50 %"),
        "{out}"
    );
}

#[test]
fn explain_an_unknown_id_fails_with_a_suggestion() {
    let o = anslag(&["explain", "2021-00O4"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("menade du \"2021-0004\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn validate_reports_problems_with_places_and_exit_code_one() {
    let data = Data::shipped();
    data.replace(
        "scenarios/2021/ansokningar.yaml",
        "kpv.matchning: 3",
        "kpv.matchnig: 3",
    );
    let scenario = data.path("scenarios/2021/bas.yaml");
    let o = anslag(&["validate", scenario.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("ansokningar.yaml:") && err.contains("okänd strateginod \"kpv.matchnig\""),
        "{err}"
    );
    let o = anslag(&["validate", scenario.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let first = json
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["severity"] == "error")
        .unwrap();
    for key in ["file", "line", "column", "key", "message", "severity"] {
        assert!(!first[key].is_null(), "{key}");
    }
}

#[test]
fn validate_the_shipped_scenarios_succeeds() {
    let o = anslag(&[
        "validate",
        "scenarios/2021/bas.yaml",
        "scenarios/2021/budget-minus-10.yaml",
        "scenarios/2021/kompetensplan-prioriterad.yaml",
        "scenarios/2021/politisk-prioritering.yaml",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).matches("inga fel").count(), 4);
}

#[test]
fn usage_errors_exit_with_two() {
    assert_eq!(anslag(&["rank", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(anslag(&["nosuchcommand"]).status.code(), Some(2));
}

#[test]
fn a_missing_scenario_is_a_clear_error() {
    let o = anslag(&["rank", "finns/inte.yaml"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("finns/inte.yaml"));
}

#[test]
fn the_shipped_scenario_is_found_from_another_folder() {
    let o = Command::new(env!("CARGO_BIN_EXE_anslag"))
        .env("LC_ALL", "sv_SE.UTF-8")
        .env_remove("COLUMNS")
        .arg("rank")
        .current_dir(std::env::temp_dir())
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn optimise_json_keeps_the_contract() {
    let o = anslag(&["optimise", "--format", "json", "--no-counterfactuals"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(json["scenario"], "Bas 2021");
    assert_eq!(json["status"], "optimal");
    for key in ["objective", "bound", "gap"] {
        assert!(json[key].is_number(), "{key}");
    }
    assert!(json["gap"].as_f64().unwrap() <= 1e-6);
    let funded = json["funded"].as_array().unwrap();
    assert!(!funded.is_empty());
    for f in funded {
        assert!(f["id"].is_string() && f["score"].is_number() && f["decision_body"].is_string());
        assert!(f["amount"].as_str().unwrap().ends_with(".00"));
        let years = f["years"].as_object().unwrap();
        assert!(!years.is_empty());
    }
    let reasons = [
        "ineligible",
        "paid_nationally",
        "below_min_score",
        "excluded",
        "blocked",
        "crowded_out",
    ];
    for n in json["not_funded"].as_array().unwrap() {
        assert!(reasons.contains(&n["reason"].as_str().unwrap()), "{n}");
        assert!(n["explanation"].is_string());
        assert!(n["budget_needed"].is_null() || n["budget_needed"].is_string());
        assert!(n["score_needed"].is_null() || n["score_needed"].is_number());
        // Not asked for (`--no-counterfactuals`): no status either.
        assert!(n["budget_needed_status"].is_null() && n["score_needed_status"].is_null());
        assert!(n["budget_needed_with"].is_array());
        assert!(n["budget_needed_without"].is_array());
        assert!(n["in_its_place"].is_array());
        assert!(n["coming_in"].is_array());
    }
    let pm = &json["pots"]["projektmedel"];
    assert_eq!(pm["budget"], "18400000.00");
    for key in ["allocated", "remaining"] {
        assert!(pm[key].is_string(), "{key}");
    }
    assert_eq!(json["baseline"]["method"], "rank_and_fund");
    // The strategy, named for people too: the shipped scenarios put the ranking first.
    assert_eq!(json["strategy"]["key"], "rank");
    assert_eq!(json["strategy"]["name"], "Rangordningen först");
    assert!(
        json["strategy"]["explanation"]
            .as_str()
            .unwrap()
            .contains("i rangordning")
    );
    let ids: Vec<&str> = funded.iter().map(|f| f["id"].as_str().unwrap()).collect();
    for best in ["2021-0008", "2021-0001"] {
        assert!(ids.contains(&best), "{best}: {ids:?}");
    }
    // Scores at full precision (as the objective), so a program can re-check the sum.
    let scores: Vec<f64> = funded
        .iter()
        .map(|f| f["score"].as_f64().unwrap())
        .collect();
    assert!(
        scores
            .iter()
            .any(|s| ((s * 100.0).round() - s * 100.0).abs() > 1e-6),
        "{scores:?}"
    );
    let sum: f64 = scores.iter().sum();
    assert!(
        (sum - json["objective"].as_f64().unwrap()).abs() < 1e-3,
        "{sum}"
    );
}

#[test]
fn optimise_table_is_swedish() {
    let o = anslag(&["optimise", "--no-counterfactuals"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Status: varje steg i rangordningen bevisat"),
        "{out}"
    );
    assert!(out.contains("Finansieras (") && out.contains("Finansieras inte ("));
    assert!(out.contains("budget 18,4 mkr"));
    assert!(
        out.contains("ryms inte inom budget och villkor") && out.contains("inte stödberättigad")
    );
}

#[test]
fn an_infeasible_scenario_is_explained_by_its_conflict() {
    let data = Data::shipped();
    data.write(
        "scenarios/2021/omöjlig.yaml",
        "base: bas.yaml\nname: Omöjlig\nbudget: { projektmedel: \"5 mkr\" }\nmust_fund: [\"2021-0001\", { id: \"2021-0002\", reason: \"Uppdrag\" }]\n",
    );
    let path = data.path("scenarios/2021/omöjlig.yaml");
    let o = anslag(&["optimise", path.to_str().unwrap(), "--no-counterfactuals"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("Ansökningarna som tvingas in (2021-0001, 2021-0002) summerar till 9,3 mkr men budgeten för projektmedel 2021 är 5,0 mkr"),
        "{err}"
    );
    let o = anslag(&[
        "optimise",
        path.to_str().unwrap(),
        "--no-counterfactuals",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(json["status"], "infeasible");
    let conflict: Vec<&str> = json["conflict"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(conflict.len(), 3, "{conflict:?}");
    assert!(conflict.contains(&"budgeten för projektmedel 2021"));
    // In English, amounts are written the English way too.
    let o = anslag(&[
        "--lang",
        "en",
        "optimise",
        path.to_str().unwrap(),
        "--no-counterfactuals",
    ]);
    let err = stderr(&o);
    assert!(
        err.contains("The applications forced in (2021-0001, 2021-0002) add up to SEK 9.3 million")
            && err.contains("SEK 5.0 million"),
        "{err}"
    );
}

#[test]
fn explain_says_why_an_application_is_not_funded_and_what_would_change_it() {
    // Under "Flest poäng" the best-ranked project is crowded out by many small ones.
    let data = Data::shipped();
    data.write(
        "scenarios/2021/flest-poang.yaml",
        "base: bas.yaml\nname: Flest poäng\nobjective: score\n",
    );
    let path = data.path("scenarios/2021/flest-poang.yaml");
    let o = anslag(&[
        "explain",
        "2021-0008",
        "--scenario",
        path.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let funding = &json["funding"];
    assert_eq!(funding["funded"], false);
    assert_eq!(funding["reason"], "crowded_out");
    assert!(funding["budget_needed"].is_string(), "{funding}");
    assert_eq!(funding["budget_needed_status"], "found");
    // A score that funds it exists or, said so, none up to 100 does.
    match funding["score_needed_status"].as_str() {
        Some("found") => assert!(funding["score_needed"].is_number(), "{funding}"),
        Some("none") => assert!(
            funding["score_needed"].is_null()
                && funding["explanation"]
                    .as_str()
                    .is_some_and(|e| e.contains("Ingen poäng upp till 100")),
            "{funding}"
        ),
        other => panic!("score_needed_status {other:?}: {funding}"),
    }
}

#[test]
fn highs_is_refused_clearly_when_not_built_in() {
    if cfg!(feature = "highs") {
        return;
    }
    let o = anslag(&["optimise", "--solver", "highs", "--no-counterfactuals"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--features highs"));
}

#[test]
fn help_is_swedish_for_every_command() {
    let o = anslag(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("Kommandon:") && stdout(&o).contains("Visa hjälp"));
    for command in [
        "validate",
        "rank",
        "optimise",
        "explain",
        "compare",
        "sweep",
        "stability",
        "bench",
    ] {
        for flag in ["--help", "-h"] {
            let o = anslag(&[command, flag]);
            assert!(o.status.success(), "{command}");
            let help = stdout(&o);
            assert!(help.contains("Flaggor:"), "{command}");
            assert!(
                help.contains(&format!("Användning: anslag {command} [FLAGGOR]")),
                "{command}: {help}"
            );
            for english in [
                "[OPTIONS]",
                "Possible values",
                "[default:",
                "[possible values:",
            ] {
                assert!(
                    !help.contains(english),
                    "{command} {flag}: {english} in {help}"
                );
            }
        }
    }
    let o = anslag(&["user", "add", "--help"]);
    assert!(stdout(&o).contains("Användning: anslag user add [FLAGGOR] <NAMN>"));
    // Placeholders are Swedish too, not clap's English field names.
    let o = anslag(&["import", "--help"]);
    assert!(
        stdout(&o).contains("--output <FIL> <KALKYLBLAD>") && !stdout(&o).contains("<OUTPUT>"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("Visa hjälp") && !stdout(&o).contains("Print help"));
    let o = anslag(&["user", "--help"]);
    assert!(stdout(&o).contains("Kommandon:") && !stdout(&o).contains("Commands:"));
    let o = anslag(&["optimise", "-h"]);
    assert!(
        stdout(&o).contains("[standard: microlp] [möjliga värden: microlp, highs]"),
        "{}",
        stdout(&o)
    );
    let o = anslag(&["optimise", "--help"]);
    assert!(stdout(&o).contains("Möjliga värden:\n") && stdout(&o).contains("- json: stabil JSON"));
    let o = anslag(&["sweep", "--help"]);
    assert!(
        stdout(&o).contains("kommersiell_service"),
        "pot names as in the files"
    );
}

#[test]
fn a_scenario_that_does_not_exist_is_named_as_given() {
    let o = anslag(&["optimise", "scenarios/2021/finns-inte.yaml"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("hittar inte scenariot scenarios/2021/finns-inte.yaml"),
        "{err}"
    );
    assert!(!err.contains("standardscenariot"), "{err}");
}

#[test]
fn command_line_errors_are_swedish() {
    let cases: [(&[&str], &[&str]); 7] = [
        (
            &["rank", "--format", "json", "--format", "csv"],
            &["fel: --format <FORMAT> får bara anges en gång"],
        ),
        (
            &["optimise", "--foo"],
            &[
                "fel: okänd flagga eller okänt argument '--foo'",
                "Användning: anslag optimise [FLAGGOR] [SCENARIO]",
                "Mer hjälp: anslag optimise --help",
            ],
        ),
        (
            &["optimera"],
            &[
                "fel: okänt kommando 'optimera'",
                "'optimise'",
                "Mer hjälp: anslag --help",
            ],
        ),
        (
            &["optimise", "--time-limit", "abc"],
            &[
                "fel: ogiltigt värde 'abc' för --time-limit",
                "Mer hjälp: anslag optimise --help",
            ],
        ),
        (
            &["rank", "--format", "xml"],
            &[
                "fel: ogiltigt värde 'xml' för --format",
                "möjliga värden: table, json, csv",
            ],
        ),
        (
            &["rank", "--format"],
            &["fel: --format <FORMAT> behöver ett värde"],
        ),
        (
            &["explain"],
            &[
                "fel: det här måste anges: <ID>",
                "Användning: anslag explain",
            ],
        ),
    ];
    for (args, expected) in cases {
        let o = anslag(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        for e in expected {
            assert!(err.contains(e), "{args:?}: {e:?} not in {err}");
        }
        for english in [
            "error:",
            "Usage:",
            "tip:",
            "For more information",
            "[OPTIONS]",
        ] {
            assert!(!err.contains(english), "{args:?}: {english} in {err}");
        }
    }
}

#[test]
fn optimise_writes_its_charts_where_asked() {
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("diagram");
    let o = anslag(&[
        "optimise",
        "--no-counterfactuals",
        "--charts",
        target.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    for name in [
        "fordelning-per-pott-och-ar.svg",
        "fordelning-per-malomrade.svg",
        "poang-och-belopp.svg",
    ] {
        let svg = std::fs::read_to_string(target.join(name)).expect("written");
        assert!(svg.contains("<title id=\"chart-title\">"), "{name}");
    }
}

#[test]
fn bench_writes_a_case_model_for_other_solvers() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shipped.lp");
    let o = anslag(&["bench", "--case", "shipped", "--lp", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lp = std::fs::read_to_string(&path).expect("written");
    assert!(lp.starts_with("\\ anslag") && lp.trim_end().ends_with("End"));
    // One binary per variable of the model the optimiser solves.
    let o = anslag(&["bench", "--case", "shipped", "--time-limit", "20"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let m: serde_json::Value = serde_json::from_str(stdout(&o).trim()).expect("json");
    let binaries = lp.split("Binaries\n").nth(1).expect("section").lines();
    assert_eq!(
        binaries.filter(|l| l.starts_with(" y")).count() as u64,
        m["variables"].as_u64().expect("variables")
    );
    // A misspelt case is a usage error (exit code 2), told in Swedish.
    let o = anslag(&["bench", "--case", "nothing", "--lp", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("okänt fall nothing"));
    let o = anslag(&[
        "bench",
        "--case",
        "synthetic:tusen:1",
        "--lp",
        path.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("okänt fall synthetic:tusen:1"));
}

/// Tables and sentences fit the terminal's width (COLUMNS, or the terminal's own): long text
/// wraps, and columns that cannot fit are hidden and named under the table. Piped without a
/// width, tables keep every column at full width.
#[test]
fn output_fits_the_terminals_width_and_is_full_width_when_piped() {
    let commands: [&[&str]; 6] = [
        &["rank"],
        &["optimise", "--no-counterfactuals"],
        &["explain", "2021-0004"],
        &[
            "compare",
            "scenarios/2021/bas.yaml",
            "scenarios/2021/budget-minus-10.yaml",
        ],
        &["sweep", "--steps", "3"],
        &["stability", "--draws", "3"],
    ];
    for width in [60usize, 80, 120] {
        for args in commands {
            let o = std::process::Command::new(env!("CARGO_BIN_EXE_anslag"))
                .env("LC_ALL", "sv_SE.UTF-8")
                .args(args)
                .env("COLUMNS", width.to_string())
                .current_dir(crate::support::root())
                .output()
                .expect("runs");
            assert!(o.status.success(), "{args:?}");
            let text = stdout(&o);
            let widest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
            assert!(widest <= width, "{args:?} at {width}: {widest}\n{text}");
        }
    }
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_anslag"))
        .env("LC_ALL", "sv_SE.UTF-8")
        .args(["rank"])
        .env("COLUMNS", "80")
        .current_dir(crate::support::root())
        .output()
        .expect("runs");
    assert!(
        stdout(&o).contains("Dolt för att tabellen ska få plats: Stöd, Sökt"),
        "{}",
        stdout(&o)
    );
    let piped = anslag(&["rank"]);
    let header = stdout(&piped).lines().nth(2).unwrap_or("").to_string();
    assert!(
        header.contains("Förankring") && header.ends_with("Beslut (prel.)"),
        "{header}"
    );
}

/// Charts and models are files the user named too: an existing one is replaced only with
/// --force (the previous kept as .forra), and a name that does not end in .svg is refused.
#[test]
fn charts_are_not_overwritten_without_force() {
    let dir = tempfile::tempdir().expect("dir");
    let svg = dir.path().join("kurva.svg");
    let svg = svg.to_str().expect("utf-8");
    let o = anslag(&["sweep", "--steps", "2", "--svg", svg]);
    assert!(o.status.success(), "{}", stderr(&o));
    let first = std::fs::read(svg).expect("written");
    std::fs::write(svg, "min egen fil").expect("write");
    let o = anslag(&["sweep", "--steps", "2", "--svg", svg]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("finns redan"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(svg).expect("read"), "min egen fil");
    let o = anslag(&["sweep", "--steps", "2", "--svg", svg, "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(std::fs::read(svg).expect("read"), first);
    assert_eq!(
        std::fs::read_to_string(format!("{svg}.forra")).expect("kept"),
        "min egen fil"
    );
    let md = dir.path().join("kurva.txt");
    let o = anslag(&[
        "sweep",
        "--steps",
        "2",
        "--svg",
        md.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let charts = dir.path().join("diagram");
    let charts = charts.to_str().expect("utf-8");
    let o = anslag(&["optimise", "--no-counterfactuals", "--charts", charts]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = anslag(&["optimise", "--no-counterfactuals", "--charts", charts]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn english_is_asked_for_with_lang_or_the_environment() {
    let o = anslag(&["--lang", "en", "explain", "2021-0008"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Application 2021-0008"), "{out}");
    assert!(
        out.contains("Eligible") && out.contains("Decided by"),
        "{out}"
    );
    // The score's paths name the strategy documents in the region's own (Swedish) words.
    let found = crate::support::swedish_words(&out, &crate::support::data_texts());
    assert!(found.is_empty(), "Swedish in English: {found:#?}\n{out}");

    let o = std::process::Command::new(env!("CARGO_BIN_EXE_anslag"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_GB.UTF-8")
        .args(["validate", "missing.yaml"])
        .current_dir(crate::support::root())
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("does not exist") || err.contains("cannot find"),
        "{err}"
    );
    assert!(crate::support::swedish_words(&err, &[]).is_empty(), "{err}");
}

#[test]
fn the_english_proposal_explains_itself_in_english() {
    let o = anslag(&["--lang", "en", "optimise", "--no-counterfactuals"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Proposed allocation – Bas 2021"), "{out}");
    assert!(
        out.contains("Status: every step down the ranking proven"),
        "{out}"
    );
    assert!(
        out.contains("does not fit within the budget and conditions")
            && out.contains("not eligible")
    );
    // Titles are cut to fit the table, so rows (an application's id first) are left out.
    let rest: String = out
        .lines()
        .filter(|l| !l.starts_with("2021-"))
        .map(|l| format!("{l}\n"))
        .collect();
    let found = crate::support::swedish_words(&rest, &crate::support::data_texts());
    assert!(found.is_empty(), "Swedish in English: {found:#?}\n{out}");
}

/// The optimiser's warnings are kept as messages and written in the reader's language.
#[test]
fn the_optimisers_warnings_follow_the_language() {
    let data = Data::shipped();
    data.write(
        "scenarios/2021/ingen-traff.yaml",
        "base: bas.yaml\nname: Ingen träff\nconstraints:\n  - { name: \"Bara företagsstöd\", kind: share, pot: projektmedel, filter: { support: [foretagsstod] }, min: 0.10 }\n",
    );
    let path = data.path("scenarios/2021/ingen-traff.yaml");
    let sv = anslag(&["optimise", path.to_str().unwrap(), "--no-counterfactuals"]);
    assert!(sv.status.success(), "{}", stderr(&sv));
    assert!(
        stdout(&sv)
            .contains("begränsningen \"Bara företagsstöd\" gäller ingen stödberättigad ansökan"),
        "{}",
        stdout(&sv)
    );
    let en = anslag(&[
        "--lang",
        "en",
        "optimise",
        path.to_str().unwrap(),
        "--no-counterfactuals",
    ]);
    let out = stdout(&en);
    assert!(
        out.contains("\"Bara företagsstöd\"") && !out.contains("begränsningen"),
        "{out}"
    );
}

#[test]
fn open_data_is_written_as_json_or_csv_and_says_what_it_needs() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("beviljade.json");
    let o = anslag(&[
        "export",
        "--what",
        "360giving",
        "--format",
        "json",
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("beviljade stöd)."), "{}", stderr(&o));
    let package: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("written")).expect("JSON");
    assert_eq!(package["version"], "1.4");
    // A spreadsheet is not one of the standard's formats; JSON is only for open data.
    let o = anslag(&["export", "--what", "360giving", "-o", "x.xlsx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--format json eller --format csv"),
        "{}",
        stderr(&o)
    );
    let o = anslag(&[
        "export", "--what", "ranking", "--format", "json", "-o", "x.json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    // Without the publisher's prefix in the rules file: a Swedish error, nothing written.
    let data = crate::support::Data::shipped();
    let rules = data.path("strategies/riktlinjer.yaml");
    let text = std::fs::read_to_string(&rules).expect("read");
    std::fs::write(
        &rules,
        text.replace("open_data_prefix: \"360G-exempel\"\n", ""),
    )
    .expect("write");
    let out = dir.path().join("utan.json");
    let o = anslag(&[
        "export",
        data.path("scenarios/2021/bas.yaml")
            .to_str()
            .expect("utf-8"),
        "--what",
        "360giving",
        "--format",
        "json",
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("open_data_prefix"), "{}", stderr(&o));
    assert!(!out.exists());
}

/// `anslag decide` records a meeting: a dry run writes nothing, a change without a reason is
/// refused, with one the decisions are written beside the applications; a lock on a decided
/// application becomes a warning; and a later year's scenario sees the grant's later years as
/// commitments in its frames, split as decided (multiplied before divided).
#[test]
fn decide_records_a_meeting_and_a_later_year_counts_its_commitments() {
    use anslag::application::Support;
    use anslag::money::Sek;
    use anslag::optimise::ledger::Ledger;
    use anslag::portfolio::Portfolio;
    let data = Data::shipped();
    let bas = data.path("scenarios/2021/bas.yaml");
    let bas = bas.to_str().expect("utf-8");
    let file = data.path("scenarios/2021/ansokningar.beslut.yaml");
    std::fs::write(
        data.path("scenarios/2021/ar-2022.yaml"),
        "name: \"Planering 2022\"\nbase: bas.yaml\nyear: 2022\n",
    )
    .expect("write");
    let later = data.path("scenarios/2021/ar-2022.yaml");
    let before = Portfolio::load(&later).expect("2022 loads");
    let committed_2023 = Ledger::new(&before, []).committed(Support::Projektmedel, 2023);

    let meeting = [
        "decide",
        "--scenario",
        bas,
        "--body",
        "regionstyrelsen",
        "--date",
        "2021-03-09",
        "--case-number",
        "RS 2021/12 § 6",
    ];
    let dry = anslag(&[&meeting[..], &["--dry-run"]].concat());
    assert!(dry.status.success(), "{}", stderr(&dry));
    let out = stdout(&dry);
    assert!(
        out.contains("2021-0001") && out.contains("Provkörning: inget skrevs."),
        "{out}"
    );
    assert!(!file.exists());

    let refused = anslag(&[&meeting[..], &["--grant", "2021-0001=3500000"]].concat());
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("2021-0001: beslutet avviker från förslaget; skriv skälet."),
        "{}",
        stderr(&refused)
    );
    assert!(!file.exists());

    let done = anslag(
        &[
            &meeting[..],
            &[
                "--grant",
                "2021-0001=3 500 000",
                "--reason",
                "2021-0001=Styrelsen beviljade två av tre arbetspaket",
                "--who",
                "Anna Handläggare",
            ],
        ]
        .concat(),
    );
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(
        stdout(&done).contains("en ändring mot förslaget. Skrivet i"),
        "{}",
        stdout(&done)
    );
    let written = data.read("scenarios/2021/ansokningar.beslut.yaml");
    assert!(
        written.contains("- id: \"2021-0001\"\n  decision: beviljad\n  date: 2021-03-09\n  body: \"Regionstyrelsen\"\n  case_number: \"RS 2021/12 § 6\"\n  amount: \"3 500 000\"\n  proposed: \"4 500 000\"\n  reason: \"Styrelsen beviljade två av tre arbetspaket\""),
        "{written}"
    );

    // The lock on 2021-0001 in the political scenario no longer applies: a warning.
    let politics = data.path("scenarios/2021/politisk-prioritering.yaml");
    let p = Portfolio::load(&politics).expect("still loads");
    assert!(
        p.warnings.iter().any(|w| w
            .to_string()
            .contains("låsningen av 2021-0001 gäller inte längre")),
        "{:?}",
        p.warnings
    );

    // 2022 sees the grant's 2023 part as a commitment: 3 500 000 over three equal years is
    // 1 166 666, 1 166 666 and 1 166 668 kr.
    let after = Portfolio::load(&later).expect("2022 loads");
    assert_eq!(
        Ledger::new(&after, []).committed(Support::Projektmedel, 2023),
        committed_2023 + Sek::kr(1_166_668)
    );
    let (app, _) = after.application("2021-0001").expect("0001");
    assert!(!app.status.is_candidate());

    // The same meeting again: those applications are decided, nothing is written twice.
    let again = anslag(&meeting);
    assert!(!again.status.success());
    assert_eq!(data.read("scenarios/2021/ansokningar.beslut.yaml"), written);
}
