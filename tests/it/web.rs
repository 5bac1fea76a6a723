//! The web UI through its router, without a socket (`app(state).oneshot(request)`): every page,
//! every error path, escaping of hostile text, the scenario form and saving, and the public view.

use std::sync::OnceLock;

use anslag::web::{Access, AppState, app};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::support::{Data, root};
use anslag::portfolio::Portfolio;

/// The shipped data, loaded once for all tests (no background worker: tests stay quick and
/// the pages must say honestly that slow results are not computed).
fn shipped() -> AppState {
    static STATE: OnceLock<AppState> = OnceLock::new();
    STATE
        .get_or_init(|| AppState::load(&root(), Access::Local, false).expect("shipped data loads"))
        .clone()
}

/// A copy of the shipped data with only the bas scenario (quicker to load), changed by `edit`.
pub fn only_bas(edit: impl FnOnce(&Data)) -> Data {
    let data = Data::shipped();
    for other in [
        "budget-minus-10",
        "kompetensplan-prioriterad",
        "politisk-prioritering",
    ] {
        std::fs::remove_file(data.path(&format!("scenarios/2021/{other}.yaml"))).expect("rm");
    }
    edit(&data);
    data
}

struct Page {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

/// The answer to a request: status, headers and the body's bytes.
async fn fetch(
    state: &AppState,
    req: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let res = app(state.clone())
        .oneshot(req)
        .await
        .expect("router answers");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    (status, headers, bytes.to_vec())
}

async fn send(state: &AppState, req: Request<Body>) -> Page {
    let (status, headers, bytes) = fetch(state, req).await;
    Page {
        status,
        headers,
        body: String::from_utf8(bytes).expect("utf-8"),
    }
}

async fn get(state: &AppState, uri: &str) -> Page {
    send(
        state,
        Request::get(uri).body(Body::empty()).expect("request"),
    )
    .await
}

/// A form posted from this server's own page: it carries the server's CSRF token, as every
/// form the server renders for a viewer who is not logged in does.
async fn post(state: &AppState, uri: &str, form: &str, site: Option<&str>) -> Page {
    let form = if form.contains("csrf=") {
        form.to_string()
    } else {
        format!("{form}&csrf={}", state.0.csrf)
    };
    post_raw(state, uri, &form, site, None).await
}

/// A form posted exactly as given, with a cookie if any.
async fn post_raw(
    state: &AppState,
    uri: &str,
    form: &str,
    site: Option<&str>,
    cookie: Option<&str>,
) -> Page {
    let mut req =
        Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(site) = site {
        req = req.header("sec-fetch-site", site);
    }
    if let Some(cookie) = cookie {
        req = req.header(header::COOKIE, cookie);
    }
    send(
        state,
        req.body(Body::from(form.to_string())).expect("request"),
    )
    .await
}

async fn get_with(state: &AppState, uri: &str, cookie: &str) -> Page {
    send(
        state,
        Request::get(uri)
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .expect("request"),
    )
    .await
}

const PAGES: [&str; 17] = [
    "/",
    "/ansokningar",
    "/ansokningar?sortera=poang&ordning=fallande&pott=foretagsstod&kommun=K%C3%B6ping",
    "/ansokningar?nod=rus.nyskapande&mal=9&q=automation&forslag=ja",
    "/ansokan/2021-0004",
    "/strategi",
    "/scenarier",
    "/jamfor",
    "/jamfor?a=2021/bas&b=2021/politisk-prioritering",
    "/budgetkurva",
    "/beslutsunderlag?scenario=2021/politisk-prioritering",
    "/stodregister",
    "/stodregister?sok=556337-5053",
    "/beslut?organ=Regionstyrelsen",
    "/offentlig",
    "/tillganglighet",
    "/ordlista",
];

#[tokio::test]
async fn every_page_of_the_shipped_data_is_swedish_html_with_security_headers() {
    let state = shipped();
    for uri in PAGES {
        let page = get(&state, uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}: {}", page.body);
        assert!(
            page.body.starts_with("<!DOCTYPE html><html lang=\"sv\">"),
            "{uri}"
        );
        assert!(page.body.contains("<h1>"), "{uri}");
        let csp = page.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap_or("");
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("script-src"),
            "{uri}: {csp}"
        );
        assert_eq!(
            page.headers[header::X_CONTENT_TYPE_OPTIONS],
            "nosniff",
            "{uri}"
        );
        assert!(!page.body.contains("<script"), "{uri} has no script");
    }
}

