//! `anslag serve`: the web UI for preparation meetings and politicians. Server-rendered HTML
//! (maud), in Swedish, usable without JavaScript. Handlers are thin: read the query, call the
//! library, render a view.

pub mod assess;
pub mod auth;
pub mod error;
pub mod load;
pub mod pages;
pub mod params;
pub mod state;
pub mod view;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

pub use error::AppError;
pub use state::{Access, AppState};

/// The stylesheet, compiled into the binary.
const STYLESHEET: &str = include_str!("stil.css");

/// The security headers every response carries: no script at all, styles and images only from
/// this server, no framing, no sniffing.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The largest form accepted: the scenario form with 200 locks and their reasons fits many
/// times over.
pub const MAX_BODY: usize = 256 * 1024;

/// A form's body, or the Swedish page for one that is too large or not text.
pub fn form_body(
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<String, AppError> {
    body.map_err(|e| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            AppError::TooLarge
        } else {
            AppError::BadRequest(crate::text::web::BAD_BODY.to_string())
        }
    })
}

/// The router with every page; tests call `app(state).oneshot(request)` without a socket.
pub fn app(state: AppState) -> Router {
    let public = state.0.access.public_only();
    let mut router = Router::new()
        .route("/offentlig", get(pages::public::page))
        .route("/tillganglighet", get(pages::accessibility::page))
        .route("/static/stil.css", get(stylesheet));
    if !public {
        router = router
            .route("/", get(pages::overview::page))
            .route("/ansokningar", get(pages::applications::page))
            .route("/ansokan/{id}", get(pages::application::page))
            .route("/ansokan/{id}/bedomning", post(pages::application::save))
            .route("/strategi", get(pages::strategy::page))
            .route("/scenarier", get(pages::scenarios::page))
            .route("/scenarier/spara", post(pages::scenarios::save))
            .route("/jamfor", get(pages::compare::page))
            .route("/budgetkurva", get(pages::frontier::page))
            .route("/beslutsunderlag", get(pages::memo::page))
            .route("/export/{file}", get(pages::export::download));
        if state.0.access.login() {
            router = router.route(
                "/logga-in",
                get(pages::login::page).post(pages::login::log_in),
            );
        }
        router = router.route("/logga-ut", post(pages::login::log_out));
    } else {
        router = router.route("/", get(pages::public::page));
    }
    router
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .fallback(error::not_found)
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), require_login))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security_headers,
        ))
        .with_state(state)
}

async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLESHEET,
    )
        .into_response()
}

/// Paths anyone may see on a server with logins.
const OPEN: [&str; 4] = [
    "/offentlig",
    "/tillganglighet",
    "/static/stil.css",
    "/logga-in",
];

/// With logins, everything but the open paths needs a session: a page asks the browser to log
/// in first (and come back), a form post is refused.
async fn require_login(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !state.0.access.login() || OPEN.contains(&req.uri().path()) {
        return next.run(req).await;
    }
    if auth::viewer(&state, req.headers()).user.is_some() {
        return next.run(req).await;
    }
    if req.method() == axum::http::Method::GET || req.method() == axum::http::Method::HEAD {
        let back = req
            .uri()
            .path_and_query()
            .map_or("/".to_string(), |p| p.as_str().to_string());
        let to = format!("/logga-in{}", params::query(&[("till".to_string(), back)]));
        return axum::response::Redirect::to(&to).into_response();
    }
    AppError::Forbidden(crate::text::auth::LOGIN_NEEDED.to_string()).into_response()
}

/// A form post from this server's own pages, by the viewer whose token it carries: refused
/// when the browser says it comes from another site, or the token is missing or not this
/// viewer's. With logins, posting needs a session.
pub fn check_form(
    state: &AppState,
    headers: &axum::http::HeaderMap,
    token: Option<&str>,
) -> Result<auth::Viewer, AppError> {
    if !same_origin(headers) {
        return Err(AppError::Forbidden(
            crate::text::web::CROSS_SITE.to_string(),
        ));
    }
    let viewer = auth::viewer(state, headers);
    if !token.is_some_and(|t| auth::same_token(t, &viewer.csrf)) {
        return Err(AppError::Forbidden(crate::text::auth::CSRF.to_string()));
    }
    Ok(viewer)
}

async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if state.0.access.login() {
        // Behind a TLS proxy: browsers keep to HTTPS for this host from now on.
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Pages, exports and redirects may hold what only a logged-in user may see: no browser or
    // proxy keeps a copy. Only the stylesheet says otherwise for itself.
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    res
}

/// Serves on a bound listener until Ctrl-C.
pub async fn serve(state: AppState, listener: tokio::net::TcpListener) -> std::io::Result<()> {
    axum::serve(listener, app(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

/// A form post from this server's own pages: the browser's `Sec-Fetch-Site` or `Origin` says
/// so. A request with neither (a script, curl) is let through; browsers always send one.
pub fn same_origin(headers: &axum::http::HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some(origin), Some(host)) => {
            origin
                .strip_prefix("http://")
                .or_else(|| origin.strip_prefix("https://"))
                == Some(host)
        }
        (Some(_), None) => false,
        (None, _) => true,
    }
}
