//! What an exposed or a careless server must withstand (docs/security.md lists each
//! protection with the test here that proves it).

use anslag::web::{Access, AppState, app};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::support::Data;

/// The shipped data with only the bas scenario (quicker to load).
pub fn only_bas() -> Data {
    let data = Data::shipped();
    for other in [
        "budget-minus-10",
        "kompetensplan-prioriterad",
        "politisk-prioritering",
    ] {
        std::fs::remove_file(data.path(&format!("scenarios/2021/{other}.yaml"))).expect("rm");
    }
    data
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

pub async fn send(state: &AppState, req: Request<Body>) -> Answer {
    let res = app(state.clone())
        .oneshot(req)
        .await
        .expect("router answers");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn version_of(page: &str) -> String {
    let marker = "name=\"version\" value=\"";
    let at = page.find(marker).expect("a version token") + marker.len();
    page[at..].split('"').next().unwrap_or("").to_string()
}

/// An assessment is never saved without its audit line: the line is written first, so when
/// the log cannot be written, the assessment is not changed either.
#[tokio::test]
async fn no_assessment_is_saved_without_its_audit_line() {
    let data = only_bas();
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    let page = send(
        &state,
        Request::get("/ansokan/2021-0004")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    // The log cannot be appended to: a folder stands where it would be.
    std::fs::create_dir(data.path("scenarios/2021/ansokningar.bedomningar.logg.csv"))
        .expect("mkdir");
    let form = form_urlencoded::Serializer::new(String::new())
        .append_pair("version", &version_of(&page.body))
        .append_pair("links", "kpv.matchning 1")
        .append_pair("agenda2030", "4: 3")
        .append_pair("criteria", "forandringslogik 3")
        .append_pair("status", "under_beredning")
        .append_pair("vem", "Anna")
        .append_pair("skal", "Beredningsmötet")
        .append_pair("csrf", &state.0.csrf)
        .finish();
    let answer = send(
        &state,
        Request::post("/ansokan/2021-0004/bedomning")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(Body::from(form))
            .expect("request"),
    )
    .await;
    assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        !data
            .path("scenarios/2021/ansokningar.bedomningar.yaml")
            .exists(),
        "saved without an audit line"
    );
}

/// Temporary files that a killed save left behind are removed when the server starts; a
/// file of a running process and ordinary files are left alone.
#[test]
fn stale_temporary_files_are_removed_at_start() {
    let data = only_bas();
    let stale = data.path("scenarios/2021/.ansokningar.bedomningar.yaml.tmp-4999999");
    let kept = data.path("scenarios/2021/anteckningar.tmp-4999999");
    std::fs::write(&stale, "half").expect("write");
    std::fs::write(&kept, "mine").expect("write");
    AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    assert_eq!(stale.exists(), !cfg!(target_os = "linux"));
    assert!(kept.exists());
}

/// No page, export or redirect is kept by a browser or a proxy (`Cache-Control: no-store`);
/// only the stylesheet may be cached.
#[tokio::test]
async fn pages_and_exports_are_never_cached() {
    let data = only_bas();
    let state = AppState::load(data.dir.path(), Access::Local, false).expect("loads");
    for uri in [
        "/",
        "/ansokningar",
        "/ansokan/2021-0004",
        "/beslutsunderlag",
        "/export/rangordning.xlsx",
        "/finns-inte",
    ] {
        let a = send(
            &state,
            Request::get(uri).body(Body::empty()).expect("request"),
        )
        .await;
        assert_eq!(
            a.headers
                .get(header::CACHE_CONTROL)
                .map(|v| v.to_str().unwrap_or("")),
            Some("no-store"),
            "{uri}: {}",
            a.status
        );
    }
    let a = send(
        &state,
        Request::get("/static/stil.css")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(
        a.headers[header::CACHE_CONTROL]
            .to_str()
            .unwrap_or("")
            .starts_with("public")
    );
}
