//! `anslag serve`: the web UI for preparation meetings and politicians. Server-rendered HTML
//! (maud), in Swedish, usable without JavaScript. Handlers are thin: read the query, call the
//! library, render a view.

pub(crate) mod assess;
pub mod auth;
pub(crate) mod decide;
pub(crate) mod error;
pub(crate) mod load;
pub(crate) mod pages;
pub(crate) mod params;
pub mod siege;
pub(crate) mod state;
pub(crate) mod view;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

pub(crate) use error::AppError;
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
pub(crate) fn form_body(
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
        .route("/offentlig/{file}", get(pages::public::download))
        .route("/tillganglighet", get(pages::accessibility::page))
        .route("/ordlista", get(pages::glossary::page))
        .route("/static/stil.css", get(stylesheet));
    if !public {
        router = router
            .route("/", get(pages::overview::page))
            .route("/ansokningar", get(pages::applications::page))
            .route("/ansokan/{id}", get(pages::application::page))
            .route("/ansokan/{id}/bedomning", post(pages::assessment::save))
            .route("/strategi", get(pages::strategy::page))
            .route("/scenarier", get(pages::scenarios::page))
            .route("/scenarier/spara", post(pages::scenarios::save))
            .route("/jamfor", get(pages::compare::page))
            .route("/budgetkurva", get(pages::frontier::page))
            .route("/beslutsunderlag", get(pages::memo::page))
            .route(
                "/stodregister",
                get(pages::register::page).post(pages::register::save),
            )
            .route(
                "/beslut",
                get(pages::decisions::page).post(pages::decisions::save),
            )
            .route("/rapport/villkor", get(pages::reports::villkor))
            .route("/rapport/villkor.xlsx", get(pages::reports::villkor_xlsx))
            .route("/rapport/namnd", get(pages::reports::run))
            .route("/rapport/lanet", get(pages::reports::county))
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
        .layer(middleware::from_fn(read_body_in_time))
        .layer(middleware::from_fn_with_state(state.clone(), check_host))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security_headers,
        ))
        .layer(middleware::from_fn(language))
        .with_state(state)
}

/// The request's language: `?lang=sv|en` when given (the language link), else the browser's
/// `Accept-Language`, else Swedish. Everything the request writes is in it.
async fn language(request: axum::extract::Request, next: middleware::Next) -> Response {
    use crate::i18n::Lang;
    let asked = request.uri().query().and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::from_tag(&v))
    });
    let lang = asked.unwrap_or_else(|| {
        request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map_or(Lang::Sv, Lang::from_accept_language)
    });
    crate::i18n::scope(lang, next.run(request)).await
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

/// The pages a redirect may lead to: a path of exactly one of these shapes, nothing else.
const PAGES: [&str; 17] = [
    "/",
    "/ansokningar",
    "/strategi",
    "/scenarier",
    "/jamfor",
    "/budgetkurva",
    "/beslutsunderlag",
    "/stodregister",
    "/beslut",
    "/rapport/villkor",
    "/rapport/namnd",
    "/rapport/lanet",
    "/offentlig",
    "/tillganglighet",
    "/ordlista",
    "/logga-in",
    "/static/stil.css",
];
/// Pages with one segment after them (`/ansokan/2021-0004`).
const PAGE_PREFIXES: [&str; 2] = ["/ansokan/", "/export/"];

/// A local page of this server to go to, as given (a path and maybe a query), or `None` for
/// anything else: another site (`//evil.example`, `https://…`), a path a browser would read
/// differently than this check does (tabs, line breaks, backslashes, spaces, non-ASCII),
/// dot segments, or a path that is not one of the server's pages.
pub(crate) fn local_path(to: &str) -> Option<String> {
    if to.is_empty() || to.len() > 2048 || !to.bytes().all(|b| (0x21..=0x7e).contains(&b)) {
        return None;
    }
    if to.contains('\\') || to.starts_with("//") || !to.starts_with('/') {
        return None;
    }
    let (path, _) = to.split_once(['?', '#']).unwrap_or((to, ""));
    if path
        .split('/')
        .any(|segment| segment == "." || segment == "..")
    {
        return None;
    }
    let known = PAGES.contains(&path)
        || PAGE_PREFIXES.iter().any(|prefix| {
            path.strip_prefix(prefix)
                .is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
        });
    known.then(|| to.to_string())
}

/// A redirect (303) to a local page; anything else goes to the overview. Never a 500: the
/// target is checked before it becomes a header.
pub fn redirect(to: &str) -> Response {
    let to = local_path(to).unwrap_or_else(|| "/".to_string());
    let location = HeaderValue::from_str(&to).unwrap_or(HeaderValue::from_static("/"));
    (
        axum::http::StatusCode::SEE_OTHER,
        [(header::LOCATION, location)],
    )
        .into_response()
}

/// Paths anyone may see on a server with logins.
const OPEN: [&str; 7] = [
    "/offentlig",
    "/offentlig/bidrag.csv",
    "/offentlig/bidrag.json",
    "/tillganglighet",
    "/ordlista",
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
        return redirect(&to);
    }
    AppError::Forbidden(crate::text::auth::LOGIN_NEEDED.to_string()).into_response()
}

/// A request's body read at once, within [`BODY_TIMEOUT`] and [`MAX_BODY`]: a client that
/// sends its form a byte at a time is answered 408 and does not hold the handler.
async fn read_body_in_time(req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    // Requests without a body (GET, HEAD) pass straight on.
    if axum::body::HttpBody::is_end_stream(&body) {
        return next.run(Request::from_parts(parts, body)).await;
    }
    let read = tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY + 1)).await;
    match read {
        Ok(Ok(bytes)) if bytes.len() <= MAX_BODY => {
            next.run(Request::from_parts(parts, axum::body::Body::from(bytes)))
                .await
        }
        Ok(_) => AppError::TooLarge.into_response(),
        Err(_) => AppError::SlowRequest.into_response(),
    }
}

