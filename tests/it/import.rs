//! Spreadsheets in: the shipped examples import the same from XLSX and CSV, rank and optimise;
//! every bad cell is reported at once by sheet, row and column; nothing is written unless all
//! is valid (or `--skip-invalid`); a mapping renames columns; random files never panic.

use std::process::Command;

use anslag::import::{Mapping, import, read_csv, read_xlsx};
use anslag::portfolio::Portfolio;
use anslag::problem::Severity;
use proptest::prelude::*;

use crate::support::{Data, anslag, root, shipped_portfolio};

const HEADER: &str = "Diarienummer;Projektnamn;Sökande;Sökandetyp;Stöd;Stödform;Kommun;Sökt belopp;Inkommen;Strategikopplingar";

#[test]
fn the_example_imports_the_same_from_xlsx_and_csv_and_optimises() {
    let data = Data::shipped();
    data.write(
        "scenarios/2021/import/scenario.yaml",
        &std::fs::read_to_string(root().join("scenarios/2021/import/scenario.yaml")).expect("read"),
    );
    let mut loaded = Vec::new();
    for example in ["exempel.xlsx", "exempel.csv"] {
        let source = root().join("scenarios/2021/import").join(example);
        let out = data.path("scenarios/2021/import/ansokningar.yaml");
        let o = Command::new(env!("CARGO_BIN_EXE_anslag"))
            .env("LC_ALL", "sv_SE.UTF-8")
            .env_remove("COLUMNS")
            .args([
                "import",
                &source.display().to_string(),
                "-o",
                &out.display().to_string(),
                "--force",
            ])
            .current_dir(data.dir.path())
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{example}: {err}");
        assert!(err.contains("med 4 ansökningar"), "{err}");
        let p = Portfolio::load(&data.path("scenarios/2021/import/scenario.yaml"))
            .unwrap_or_else(|e| panic!("{example}: {e:?}"));
        let a = anslag::optimise::optimise(
            &p,
            &anslag::optimise::Settings {
                counterfactuals: false,
                ..Default::default()
            },
        );
        assert_eq!(a.status, anslag::optimise::Status::Optimal);
        assert_eq!(a.funded.len(), 4, "the four fit the budget");
        loaded.push(p.applications);
    }
    assert_eq!(
        loaded[0], loaded[1],
        "XLSX and CSV give the same applications"
    );
    let first = &loaded[0][0];
    assert_eq!(first.id, "2021-0201");
    assert_eq!(first.requested, anslag::money::Sek::kr(2_400_000));
    assert_eq!(
        first.municipalities,
        vec!["Västerås".to_string(), "Köping".to_string()]
    );
    assert_eq!(first.links.get("apv.energi"), Some(&3));
    assert_eq!(first.agenda2030.get(&7), Some(&3));
    assert_eq!(
        first.received.map(|d| d.to_string()).as_deref(),
        Some("2021-03-02")
    );
}

#[test]
fn every_bad_cell_is_reported_at_once_with_its_place() {
    let csv = format!(
        "{HEADER}\n\
         2021-0301;Ett projekt;Köpings kommun;Kommun;Projektmedel;;Köping;mycket;2021-02-14;kpv.matchnig 3\n\
         2021-0302;Ett annat;Sala kommun;Kommun;Bidrag;;Sala;100 000;2021-13-01;kpv.matchning 3\n\
         2021-0303;Ett tredje;Ett AB;Aktiebolag;Företagsstöd;Konsultstöd;Sala;50 000;2021-02-01;kpv.matchning hög\n"
    );
    let t = read_csv("lista.csv", csv.as_bytes()).expect("reads");
    let r = import(&t, &Mapping::new(), &shipped_portfolio(), false);
    assert!(r.has_errors());
    assert!(r.yaml.is_empty(), "nothing to write");
    let places: Vec<String> = r
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| format!("{}: {}", t.place(p), p.message))
        .collect();
    let all = places.join("\n");
    assert!(all.contains("lista.csv:H2 (Sökt belopp)"), "{all}");
    assert!(
        all.contains("lista.csv:J2 (Strategikopplingar)") && all.contains("kpv.matchning"),
        "{all}"
    );
    assert!(all.contains("lista.csv:E3 (Stöd)"), "{all}");
    assert!(all.contains("lista.csv:I3 (Inkommen)"), "{all}");
    assert!(all.contains("lista.csv:J4 (Strategikopplingar)"), "{all}");
}

