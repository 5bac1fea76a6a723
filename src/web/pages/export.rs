//! Downloads: the ranking, the proposal and a comparison as XLSX or CSV for Swedish Excel,
//! from the pages that show them (`/export/rangordning.xlsx?scenario=…`).

use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::export;
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::Ctx;

/// The files that can be downloaded: (name, what).
const FILES: [&str; 3] = ["rangordning", "forslag", "jamforelse"];

pub(crate) async fn download(
    file: Result<Path<String>, axum::extract::rejection::PathRejection>,
    ctx: Ctx,
) -> Result<Response, AppError> {
    let state = ctx.state.clone();
    let Path(file) = file.map_err(|_| AppError::BadRequest(t::BAD_PATH.to_string()))?;
    let (stem, ext) = file
        .rsplit_once('.')
        .filter(|(stem, ext)| FILES.contains(stem) && matches!(*ext, "xlsx" | "csv"))
        .ok_or_else(|| AppError::NotFound(t::unknown_download(&file)))?;
    let p = ctx.p();
    let sheets = match stem {
        "rangordning" => {
            // The list's filters, when the download came from a filtered list.
            let mut sheet = export::ranking(p, Some(ctx.s.best()));
            let shown = crate::web::pages::applications::shown_ids(&ctx)?;
            if shown.len() < p.applications.len() {
                sheet.rows.retain(
                    |row| matches!(row.get(1), Some(export::Cell::Text(id)) if shown.contains(id)),
                );
            }
            vec![sheet]
        }
        "forslag" => export::allocation(p, ctx.s.best()),
        _ => {
            let pick = |field: &str| {
                let key = ctx.params.get(field).unwrap_or(&ctx.s.key);
                state.scenario(Some(key)).ok_or_else(|| {
                    let keys: Vec<String> = state.list().into_iter().map(|(k, _)| k).collect();
                    AppError::BadRequest(t::unknown_scenario(key, &keys))
                })
            };
            let (a, b) = (pick("a")?, pick("b")?);
            let c =
                crate::compare::compare(&a.portfolio, &a.allocation, &b.portfolio, &b.allocation);
            export::comparison(&a.portfolio, &b.portfolio, &c)
        }
    };
    send_file(&format!("{}-{stem}", ctx.s.key), ext, &sheets)
}

/// The sheets as a download named `anslag-{stem}.{ext}` (in ASCII), as XLSX or CSV (the first
/// sheet).
pub(crate) fn send_file(
    stem: &str,
    ext: &str,
    sheets: &[export::Sheet],
) -> Result<Response, AppError> {
    let (bytes, content_type) = match ext {
        "xlsx" => (
            export::xlsx(sheets),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        _ => (export::csv(&sheets[0]), "text/csv; charset=utf-8"),
    };
    let bytes = bytes.map_err(AppError::Internal)?;
    // The scenario key in the name, in ASCII: "anslag-2021-bas-rangordning.xlsx".
    Ok(attachment(
        &format!("anslag-{stem}.{ext}"),
        content_type,
        bytes,
    ))
}

/// Bytes to save as a file named `name` (made ASCII), of `content_type`.
pub(crate) fn attachment(name: &str, content_type: &str, bytes: Vec<u8>) -> Response {
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// Links to a download in both formats, keeping the query (scenario, a, b).
pub fn links(stem: &str, query: &str, label: &str) -> maud::Markup {
    maud::html! {
        p.downloads {
            (label) ": "
            a href=(format!("/export/{stem}.xlsx{query}")) download { (t::XLSX) }
            " · "
            a href=(format!("/export/{stem}.csv{query}")) download { (t::CSV) }
        }
    }
}
