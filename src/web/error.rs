//! The web layer's one error type: bad input is a 4xx page in Swedish that says what to do;
//! internal details go to the log, never to the page.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::text::web as t;
use crate::web::view;

#[derive(Debug)]
pub(crate) enum AppError {
    /// A query string or form value that cannot be used: what was wrong, in Swedish.
    BadRequest(String),
    /// No such page, scenario or application.
    NotFound(String),
    /// Not allowed with this server's access (e.g. saving on an exposed server).
    Forbidden(String),
    /// A method the address does not take (a POST to a page, say).
    MethodNotAllowed,
    /// A request body over the limit.
    TooLarge,
    /// A computation that did not finish within its time limit.
    Timeout,
    /// Every core busy with other computations for too long.
    Busy,
    /// A request body that did not arrive in time.
    SlowRequest,
    /// A `Host` this server does not answer to.
    UnknownHost,
    /// Something that should not happen; logged, shown as a plain apology.
    Internal(String),
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, heading, text) = match self {
            AppError::BadRequest(m) => (StatusCode::BAD_REQUEST, t::ERR_BAD_REQUEST, m),
            AppError::NotFound(m) => (StatusCode::NOT_FOUND, t::ERR_NOT_FOUND, m),
            AppError::Forbidden(m) => (StatusCode::FORBIDDEN, t::ERR_FORBIDDEN, m),
            AppError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                t::ERR_METHOD,
                t::ERR_METHOD_TEXT.to_string(),
            ),
            AppError::Timeout => (
                StatusCode::SERVICE_UNAVAILABLE,
                t::ERR_TIMEOUT,
                t::ERR_TIMEOUT_TEXT.to_string(),
            ),
            AppError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                t::ERR_TOO_LARGE,
                t::ERR_TOO_LARGE_TEXT.to_string(),
            ),
            AppError::Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                t::ERR_BUSY,
                t::ERR_BUSY_TEXT.to_string(),
            ),
            AppError::SlowRequest => (
                StatusCode::REQUEST_TIMEOUT,
                t::ERR_SLOW,
                t::ERR_SLOW_TEXT.to_string(),
            ),
            AppError::UnknownHost => (
                StatusCode::MISDIRECTED_REQUEST,
                t::ERR_HOST,
                t::ERR_HOST_TEXT.to_string(),
            ),
            AppError::Internal(m) => {
                eprintln!("{}", t::internal_error_log(&m));
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    t::ERR_INTERNAL,
                    t::ERR_INTERNAL_TEXT.to_string(),
                )
            }
        };
        (status, view::error_page(&heading, &text)).into_response()
    }
}

/// The page for a path that matches no route.
pub(crate) async fn not_found() -> AppError {
    AppError::NotFound(t::ERR_NO_PAGE.to_string())
}

/// The page for a method an address does not take.
pub(crate) async fn method_not_allowed() -> AppError {
    AppError::MethodNotAllowed
}