#[test]
fn nothing_is_written_unless_all_is_valid_or_skip_invalid_is_asked() {
    let data = Data::shipped();
    let csv = format!(
        "{HEADER}\n\
         2021-0301;Ett projekt;Köpings kommun;Kommun;Projektmedel;;Köping;200 000;2021-02-14;kpv.matchning 3\n\
         2021-0302;Ett annat;Sala kommun;Kommun;Projektmedel;;Sala;mycket;2021-02-14;kpv.matchning 3\n"
    );
    data.write("lista.csv", &csv);
    let input = data.path("lista.csv").display().to_string();
    let out = data.path("ut.yaml");
    let o = anslag(&["import", &input, "-o", &out.display().to_string()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("H3 (Sökt belopp)") && err.contains("ingenting skrevs"),
        "{err}"
    );
    assert!(!out.exists(), "nothing written");
    let o = anslag(&[
        "import",
        &input,
        "-o",
        &out.display().to_string(),
        "--skip-invalid",
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("Hoppade över 1 rad med fel: rad 3 (2021-0302)"),
        "{err}"
    );
    let written = std::fs::read_to_string(&out).expect("written");
    assert!(written.contains("2021-0301") && !written.contains("2021-0302"));
}

#[test]
fn a_mapping_renames_columns_and_a_wrong_one_is_named() {
    let data = Data::shipped();
    let csv = "Ärende-ID,Ärendemening,Sökande,Sökandetyp,Stöd,Kommuner,Belopp (kr)\n\
               2021-0401,Ett projekt,Köpings kommun,Kommun,Projektmedel,Köping,\"200 000\"\n";
    // Windows-1252 with commas, as older Excel saves it.
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(csv);
    std::fs::write(data.path("lista.csv"), &bytes).expect("write");
    let mapping = root().join("scenarios/2021/import/mappning-exempel.yaml");
    let out = data.path("ut.yaml");
    let o = anslag(&[
        "import",
        &data.path("lista.csv").display().to_string(),
        "--mapping",
        &mapping.display().to_string(),
        "-o",
        &out.display().to_string(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let written = std::fs::read_to_string(&out).expect("written");
    assert!(
        written.contains("title: \"Ett projekt\"") && written.contains("\"Köping\""),
        "{written}"
    );
    data.write("fel.yaml", "kolumner:\n  Sökt belop: \"Belopp\"\n");
    let o = anslag(&[
        "import",
        &data.path("lista.csv").display().to_string(),
        "--mapping",
        &data.path("fel.yaml").display().to_string(),
        "-o",
        &data.path("ut2.yaml").display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("fel.yaml:2:3") && err.contains("Sökt belopp"),
        "{err}"
    );
}

#[test]
fn a_missing_required_column_is_named_and_unknown_ones_are_warned_about() {
    let csv = "Diarienummer;Projektnamn;Extra\n2021-1;X;y\n";
    let t = read_csv("lista.csv", csv.as_bytes()).expect("reads");
    let r = import(&t, &Mapping::new(), &shipped_portfolio(), false);
    let text: Vec<String> = r
        .problems
        .iter()
        .map(|p| format!("{}: {}", t.place(p), p.message))
        .collect();
    let all = text.join("\n");
    assert!(all.contains("kolumnen ”Sökt belopp” saknas"), "{all}");
    assert!(all.contains("lista.csv:C1 (Extra)"), "{all}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_csv_never_panics(cells in proptest::collection::vec("\\PC{0,12}", 0..40)) {
        let mut text = String::from(HEADER);
        for (i, c) in cells.iter().enumerate() {
            text.push(if i % 10 == 0 { '\n' } else { ';' });
            text.push_str(c);
        }
        if let Ok(t) = read_csv("x.csv", text.as_bytes()) {
            let _ = import(&t, &Mapping::new(), &shipped_portfolio(), true);
        }
    }

    #[test]
    fn random_bytes_as_xlsx_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = read_xlsx("x.xlsx", &bytes, None);
    }
}

/// A write killed at any moment leaves the old file or the new one, never half of one: the
/// import writes a temporary file, syncs it and renames it into place. The previous version
/// (kept with --force) is whole too.
#[test]
fn a_killed_import_leaves_the_old_file_or_the_new_one() {
    let data = Data::shipped();
    let source = root().join("scenarios/2021/import/exempel.csv");
    let out = data.path("ut.yaml");
    let old = "# the old file\n- id: \"x\"\n";
    std::fs::write(&out, old).expect("write");
    let finished = {
        let o = anslag(&[
            "import",
            &source.display().to_string(),
            "-o",
            &out.display().to_string(),
            "--force",
        ]);
        assert!(o.status.success());
        std::fs::read_to_string(&out).expect("read")
    };
    let previous = data.path("ut.yaml.forra");
    for delay_ms in [0u64, 2, 5, 10, 20, 40, 80, 160] {
        std::fs::write(&out, old).expect("reset");
        let mut child = Command::new(env!("CARGO_BIN_EXE_anslag"))
            .env("LC_ALL", "sv_SE.UTF-8")
            .env_remove("COLUMNS")
            .args([
                "import",
                &source.display().to_string(),
                "-o",
                &out.display().to_string(),
                "--force",
            ])
            .current_dir(root())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("starts");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&out).expect("a file is there");
        assert!(
            now == old || now == finished,
            "torn after {delay_ms} ms: {now}"
        );
        // The kept version is a whole file: the old one (or, from the run before, the
        // same old text).
        if previous.exists() {
            let kept = std::fs::read_to_string(&previous).expect("read");
            assert!(kept == old || kept == finished, "torn .forra: {kept}");
        }
    }
    // The next run clears the temporary files the killed ones left.
    let o = anslag(&[
        "import",
        &source.display().to_string(),
        "-o",
        &out.display().to_string(),
        "--force",
    ]);
    assert!(o.status.success());
    let left: Vec<String> = std::fs::read_dir(data.dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// An existing file is never replaced without --force, and a file whose name does not match
/// what is written is refused (a usage error), before anything is read.
#[test]
fn import_and_export_refuse_to_overwrite_and_wrong_extensions() {
    let data = Data::shipped();
    let source = root().join("scenarios/2021/import/exempel.csv");
    let applications = data.path("scenarios/2021/ansokningar.yaml");
    let before = std::fs::read(&applications).expect("read");
    let scenario = data.path("scenarios/2021/bas.yaml");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_anslag"))
            .env("LC_ALL", "sv_SE.UTF-8")
            .env_remove("COLUMNS")
            .args(args)
            .current_dir(data.dir.path())
            .output()
            .expect("runs")
    };
    let err = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).into_owned();
    let src = source.display().to_string();
    let apps = applications.display().to_string();
    let o = run(&["import", &src, "-o", &apps]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(
        err(&o).contains("finns redan") && err(&o).contains("--force"),
        "{}",
        err(&o)
    );
    assert_eq!(std::fs::read(&applications).expect("read"), before);
    // A scenario named as the export's output: wrong extension, nothing written.
    let scen = scenario.display().to_string();
    let scenario_before = std::fs::read(&scenario).expect("read");
    for (format, out) in [("csv", scen.as_str()), ("xlsx", "r.txt"), ("csv", "r.xlsx")] {
        let o = run(&[
            "export", &scen, "--what", "ranking", "--format", format, "-o", out,
        ]);
        assert_eq!(o.status.code(), Some(2), "{format} {out}: {}", err(&o));
        assert!(err(&o).contains("ska sluta på"), "{}", err(&o));
    }
    assert_eq!(std::fs::read(&scenario).expect("read"), scenario_before);
    assert!(!data.path("r.txt").exists() && !data.path("r.xlsx").exists());
    let o = run(&["import", &src, "-o", "ut.csv"]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    let o = run(&["export", &scen, "--what", "ranking", "-o", "r.xlsx"]);
    assert!(o.status.success(), "{}", err(&o));
    let first = std::fs::read(data.path("r.xlsx")).expect("written");
    let o = run(&["export", &scen, "--what", "ranking", "-o", "r.xlsx"]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    let o = run(&[
        "export", &scen, "--what", "ranking", "-o", "r.xlsx", "--force",
    ]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(
        std::fs::read(data.path("r.xlsx.forra")).expect("kept"),
        first
    );
    // With --force the file is replaced and the previous version kept whole.
    let o = run(&["import", &src, "-o", &apps, "--force"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains(".forra"), "{}", err(&o));
    assert_eq!(
        std::fs::read(data.path("scenarios/2021/ansokningar.yaml.forra")).expect("kept"),
        before
    );
}

/// One stray cell at the sheet's last corner (XFD1048576) in a small workbook is refused by
/// name before anything is allocated for the range up to it; a far cell that is empty is
/// ignored.
#[test]
fn a_cell_far_away_is_refused_without_taking_the_memory() {
    let book = |far: Option<&str>| {
        let mut w = rust_xlsxwriter::Workbook::new();
        let sheet = w.add_worksheet();
        sheet.write_string(0, 0, "Diarienummer").expect("cell");
        sheet.write_string(1, 0, "2021-1").expect("cell");
        match far {
            Some(text) => sheet.write_string(1_048_575, 16_383, text).expect("cell"),
            None => sheet
                .write_blank(
                    1_048_575,
                    16_383,
                    &rust_xlsxwriter::Format::new().set_bold(),
                )
                .expect("cell"),
        };
        w.save_to_buffer().expect("saved")
    };
    let bytes = book(Some("x"));
    assert!(bytes.len() < 10_000, "a small file: {}", bytes.len());
    let e = read_xlsx("stor.xlsx", &bytes, None).expect_err("refused");
    assert!(
        e.contains("XFD1048576") && e.contains("20 000 rader"),
        "{e}"
    );
    let t = read_xlsx("stor.xlsx", &book(None), None).expect("an empty far cell is no data");
    assert_eq!(t.rows, [vec!["2021-1".to_string()]]);
    // The same bound for CSV: a row past it is named.
    let mut csv = String::from("Diarienummer\n");
    csv.push_str(&"x\n".repeat(anslag::import::MAX_ROWS));
    let e = read_csv("lång.csv", csv.as_bytes()).expect_err("refused");
    assert!(e.contains("A20001"), "{e}");
}

/// Headings match whatever their case, å, ä and ö included, and forms, supports, applicant
/// types and statuses may be written as the program and the guideline name them.
#[test]
fn names_are_read_as_people_write_them() {
    let csv = "DIARIENUMMER;PROJEKTNAMN;SÖKANDE;SÖKANDETYP;STÖD;STÖDFORM;KOMMUN;SÖKT BELOPP;STATUS\n\
               2021-0401;Ett;Ett AB;Aktiebolag;Företagsstöd;Miljö och energi;Sala;50 000;Under beredning\n\
               2021-0402;Två;Två AB;Aktiebolag;Företagsstöd;Stöd till samverkande turismföretag;Sala;60 000;Ansökan\n\
               2021-0403;Tre;Tre ek. för.;Ekonomisk förening;Kommersiell service;Särskilt driftstöd;Sala;70 000;ansokan\n\
               2021-0404;Fyra;Fyra AB;aktiebolag;foretagsstod;Samverkande turism;Sala;80 000;Intresseanmälan\n";
    let t = read_csv("lista.csv", csv.as_bytes()).expect("reads");
    let r = import(&t, &Mapping::new(), &shipped_portfolio(), false);
    let errors: Vec<String> = r
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| format!("{}: {}", t.place(p), p.message))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    for expected in [
        "form: \"miljo_energi\"",
        "form: \"turism_samverkan\"",
        "form: \"sarskilt_driftstod\"",
        "status: \"under_beredning\"",
        "status: \"intresseanmalan\"",
        "type: \"ekonomisk_forening\"",
    ] {
        assert!(r.yaml.contains(expected), "{expected} in\n{}", r.yaml);
    }
}

/// De minimis aid from a sheet (`--register`): the shipped example becomes a register file
/// that loads, and (`--add`) is added to the shipped register, whose scenario then loads it
/// without a warning; adding the same sheet again adds nothing and leaves the file as it was; a bad cell is an error at its place and nothing is
/// written.
#[test]
fn de_minimis_aid_is_imported_into_the_register_and_added_once() {
    let data = Data::shipped();
    let sheet = root()
        .join("scenarios/2021/import/stodregister-exempel.csv")
        .display()
        .to_string();
    let fresh = data.path("nytt-register.yaml");
    let o = anslag(&[
        "import",
        &sheet,
        "--register",
        "-o",
        &fresh.display().to_string(),
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("med 3 stöd"), "{err}");
    let mut d = anslag::problem::Diag::new();
    let register = anslag::files::register::load(&fresh, &mut d).expect("loads");
    assert!(!d.has_errors());
    assert_eq!(register.aid.len(), 3);
    assert_eq!(
        register.aid[1].regulation,
        anslag::deminimis::Regulation::SgeiDeMinimis,
        "the SGEI name in Regelverk"
    );

    let shipped = data.path("scenarios/2021/stodregister.yaml");
    let before = data.load("scenarios/2021/bas.yaml").expect("loads");
    let count = |p: &Portfolio| p.register_file.aid.len();
    let add = || {
        anslag(&[
            "import",
            &sheet,
            "--register",
            "--add",
            "-o",
            &shipped.display().to_string(),
        ])
    };
    let o = add();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.success() && err.contains("La till 3 stöd"),
        "{err}"
    );
    let after = data.load("scenarios/2021/bas.yaml").expect("loads");
    assert_eq!(count(&after), count(&before) + 3);
    assert!(after.warnings.is_empty(), "{:?}", after.warnings);
    let text = std::fs::read_to_string(&shipped).expect("read");
    let o = add();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.matches("finns redan i registret").count() == 3 && err.contains("Inget nytt"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&shipped).expect("read"), text);

    data.write(
        "fel.csv",
        "Organisationsnummer;Mottagare;Beslutsdatum;Belopp;Stödgivare;Regelverk\n\
         556418-2202;Fel AB;2021-03-02;100 000;Almi;\n\
         556418-2201;Kolbäcks Industrier AB;2021-03-02;0;Almi;Stöd enligt avtal\n",
    );
    let out = data.path("fel.yaml");
    let o = anslag(&[
        "import",
        &data.path("fel.csv").display().to_string(),
        "--register",
        "-o",
        &out.display().to_string(),
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("A2 (Organisationsnummer)")
            && err.contains("D3 (Belopp)")
            && err.contains("F3 (Regelverk): regelverket ”Stöd enligt avtal” känns inte igen")
            && err.contains("ingenting skrevs"),
        "{err}"
    );
    assert!(!out.exists());
}
