//! Spreadsheets out, read back: the XLSX with calamine (values, sheets, headers) and its XML
//! (number formats, frozen header, filter); the CSV as Swedish Excel reads it.

use std::io::{Cursor, Read};

use anslag::export;
use anslag::optimise::{Settings, optimise};
use anslag::portfolio::Portfolio;
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use crate::support::{Data as Files, root};

fn shipped() -> Portfolio {
    Portfolio::load(&root().join("scenarios/2021/bas.yaml")).expect("shipped data loads")
}

fn quick() -> Settings {
    Settings {
        counterfactuals: false,
        ..Settings::default()
    }
}

fn xml(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("xlsx is a zip");
    let mut file = zip.by_name(name).expect("part exists");
    let mut text = String::new();
    file.read_to_string(&mut text).expect("utf-8 xml");
    text
}

#[test]
fn the_ranking_as_xlsx_reads_back_with_numbers_and_swedish_formats() {
    let p = shipped();
    let a = optimise(&p, &quick());
    let bytes = export::xlsx(&[export::ranking(&p, Some(&a))]).expect("xlsx");
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.clone())).expect("opens");
    assert_eq!(book.sheet_names(), vec!["Rangordning".to_string()]);
    let range = book.worksheet_range("Rangordning").expect("sheet");
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(rows.len(), 1 + 130, "header and every candidate");
    assert_eq!(rows[0][1], Data::String("Diarienummer".into()));
    assert_eq!(rows[0][8], Data::String("Sökt belopp".into()));
    // The best-ranked application, with its amount as a number, not text.
    let first = anslag::ranking::rank(&p)[0].app;
    assert_eq!(rows[1][1], Data::String(first.id.clone()));
    assert_eq!(rows[1][8], Data::Float(first.requested.to_f64()));
    let funded = rows
        .iter()
        .skip(1)
        .filter(|r| r[16] == Data::String("Ja".into()))
        .count();
    assert_eq!(funded, a.funded.len());
    // Kronor format, frozen header row, a filter over the table.
    let styles = xml(&bytes, "xl/styles.xml");
    assert!(
        styles.contains("formatCode=\"#,##0&quot;kr&quot;\"")
            || styles.contains("#,##0 &quot;kr&quot;"),
        "{styles}"
    );
    let sheet = xml(&bytes, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("ySplit=\"1\""), "frozen header");
    assert!(
        sheet.contains("<autoFilter ref=\"A1:R131\""),
        "{}",
        &sheet[..sheet.len().min(600)]
    );
}

/// The sum of a column's numbers below the header.
fn column_sum(range: &calamine::Range<Data>, column: usize) -> f64 {
    range
        .rows()
        .skip(1)
        .filter_map(|r| match r.get(column) {
            Some(Data::Float(x)) => Some(*x),
            _ => None,
        })
        .sum()
}

#[test]
fn the_allocation_has_every_candidate_and_the_pots_sheet_adds_up() {
    let p = shipped();
    let a = optimise(&p, &quick());
    let bytes = export::xlsx(&export::allocation(&p, &a)).expect("xlsx");
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("opens");
    assert_eq!(
        book.sheet_names(),
        vec!["Förslag".to_string(), "Per pott".to_string()]
    );
    let proposal = book.worksheet_range("Förslag").expect("sheet");
    assert_eq!(
        proposal.rows().count(),
        1 + a.funded.len() + a.not_funded.len()
    );
    let granted = column_sum(&proposal, 8);
    let pots = book.worksheet_range("Per pott").expect("sheet");
    // Pot, budget, already granted this year, proposed, left.
    let allocated = column_sum(&pots, 3);
    assert_eq!(
        column_sum(&pots, 2),
        0.0,
        "nothing decided in the shipped year"
    );
    assert_eq!(granted, allocated);
    let total: f64 = a.funded.iter().map(|f| f.amount.to_f64()).sum();
    assert_eq!(granted, total);
}

#[test]
fn csv_is_for_swedish_excel_and_defuses_formulas() {
    let files = Files::shipped();
    files.replace(
        "scenarios/2021/ansokningar.yaml",
        "title: \"Testbädd för elektrifierade transporter i Västerås och Köping\"",
        "title: \"=HYPERLINK(\\\"http://evil\\\";\\\"klicka\\\")\"",
    );
    let p = Portfolio::load(&files.path("scenarios/2021/bas.yaml")).expect("loads");
    let bytes = export::csv(&export::ranking(&p, None)).expect("csv");
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF], "BOM for Excel");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    let header = text.lines().next().expect("header");
    assert!(
        header.starts_with("Rang;Diarienummer;Projektnamn;"),
        "{header}"
    );
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://evil\"\";\"\"klicka\"\")\""),
        "formula defused"
    );
    // Scores with a decimal comma, amounts without grouping.
    let row = text.lines().nth(1).expect("a row");
    let fields: Vec<&str> = row.split(';').collect();
    assert!(fields[9].contains(','), "score {}", fields[9]);
    assert!(
        fields[8].chars().all(|c| c.is_ascii_digit()),
        "amount {}",
        fields[8]
    );
}

