//! `GET/POST /logga-in` and `POST /logga-ut`: logins on a server behind a TLS proxy.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};

use crate::text::auth as t;
use crate::web::auth;
use crate::web::error::AppError;
use crate::web::params::Params;
use crate::web::state::AppState;
use crate::web::view::{self, Nav};

/// Where to go after logging in: a path on this server, never another site.
fn safe_return(to: Option<&str>) -> String {
    match to {
        Some(p) if p.starts_with('/') && !p.starts_with("//") && !p.contains('\\') => p.to_string(),
        _ => "/".to_string(),
    }
}

fn form(csrf: &str, to: &str, name: &str, error: Option<&str>) -> Markup {
    view::page(
        &view::plain_frame(t::LOGIN_TITLE, Nav::None, false, "/logga-in"),
        html! {
            p { (t::LOGIN_INTRO) }
            @if let Some(e) = error {
                div.errors role="alert" { p { (e) } }
            }
            form method="post" action="/logga-in" {
                input type="hidden" name="csrf" value=(csrf);
                input type="hidden" name="till" value=(to);
                p {
                    label for="namn" { (t::USER) }
                    input id="namn" name="namn" type="text" autocomplete="username" required value=(name);
                }
                p {
                    label for="losenord" { (t::PASSWORD) }
                    input id="losenord" name="losenord" type="password" autocomplete="current-password" required;
                }
                button type="submit" { (t::LOG_IN) }
            }
        },
    )
}

pub async fn page(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: axum::http::Uri,
) -> Result<Markup, AppError> {
    let params = Params::parse(uri.query())?;
    let viewer = auth::viewer(&state, &headers);
    Ok(form(
        &viewer.csrf,
        &safe_return(params.get("till")),
        "",
        None,
    ))
}

/// A posted form's fields, checked to come from this server's page for this viewer.
fn posted(
    state: &AppState,
    headers: &HeaderMap,
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<(Params, auth::Viewer), AppError> {
    let body = crate::web::form_body(body)?;
    let params = Params::parse(Some(&body))?;
    let viewer = crate::web::check_form(state, headers, params.get("csrf"))?;
    Ok((params, viewer))
}

pub async fn log_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<Response, AppError> {
    let (params, viewer) = posted(&state, &headers, body)?;
    let name = params.get("namn").unwrap_or("").trim().to_string();
    let password = params.get("losenord").unwrap_or("").to_string();
    let to = safe_return(params.get("till"));
    let refuse = |message: &str| {
        (
            StatusCode::UNAUTHORIZED,
            form(&viewer.csrf, &to, &name, Some(message)),
        )
            .into_response()
    };
    if state.0.sessions.paused(&name) {
        return Ok(refuse(t::PAUSED));
    }
    // Read the file at each login, so `anslag user add` takes effect without a restart.
    let path = auth::accounts_path(&state.0.data);
    let stored = auth::load_accounts(&path)
        .ok()
        .and_then(|a| a.users.get(&name).cloned());
    let check = password.clone();
    // Argon2 is slow on purpose: off the async threads. An unknown name is checked against a
    // throwaway hash so that it takes as long as a wrong password.
    let ok = tokio::task::spawn_blocking(move || match stored {
        Some(h) => auth::verify(&h, &check),
        None => {
            let _ = auth::hash(&check);
            false
        }
    })
    .await
    .unwrap_or(false);
    if !ok {
        state.0.sessions.failed(&name);
        return Ok(refuse(t::WRONG));
    }
    state.0.sessions.succeeded(&name);
    let id = state.0.sessions.create(&name);
    let mut res = Redirect::to(&to).into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::cookie(&id)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

pub async fn log_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<Response, AppError> {
    posted(&state, &headers, body)?;
    if let Some(id) = auth::session_id(&headers) {
        state.0.sessions.remove(&id);
    }
    let mut res = Redirect::to("/offentlig").into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::expired_cookie()) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}