/// The host name a request names (`Host`), lower case, without port or a final dot.
fn host_name(host: &str) -> String {
    let host = host.trim().to_ascii_lowercase();
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']')
            .next()
            .map(|h| format!("[{h}]"))
            .unwrap_or_default()
    } else {
        match host.rsplit_once(':') {
            Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name.to_string(),
            _ => host,
        }
    };
    name.trim_end_matches('.').to_string()
}

/// Names a loopback server answers to without being told.
const LOOPBACK_NAMES: [&str; 3] = ["localhost", "127.0.0.1", "[::1]"];

/// Whether a request's `Host` is one this server answers to: the loopback names and those
/// given with `--host`. A page from another site that has its name pointed at 127.0.0.1 (DNS
/// rebinding) sends its own name and is refused. A public server without `--host` answers
/// any name (it serves only public pages).
pub(crate) fn allowed_host(state: &AppState, headers: &axum::http::HeaderMap) -> bool {
    let hosts = &state.0.hosts;
    if state.0.access.public_only() && hosts.is_empty() {
        return true;
    }
    let Some(host) = headers.get(header::HOST) else {
        // HTTP/1.0 without a name; browsers always send one.
        return true;
    };
    let Ok(host) = host.to_str() else {
        return false;
    };
    let name = host_name(host);
    LOOPBACK_NAMES.contains(&name.as_str()) || hosts.iter().any(|h| host_name(h) == name)
}

async fn check_host(State(state): State<AppState>, req: Request, next: Next) -> Response {
    // The stylesheet is the same for everyone and holds nothing: the refusal page is styled.
    if allowed_host(&state, req.headers()) || req.uri().path() == "/static/stil.css" {
        next.run(req).await
    } else {
        AppError::UnknownHost.into_response()
    }
}

/// A form post from this server's own pages, by the viewer whose token it carries: refused
/// when the browser says it comes from another site, or the token is missing or not this
/// viewer's. With logins, posting needs a session.
pub(crate) fn check_form(
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

/// Connections open at once; more are closed as soon as they are accepted.
pub(crate) const MAX_CONNECTIONS: usize = 1024;
/// Connections open at once from one address (not behind a proxy, where every connection
/// comes from the proxy).
pub(crate) const MAX_PER_ADDRESS: usize = 64;
/// Time for a client to send a request's headers, and for an idle connection to send the
/// next request: a client that never finishes is closed after this.
pub const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// Time for a client to send a request's body.
pub const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);
/// No connection lives longer than this, however slowly it reads or writes.
pub(crate) const CONNECTION_LIFETIME: std::time::Duration = std::time::Duration::from_secs(600);

/// Open connections per address.
type OpenPerAddress =
    std::sync::Arc<std::sync::Mutex<std::collections::HashMap<std::net::IpAddr, usize>>>;

/// One open connection counted for its address, counted down when it closes.
struct AddressSlot {
    open: OpenPerAddress,
    address: std::net::IpAddr,
}

impl AddressSlot {
    fn take(open: &OpenPerAddress, address: std::net::IpAddr) -> Option<AddressSlot> {
        let mut map = open.lock().unwrap_or_else(|e| e.into_inner());
        let n = map.entry(address).or_insert(0);
        if *n >= MAX_PER_ADDRESS {
            return None;
        }
        *n += 1;
        Some(AddressSlot {
            open: open.clone(),
            address,
        })
    }
}

impl Drop for AddressSlot {
    fn drop(&mut self) {
        let mut map = self.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = map.get_mut(&self.address) {
            *n -= 1;
            if *n == 0 {
                map.remove(&self.address);
            }
        }
    }
}

/// Serves on a bound listener until Ctrl-C: HTTP/1.1 with a bounded number of connections
/// (in all and per address), a deadline for each request's headers and for idle
/// connections, and a longest life for any connection, so that slow or idle clients cannot
/// hold the server. On Ctrl-C, requests under way may finish (ten seconds at most).
pub async fn serve(state: AppState, listener: tokio::net::TcpListener) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    // Only an exposed server sees its clients' own addresses: on loopback every client is the
    // user's, and behind a proxy every connection comes from the proxy.
    let per_address = state.0.access.public_only();
    let router = app(state);
    let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let open: OpenPerAddress = OpenPerAddress::default();
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut stop = std::pin::pin!(tokio::signal::ctrl_c());
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                // Out of file descriptors, or a connection reset before it was accepted:
                // pause a moment rather than spin.
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            continue;
        };
        let address = if per_address {
            match AddressSlot::take(&open, peer.ip()) {
                Some(a) => Some(a),
                None => continue,
            }
        } else {
            None
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let service =
            hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
                req.extensions_mut()
                    .insert(axum::extract::ConnectInfo(peer));
                tower::ServiceExt::oneshot(router.clone(), req)
            });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADER_TIMEOUT)
            .max_buf_size(64 * 1024)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = tokio::time::timeout(CONNECTION_LIFETIME, connection).await;
            drop(slot);
            drop(address);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), graceful.shutdown()).await;
    Ok(())
}

/// A form post from this server's own pages: the browser's `Sec-Fetch-Site` or `Origin` says
/// so. A request with neither (a script, curl) is let through; browsers always send one.
pub(crate) fn same_origin(headers: &axum::http::HeaderMap) -> bool {
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