#[test]
fn a_comparison_of_a_scenario_with_itself_is_empty() {
    let p = shipped();
    let a = optimise(&p, &quick());
    let c = anslag::compare::compare(&p, &a, &p, &a);
    let sheets = export::comparison(&p, &p, &c);
    assert!(sheets.iter().all(|s| s.rows.is_empty()));
    let bytes = export::xlsx(&sheets).expect("an empty comparison still writes");
    let book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("opens");
    assert_eq!(book.sheet_names().len(), 2);
}

/// A comparison says which scenario each amount column is, gives what leaves as a negative
/// difference (what enters as a positive one) in kronor, and every row's difference is B − A.
#[test]
fn a_comparison_names_its_scenarios_and_signs_its_differences() {
    let p = shipped();
    let q = Portfolio::load(&root().join("scenarios/2021/budget-minus-10.yaml")).expect("loads");
    let (a, b) = (optimise(&p, &quick()), optimise(&q, &quick()));
    let c = anslag::compare::compare(&p, &a, &q, &b);
    assert!(!c.left.is_empty(), "a smaller budget drops something");
    let sheets = export::comparison(&p, &q, &c);
    let headers: Vec<&str> = sheets[0].columns.iter().map(|(h, _)| h.as_ref()).collect();
    assert_eq!(headers[3], "Belopp A – Bas 2021");
    assert_eq!(headers[4], "Belopp B – Budget −10 % 2021");
    let bytes = export::xlsx(&sheets).expect("writes");
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.clone())).expect("opens");
    for sheet in ["Ansökningar", "Flyttade belopp"] {
        let range = book.worksheet_range(sheet).expect("sheet");
        let (first, amounts) = if sheet == "Ansökningar" {
            (3, 5)
        } else {
            (2, 4)
        };
        for row in range.rows().skip(1) {
            let number = |c: usize| match &row[c] {
                Data::Float(f) => *f,
                Data::Int(i) => *i as f64,
                _ => 0.0,
            };
            assert!(
                (number(amounts) - (number(first + 1) - number(first))).abs() < 0.01,
                "{sheet}: {row:?}"
            );
            if row[0] == Data::String("Faller bort".into()) {
                assert!(number(amounts) < 0.0, "{row:?}");
            }
        }
    }
    // The difference is formatted as kronor with its sign, in both sheets.
    let styles = xml(&bytes, "xl/styles.xml");
    assert!(
        styles.contains("+#,##0 &quot;kr&quot;;-#,##0 &quot;kr&quot;"),
        "{styles}"
    );
    let csv =
        String::from_utf8(export::csv(&sheets[0]).expect("csv")[3..].to_vec()).expect("utf-8");
    let left = csv
        .lines()
        .find(|l| l.starts_with("Faller bort"))
        .expect("a row");
    assert!(
        left.rsplit(';').next().is_some_and(|d| d.starts_with('-')),
        "{left}"
    );
}