#[tokio::test]
async fn the_ranking_filters_and_sorts_from_the_url() {
    let state = shipped();
    let all = get(&state, "/ansokningar").await;
    assert!(
        all.body.contains("Visar 134 av 134 ansökningar."),
        "{}",
        all.body
    );
    let pot = get(&state, "/ansokningar?pott=kommersiell_service").await;
    assert!(pot.body.contains("Visar 6 av 134 ansökningar."));
    // Sorted by requested amount, descending: the amounts in the table never increase.
    let sorted = get(&state, "/ansokningar?sortera=sokt&ordning=fallande").await;
    assert!(sorted.body.contains("aria-sort=\"descending\""));
    let amounts: Vec<i64> = sorted
        .body
        .split("<td class=\"num\"><span class=\"kr\">")
        .skip(1)
        .map(|s| {
            s.split(" kr")
                .next()
                .unwrap_or("")
                .replace('\u{a0}', "")
                .parse::<i64>()
                .unwrap_or(-1)
        })
        .collect();
    assert_eq!(amounts.len(), 134);
    assert!(amounts.windows(2).all(|w| w[0] >= w[1]), "{amounts:?}");
    // The filter form keeps what was chosen.
    let kept = get(&state, "/ansokningar?kommun=Sala").await;
    assert!(
        kept.body
            .contains("<option value=\"Sala\" selected>Sala</option>")
    );
    let text = get(&state, "/ansokningar?q=ELEKTRIFIERADE%20TRANSPORTER").await;
    assert!(
        text.body.contains("Visar 1 av 134 ansökningar."),
        "free text ignores case"
    );
    // … and diacritics: "vasteras" finds what "Västerås" finds.
    let shown = |body: &str| {
        body.split("Visar ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .and_then(|n| n.parse::<usize>().ok())
            .expect("a count")
    };
    let plain = get(&state, "/ansokningar?q=vasteras").await;
    let proper = get(&state, "/ansokningar?q=V%C3%A4ster%C3%A5s").await;
    assert!(shown(&plain.body) > 10);
    assert_eq!(shown(&plain.body), shown(&proper.body));
    // The shown set is summed.
    assert!(pot.body.contains("Sökt sammanlagt "), "{}", pot.body);
    // An empty result says what to do instead of showing a bare header.
    let none = get(&state, "/ansokningar?q=finns-inte-alls").await;
    assert!(none.body.contains("Ingen ansökan passar alla filtren."));
    assert!(!none.body.contains("<table class=\"ranking\">"));
    // The download follows the filters: six rows of commercial service, and a header.
    let csv = get(&state, "/export/rangordning.csv?pott=kommersiell_service").await;
    assert_eq!(
        csv.body.lines().filter(|l| !l.trim().is_empty()).count(),
        7,
        "{}",
        csv.body
    );
    assert!(
        pot.body
            .contains("/export/rangordning.csv?pott=kommersiell_service")
    );
    // An application opened from a filtered list leads back to the list as it was.
    assert!(
        pot.body
            .contains("href=\"/ansokan/2021-0125?pott=kommersiell_service\""),
        "{}",
        pot.body
    );
    let app = get(
        &state,
        "/ansokan/2021-0125?pott=kommersiell_service&sortera=poang",
    )
    .await;
    assert!(
        app.body
            .contains("href=\"/ansokningar?pott=kommersiell_service&amp;sortera=poang\""),
        "{}",
        app.body
    );
    // The strategy filter lists names in the hierarchy's order, numbers as numbers.
    // ("Delmål 2" and "Delmål 12" share a målområde; by text, 12 would come first).
    let (two, twelve) = (
        all.body.find("Delmål 2:").expect("2"),
        all.body.find("Delmål 12:").expect("12"),
    );
    assert!(two < twelve);
    assert!(!all.body.contains("(delmal.1)"));
}

#[tokio::test]
async fn bad_query_values_get_a_swedish_400_page_never_a_500() {
    let state = shipped();
    for (uri, expect) in [
        (
            "/ansokningar?sortera=pris",
            "Sortering: ”pris” är inget giltigt val",
        ),
        (
            "/ansokningar?pott=alla",
            "Pott: ”alla” är inget giltigt val",
        ),
        ("/ansokningar?mal=18", "inget heltal mellan 1 och 17"),
        ("/ansokningar?mal=9999999999999999999999", "inget heltal"),
        (
            "/ansokningar?kommun=Stockholm",
            "”Stockholm” finns inte bland valen",
        ),
        (
            "/ansokningar?nod=%3Cscript%3E",
            "”&lt;script&gt;” finns inte",
        ),
        ("/ansokningar?q=%00", "otillåtna styrtecken"),
        ("/offentlig?ordning=upp", "Ordning: ”upp”"),
        (
            "/jamfor?b=2021/finns-inte",
            "Det finns inget scenario ”2021/finns-inte”",
        ),
        ("/ansokningar?q=%ff%fe", "Visar 0 av 134"),
    ] {
        let page = get(&state, uri).await;
        let ok = if expect.starts_with("Visar") {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        };
        assert_eq!(page.status, ok, "{uri}");
        assert!(page.body.contains(expect), "{uri}: {}", page.body);
        assert!(page.body.contains("lang=\"sv\""), "{uri}");
    }
    let long = format!("/ansokningar?q={}", "a".repeat(5000));
    assert_eq!(get(&state, &long).await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn unknown_pages_scenarios_and_applications_are_404_with_a_hint() {
    let state = shipped();
    let page = get(&state, "/finns-inte").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("Det finns ingen sida med den adressen"));
    let page = get(&state, "/?scenario=../../etc/passwd").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(
        page.body.contains("2021/bas"),
        "lists the scenarios that exist"
    );
    let page = get(&state, "/ansokan/2021-004").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("menade du"), "{}", page.body);
}

#[tokio::test]
async fn an_application_page_explains_score_rules_and_funding() {
    let state = shipped();
    let page = get(&state, "/ansokan/2021-0004").await;
    assert!(
        page.body.contains("<h2>Poäng: 77,5 av 100</h2>"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("Kompetensplan Västmanland: Matchning på arbetsmarknaden (3/3)")
    );
    assert!(page.body.contains("Stödberättigad"));
    assert!(
        page.body
            .contains("<span class=\"yes\">Föreslås beviljas</span>. ")
    );
    // An ineligible application names the broken rule and its source.
    let ineligible = get(&state, "/ansokningar?forslag=nej").await;
    assert!(ineligible.body.contains("inte stödberättigad"));
    // Without a worker, the page says plainly that counterfactuals are not computed here.
    let crowded = state
        .default_scenario()
        .and_then(|s| {
            s.allocation
                .not_funded
                .iter()
                .find(|n| n.reason == anslag::optimise::Reason::CrowdedOut)
                .map(|n| s.portfolio.applications[n.app].id.clone())
        })
        .expect("a crowded-out application in the shipped data");
    let page = get(&state, &format!("/ansokan/{crowded}")).await;
    assert!(page.body.contains("ryms inte inom budget och villkor"));
    assert!(page.body.contains("beräknas inte på den här servern"));
}

#[tokio::test]
async fn hostile_text_in_the_files_comes_out_escaped_on_every_page() {
    let data = only_bas(|d| {
        d.replace(
            "scenarios/2021/ansokningar.yaml",
            "title: \"Testbädd för elektrifierade transporter i Västerås och Köping\"",
            "title: \"<script>alert('x')</script> & <img src=x onerror=alert(1)>\"",
        );
        d.replace(
            "scenarios/2021/bas.yaml",
            "name: \"Bas 2021\"",
            "name: \"Bas <svg onload=alert(1)>\"",
        );
    });
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    for uri in [
        "/",
        "/ansokningar",
        "/ansokan/2021-0001",
        "/beslutsunderlag",
        "/strategi",
        "/scenarier",
        "/jamfor",
    ] {
        let page = get(&state, uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert!(!page.body.contains("<script>alert"), "{uri}");
        assert!(!page.body.contains("<img src=x"), "{uri}");
        assert!(!page.body.contains("<svg onload"), "{uri}");
    }
    let page = get(&state, "/ansokningar").await;
    assert!(
        page.body
            .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;img")
    );
    // The chart titles carry the scenario name, escaped by the chart code.
    let page = get(&state, "/").await;
    assert!(
        page.body.contains("Bas &lt;svg onload=alert(1)&gt;"),
        "{}",
        page.body
    );
}

const SIMULATE: &str = "/scenarier?simulera=1&budget.projektmedel=12+mkr&budget.foretagsstod=13%2C2+mkr&budget.kommersiell_service=0%2C5+mkr&vikt.alignment=0%2C5&vikt.agenda2030=0%2C2&vikt.quality=0%2C3&min_score=35&mal=score";

#[tokio::test]
async fn the_scenario_form_simulates_and_shows_the_difference() {
    let state = shipped();
    let form = get(&state, "/scenarier").await;
    assert!(
        form.body.contains("value=\"18,4 mkr\""),
        "pre-filled from the scenario"
    );
    let page = get(&state, SIMULATE).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Den nya fördelningen"));
    assert!(
        page.body.contains("Faller bort"),
        "a smaller projektmedel pot drops projects"
    );
    assert!(
        page.body.contains("value=\"12 mkr\""),
        "the form keeps what was entered"
    );
    assert!(
        page.body.contains("Spara som nytt scenario"),
        "loopback may save"
    );
    // The result comes before the form, with totals side by side, the whole new allocation
    // and a download of it.
    let text = visible_text(&page.body);
    let at = |words: &str| {
        text.find(words)
            .unwrap_or_else(|| panic!("{words} not on the page: {text}"))
    };
    assert!(at("Den nya fördelningen") < at("Ändra förutsättningarna"));
    assert!(at("Ändra förutsättningarna") < at("Budget per pott"));
    for words in [
        "Ansökningar som föreslås beviljas",
        "Föreslaget belopp",
        "Kvar i potterna",
        "Potterna i den nya fördelningen",
        "Hela den nya fördelningen (",
        "Oförändrad",
        "Ladda ner den nya fördelningen:",
        "Excel (xlsx)",
    ] {
        at(words);
    }
    // Under "Flest poäng" with the same weights the mean scores compare; the sums of the two
    // strategies' own measures never appear.
    at("Snittpoäng för de föreslagna");
    assert!(!text.contains("Måluppfyllelse"), "{text}");
    let csv = get(&state, &format!("{SIMULATE}&hamta=csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers[header::CONTENT_DISPOSITION]
            .to_str()
            .expect("ascii")
            .contains("anslag-2021-bas-scenario-forslag.csv"),
        "{:?}",
        csv.headers
    );
    let funded_rows = page.body.matches("<td class=\"nw\">").count();
    assert!(funded_rows > 10, "{funded_rows}");
    // Other weights: the mean scores are not compared, and the page says why.
    let other = get(
        &state,
        &SIMULATE.replace("vikt.alignment=0%2C5", "vikt.alignment=0%2C9"),
    )
    .await;
    assert!(
        visible_text(&other.body).contains("Snittpoängen jämförs inte"),
        "{}",
        other.body
    );
    // The same values as the scenario: no difference at all.
    let same = get(
        &state,
        "/scenarier?simulera=1&budget.projektmedel=18%2C4+mkr&budget.foretagsstod=13%2C2+mkr&budget.kommersiell_service=0%2C5+mkr&vikt.alignment=0%2C5&vikt.agenda2030=0%2C2&vikt.quality=0%2C3&min_score=35",
    )
    .await;
    assert!(same.body.contains("Ingen skillnad"), "{}", same.body);
}

/// The form offers the three strategies by name, each with its sentence, and a simulation with
/// the ranking first says what its status means.
#[tokio::test]
async fn the_scenario_form_offers_three_named_strategies() {
    let state = shipped();
    let form = get(&state, "/scenarier").await;
    for words in [
        "<option value=\"rank\" selected>Rangordningen först</option>",
        "<option value=\"value\">Mest kvalitet för pengarna</option>",
        "<option value=\"score\">Flest poäng</option>",
        "vilket gynnar många små",
    ] {
        assert!(form.body.contains(words), "{words}");
    }
    let page = get(
        &state,
        "/scenarier?simulera=1&budget.projektmedel=18%2C4+mkr&budget.foretagsstod=13%2C2+mkr&budget.kommersiell_service=0%2C5+mkr&vikt.alignment=0%2C5&vikt.agenda2030=0%2C2&vikt.quality=0%2C3&min_score=35&mal=rank",
    )
    .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body
            .contains("Förslaget följer rangordningen, bevisat")
            && page
                .body
                .contains("<strong>Strategi: Rangordningen först.</strong>"),
        "{}",
        page.body
    );
    let bad = get(&state, "/scenarier?simulera=1&mal=lottning").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("Rangordningen först"), "{}", bad.body);
}

/// An English reader sees the form's amounts the English way and may type them so; Swedish
/// amounts are still read.
#[tokio::test]
async fn the_scenario_form_reads_english_amounts_in_english() {
    let state = shipped();
    let form = get(&state, "/scenarier?lang=en").await;
    assert!(
        form.body.contains("value=\"SEK 18.4 million\""),
        "pre-filled the English way"
    );
    let same = get(
        &state,
        "/scenarier?lang=en&simulera=1&budget.projektmedel=SEK+18.4+million&budget.foretagsstod=13%2C200%2C000&budget.kommersiell_service=0%2C5+mkr&vikt.alignment=0.50&vikt.agenda2030=0.2&vikt.quality=0%2C3&min_score=35",
    )
    .await;
    assert_eq!(same.status, StatusCode::OK, "{}", same.body);
    assert!(same.body.contains("No difference"), "{}", same.body);
    let bad = get(
        &state,
        "/scenarier?lang=en&simulera=1&budget.projektmedel=lots&budget.foretagsstod=13.2+million&budget.kommersiell_service=0.5m&vikt.alignment=0.5&vikt.agenda2030=0.2&vikt.quality=0.3&min_score=35",
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(
        bad.body.contains(
            "“lots” cannot be read (not a number; write e.g. 1,200,000, SEK 1.2 million or 850k)"
        ),
        "{}",
        bad.body
    );
}

#[tokio::test]
async fn bad_form_values_are_all_reported_beside_their_fields() {
    let state = shipped();
    let page = get(
        &state,
        "/scenarier?simulera=1&budget.projektmedel=mycket&budget.foretagsstod=13%2C2+mkr&budget.kommersiell_service=-5&vikt.alignment=x&vikt.agenda2030=0&vikt.quality=0&min_score=101&must_fund=2021-001+sk%C3%A4l%0A2021-0002&exclude=2021-0002",
    )
    .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    for expect in [
        "Rätta följande",
        "Budgeten för Projektmedel: ”mycket” går inte att läsa",
        "Budgeten för Kommersiell service: ”-5”",
        "Vikten för Strategisk förankring: ”x”",
        "Lägsta poäng: ”101”",
        "Det finns ingen ansökan ”2021-001”",
        "2021-0002 saknar skäl",
        "aria-invalid=\"true\"",
    ] {
        assert!(page.body.contains(expect), "{expect}: {}", page.body);
    }
    assert!(
        page.body.contains("value=\"mycket\""),
        "nothing typed is lost"
    );
}

/// Jämför says first what differs between the two scenarios' settings (only what differs),
/// and compares mean scores only where both score the same way.
#[tokio::test]
async fn the_comparison_shows_the_differing_settings_first() {
    let state = shipped();
    let page = get(&state, "/jamfor?a=2021/bas&b=2021/politisk-prioritering").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = visible_text(&page.body);
    let at = |words: &str| {
        text.find(words)
            .unwrap_or_else(|| panic!("{words} not on the page: {text}"))
    };
    assert!(
        at("Det här skiljer scenarierna åt")
            < at("Skillnad från Bas 2021 till Politisk prioritering 2021")
    );
    at("2021-0001 (Regionstyrelsens beslut 2021-03-09 §6");
    at("2021-0016 (Dubbelfinansiering utreds");
    assert!(
        !text.contains("Budget för projektmedel"),
        "same budgets are not listed"
    );
    at("Snittpoäng för de föreslagna");
    assert!(!text.contains("måluppfyllelse"), "{text}");
    let cut = get(&state, "/jamfor?a=2021/bas&b=2021/budget-minus-10").await;
    let text = visible_text(&cut.body);
    let squeezed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        squeezed.contains("Budget för projektmedel 18 400 000 kr 16 560 000 kr"),
        "{squeezed}"
    );
    let same = get(&state, "/jamfor?a=2021/bas&b=2021/bas").await;
    assert!(
        visible_text(&same.body).contains("Scenarierna har samma budget, vikter"),
        "{}",
        same.body
    );
}

#[tokio::test]
async fn saving_writes_a_new_inheriting_scenario_and_never_overwrites() {
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let form = format!(
        "{}&namn=Mindre+projektpott+%22test%22&fil=mindre-projekt&must_fund=2021-0001+Regionstyrelsens+beslut%3A+%22ja%22",
        SIMULATE.trim_start_matches("/scenarier?")
    );
    let page = post(&state, "/scenarier/spara", &form, Some("same-origin")).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(
        page.headers[header::LOCATION],
        "/?scenario=2021%2Fmindre-projekt&sparat=1"
    );
    // The overview it leads to says what was saved, and where.
    let saved = get(&state, "/?scenario=2021%2Fmindre-projekt&sparat=1").await;
    assert!(
        visible_text(&saved.body).contains(
            "Scenariot ”Mindre projektpott \"test\"” är sparat i filen mindre-projekt.yaml"
        ),
        "{}",
        saved.body
    );
    let text = data.read("scenarios/2021/mindre-projekt.yaml");
    assert!(text.contains("base: \"bas.yaml\""), "{text}");
    assert!(
        text.contains("reason: \"Regionstyrelsens beslut: \\\"ja\\\"\""),
        "{text}"
    );
    // It loads with the CLI's loader, with the budget and the lock from the form.
    let p = anslag::portfolio::Portfolio::load(&data.path("scenarios/2021/mindre-projekt.yaml"))
        .expect("the saved file loads");
    assert_eq!(p.scenario.name, "Mindre projektpott \"test\"");
    assert_eq!(
        p.scenario
            .budget(anslag::application::Support::Projektmedel),
        Some(anslag::money::Sek::kr(12_000_000))
    );
    assert!(p.scenario.is_must_fund("2021-0001"));
    // The server shows it at once.
    let page = get(&state, "/?scenario=2021/mindre-projekt").await;
    assert_eq!(page.status, StatusCode::OK);
    // The same file name again is refused and the file is unchanged.
    let again = post(
        &state,
        "/scenarier/spara",
        &form.replace("Mindre", "Annan"),
        Some("same-origin"),
    )
    .await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(
        again
            .body
            .contains("Det finns redan en fil mindre-projekt.yaml")
    );
    assert_eq!(data.read("scenarios/2021/mindre-projekt.yaml"), text);
    // A path in the file name goes nowhere.
    let escape = post(
        &state,
        "/scenarier/spara",
        &form.replace("fil=mindre-projekt", "fil=..%2F..%2Fstrategies%2Fx"),
        Some("same-origin"),
    )
    .await;
    assert_eq!(escape.status, StatusCode::BAD_REQUEST);
    assert!(!data.path("strategies/x.yaml").exists());
}

#[tokio::test]
async fn cross_site_posts_and_exposed_servers_cannot_save() {
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let form = format!(
        "{}&namn=X&fil=fremmande",
        SIMULATE.trim_start_matches("/scenarier?")
    );
    let page = post(&state, "/scenarier/spara", &form, Some("cross-site")).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(!data.path("scenarios/2021/fremmande.yaml").exists());
    let exposed = AppState::load(data.dir.path(), Access::Public, false).expect("loads");
    let page = post(&exposed, "/scenarier/spara", &form, Some("same-origin")).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(!data.path("scenarios/2021/fremmande.yaml").exists());
    for uri in [
        "/ansokningar",
        "/ansokan/2021-0004",
        "/scenarier",
        "/beslutsunderlag",
        "/export/rangordning.xlsx",
    ] {
        assert_eq!(
            get(&exposed, uri).await.status,
            StatusCode::NOT_FOUND,
            "{uri}"
        );
    }
    let home = get(&exposed, "/").await;
    assert!(home.body.contains("Så fördelas 1:1-anslaget"));
    assert!(
        !home.body.contains("Huvudmeny"),
        "no internal menu when exposed"
    );
}

#[tokio::test]
async fn the_public_view_shows_decided_grants_only() {
    let state = shipped();
    let page = get(&state, "/offentlig").await;
    assert!(page.body.contains("2020-0177"), "a decided grant is public");
    assert!(
        page.body.contains("2020-0114"),
        "an ongoing project is public"
    );
    assert!(
        !page.body.contains("2021-0004"),
        "a pending application is not"
    );
    assert!(!page.body.contains("poäng"), "no scores in public");
    assert!(
        !page.body.contains("556"),
        "no organisation numbers in public"
    );
    let filtered = get(&state, "/offentlig?pott=projektmedel&sortera=titel").await;
    assert!(
        !filtered.body.contains("2020-0202"),
        "företagsstöd filtered out"
    );
}

#[tokio::test]
async fn the_memo_groups_the_proposal_by_decision_body_with_two_sentences_each() {
    let state = shipped();
    let page = get(
        &state,
        "/beslutsunderlag?scenario=2021/politisk-prioritering&dnr=RS%202021/99",
    )
    .await;
    // The heading block: the matter, the bodies, the diarienummer typed in, the version.
    assert!(page.body.contains("<dt>Ärende</dt><dd>Fördelning av 2021 års medel ur anslaget 1:1 Regionala tillväxtåtgärder</dd>"), "{}", page.body);
    assert!(
        page.body
            .contains("<dd>Regionstyrelsen och Regionala utvecklingsnämnden</dd>")
    );
    assert!(
        page.body
            .contains("<dt>Diarienummer</dt><dd>RS 2021/99</dd>")
    );
    assert!(
        page.body
            .contains("<h2 id=\"forslag-till-beslut\">Förslag till beslut</h2>")
    );
    assert!(page.body.contains("<h3>Regionstyrelsen</h3>"));
    assert!(page.body.contains("<h3>Regionala utvecklingsnämnden</h3>"));
    assert!(
        page.body
            .contains("Regionstyrelsen beslutar om projektmedel över 1 000 000 kr.")
    );
    assert!(page.body.contains(
        "Ska beviljas (politiskt ställningstagande): Regionstyrelsens beslut <span class=\"nw\">2021-03-09</span> §6"
    ));
    let text = visible_text(&page.body);
    assert!(text.contains("2021-0001 föreslås även utan låsningen, så låsningen ändrar inget."));
    assert!(text.contains("Att tvinga in 2021-0017 gör att 2021-0025 inte föreslås (180 000 kr)."));
    // Every funded application above the delegation's limit has a reason of two sentences
    // under its body; every one on delegation is in the appendix; every one is named.
    let s = state
        .scenario(Some("2021/politisk-prioritering"))
        .expect("scenario");
    let delegated = s
        .allocation
        .funded
        .iter()
        .filter(|f| f.decision_body == "Delegation")
        .count();
    assert!(delegated > 0 && delegated < s.allocation.funded.len());
    assert_eq!(
        page.body.matches("<td>Föreslås beviljas ").count()
            + page.body.matches("<td>Ska beviljas ").count(),
        s.allocation.funded.len() - delegated
    );
    let appendix = &page.body[page
        .body
        .find("id=\"bilaga-delegation\"")
        .expect("appendix")..];
    for f in &s.allocation.funded {
        let id = &s.portfolio.applications[f.app].id;
        assert!(
            page.body.contains(&format!("<strong>{id}</strong>"))
                || appendix.contains(&format!("<td>{id}</td>")),
            "{id}"
        );
    }
    assert_eq!(
        appendix.matches("\">Avslag: ").count() + delegated,
        appendix.matches("<tr><td>").count()
    );
    // Charts are inline SVG with unique ids and a text alternative.
    assert!(page.body.contains("id=\"memo-malomrade-title\""));
    assert!(page.body.contains("<desc id=\"memo-pott-desc\">"));
}

#[tokio::test]
async fn the_accessibility_statement_has_what_digg_asks_for_with_the_regions_contacts() {
    let state = shipped();
    let page = get(&state, "/tillganglighet").await;
    for needed in [
        "Region Västmanland står bakom tjänsten",
        "delvis förenlig",
        "Innehåll som inte är tillgängligt",
        "mailto:region@regionvastmanland.se",
        "021-17 30 00",
        "inom fem arbetsdagar",
        "href=\"https://www.digg.se/tdosanmalan\"",
        "Den senaste bedömningen gjordes den 2026-12-06",
    ] {
        assert!(page.body.contains(needed), "{needed}: {}", page.body);
    }
    assert!(!page.body.contains(".ci/run"));
    // A mistake in the region's file is named with its line, and the page still answers.
    let data = only_bas(|d| {
        let path = d.path("tillganglighet.yaml");
        let text = std::fs::read_to_string(&path).expect("read");
        std::fs::write(
            &path,
            text.replace("assessed: 2026-12-06", "assessed: igår"),
        )
        .expect("write");
    });
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let page = get(&state, "/tillganglighet").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("tillganglighet.yaml:"), "{}", page.body);
    assert!(page.body.contains("assessed"), "{}", page.body);
    // Without the file, the page says that the contact details are missing.
    let data = only_bas(|d| std::fs::remove_file(d.path("tillganglighet.yaml")).expect("rm"));
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let page = get(&state, "/tillganglighet").await;
    assert!(
        page.body.contains("Kontaktuppgifter saknas"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn the_memo_shows_every_body_even_with_nothing_to_decide() {
    // With the delegation's limit at 100 mkr, everything is decided on delegation.
    let data = only_bas(|d| {
        let path = d.path("strategies/riktlinjer.yaml");
        let text = std::fs::read_to_string(&path).expect("rules");
        assert!(text.contains("threshold: \"1 000 000\""));
        std::fs::write(
            &path,
            text.replace("threshold: \"1 000 000\"", "threshold: \"100 000 000\""),
        )
        .expect("write");
    });
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let page = get(&state, "/beslutsunderlag").await;
    assert!(page.body.contains("<h3>Regionstyrelsen</h3>"));
    assert!(page.body.contains("<h3>Regionala utvecklingsnämnden</h3>"));
    assert!(
        page.body
            .contains("Inget i förslaget beslutas av Regionstyrelsen."),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("Inget i förslaget beslutas av Regionala utvecklingsnämnden.")
    );
    assert!(!page.body.contains("Föreslås beviljas "));
    // As many as the summary says the proposal funds ("… för 2021 på 71 ansökningar.").
    let summary = page
        .body
        .split("<p>Förslaget fördelar ")
        .nth(1)
        .and_then(|rest| rest.split(" ansökningar.</p>").next())
        .expect("summary");
    let funded = summary.rsplit(' ').next().expect("count");
    assert!(
        page.body.contains(&format!(
            "Ansökningar på högst 100 000 000 kr beslutas på delegation: {funded} föreslås beviljas"
        )),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn the_budget_curve_and_counterfactuals_appear_when_computed() {
    let state = shipped();
    let page = get(&state, "/budgetkurva").await;
    assert!(page.body.contains("beräknas inte på den här servern"));
    // With a worker, the curve is computed in the background and then shown.
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, true).expect("loads");
    let s = state.default_scenario().expect("bas");
    let waited = std::time::Instant::now();
    while s.frontier.get().is_none() && waited.elapsed() < std::time::Duration::from_secs(600) {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let page = get(&state, "/budgetkurva").await;
    assert!(
        page.body.contains("Förslaget vid varje budgetnivå"),
        "{}",
        page.body
    );
    assert_eq!(
        page.body.matches("&nbsp;%</td>").count() + page.body.matches("\u{a0}%</td>").count(),
        21
    );
    // The stability (anslag stability's defaults) comes the same way: a column in the list and
    // a sentence on the application, the same as the computation says.
    while s.stability.get().is_none() && waited.elapsed() < std::time::Duration::from_secs(600) {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let st = s.stability.get().expect("stability computed");
    assert_eq!((st.draws, st.seed), (500, 1));
    let list = get(&state, "/ansokningar").await;
    assert!(list.body.contains(">Stabilitet</a></th>"), "{}", list.body);
    let text = visible_text(&list.body);
    assert!(text.contains("säker") && text.contains("utanför"), "{text}");
    let first = &s.portfolio.applications[*st.funded.keys().next().expect("a candidate")];
    let index = s
        .portfolio
        .applications
        .iter()
        .position(|a| a.id == first.id)
        .expect("index");
    let page = get(&state, &format!("/ansokan/{}", first.id)).await;
    let expected = match st.class(index) {
        anslag::stability::Class::Saker => "Förslaget för ansökan är säkert",
        anslag::stability::Class::Osaker => "Förslaget för ansökan är osäkert",
        anslag::stability::Class::Utanfor => "Ansökan ligger utanför",
    };
    assert!(visible_text(&page.body).contains(expected), "{}", page.body);
}

/// The part of `body` from the first `start` up to and including the next `end`, one element
/// per line so that a snapshot's diff shows what changed.
fn fragment(body: &str, start: &str, end: &str) -> String {
    let from = body
        .find(start)
        .unwrap_or_else(|| panic!("{start} not in page"));
    let rest = &body[from..];
    let to = rest.find(end).map_or(rest.len(), |i| i + end.len());
    rest[..to]
        .replace("<tr", "\n<tr")
        .replace("<dt", "\n<dt")
        .replace("<li", "\n<li")
        .replace("<h3", "\n<h3")
        .replace("<p", "\n<p")
}

#[tokio::test]
async fn key_html_fragments_match_their_reviewed_snapshots() {
    let state = shipped();
    let overview = get(&state, "/").await.body;
    insta::assert_snapshot!(
        "oversikt_nyckeltal",
        fragment(&overview, "<dl class=\"figures\">", "</dl>")
    );
    insta::assert_snapshot!(
        "oversikt_budget",
        fragment(&overview, "<h2>Budget per pott</h2>", "</table>")
    );
    let ranking = get(&state, "/ansokningar?pott=kommersiell_service")
        .await
        .body;
    insta::assert_snapshot!(
        "ansokningar_kommersiell_service",
        fragment(&ranking, "<table class=\"ranking\">", "</table>")
    );
    // The CSRF token is random per server: the snapshot shows where it goes, not its value.
    let application = get(&state, "/ansokan/2021-0004")
        .await
        .body
        .replace(&state.0.csrf, "[csrf]");
    insta::assert_snapshot!(
        "ansokan_poang_och_forslag",
        fragment(&application, "<section class=\"verdict\"", "</main>")
    );
    let memo = get(
        &state,
        "/beslutsunderlag?scenario=2021/politisk-prioritering",
    )
    .await
    .body;
    insta::assert_snapshot!(
        "beslutsunderlag_sammanfattning",
        fragment(
            &memo,
            "<section aria-labelledby=\"sammanfattning\">",
            "</section>"
        )
    );
}

#[tokio::test]
async fn odd_paths_and_methods_get_swedish_pages() {
    let state = shipped();
    let page = get(&state, "/ansokan/%ff%fe").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.body.contains("ogiltig UTF-8"), "{}", page.body);
    let page = post(&state, "/ansokningar", "x=1", Some("same-origin")).await;
    assert_eq!(page.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(page.body.contains("Fel slags begäran"), "{}", page.body);
    let page = get(&state, "/scenarier/spara").await;
    assert_eq!(page.status, StatusCode::METHOD_NOT_ALLOWED);
}

async fn get_bytes(state: &AppState, uri: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    fetch(
        state,
        Request::get(uri).body(Body::empty()).expect("request"),
    )
    .await
}

#[tokio::test]
async fn spreadsheets_download_from_the_pages_that_show_them() {
    use calamine::{Reader, Xlsx, open_workbook_from_rs};
    let state = shipped();
    let ranking = get(&state, "/ansokningar").await;
    assert!(ranking.body.contains("href=\"/export/rangordning.xlsx\""));
    let (status, headers, bytes) = get_bytes(&state, "/export/rangordning.xlsx").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"anslag-2021-bas-rangordning.xlsx\""
    );
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("opens");
    assert_eq!(
        book.worksheet_range("Rangordning")
            .expect("sheet")
            .rows()
            .count(),
        131
    );
    let (status, headers, bytes) = get_bytes(
        &state,
        "/export/forslag.csv?scenario=2021/politisk-prioritering",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap_or("")
            .starts_with("text/csv")
    );
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    let (status, _, bytes) = get_bytes(
        &state,
        "/export/jamforelse.csv?a=2021/bas&b=2021/budget-minus-10",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    assert!(text.contains("Faller bort;"), "{text}");
    for bad in [
        "/export/hemligt.xlsx",
        "/export/rangordning.exe",
        "/export/..%2F..%2Fetc%2Fpasswd",
    ] {
        let (status, _, _) = get_bytes(&state, bad).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{bad}");
    }
}

/// The version token the Ansökan page's form carries.
fn version_of(page: &str) -> String {
    let marker = "name=\"version\" value=\"";
    let at = page.find(marker).expect("a version token") + marker.len();
    page[at..].split('"').next().unwrap_or("").to_string()
}

/// The assessment form as a browser posts it: one choice per rating (those not named here
/// are "Ingen bedömning"), the status, who and why. `links` are `(node, rating)` pairs.
fn assessment_form(version: &str, links: &[(&str, &str)], who: &str) -> String {
    let mut form = form_urlencoded::Serializer::new(String::new());
    form.append_pair("version", version);
    for (node, rating) in links {
        form.append_pair(&format!("l.{node}"), rating);
    }
    form.append_pair("g.4", "3")
        .append_pair("g.8", "2")
        .append_pair("k.forandringslogik", "3")
        .append_pair("status", "under_beredning")
        .append_pair("vem", who)
        .append_pair("skal", "Beredningsmötet 2021-03-10")
        .finish()
}

/// The option chosen in a page's select.
fn chosen(page: &str, id: &str) -> String {
    let at = page
        .find(&format!("<select id=\"{id}\""))
        .unwrap_or_else(|| panic!("no select {id}"));
    let select = &page[at..at + page[at..].find("</select>").expect("closed")];
    let marker = "\" selected";
    select
        .find(marker)
        .map(|end| {
            let start = select[..end].rfind('"').expect("value") + 1;
            select[start..end].to_string()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn an_assessment_edit_is_saved_beside_the_file_logged_and_scored_again() {
    let data = only_bas(|_| {});
    let original = data.read("scenarios/2021/ansokningar.yaml");
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let before = get(&state, "/ansokan/2021-0004").await;
    assert!(before.body.contains("Ändra bedömningen"));
    // Ratings are chosen by name, 0–3, one choice per goal; no internal id is shown.
    assert!(
        before
            .body
            .contains("<label for=\"b-l.kpv.matchning\">Matchning på arbetsmarknaden</label>")
    );
    assert_eq!(chosen(&before.body, "b-l.kpv.matchning"), "3");
    assert!(
        before
            .body
            .contains("<option value=\"2\">2 – i hög grad</option>")
    );
    let shown = visible_text(&before.body);
    for key in [
        "kpv.matchning",
        "apv.industri",
        "forandringslogik",
        "under_beredning",
    ] {
        assert!(!shown.contains(key), "{key} is shown");
    }
    let version = version_of(&before.body);
    let page = post(
        &state,
        "/ansokan/2021-0004/bedomning",
        &assessment_form(&version, &[("kpv.matchning", "1")], "Anna Handläggare"),
        Some("same-origin"),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert!(
        page.headers[header::LOCATION]
            .to_str()
            .expect("ascii")
            .ends_with("sparad=1#sparat")
    );
    // The hand-written file is untouched; the overlay and the log hold the change.
    assert_eq!(data.read("scenarios/2021/ansokningar.yaml"), original);
    let overlay = data.read("scenarios/2021/ansokningar.bedomningar.yaml");
    assert!(
        overlay.contains("- id: \"2021-0004\"") && overlay.contains("\"kpv.matchning\": 1"),
        "{overlay}"
    );
    let log = data.read("scenarios/2021/ansokningar.bedomningar.logg.csv");
    assert!(log.starts_with("tid;vem;ansökan;ändring;skäl"), "{log}");
    assert!(
        log.contains(";Anna Handläggare;2021-0004;") && log.contains("Beredningsmötet"),
        "{log}"
    );
    assert!(
        log.starts_with("tid;vem;ansökan;ändring;skäl;följd i förslaget"),
        "{log}"
    );
    // The page and the CLI's loader both see the new score.
    let after = get(&state, "/ansokan/2021-0004?sparad=1").await;
    assert!(
        !after.body.contains("<h2>Poäng: 77,5 av 100</h2>"),
        "the score changed"
    );
    let p = Portfolio::load(&data.path("scenarios/2021/bas.yaml")).expect("loads with the overlay");
    let (app, _) = p.application("2021-0004").expect("exists");
    assert_eq!(app.links.get("kpv.matchning"), Some(&1));
    // The notice says what changed, by name, and what that did to the proposal — true by a
    // solve of its own, before and after.
    let text = squeeze(&visible_text(&after.body));
    let notice = &text[text.find("Bedömningen är sparad").expect("the notice")..];
    assert!(
        notice.contains("Det här ändrades: ")
            && notice.contains("Matchning på arbetsmarknaden: 3 → 1;")
            && notice.contains("Mål 5: Jämställdhet: 2 → ingen bedömning"),
        "{notice}"
    );
    assert!(
        notice.contains("I scenariot Bas 2021: Poängen ändrades från 77,5 till"),
        "{notice}"
    );
    let settings = anslag::optimise::Settings {
        counterfactuals: false,
        ..Default::default()
    };
    let original = Portfolio::load(&root().join("scenarios/2021/bas.yaml")).expect("shipped");
    let funded = |p: &Portfolio| {
        let i = p
            .applications
            .iter()
            .position(|a| a.id == "2021-0004")
            .expect("in");
        anslag::optimise::optimise(p, &settings)
            .funded
            .iter()
            .any(|f| f.app == i)
    };
    let verdict = |yes: bool| if yes { "beviljande av" } else { "avslag" };
    let expected = if funded(&original) == funded(&p) {
        format!(
            "Förslaget för 2021-0004 är detsamma som förut: {}",
            verdict(funded(&p))
        )
    } else {
        format!(
            "Förslaget för 2021-0004 ändrades från {} ",
            verdict(funded(&original))
        )
    };
    assert!(notice.contains(&expected), "{expected}: {notice}");
    // The change log shows the save.
    let log_text = &text[text.find("Ändringar av bedömningen").expect("the log")..];
    assert!(
        log_text.contains("Anna Handläggare Styrkeområde automation")
            && log_text.contains("Matchning på arbetsmarknaden: 3 → 1"),
        "{log_text}"
    );
    assert!(log_text.contains("Beredningsmötet 2021-03-10 I scenariot Bas 2021"));
    // Saving what is already there changes nothing and says so.
    let page = post(
        &state,
        "/ansokan/2021-0004/bedomning",
        &assessment_form(
            &version_of(&after.body),
            &[("kpv.matchning", "1")],
            "Anna Handläggare",
        ),
        Some("same-origin"),
    )
    .await;
    assert!(
        page.headers[header::LOCATION]
            .to_str()
            .expect("ascii")
            .contains("oforandrad=1")
    );
    assert_eq!(
        data.read("scenarios/2021/ansokningar.bedomningar.logg.csv"),
        log
    );
    let same = get(&state, "/ansokan/2021-0004?oforandrad=1").await;
    assert!(same.body.contains("Du ändrade inget i bedömningen"));
    // A second save keeps the first version beside it.
    let version = version_of(&after.body);
    let page = post(
        &state,
        "/ansokan/2021-0004/bedomning",
        &assessment_form(&version, &[("kpv.matchning", "2")], "Anna Handläggare"),
        Some("same-origin"),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(
        data.read("scenarios/2021/ansokningar.bedomningar.yaml.forra"),
        overlay
    );
}

/// The version is per application: a save on one application does not turn away a save on
/// another opened before it. Two saves on the same application from the same old page: the
/// second is shown both changes merged, and saving that keeps both.
#[tokio::test]
async fn saves_conflict_per_application_and_a_conflict_merges_both_changes() {
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let page = get(&state, "/ansokan/2021-0004").await.body;
    let other = get(&state, "/ansokan/2021-0008").await.body;
    let (version, version_8) = (version_of(&page), version_of(&other));
    // The form as a browser posts it: every shown value, then one change.
    let posted = |body: &str, version: &str, change: (&str, &str), who: &str| {
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut rest = body;
        while let Some(at) = rest.find("<select id=\"") {
            rest = &rest[at..];
            let name_at = rest.find("name=\"").expect("name") + 6;
            let name = rest[name_at..].split('"').next().unwrap_or("").to_string();
            let id_at = 12;
            let id = rest[id_at..].split('"').next().unwrap_or("").to_string();
            pairs.push((name, chosen(body, &id)));
            rest = &rest[1..];
        }
        let mut hidden_at = body;
        while let Some(at) = hidden_at.find("type=\"hidden\" name=\"o.") {
            hidden_at = &hidden_at[at + 20..];
            let name = hidden_at.split('"').next().unwrap_or("").to_string();
            let v_at = hidden_at.find("value=\"").expect("value") + 7;
            pairs.push((
                name,
                hidden_at[v_at..]
                    .split('"')
                    .next()
                    .unwrap_or("")
                    .to_string(),
            ));
        }
        let mut form = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            form.append_pair(k, if k == change.0 { change.1 } else { v });
        }
        form.append_pair("version", version)
            .append_pair("scenario", "2021/bas")
            .append_pair("vem", who)
            .append_pair("skal", "Beredningsmötet")
            .finish()
    };
    let saved = |r: &Page| r.status == StatusCode::SEE_OTHER;
    let a = post(
        &state,
        "/ansokan/2021-0004/bedomning",
        &posted(&page, &version, ("l.kpv.matchning", "2"), "A"),
        Some("same-origin"),
    )
    .await;
    assert!(saved(&a), "{}", a.body);
    // Another application's page, opened before A saved, saves without a conflict.
    let c = post(
        &state,
        "/ansokan/2021-0008/bedomning",
        &posted(&other, &version_8, ("g.17", "1"), "C"),
        Some("same-origin"),
    )
    .await;
    assert!(
        saved(&c),
        "another application is not a conflict: {}",
        c.body
    );
    // B saves another field of 2021-0004 from the old page: merged, not lost.
    let b = post(
        &state,
        "/ansokan/2021-0004/bedomning",
        &posted(&page, &version, ("g.17", "2"), "B"),
        Some("same-origin"),
    )
    .await;
    assert_eq!(b.status, StatusCode::CONFLICT, "{}", b.body);
    assert_eq!(
        chosen(&b.body, "b-l.kpv.matchning"),
        "2",
        "A's change is in the form"
    );
    assert_eq!(chosen(&b.body, "b-g.17"), "2", "B's change is in the form");
    assert!(
        !b.body.contains("Ni ändrade samma sak"),
        "no field changed by both"
    );
    let again = post(
        &state,
        "/ansokan/2021-0004/bedomning",
        &posted(&b.body, &version_of(&b.body), ("g.17", "2"), "B"),
        Some("same-origin"),
    )
    .await;
    assert!(saved(&again), "{}", again.body);
    let p = Portfolio::load(&data.path("scenarios/2021/bas.yaml")).expect("loads");
    let (app, _) = p.application("2021-0004").expect("exists");
    assert_eq!(app.links.get("kpv.matchning"), Some(&2), "A's change kept");
    assert_eq!(app.agenda2030.get(&17), Some(&2), "B's change kept");
    let (app, _) = p.application("2021-0008").expect("exists");
    assert_eq!(app.agenda2030.get(&17), Some(&1), "C's change kept");
}

#[tokio::test]
async fn two_browsers_cannot_silently_overwrite_each_other() {
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let version = version_of(&get(&state, "/ansokan/2021-0004").await.body);
    // Both opened the page before either saved; they save at the same time.
    let a = assessment_form(&version, &[("kpv.matchning", "1")], "A");
    let b = assessment_form(&version, &[("kpv.matchning", "2")], "B");
    let (ra, rb) = tokio::join!(
        post(
            &state,
            "/ansokan/2021-0004/bedomning",
            &a,
            Some("same-origin")
        ),
        post(
            &state,
            "/ansokan/2021-0004/bedomning",
            &b,
            Some("same-origin")
        ),
    );
    let statuses = [ra.status, rb.status];
    assert!(statuses.contains(&StatusCode::SEE_OTHER), "{statuses:?}");
    assert!(statuses.contains(&StatusCode::CONFLICT), "{statuses:?}");
    let loser = if ra.status == StatusCode::CONFLICT {
        &ra
    } else {
        &rb
    };
    assert!(
        loser
            .body
            .contains("Någon annan har sparat en ändring av 2021-0004"),
        "{}",
        loser.body
    );
    let kept = if ra.status == StatusCode::CONFLICT {
        "1"
    } else {
        "2"
    };
    assert_eq!(
        chosen(&loser.body, "b-l.kpv.matchning"),
        kept,
        "the loser's input is still in the form"
    );
    // The winner's change is named in words, not as the file's YAML.
    let text = visible_text(&loser.body);
    assert!(
        text.contains("Senast ändrat av") && text.contains("Matchning på arbetsmarknaden"),
        "{text}"
    );
    assert!(!loser.body.contains("<pre>"), "no raw YAML");
    let log = data.read("scenarios/2021/ansokningar.bedomningar.logg.csv");
    assert_eq!(log.lines().count(), 2, "one change logged: {log}");
}

#[tokio::test]
async fn bad_assessments_are_refused_with_the_reason_and_nothing_is_written() {
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let version = version_of(&get(&state, "/ansokan/2021-0004").await.body);
    for (links, who, expect) in [
        (("kpv.matchnig", "3"), "A", "finns inte i formuläret"),
        (
            ("kpv.matchning", "hög"),
            "A",
            "Matchning på arbetsmarknaden: ”hög” är inget betyg",
        ),
        (("kpv.matchning", "3"), "", "Skriv ditt namn"),
    ] {
        let page = post(
            &state,
            "/ansokan/2021-0004/bedomning",
            &assessment_form(&version, &[links], who),
            Some("same-origin"),
        )
        .await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{links:?}");
        assert!(page.body.contains(expect), "{links:?}: {}", page.body);
    }
    // Every error at once, each beside its field and linked from the summary, which takes
    // the focus; what was chosen stays chosen.
    let form = assessment_form(&version, &[("kpv.matchning", "7"), ("apv.energi", "2")], "")
        .replace("skal=", "skal_bort=")
        .replace("status=under_beredning", "status=hemlig");
    let page = post(
        &state,
        "/ansokan/2021-0004/bedomning",
        &form,
        Some("same-origin"),
    )
    .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    for (field, message) in [
        ("b-l.kpv.matchning", "”7” är inget betyg"),
        ("f-status", "”hemlig” är inget giltigt val"),
        ("f-who", "Skriv ditt namn"),
        ("f-why", "Skriv ett skäl"),
    ] {
        assert!(
            page.body.contains(&format!("<a href=\"#{field}\">")),
            "{field} is linked from the summary"
        );
        let beside = format!("<ul class=\"field-errors\" id=\"{field}-fel\"><li>");
        let at = page
            .body
            .find(&beside)
            .unwrap_or_else(|| panic!("{field}: no error beside it"));
        assert!(page.body[at..].contains(message), "{field}");
    }
    assert!(
        !page.body.contains("under_beredning, beviljad"),
        "the statuses are named, not keyed"
    );
    assert!(
        page.body
            .contains("id=\"bedomning-fel\" role=\"alert\" tabindex=\"-1\" autofocus")
    );
    assert!(
        page.body
            .contains("action=\"/ansokan/2021-0004/bedomning#bedomning-fel\"")
    );
    assert_eq!(chosen(&page.body, "b-l.apv.energi"), "2");
    assert!(
        !data
            .path("scenarios/2021/ansokningar.bedomningar.yaml")
            .exists()
    );
    let page = post(
        &state,
        "/ansokan/2021-0004/bedomning",
        &assessment_form(&version, &[("kpv.matchning", "3")], "A"),
        Some("cross-site"),
    )
    .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(
        !data
            .path("scenarios/2021/ansokningar.bedomningar.yaml")
            .exists()
    );
}

#[tokio::test]
async fn oversized_and_non_text_forms_get_a_swedish_page_and_change_nothing() {
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let huge = format!(
        "namn=x&fil=stor&must_fund={}",
        "a".repeat(anslag::web::MAX_BODY + 10)
    );
    let page = post(&state, "/scenarier/spara", &huge, Some("same-origin")).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(page.body.contains("För stort formulär"), "{}", page.body);
    assert!(!data.path("scenarios/2021/stor.yaml").exists());
    let req = Request::post("/ansokan/2021-0004/bedomning")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(vec![0xff, 0xfe, 0x00]))
        .expect("request");
    let page = send(&state, req).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.body.contains("UTF-8"));
}

#[tokio::test]
async fn a_hard_simulation_answers_quickly_with_its_gap_and_offers_the_proof() {
    // A limit too short for any proof stands in for a hard budget (the shipped ones are all
    // proven within the usual 0,25 s since the solver adds cover inequalities).
    let state = AppState::load(&root(), Access::Local, false)
        .expect("shipped data loads")
        .with_simulate_limit(std::time::Duration::from_micros(1))
        .expect("not shared yet");
    let page = get(
        &state,
        "/scenarier?simulera=1&budget.projektmedel=20240000&budget.foretagsstod=14520000&budget.kommersiell_service=550000&vikt.alignment=0.5&vikt.agenda2030=0.2&vikt.quality=0.3&min_score=35&mal=score",
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("inte bevisat att det är det bästa"),
        "{}",
        page.body
    );
    assert!(page.body.contains("bevisa=1"), "the proof is offered");
    assert!(
        page.body
            .contains("Räkna tills det är bevisat att förslaget är det bästa")
    );
}

#[tokio::test]
async fn an_edit_that_would_break_another_scenario_is_refused_and_named() {
    let data = Data::shipped();
    for other in ["budget-minus-10", "kompetensplan-prioriterad"] {
        std::fs::remove_file(data.path(&format!("scenarios/2021/{other}.yaml"))).expect("rm");
    }
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let version = version_of(&get(&state, "/ansokan/2021-0001").await.body);
    // Politisk prioritering forces 2021-0001 in; rejecting it on the bas page would break that.
    let form = assessment_form(
        &version,
        &[("vp.innovationsmotor", "3"), ("apv.energi", "3")],
        "A",
    )
    .replace("status=under_beredning", "status=avslagen");
    let page = post(
        &state,
        "/ansokan/2021-0001/bedomning",
        &form,
        Some("same-origin"),
    )
    .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST, "{}", page.body);
    assert!(
        page.body.contains("I scenariot Politisk prioritering 2021"),
        "{}",
        page.body
    );
    assert!(
        !data
            .path("scenarios/2021/ansokningar.bedomningar.yaml")
            .exists()
    );
}

/// The value of a hidden form field in a page.
fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = page.find(&marker).expect("the field") + marker.len();
    page[at..].split('"').next().unwrap_or("").to_string()
}

#[tokio::test]
async fn a_form_without_this_servers_token_changes_nothing() {
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let page = get(&state, "/ansokan/2021-0004").await;
    let version = version_of(&page.body);
    assert_eq!(
        hidden(&page.body, "csrf"),
        state.0.csrf,
        "the form carries the token"
    );
    let form = assessment_form(&version, &[("kpv.matchning", "1")], "Anna");
    for (label, form) in [
        ("none", form.clone()),
        ("wrong", format!("{form}&csrf={}", "0".repeat(64))),
    ] {
        let page = post_raw(
            &state,
            "/ansokan/2021-0004/bedomning",
            &form,
            Some("same-origin"),
            None,
        )
        .await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{label}");
        assert!(page.body.contains("CSRF"), "{label}: {}", page.body);
        let page = post_raw(
            &state,
            "/scenarier/spara",
            "namn=X&fil=x",
            Some("same-origin"),
            None,
        )
        .await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{label}");
    }
    assert!(
        !data
            .path("scenarios/2021/ansokningar.bedomningar.yaml")
            .exists()
    );
    assert!(!data.path("scenarios/2021/x.yaml").exists());
}

#[tokio::test]
async fn behind_a_proxy_everything_but_the_public_view_needs_a_login() {
    let data = only_bas(|_| {});
    let accounts = anslag::web::auth::accounts_path(data.dir.path());
    anslag::web::auth::add_user(&accounts, "anna", "ett långt lösenord").expect("account");
    let state = AppState::load(data.dir.path(), Access::Login, false).expect("loads");
    // Pages send the browser to log in and back; the public view and the statement are open.
    let page = get(&state, "/ansokan/2021-0004").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(
        page.headers[header::LOCATION],
        "/logga-in?till=%2Fansokan%2F2021-0004"
    );
    assert!(page.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
    for open in ["/offentlig", "/tillganglighet", "/ordlista", "/logga-in"] {
        assert_eq!(get(&state, open).await.status, StatusCode::OK, "{open}");
    }
    // An edit without a session is refused, token or not.
    let form = assessment_form("x", &[("kpv.matchning", "1")], "Anna");
    let page = post(
        &state,
        "/ansokan/2021-0004/bedomning",
        &form,
        Some("same-origin"),
    )
    .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    // Logging in: the login form has its own token; a wrong password or a cross-site post fails.
    let login = get(&state, "/logga-in?till=/ansokan/2021-0004").await;
    let token = hidden(&login.body, "csrf");
    let creds = |password: &str, token: &str| {
        form_urlencoded::Serializer::new(String::new())
            .append_pair("namn", "anna")
            .append_pair("losenord", password)
            .append_pair("till", "/ansokan/2021-0004")
            .append_pair("csrf", token)
            .finish()
    };
    let log_in = |password: &'static str, token: &str, site: &'static str| {
        let form = creds(password, token);
        let state = state.clone();
        async move { post_raw(&state, "/logga-in", &form, Some(site), None).await }
    };
    let page = log_in("fel lösenord", &token, "same-origin").await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    assert!(page.body.contains("Fel användarnamn eller lösenord"));
    assert!(!page.headers.contains_key(header::SET_COOKIE));
    let page = log_in("ett långt lösenord", &token, "cross-site").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let page = log_in("ett långt lösenord", "fel", "same-origin").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let page = log_in("ett långt lösenord", &token, "same-origin").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.headers[header::LOCATION], "/ansokan/2021-0004");
    let set = page.headers[header::SET_COOKIE]
        .to_str()
        .expect("ascii")
        .to_string();
    for part in ["HttpOnly", "Secure", "SameSite=Strict"] {
        assert!(set.contains(part), "{set}");
    }
    let cookie = set.split(';').next().expect("pair").to_string();
    // Logged in: the page names the user, and its forms carry the session's own token.
    let page = get_with(&state, "/ansokan/2021-0004", &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Inloggad som anna"));
    let session_token = hidden(&page.body, "csrf");
    assert_ne!(session_token, state.0.csrf);
    let version = version_of(&page.body);
    let form = assessment_form(&version, &[("kpv.matchning", "1")], "");
    let page = post_raw(
        &state,
        "/ansokan/2021-0004/bedomning",
        &format!("{form}&csrf={}", state.0.csrf),
        Some("same-origin"),
        Some(&cookie),
    )
    .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN, "another viewer's token");
    let page = post_raw(
        &state,
        "/ansokan/2021-0004/bedomning",
        &format!("{form}&csrf={session_token}"),
        Some("same-origin"),
        Some(&cookie),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let log = data.read("scenarios/2021/ansokningar.bedomningar.logg.csv");
    assert!(
        log.contains(";anna;2021-0004;"),
        "the log names the login: {log}"
    );
    // Logging out ends the session on the server, not only in the browser.
    let page = post_raw(
        &state,
        "/logga-ut",
        &format!("csrf={session_token}"),
        Some("same-origin"),
        Some(&cookie),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(
        page.headers[header::SET_COOKIE]
            .to_str()
            .expect("ascii")
            .contains("Max-Age=0")
    );
    assert_eq!(
        get_with(&state, "/", &cookie).await.status,
        StatusCode::SEE_OTHER
    );
    // Guessing: after five failures the name waits, even with the right password.
    for _ in 0..5 {
        log_in("gissning", &token, "same-origin").await;
    }
    let page = log_in("ett långt lösenord", &token, "same-origin").await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.body.contains("Vänta en minut"));
}

#[tokio::test]
async fn after_logging_in_only_local_paths_are_followed() {
    let data = only_bas(|_| {});
    let accounts = anslag::web::auth::accounts_path(data.dir.path());
    anslag::web::auth::add_user(&accounts, "anna", "ett långt lösenord").expect("account");
    let state = AppState::load(data.dir.path(), Access::Login, false).expect("loads");
    for (till, expected) in [
        ("https://elak.example/", "/"),
        ("//elak.example/", "/"),
        ("/\\elak.example", "/"),
        ("/jamfor?a=1", "/jamfor?a=1"),
    ] {
        let form = form_urlencoded::Serializer::new(String::new())
            .append_pair("namn", "anna")
            .append_pair("losenord", "ett långt lösenord")
            .append_pair("till", till)
            .append_pair("csrf", &state.0.csrf)
            .finish();
        let page = post_raw(&state, "/logga-in", &form, Some("same-origin"), None).await;
        assert_eq!(page.headers[header::LOCATION], expected, "{till}");
    }
}

/// Nothing typed into the scenario form can write YAML of its own: a line break in the name
/// is refused (and would be escaped), file names must start and end with a letter or digit
/// ("-" and "--" are refused), and a scenario file whose name holds a line break does not
/// load (so it cannot reach a comment of a file saved from it).
#[tokio::test]
async fn names_cannot_inject_yaml_and_odd_file_names_are_refused() {
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let base = SIMULATE
        .trim_start_matches("/scenarios?")
        .trim_start_matches("/scenarier?");
    for (name, file) in [
        ("Rad+ett%0Abudget_scale%3A+0", "injektion"),
        ("Tabb%09namn", "tabb"),
        ("Bra+namn", "-"),
        ("Bra+namn", "--"),
        ("Bra+namn", "slut-"),
        ("+", "tomt"),
    ] {
        let form = format!("{base}&namn={name}&fil={file}");
        let page = post(&state, "/scenarier/spara", &form, Some("same-origin")).await;
        assert_eq!(
            page.status,
            StatusCode::BAD_REQUEST,
            "{name} {file}: {}",
            page.body
        );
    }
    let written: Vec<String> = std::fs::read_dir(data.path("scenarios/2021"))
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(written.len(), 3, "{written:?}");
    data.write(
        "scenarios/2021/rad.yaml",
        "name: \"Rad\\nbudget_scale: 0\"\nbase: bas.yaml\n",
    );
    let errors = data.errors("scenarios/2021/rad.yaml");
    let e = crate::support::find(&errors, "rad.yaml", "en rad text");
    assert_eq!((e.loc.line, e.loc.column), (1, 7));
}

#[tokio::test]
async fn the_browsers_language_chooses_english_and_links_keep_it() {
    let state = shipped();
    let req = Request::get("/ansokningar")
        .header(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9,sv;q=0.5")
        .body(Body::empty())
        .expect("request");
    let page = send(&state, req).await;
    assert!(page.body.starts_with("<!DOCTYPE html><html lang=\"en\">"));
    assert!(
        page.body.contains("href=\"/strategi?lang=en\""),
        "links keep English"
    );
    assert!(
        page.body.contains("hreflang=\"sv\""),
        "a link to the Swedish page"
    );
    // An explicit choice wins over the browser's.
    let req = Request::get("/ansokningar?lang=sv")
        .header(header::ACCEPT_LANGUAGE, "en")
        .body(Body::empty())
        .expect("request");
    let page = send(&state, req).await;
    assert!(page.body.starts_with("<!DOCTYPE html><html lang=\"sv\">"));
    assert!(
        page.body.contains("hreflang=\"en\""),
        "a link to the English page"
    );
}

/// The text a reader sees: tags removed (a space for each, except the inline `span` that
/// keeps a case number on one line) and the commonest entities decoded.
/// Text with every run of whitespace as one space.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (c, tag.as_mut()) {
            ('<', None) => tag = Some(String::new()),
            ('>', Some(name)) => {
                let inline = name == "/span" || name.starts_with("span ") || name == "span";
                if !inline {
                    text.push(' ');
                }
                tag = None;
            }
            (_, Some(name)) => name.push(c),
            (_, None) => text.push(c),
        }
    }
    text.replace('\u{a0}', " ")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

#[tokio::test]
async fn english_pages_have_no_swedish_sentences() {
    let state = shipped();
    let data = crate::support::data_texts();
    let mut found = Vec::new();
    for uri in PAGES {
        let separator = if uri.contains('?') { '&' } else { '?' };
        let page = get(&state, &format!("{uri}{separator}lang=en")).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert!(
            page.body.starts_with("<!DOCTYPE html><html lang=\"en\">"),
            "{uri}"
        );
        for word in crate::support::swedish_words(&visible_text(&page.body), &data) {
            found.push(format!("{uri}: {word}"));
        }
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "{} Swedish words:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[tokio::test]
async fn forms_sent_in_english_come_back_in_english() {
    let state = shipped();
    let page = get(&state, "/ansokningar?lang=en").await;
    assert!(
        page.body
            .contains("<input type=\"hidden\" name=\"lang\" value=\"en\">"),
        "the filter form keeps English"
    );
    let page = get(&state, "/ansokan/2021-0004?lang=en").await;
    assert!(
        page.body
            .contains("action=\"/ansokan/2021-0004/bedomning?lang=en#bedomning-fel\""),
        "the assessment form posts in English"
    );
    // Swedish, the default, adds nothing.
    let page = get(&state, "/ansokningar").await;
    assert!(!page.body.contains("name=\"lang\""));
}

/// The optimiser's warnings are computed once when the server loads (in Swedish, its
/// language) and shown in each reader's language.
#[tokio::test]
async fn the_optimisers_warnings_are_shown_in_the_readers_language() {
    let data = only_bas(|d| {
        d.replace(
            "scenarios/2021/bas.yaml",
            "constraints:\n",
            "constraints:\n  - { name: \"Bara företagsstöd\", kind: share, pot: projektmedel, filter: { support: [foretagsstod] }, min: 0.10 }\n",
        );
    });
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let sv = get(&state, "/").await;
    assert!(
        sv.body
            .contains("begränsningen &quot;Bara företagsstöd&quot; gäller ingen"),
        "{}",
        sv.body
    );
    let en = get(&state, "/?lang=en").await;
    assert!(
        en.body.contains("&quot;Bara företagsstöd&quot;") && !en.body.contains("begränsningen"),
        "{}",
        en.body
    );
}

/// Problems in the data files are found once, when the server loads (in Swedish), and shown
/// in each reader's language: a broken scenario's errors and a loaded one's warnings.
#[tokio::test]
async fn problems_in_the_data_files_are_shown_in_the_readers_language() {
    let data = only_bas(|d| {
        d.write(
            "scenarios/2021/trasig.yaml",
            "base: bas.yaml\nname: \"Trasig\"\nbudget: { projektmedel: \"tolv\" }\nmust_fund:\n  - { id: \"2021-001\", reason: \"x\" }\n",
        );
        d.replace(
            "scenarios/2021/bas.yaml",
            "kommersiell_service: \"0,5 mkr\" }\n# Later",
            "}\n# Later",
        );
    });
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let sv = get(&state, "/").await;
    for words in [
        "är inget giltigt belopp",
        "budget anger inget belopp för kommersiell service",
    ] {
        assert!(sv.body.contains(words), "{words}\n{}", sv.body);
    }
    let en = get(&state, "/?lang=en").await;
    for words in [
        "is not a valid amount: not a number",
        "unknown application &quot;2021-001&quot; (did you mean",
        "budget gives no amount for commercial service",
    ] {
        assert!(en.body.contains(words), "{words}\n{}", en.body);
    }
    for swedish in [
        "giltigt belopp",
        "anger inget belopp",
        "menade du",
        "okänd ansökan",
    ] {
        assert!(!en.body.contains(swedish), "{swedish}\n{}", en.body);
    }
}

/// The glossary explains the words that must stay, every page links to it, and it has an
/// English version.
#[tokio::test]
async fn the_glossary_explains_the_words_that_stay() {
    let state = shipped();
    let page = get(&state, "/ordlista").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = visible_text(&page.body);
    for term in [
        "Poäng",
        "Pott",
        "Ram (planeringsram)",
        "Bemyndigande",
        "Delegationsbeslut",
    ] {
        assert!(page.body.contains(&format!(">{term}</dt>")), "{term}");
    }
    assert!(
        text.contains("Bemyndiganderamen är det högsta belopp"),
        "{text}"
    );
    assert!(page.body.contains("id=\"ram-planeringsram\""));
    let overview = get(&state, "/").await;
    assert!(overview.body.contains("href=\"/ordlista\""));
    let en = get(&state, "/ordlista?lang=en").await;
    assert!(en.body.contains(">Pot</dt>"), "{}", en.body);
}

/// The words of a text written in snake_case, as the files' keys are.
fn snake_case_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| {
            w.contains('_')
                && w.chars().any(char::is_alphabetic)
                && !w.starts_with('_')
                && !w.ends_with('_')
        })
        .collect()
}

/// No page a user reads shows an internal key or an optimiser's word: no snake_case file key
/// (must_fund, ideell_forening, under_beredning …), no "exclude", "målfunktion", "effektiv
/// front", "Mål#", "crowded" or "given" — on every page, an application of each kind, a
/// simulation with locks and the memo of the political scenario, in Swedish.
#[tokio::test]
async fn no_page_shows_an_internal_key_or_optimiser_jargon() {
    let state = shipped();
    let extra = [
        "/ansokan/2021-0008",
        "/ansokan/2021-0038",
        "/ansokan/2021-0126",
        "/beslutsunderlag",
        "/scenarier?simulera=1&budget.projektmedel=16+mkr&budget.foretagsstod=13%2C2+mkr&budget.kommersiell_service=0%2C5+mkr&vikt.alignment=0%2C5&vikt.agenda2030=0%2C2&vikt.quality=0%2C3&must_fund=2021-0001+Regionstyrelsens+beslut&exclude=2021-0002+Annan+finansiering",
    ];
    let words = [
        "exclude",
        "målfunktion",
        "effektiv front",
        "Mål#",
        "crowded",
        "given",
    ];
    // The check can fail: it finds a key in text.
    assert_eq!(
        snake_case_words("Status: under_beredning (ideell_forening)."),
        ["under_beredning", "ideell_forening"]
    );
    for uri in PAGES.iter().chain(extra.iter()) {
        let page = get(&state, uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        let text = visible_text(&page.body);
        let keys = snake_case_words(&text);
        assert!(keys.is_empty(), "{uri} shows keys: {keys:?}");
        for w in words {
            assert!(
                !text.to_lowercase().contains(&w.to_lowercase()),
                "{uri} shows {w:?}"
            );
        }
    }
}

/// Målområden appear in the RUS's order (the order of their delmål) in Strategi's table and
/// flow chart and in Översikt's chart, not alphabetically.
#[tokio::test]
async fn malomraden_follow_the_rus_order() {
    let state = shipped();
    let order = [
        "Ett välmående Västmanland",
        "Ett tillgängligt Västmanland",
        "Ett nyskapande Västmanland",
    ];
    for (uri, from) in [
        ("/strategi", "Föreslagna pengar per målområde"),
        ("/strategi", "Från pott till målområde"),
        ("/", "Fördelat per målområde i RUS"),
    ] {
        let text = visible_text(&get(&state, uri).await.body);
        let at = text
            .find(from)
            .unwrap_or_else(|| panic!("{uri}: no {from:?}"));
        let places: Vec<usize> = order
            .iter()
            .map(|a| at + text[at..].find(a).unwrap_or_else(|| panic!("{uri}: {a}")))
            .collect();
        assert!(
            places.windows(2).all(|w| w[0] < w[1]),
            "{uri} {from}: {places:?}"
        );
    }
}

/// The register form's fields for one aid, with the CSRF token added by `post`.
fn aid_form(org_nr: &str, date: &str, amount: &str, who: &str, why: &str) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("scenario", "2021/bas")
        .append_pair("orgnr", org_nr)
        .append_pair("mottagare", "Kolbäcks Energi AB")
        .append_pair("datum", date)
        .append_pair("belopp", amount)
        .append_pair("stodgivare", "Energimyndigheten")
        .append_pair("regelverk", "de_minimis")
        .append_pair("stodform", "")
        .append_pair("ar", "")
        .append_pair("diarienummer", "EM 2021-77")
        .append_pair("anmarkning", "")
        .append_pair("vem", who)
        .append_pair("skal", why)
        .finish()
}

/// The de minimis register in the browser: a search shows the whole undertaking and its
/// applications; an aid entered is checked as the file's loader reads it, appended with every
/// line the file had, logged, and counted at once; a bad or repeated one changes nothing.
#[tokio::test]
async fn aid_entered_in_the_register_page_is_appended_logged_and_counted() {
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let original = data.read("scenarios/2021/stodregister.yaml");
    // Searching for the subsidiary shows the parent's aid too: they count together.
    let page = get(&state, "/stodregister?sok=556337-5053").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = squeeze(&visible_text(&page.body));
    assert!(
        text.contains("Kolbäcks Industrier AB 556418-2201 Tillväxtverket 1 200 000 kr")
            && text.contains("Kolbäcks Hydraulik AB 556337-5053 Region Västmanland 700 000 kr")
            && text.contains("2 stöd på sammanlagt 1 900 000 kr."),
        "{text}"
    );
    assert!(!text.contains("Ramnäs Livs"), "the search filters: {text}");
    // A name typed without å, ä and ö is found.
    let plain = squeeze(&visible_text(
        &get(&state, "/stodregister?sok=kolbacks+energi").await.body,
    ));
    assert!(plain.contains("Kolbäcks Energi AB 559196-1148"), "{plain}");
    // Kolbäcks Energi's application, before anything is entered.
    let before = squeeze(&visible_text(
        &get(&state, "/stodregister?sok=559196-1148").await.body,
    ));
    assert!(
        before.contains("2021-0042 Konsultstöd för generationsskifte")
            && before.contains("företaget har fått 300 000 kr från 2019-01-01 till 2021-07-02"),
        "{before}"
    );

    // Bad values: every problem at its field, in Swedish, without the file's keys; nothing
    // is written.
    let page = post(
        &state,
        "/stodregister",
        &aid_form("559196-1149", "2021-02-31", "-5", "", ""),
        Some("same-origin"),
    )
    .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    for (field, says) in [
        (
            "f-orgnr",
            "Organisationsnumret &quot;559196-1149&quot; är inte giltigt",
        ),
        (
            "f-datum",
            "Förväntade ett datum ÅÅÅÅ-MM-DD, fick &quot;2021-02-31&quot;.",
        ),
        ("f-belopp", "belopp kan inte vara negativa"),
        ("f-who", "Skriv ditt namn"),
        ("f-why", "Skriv varifrån uppgiften kommer"),
    ] {
        let at = page
            .body
            .find(&format!("id=\"{field}-fel\""))
            .unwrap_or_else(|| panic!("no error at {field}"));
        assert!(
            page.body[at..at + 400].contains(says),
            "{field}: {}",
            &page.body[at..at + 400]
        );
    }
    assert!(!visible_text(&page.body).contains("aid."), "no file keys");
    assert!(
        page.body.contains("value=\"559196-1149\""),
        "what was typed stays"
    );
    assert_eq!(data.read("scenarios/2021/stodregister.yaml"), original);
    assert!(!data.path("scenarios/2021/stodregister.logg.csv").exists());

    // A good entry: appended under a comment, the old text kept as it was and as `.forra`.
    let page = post(
        &state,
        "/stodregister",
        &aid_form(
            "559196-1148",
            "2021-02-01",
            "1 600 000",
            "Anna Handläggare",
            "Företagets intyg 2021-02-10",
        ),
        Some("same-origin"),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let location = page.headers[header::LOCATION].to_str().expect("ascii");
    assert!(
        location.starts_with("/stodregister?") && location.ends_with("#sparat"),
        "{location}"
    );
    let now = data.read("scenarios/2021/stodregister.yaml");
    assert!(now.starts_with(&original), "every line it had is kept");
    let added = &now[original.len()..];
    assert!(
        added.contains("# Infört i webbgränssnittet av Anna Handläggare")
            && added.contains("org_nr: \"559196-1148\"")
            && added.contains("amount: \"1 600 000\""),
        "{added}"
    );
    assert_eq!(
        data.read("scenarios/2021/stodregister.yaml.forra"),
        original
    );
    let log = data.read("scenarios/2021/stodregister.logg.csv");
    assert!(
        log.starts_with("tid;vem;organisationsnummer;stöd;underlag;följd i förslaget"),
        "{log}"
    );
    assert!(
        log.contains(
            ";Anna Handläggare;559196-1148;2021-02-01: 1 600 000 kr från Energimyndigheten"
        ) && log.contains("Företagets intyg 2021-02-10"),
        "{log}"
    );
    // The aid counts at once: 2021-0042 no longer fits under the ceiling, here and when the
    // files are loaded again.
    let after = squeeze(&visible_text(&get(&state, location).await.body));
    assert!(
        after.contains("Stödet är infört i stödregistret.")
            && after.contains("Ansökan 2021-0042 uppfyller inte längre villkoren")
            && after.contains("företaget har fått 1 900 000 kr från 2019-01-01 till 2021-07-02"),
        "{after}"
    );
    let p = Portfolio::load(&data.path("scenarios/2021/bas.yaml")).expect("loads");
    let (_, assessment) = p.application("2021-0042").expect("exists");
    assert!(!assessment.eligibility.eligible());
    let shipped = Portfolio::load(&root().join("scenarios/2021/bas.yaml")).expect("shipped");
    assert_eq!(
        p.register_file.aid.len(),
        shipped.register_file.aid.len() + 1
    );

    // The same aid again: refused beside its amount, nothing written.
    let page = post(
        &state,
        "/stodregister",
        &aid_form(
            "559196-1148",
            "2021-02-01",
            "1 600 000",
            "Anna Handläggare",
            "Samma intyg igen",
        ),
        Some("same-origin"),
    )
    .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    let at = page
        .body
        .find("id=\"f-belopp-fel\"")
        .expect("at the amount");
    assert!(page.body[at..at + 300].contains("Stödet finns redan i registret"));
    assert_eq!(data.read("scenarios/2021/stodregister.yaml"), now);
    assert_eq!(data.read("scenarios/2021/stodregister.logg.csv"), log);

    // Cross-site, or on an exposed server: refused.
    let page = post(
        &state,
        "/stodregister",
        &aid_form("559196-1148", "2021-03-01", "1 000", "X", "Y"),
        Some("cross-site"),
    )
    .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let exposed = AppState::load(data.dir.path(), Access::Public, false).expect("loads");
    let page = post(
        &exposed,
        "/stodregister",
        &aid_form("559196-1148", "2021-03-01", "1 000", "X", "Y"),
        Some("same-origin"),
    )
    .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_eq!(data.read("scenarios/2021/stodregister.yaml"), now);
}

/// The fields a page's form with `class` would send as the browser shows it: hidden and text
/// inputs, checked radio buttons and text areas, with their HTML entities read.
fn form_fields(page: &str, class: &str) -> Vec<(String, String)> {
    let start = page
        .find(&format!("<form class=\"{class}\""))
        .expect("the form");
    let end = start + page[start..].find("</form>").expect("its end");
    let html = &page[start..end];
    let attr = |tag: &str, name: &str| -> Option<String> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let len = tag[at..].find('"')?;
        Some(unescape(&tag[at..at + len]))
    };
    let mut out = Vec::new();
    for (i, _) in html.match_indices("<input ") {
        let tag = &html[i..i + html[i..].find('>').expect("tag end")];
        let Some(name) = attr(tag, "name") else {
            continue;
        };
        if attr(tag, "type").as_deref() == Some("radio") && !tag.contains(" checked") {
            continue;
        }
        out.push((name, attr(tag, "value").unwrap_or_default()));
    }
    for (i, _) in html.match_indices("<textarea ") {
        let tag_end = i + html[i..].find('>').expect("tag end");
        let name = attr(&html[i..tag_end], "name").expect("name");
        let close = tag_end + html[tag_end..].find("</textarea>").expect("close");
        out.push((name, unescape(&html[tag_end + 1..close])));
    }
    out
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn encode_form(fields: &[(String, String)]) -> String {
    let mut form = form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        form.append_pair(k, v);
    }
    form.finish()
}

fn set_field(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    match fields.iter_mut().find(|(k, _)| k == name) {
        Some(f) => f.1 = value.to_string(),
        None => fields.push((name.to_string(), value.to_string())),
    }
}

/// A meeting's decisions recorded in the browser: the form is the proposal, a change without
/// a reason is refused at its field with nothing written, with one it is written beside the
/// applications (never into them), logged, and counted at once — the decided leave the
/// candidates, their amounts are the year's, the page lists them — and a form read before
/// another save is refused as a conflict.
#[tokio::test]
async fn a_meetings_decisions_are_recorded_in_the_browser_and_counted() {
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let applications = data.read("scenarios/2021/ansokningar.yaml");
    let decisions = data.path("scenarios/2021/ansokningar.beslut.yaml");
    let body = "/beslut?organ=Regionala+utvecklingsn%C3%A4mnden";
    let page = get(&state, body).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = squeeze(&visible_text(&page.body));
    assert!(
        text.contains("Förslaget: 2 av 4 ansökningar beviljas, sammanlagt 2 318 000 kr.")
            && text.contains("Inga beslut är förda ännu."),
        "{text}"
    );
    let mut fields = form_fields(&page.body, "decisions");
    // Filled in from the proposal: granted as proposed, rejected where not proposed.
    for (name, value) in [
        ("beslut.2021-0117", "beviljad"),
        ("belopp.2021-0117", "1 131 000 kr"),
        ("beslut.2021-0057", "beviljad"),
        ("beslut.2021-0071", "avslagen"),
        ("beslut.2021-0049", "avslagen"),
    ] {
        assert!(
            fields.iter().any(|(k, v)| k == name && v == value),
            "{name}={value} in {fields:?}"
        );
    }
    set_field(&mut fields, "datum", "2021-03-18");
    set_field(&mut fields, "diarienummer", "RUN 2021/45 § 12");
    set_field(&mut fields, "vem", "Anna Handläggare");
    set_field(&mut fields, "belopp.2021-0117", "900 000");
    let refused = post(
        &state,
        "/beslut",
        &encode_form(&fields),
        Some("same-origin"),
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    let at = refused
        .body
        .find("id=\"r0-skal-fel\"")
        .expect("error at the reason");
    assert!(
        refused.body[at..at + 300].contains("beslutet avviker från förslaget; skriv skälet"),
        "{}",
        &refused.body[at..at + 300]
    );
    assert!(
        refused.body.contains("value=\"900 000\""),
        "what was typed stays"
    );
    assert!(!decisions.exists(), "nothing written");

    set_field(
        &mut fields,
        "skal.2021-0117",
        "Nämnden beviljade maskinen men inte utbildningsdelen",
    );
    let stale = fields.clone();
    let saved = post(
        &state,
        "/beslut",
        &encode_form(&fields),
        Some("same-origin"),
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let location = saved.headers[header::LOCATION].to_str().expect("location");
    let after = get(&state, location).await;
    let text = squeeze(&visible_text(&after.body));
    assert!(
        text.contains("Besluten är förda.")
            && text
                .contains("2 beviljade (2 087 000 kr) och 2 avslagna, en ändring mot förslaget.")
            && text.contains("2 beviljade ansökningar, sammanlagt 2 087 000 kr, och 2 avslagna.")
            && text.contains("Förslaget var 1 131 000 kr. Nämnden beviljade maskinen"),
        "{text}"
    );
    // Beside the applications, never in them; logged with who; the applications file as it was.
    assert_eq!(data.read("scenarios/2021/ansokningar.yaml"), applications);
    let file = data.read("scenarios/2021/ansokningar.beslut.yaml");
    assert!(
        file.contains("- id: \"2021-0117\"\n  decision: beviljad\n  date: 2021-03-18\n  body: \"Regionala utvecklingsnämnden\"\n  case_number: \"RUN 2021/45 § 12\"\n  amount: \"900 000\"\n  proposed: \"1 131 000\""),
        "{file}"
    );
    let log = data.read("scenarios/2021/ansokningar.beslut.logg.csv");
    assert_eq!(
        log.lines().count(),
        5,
        "a header and a line per decision: {log}"
    );
    assert!(
        log.contains("Anna Handläggare;2021-0117;Beviljad 900 000 kr"),
        "{log}"
    );

    // Counted: the decided are no longer candidates, the year's budget has them.
    let s = state.scenario(None).expect("bas");
    let p = &s.portfolio;
    for id in ["2021-0117", "2021-0057", "2021-0071", "2021-0049"] {
        let (app, _) = p.application(id).expect(id);
        assert!(!app.status.is_candidate(), "{id}");
    }
    let (app, _) = p.application("2021-0117").expect("0117");
    assert_eq!(app.granted(), anslag::money::Sek::kr(900_000));
    let pots = &s.best().pots;
    let foretagsstod = &pots[&anslag::application::Support::Foretagsstod];
    assert_eq!(foretagsstod.decided, anslag::money::Sek::kr(2_087_000));
    assert!(foretagsstod.decided + foretagsstod.allocated <= foretagsstod.budget);
    assert_eq!(
        foretagsstod.decided + foretagsstod.allocated + foretagsstod.remaining,
        foretagsstod.budget
    );
    // The exact books agree: the proposal with the decided grants breaks no limit.
    let granted: std::collections::BTreeMap<usize, anslag::money::Sek> =
        s.best().funded.iter().map(|f| (f.app, f.amount)).collect();
    let mut books = anslag::optimise::ledger::Ledger::new(p, granted.keys().copied());
    for (app, amount) in &granted {
        books.add(*app, *amount);
    }
    assert_eq!(books.breaches(), Vec::new());
    let overview = squeeze(&visible_text(&get(&state, "/").await.body));
    assert!(overview.contains("Redan beviljat i år"), "{overview}");

    // The same form again, read before the save: a conflict, nothing written twice.
    let before = data.read("scenarios/2021/ansokningar.beslut.yaml");
    let again = post(&state, "/beslut", &encode_form(&stale), Some("same-origin")).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(
        visible_text(&again.body).contains("Någon annan har fört in beslut"),
        "{}",
        again.body
    );
    assert_eq!(data.read("scenarios/2021/ansokningar.beslut.yaml"), before);
    // From another site: refused.
    let forged = post(&state, "/beslut", &encode_form(&stale), Some("cross-site")).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

/// "Så fördelas 1:1-anslaget": the decided grants, filtered by year, pot, form, municipality,
/// målområde and global goal, with charts, the day of the last decision and the open data to
/// download — which adds up to the page's total — and a sole trader never named.
#[tokio::test]
async fn the_public_page_filters_the_grants_and_its_downloads_add_up() {
    let data = only_bas(|d| {
        d.write(
            "scenarios/2021/ansokningar.beslut.yaml",
            concat!(
                "- { id: \"2021-0078\", decision: beviljad, date: 2021-03-18, body: \"Regionala utvecklingsnämnden\", amount: \"800 000\" }\n",
                "- { id: \"2021-0057\", decision: beviljad, date: 2021-03-18, body: \"Regionala utvecklingsnämnden\", amount: \"1 187 000\" }\n",
                "- { id: \"2021-0071\", decision: avslagen, date: 2021-03-18, body: \"Regionala utvecklingsnämnden\", reason: \"Ryms inte\" }\n",
            ),
        );
    });
    let state = AppState::load(data.dir.path(), Access::Public, false).expect("loads");
    let page = get(&state, "/offentlig").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = squeeze(&visible_text(&page.body));
    assert!(
        text.contains("Senast uppdaterad 2021-03-18")
            && text.contains("6 beviljade stöd, sammanlagt 10 387 000 kr.")
            && text.contains("Enskild näringsidkare")
            && text.contains("visas inte här eller i nedladdningarna"),
        "{text}"
    );
    assert!(!text.contains("2021-0071"), "a rejection is not a grant");
    // The sole trader's name is neither shown (in the title neither) nor found.
    assert!(
        text.contains("Investering i solcellsdriven torkanläggning Enskild näringsidkare")
            && !text.contains("Norbergs Trä"),
        "{text}"
    );
    let by_name = squeeze(&visible_text(
        &get(&state, "/offentlig?q=norbergs+tr%C3%A4").await.body,
    ));
    assert!(by_name.contains("0 beviljade stöd"), "{by_name}");
    let search = squeeze(&visible_text(
        &get(&state, "/offentlig?q=enskild+n%C3%A4ringsidkare")
            .await
            .body,
    ));
    assert!(search.contains("1 beviljade stöd"), "{search}");
    // Filters: a year, a pot and form, a municipality, a global goal, a målområde.
    for (query, says) in [
        ("ar=2021", "2 beviljade stöd, sammanlagt 1 987 000 kr."),
        ("ar=2020", "4 beviljade stöd, sammanlagt 8 400 000 kr."),
        (
            "pott=foretagsstod&stodform=investeringsbidrag",
            "beviljade stöd",
        ),
        ("kommun=Norberg", "beviljade stöd"),
    ] {
        let page = get(&state, &format!("/offentlig?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        let text = squeeze(&visible_text(&page.body));
        assert!(text.contains(says), "{query}: {text}");
    }
    let page = get(&state, "/offentlig").await;
    let area = page
        .body
        .split("name=\"malomrade\"")
        .nth(1)
        .and_then(|rest| rest.split("<option value=\"").nth(2))
        .and_then(|o| o.split('"').next())
        .expect("a målområde to choose")
        .to_string();
    let goal = page
        .body
        .split("name=\"mal\"")
        .nth(1)
        .and_then(|rest| rest.split("<option value=\"").nth(2))
        .and_then(|o| o.split('"').next())
        .expect("a goal to choose")
        .to_string();
    for query in [
        format!("malomrade={}", area.replace(' ', "+")),
        format!("mal={goal}"),
    ] {
        let page = get(&state, &format!("/offentlig?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
    }
    for bad in [
        "ar=1999",
        "malomrade=Inget",
        "mal=99",
        "kommun=Oslo",
        "stodform=fel",
    ] {
        let page = get(&state, &format!("/offentlig?{bad}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{bad}");
    }
    // Charts of what is shown.
    assert_eq!(page.body.matches("<figure class=\"chart\"").count(), 3);
    // The downloads: the same grants, the same total, no personal data.
    let (status, headers, json) = get_bytes(&state, "/offentlig/bidrag.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let package: serde_json::Value = serde_json::from_slice(&json).expect("json");
    let grants = package["grants"].as_array().expect("grants");
    assert_eq!(grants.len(), 6);
    let awarded: f64 = grants
        .iter()
        .map(|g| g["amountAwarded"].as_f64().expect("amount"))
        .sum();
    assert_eq!(awarded, 10_387_000.0);
    let text = String::from_utf8(json).expect("utf-8");
    assert!(
        !text.contains("Norbergs Trä"),
        "no sole trader's name: {text}"
    );
    let (status, _, csv) = get_bytes(&state, "/offentlig/bidrag.csv").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        String::from_utf8(csv)
            .expect("utf-8")
            .starts_with("Identifier,")
    );
    assert_eq!(
        get(&state, "/offentlig/annat.txt").await.status,
        StatusCode::NOT_FOUND
    );
}

/// A number of kronor as pages write it ("2 087 000 kr"), after `after` in `text`.
fn kronor_after(text: &str, after: &str) -> i64 {
    let rest = text
        .split(after)
        .nth(1)
        .unwrap_or_else(|| panic!("“{after}” in {text}"));
    let digits: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ' ' || *c == '\u{a0}')
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().expect("an amount")
}

/// Issue 22's "Done when": the year's decisions recorded in the browser (one change from the
/// proposal, with its reason), then the villkorsbeslut report (page, workbook, command line),
/// the report to the nämnd, the public page and both open-data downloads give the same total
/// to the krona, and every table of the report adds up to it.
#[tokio::test(flavor = "multi_thread")]
async fn the_reports_the_public_page_and_the_exports_agree_to_the_krona() {
    let data = only_bas(|_| {});
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    // Every body's meeting of 2021, as proposed, except one amount the nämnd lowered.
    let page = get(&state, "/beslut").await;
    let bodies: Vec<String> = page
        .body
        .split("name=\"organ\"")
        .nth(1)
        .and_then(|s| s.split("</select>").next())
        .expect("the bodies")
        .split("<option value=\"")
        .skip(1)
        .filter_map(|o| o.split('"').next())
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect();
    assert!(bodies.len() >= 2, "{bodies:?}");
    let mut recorded = 0;
    for body in &bodies {
        let url = format!(
            "/beslut?organ={}",
            form_urlencoded::byte_serialize(body.as_bytes()).collect::<String>()
        );
        let page = get(&state, &url).await;
        if !page.body.contains("class=\"decisions\"") {
            continue;
        }
        let mut fields = form_fields(&page.body, "decisions");
        set_field(&mut fields, "datum", "2021-03-18");
        set_field(&mut fields, "diarienummer", "RUN 2021/45 § 12");
        set_field(&mut fields, "vem", "Anna Handläggare");
        if fields.iter().any(|(k, _)| k == "belopp.2021-0117") {
            set_field(&mut fields, "belopp.2021-0117", "900 000");
            set_field(&mut fields, "skal.2021-0117", "Utbildningsdelen ryms inte");
        }
        let saved = post(
            &state,
            "/beslut",
            &encode_form(&fields),
            Some("same-origin"),
        )
        .await;
        assert_eq!(
            saved.status,
            StatusCode::SEE_OTHER,
            "{body}: {}",
            saved.body
        );
        recorded += 1;
    }
    assert!(recorded >= 1);

    let villkor = squeeze(&visible_text(
        &get(&state, "/rapport/villkor?ar=2021").await.body,
    ));
    let total = kronor_after(&villkor, "beviljades med sammanlagt");
    assert!(total > 0, "{villkor}");
    assert!(villkor.contains("Per pott och stödform") && villkor.contains("Bemyndigande"));
    let run = squeeze(&visible_text(
        &get(&state, "/rapport/namnd?ar=2021").await.body,
    ));
    assert_eq!(
        kronor_after(&run, "beviljades med sammanlagt"),
        total,
        "{run}"
    );
    assert!(run.contains("Projektpresentationer") && run.contains("Beviljad med 900 000 kr"));
    let public = squeeze(&visible_text(&get(&state, "/offentlig?ar=2021").await.body));
    assert_eq!(
        kronor_after(&public, "beviljade stöd, sammanlagt"),
        total,
        "{public}"
    );

    // The open data: the 2021 grants' amounts awarded, in JSON and in CSV.
    let json: serde_json::Value =
        serde_json::from_str(&get(&state, "/offentlig/bidrag.json").await.body).expect("json");
    let awarded: i64 = json["grants"]
        .as_array()
        .expect("grants")
        .iter()
        .filter(|g| {
            g["awardDate"]
                .as_str()
                .is_some_and(|d| d.starts_with("2021"))
        })
        .map(|g| g["amountAwarded"].as_i64().expect("whole kronor"))
        .sum();
    assert_eq!(awarded, total);
    let csv = get(&state, "/offentlig/bidrag.csv").await.body;
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().expect("headers").clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name} in {headers:?}"))
    };
    let (amount, date) = (column("Amount Awarded"), column("Award Date"));
    let from_csv: i64 = reader
        .records()
        .map(|r| r.expect("row"))
        .filter(|r| r[date].starts_with("2021"))
        .map(|r| r[amount].parse::<i64>().expect("kronor"))
        .sum();
    assert_eq!(from_csv, total);

    // The workbook: the list of grants and the pots' sum row.
    let (_, _, bytes) = fetch(
        &state,
        Request::get("/rapport/villkor.xlsx?ar=2021")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    use calamine::{DataType, Reader};
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("xlsx");
    let grants = book.worksheet_range("Beviljade").expect("sheet");
    let listed: f64 = grants
        .rows()
        .skip(1)
        .filter_map(|r| r.last().and_then(DataType::as_f64))
        .sum();
    assert_eq!(listed as i64, total);

    // The command line's report on the same data, and every table adding up.
    let out = crate::support::anslag(&[
        "report",
        "villkor",
        data.path("scenarios/2021/bas.yaml").to_str().expect("path"),
        "--year",
        "2021",
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(report["total"].as_i64(), Some(total));
    let sum = |list: &serde_json::Value, key: &str| -> i64 {
        list.as_array()
            .expect("a list")
            .iter()
            .map(|x| x[key].as_i64().expect("kronor"))
            .sum()
    };
    for table in ["pots", "national_areas", "rus_areas", "municipalities"] {
        assert_eq!(sum(&report[table], "amount"), total, "{table}");
    }
    assert_eq!(sum(&report["payments"], "this_year"), total, "payments");

    // The year's decisions per pot as Pabulib files: read back, the granted ones selected,
    // their amounts adding up to the same total.
    let scenario = data.path("scenarios/2021/bas.yaml");
    let mut in_files = 0_i64;
    for pot in ["projektmedel", "foretagsstod", "kommersiell_service"] {
        let file = data.path(&format!("beslut-{pot}.pb"));
        let out = crate::support::anslag(&[
            "export",
            scenario.to_str().expect("path"),
            "--what",
            "pabulib",
            "--pot",
            pot,
            "--decided",
            "--year",
            "2021",
            "-o",
            file.to_str().expect("path"),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(&file).expect("written");
        let read = anslag::bench::parse_pabulib(&text).expect("reads as Pabulib");
        let granted: Vec<String> = report["granted"]
            .as_array()
            .expect("ids")
            .iter()
            .filter_map(|id| id.as_str())
            // The pot's grants: those with a line in its file.
            .filter(|id| text.contains(&format!("\n{id};")))
            .map(str::to_string)
            .collect();
        let mut selected = read.selected.clone();
        selected.sort();
        assert_eq!(selected, granted, "{pot}");
        in_files += text
            .lines()
            .skip_while(|l| *l != "PROJECTS")
            .skip(2)
            .take_while(|l| *l != "VOTES")
            .map(|l| {
                l.split(';')
                    .nth(4)
                    .expect("amount")
                    .parse::<i64>()
                    .expect("kronor")
            })
            .sum::<i64>();
    }
    assert_eq!(in_files, total, "the Pabulib files' amounts");

    // The whole county: the municipalities' grants add up to the total, and the Gini
    // coefficient is the Lorenz curve's (computed here from the amounts and the population).
    let out = crate::support::anslag(&[
        "report",
        "lan",
        scenario.to_str().expect("path"),
        "--year",
        "2021",
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let county: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(sum(&county["municipalities"], "granted"), total);
    let mut places: Vec<(f64, f64)> = county["municipalities"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|m| {
            let people = m["population"].as_f64().expect("population");
            (m["granted"].as_f64().expect("kronor"), people)
        })
        .collect();
    places.sort_by(|a, b| (a.0 / a.1).total_cmp(&(b.0 / b.1)));
    let (people, money): (f64, f64) = places
        .iter()
        .fold((0.0, 0.0), |(p, m), (k, n)| (p + n, m + k));
    let (mut p0, mut l0, mut area) = (0.0, 0.0, 0.0);
    for (kronor, n) in &places {
        let (p1, l1) = (p0 + n / people, l0 + kronor / money);
        area += (p1 - p0) * (l1 + l0);
        (p0, l0) = (p1, l1);
    }
    let gini = county["gini"].as_f64().expect("a Gini coefficient");
    assert!(
        (gini - (1.0 - area)).abs() < 1e-9,
        "{gini} against {}",
        1.0 - area
    );
    let page = squeeze(&visible_text(
        &get(&state, "/rapport/lanet?ar=2021").await.body,
    ));
    assert!(
        page.contains(&format!(
            "Gini-koefficienten för kronor per invånare är {}",
            format!("{gini:.2}").replace('.', ",")
        )),
        "{page}"
    );
}
