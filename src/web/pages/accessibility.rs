//! Tillgänglighetsredogörelse: the accessibility statement the Swedish law on accessibility of
//! public digital services (2018:1937) requires, with the contents DIGG lists: who stands
//! behind the service, how compliant it is, what is not accessible and why, how to get content
//! in another form and report problems (the region's own contact details, from
//! `tillganglighet.yaml` in the data folder), supervision with a link to DIGG's form, and how
//! and when the service was assessed.

use axum::extract::State;
use maud::{Markup, html};

use crate::files::accessibility::Statement;
use crate::problem::Diag;
use crate::text::web as t;
use crate::web::state::AppState;
use crate::web::view::{self, Nav};

/// DIGG's form for reporting a lack of accessibility.
const DIGG_FORM: &str = "https://www.digg.se/tdosanmalan";

pub async fn page(State(state): State<AppState>) -> Markup {
    let frame = view::plain_frame(
        t::A11Y_TITLE.text(),
        Nav::Accessibility,
        state.0.access.public_only(),
        "/tillganglighet",
    );
    // Read at every request: the file is small, and an edit shows without a restart.
    let path = state.0.data.join("tillganglighet.yaml");
    let mut d = Diag::new();
    let statement = if path.exists() {
        crate::files::accessibility::load(&path, &mut d)
    } else {
        None
    };
    let problems = d.into_sorted();
    view::page(&frame, body(statement.as_ref(), &problems))
}

fn body(s: Option<&Statement>, problems: &[crate::problem::Problem]) -> Markup {
    let organisation = s.map_or(t::A11Y_REGION.text(), |s| s.organisation.as_str());
    html! {
        @if !problems.is_empty() {
            div.errors role="alert" {
                p { (t::A11Y_FILE_PROBLEM) }
                ul { @for p in problems { li { (p.to_string()) } } }
            }
        }
        h2 { (t::A11Y_ABOUT_HEADING) }
        p { (t::a11y_about(organisation)) }
        h2 { (t::A11Y_STATUS_HEADING) }
        p { (t::A11Y_STATUS) }
        p { (t::A11Y_DESIGN) }
        h2 { (t::A11Y_GAPS_HEADING) }
        ul { @for gap in t::A11Y_GAPS { li { (gap) } } }
        h2 { (t::A11Y_OTHER_FORM_HEADING) }
        p { (t::A11Y_OTHER_FORM) }
        (contact(s))
        h2 { (t::A11Y_REPORT_HEADING) }
        p { (t::A11Y_REPORT) }
        h2 { (t::A11Y_SUPERVISION_HEADING) }
        p { (t::A11Y_SUPERVISION) }
        p { a href=(DIGG_FORM) { (t::A11Y_DIGG_LINK) } }
        @if let Some(s) = s {
            h2 { (t::A11Y_METHOD_HEADING) }
            p { (t::a11y_method(&s.method, &s.assessed.to_string(), &s.updated.to_string())) }
        }
    }
}

/// The region's contact details, or a plain word that the server has none.
fn contact(s: Option<&Statement>) -> Markup {
    match s {
        Some(s) if s.email.is_some() || s.phone.is_some() => html! {
            ul {
                @if let Some(e) = &s.email { li { (t::A11Y_EMAIL) ": " a href=(format!("mailto:{e}")) { (e) } } }
                @if let Some(p) = &s.phone { li { (t::A11Y_PHONE) ": " (p) } }
            }
            @if let Some(time) = &s.response_time { p { (t::a11y_response(time)) } }
        },
        _ => html! { p { (t::A11Y_NO_CONTACT) } },
    }
}