/// The region's own grants of de minimis aid for the national register: only grants given as
/// de minimis (a granted project is not aid to a company), in kronor and euro at the rate of
/// the rules in force on the day of the grant, with the regulation of that period.
#[test]
fn the_de_minimis_export_lists_the_regions_own_de_minimis_grants() {
    let files = Files::shipped();
    files.replace(
        "scenarios/2021/ansokningar.yaml",
        "  company: { employees: 45, turnover: \"70 000 000\", balance_sheet: \"40 000 000\", in_difficulty: false }",
        "  company: { employees: 45, turnover: \"70 000 000\", balance_sheet: \"40 000 000\", in_difficulty: false, sni: \"25.730\" }",
    );
    // A second grant, in 2024: 2023/2831 and that period's rate (11,48 kr/euro).
    let mut apps = files.read("scenarios/2021/ansokningar.yaml");
    apps.push_str("\n- id: \"2024-0007\"\n  title: Konsultstöd 2024\n  applicant: { name: \"Sala Ventil AB\", org_nr: \"559487-4975\", type: aktiebolag }\n  support: foretagsstod\n  form: konsultstod\n  status: beviljad\n  received: 2024-01-15\n  decision_date: 2024-03-04\n  start: 2024-04-01\n  municipalities: [Sala]\n  requested: \"114 800\"\n  eligible_cost: \"229 600\"\n  links: { apv.konkurrenskraft: 2 }\n  company: { employees: 12, turnover: \"18 000 000\", balance_sheet: \"9 000 000\" }\n");
    files.write("scenarios/2021/ansokningar.yaml", &apps);
    let p = Portfolio::load(&files.path("scenarios/2021/bas.yaml")).expect("loads");
    let sheet = export::de_minimis_grants(&p);
    let text = String::from_utf8(export::csv(&sheet).expect("csv")[3..].to_vec()).expect("utf-8");
    let rows: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{text}");
    let fields: Vec<&str> = rows[0].split(';').collect();
    assert_eq!(fields[0], "556032-7974");
    assert_eq!(fields[2], "2020-12-01");
    assert_eq!(fields[3], "800000");
    // 800 000 / 10,14 = 78 895,46 euro.
    assert_eq!(fields[4], "78895,46");
    assert_eq!(fields[6], "Region Västmanland");
    assert!(fields[7].contains("1407/2013"), "{}", fields[7]);
    assert_eq!(fields[11], "25.730");
    assert_eq!(fields[12], "2020-0202");
    let fields: Vec<&str> = rows[1].split(';').collect();
    assert_eq!((fields[3], fields[4]), ("114800", "10000,00"));
    assert!(fields[7].contains("2023/2831"), "{}", fields[7]);
    // The granted projects (2020-0114, 2020-0131, 2020-0177) are not in it.
    assert!(!text.contains("2020-0114") && !text.contains("2020-0177"));
}

