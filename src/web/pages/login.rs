//! `GET/POST /logga-in` and `POST /logga-ut`: logins on a server behind a TLS proxy.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use crate::text::auth as t;
use crate::web::auth;
use crate::web::error::AppError;
use crate::web::params::Params;
use crate::web::state::AppState;
use crate::web::view::{self, Nav};

/// Where to go after logging in: a page of this server, never another site.
fn safe_return(to: Option<&str>) -> String {
    to.and_then(crate::web::local_path)
        .unwrap_or_else(|| "/".to_string())
}

/// The address a login comes from: the one the proxy in front appended last to
/// `X-Forwarded-For` (logins are only served behind a proxy), or else the connection's.
fn client_address(headers: &HeaderMap, extensions: &axum::http::Extensions) -> std::net::IpAddr {
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse::<std::net::IpAddr>().ok())
        .next_back();
    forwarded
        .or_else(|| {
            extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip())
        })
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED))
}

fn form(csrf: &str, to: &str, name: &str, error: Option<&str>) -> Markup {
    view::page(
        &view::plain_frame(t::LOGIN_TITLE.text(), Nav::None, false, "/logga-in"),
        html! {
            p { (t::LOGIN_INTRO) }
            @if let Some(e) = error {
                div.errors role="alert" { p { (e) } }
            }
            form method="post" action=(crate::web::view::link("/logga-in", None, "")) {
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
    extensions: axum::http::Extensions,
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<Response, AppError> {
    let (params, viewer) = posted(&state, &headers, body)?;
    let name = params.get("namn").unwrap_or("").trim().to_string();
    let password = params.get("losenord").unwrap_or("").to_string();
    let to = safe_return(params.get("till"));
    let address = client_address(&headers, &extensions);
    let refuse = |status: StatusCode, message: &str| {
        let shown = if auth::valid_name(&name).is_ok() {
            name.as_str()
        } else {
            ""
        };
        (status, form(&viewer.csrf, &to, shown, Some(message))).into_response()
    };
    let sessions = &state.0.sessions;
    // No account can have a name that is not a valid name: refused without a password check
    // (it costs an attacker a request, not the server 19 MiB and a core), but counted.
    if auth::valid_name(&name).is_err() {
        sessions.failed("", address);
        return Ok(refuse(StatusCode::UNAUTHORIZED, t::WRONG.text()));
    }
    match sessions.refused(&name, address) {
        Some(auth::Refusal::NamePaused) => {
            return Ok(refuse(StatusCode::TOO_MANY_REQUESTS, t::PAUSED.text()));
        }
        Some(_) => {
            return Ok(refuse(
                StatusCode::TOO_MANY_REQUESTS,
                t::ADDRESS_PAUSED.text(),
            ));
        }
        None => {}
    }
    // The file is read again when it has changed, so `anslag user` takes effect at once.
    let path = auth::accounts_path(&state.0.data);
    let stored = sessions.accounts(&path).users.get(&name).cloned();
    // Argon2 is slow on purpose: off the async threads, a few at a time. An unknown name is
    // checked against a throwaway hash so that it takes as long as a wrong password.
    let ok = sessions.check_password(stored.clone(), password).await;
    let ok = match ok {
        Ok(ok) => ok,
        Err(_) => {
            let mut res = refuse(StatusCode::SERVICE_UNAVAILABLE, t::BUSY.text());
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
            return Ok(res);
        }
    };
    let Some(stored) = stored.filter(|_| ok) else {
        sessions.failed(&name, address);
        return Ok(refuse(StatusCode::UNAUTHORIZED, t::WRONG.text()));
    };
    sessions.succeeded(&name, address);
    let id = sessions.create(&name, &stored);
    let mut res = crate::web::redirect(&to);
    if let Ok(v) = HeaderValue::from_str(&auth::cookie(&id)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

pub(crate) async fn log_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<Response, AppError> {
    posted(&state, &headers, body)?;
    if let Some(id) = auth::session_id(&headers) {
        state.0.sessions.remove(&id);
    }
    let mut res = crate::web::redirect("/offentlig");
    if let Ok(v) = HeaderValue::from_str(&auth::expired_cookie()) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}