/// The 360Giving package as `anslag export --what 360giving` writes it, checked against the
/// standard's schema (vendored in tests/data/360giving, read offline).
fn valid_360giving(package: &serde_json::Value) -> Vec<String> {
    let read = |name: &str| -> serde_json::Value {
        let text = std::fs::read_to_string(root().join("tests/data/360giving").join(name))
            .expect("the vendored schema");
        serde_json::from_str(&text).expect("JSON")
    };
    let grant = read("360-giving-schema.json");
    // The package refers to the grant schema by its 1.4.2 address; 1.4.3 is the same schema.
    let base = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard";
    let registry = jsonschema::Registry::new()
        .add(
            format!("{base}/1.4.2/schema/360-giving-schema.json"),
            grant.clone(),
        )
        .and_then(|r| r.add(format!("{base}/1.4.3/schema/360-giving-schema.json"), grant))
        .and_then(|r| r.prepare())
        .expect("the registry");
    let validator = jsonschema::options()
        .with_registry(&registry)
        .should_validate_formats(true)
        .build(&read("360-giving-package-schema.json"))
        .expect("the schema compiles");
    validator
        .iter_errors(package)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn decided_grants_are_valid_360giving_without_personal_data() {
    // One grant to a sole trader: neither its name nor its number (a personnummer) is shown.
    let mut p = shipped();
    let sole_trader = p
        .applications
        .iter()
        .position(|a| a.id == "2020-0177")
        .expect("a granted application");
    p.applications[sole_trader].applicant.kind = anslag::application::ApplicantType::EnskildFirma;
    let package = anslag::opendata::package(&p).expect("the rules name the publisher");
    let errors = valid_360giving(&package);
    assert!(errors.is_empty(), "{errors:#?}");
    // A grant without a decision date is left out (the standard requires the award date),
    // and the rest still validates.
    let mut undated = p.clone();
    undated.applications[sole_trader].decision_date = None;
    let without = anslag::opendata::package(&undated).expect("package");
    assert_eq!(
        without["grants"].as_array().map(Vec::len),
        package["grants"].as_array().map(|g| g.len() - 1)
    );
    assert!(valid_360giving(&without).is_empty());
    assert_eq!(anslag::opendata::undated(&undated).len(), 1);
    // The validator is not blind: a grant without a currency code it knows is refused.
    let mut broken = package.clone();
    broken["grants"][0]["currency"] = serde_json::json!("KRONOR");
    assert!(
        !valid_360giving(&broken).is_empty(),
        "the schema check can fail"
    );

    let grants = package["grants"].as_array().expect("grants");
    let granted: Vec<_> = p
        .applications
        .iter()
        .filter(|a| {
            matches!(
                a.status,
                anslag::application::Status::Beviljad
                    | anslag::application::Status::Pagaende
                    | anslag::application::Status::Avslutad
            )
        })
        .collect();
    assert_eq!(grants.len(), granted.len());
    assert!(grants.len() >= 3, "the shipped data has decided grants");
    // Every amount awarded is the decided years' sum, to the krona.
    for (g, app) in grants.iter().zip(&granted) {
        let years: f64 = app.years.values().map(|v| v.to_f64()).sum();
        assert_eq!(g["amountAwarded"].as_f64(), Some(years), "{}", app.id);
        assert_eq!(
            g["id"],
            serde_json::json!(format!("360G-exempel-{}", app.id))
        );
        assert_eq!(g["fundingOrganization"][0]["id"], "SE-BLV-2321000172");
        assert!(
            g["beneficiaryLocation"]
                .as_array()
                .expect("places")
                .iter()
                .all(|l| l["geoCode"].as_str().is_some_and(|c| c.starts_with("19"))),
            "SCB kommunkoder in Västmanland: {}",
            g["beneficiaryLocation"]
        );
    }
    let sole = grants
        .iter()
        .find(|g| g["id"] == "360G-exempel-2020-0177")
        .expect("the sole trader's grant");
    assert!(sole.get("recipientOrganization").is_none());
    assert_eq!(sole["recipientIndividual"]["name"], "Enskild näringsidkare");
    let app = granted
        .iter()
        .find(|a| a.id == "2020-0177")
        .expect("in the data");
    let json = serde_json::to_string(&package).expect("text");
    assert!(!json.contains(&app.applicant.name), "no sole trader's name");
    if let Some(nr) = &app.applicant.org_nr {
        assert!(
            !json.contains(&anslag::deminimis::digits(nr)),
            "no personnummer"
        );
    }
    // Classifications name the RUS målområden and global goals by code and title.
    assert!(json.contains("\"vocabulary\":\"Agenda 2030: globalt mål\""));

    // The CSV is the same grants, flattened with the standard's titles, the same totals.
    let csv = anslag::opendata::csv(&package).expect("csv");
    let mut r = csv::Reader::from_reader(csv.as_slice());
    let headers = r.headers().expect("headers").clone();
    assert_eq!(&headers[0], "Identifier");
    let awarded = headers
        .iter()
        .position(|h| h == "Amount Awarded")
        .expect("Amount Awarded");
    assert!(headers.iter().any(|h| h == "Recipient Org:Identifier"));
    assert!(
        headers
            .iter()
            .any(|h| h == "Beneficiary Location:0:Geographic Code")
    );
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    assert_eq!(rows.len(), grants.len());
    let total_csv: f64 = rows
        .iter()
        .map(|row| row[awarded].parse::<f64>().expect("a number"))
        .sum();
    let total_json: f64 = grants
        .iter()
        .map(|g| g["amountAwarded"].as_f64().expect("number"))
        .sum();
    assert_eq!(total_csv, total_json);
}

#[test]
fn a_pots_proposal_as_pabulib_reads_back_equal() {
    let p = shipped();
    let a = optimise(&p, &quick());
    for pot in [
        anslag::application::Support::Projektmedel,
        anslag::application::Support::Foretagsstod,
        anslag::application::Support::KommersiellService,
    ] {
        let text = anslag::opendata::pabulib(&p, &a, pot);
        let read = anslag::bench::parse_pabulib(&text).expect("reads as Pabulib");
        assert_eq!(
            read.budget,
            p.scenario.budget(pot).expect("a budget").to_f64(),
            "{pot:?}"
        );
        // Every candidate of the pot that can be funded, with its cost and full score.
        let expected: Vec<(String, f64, f64)> = p
            .applications
            .iter()
            .zip(&p.assessments)
            .filter(|(app, s)| {
                app.support == pot && app.status.is_candidate() && s.eligibility.eligible()
            })
            .map(|(app, s)| (app.id.clone(), app.requested.to_f64(), s.score.total))
            .collect();
        assert_eq!(read.projects, expected, "{pot:?}");
        let mut funded: Vec<String> = a
            .funded
            .iter()
            .filter(|f| p.applications[f.app].support == pot)
            .map(|f| p.applications[f.app].id.clone())
            .collect();
        let mut selected = read.selected.clone();
        funded.sort();
        selected.sort();
        assert_eq!(selected, funded, "{pot:?}");
        assert!(
            !selected.is_empty(),
            "{pot:?}: the proposal funds something"
        );
        assert!(text.contains("\nVOTES\nvoter_id;vote\n"));
    }
}
