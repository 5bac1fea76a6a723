//! Tillgänglighetsredogörelse: the accessibility statement the Swedish law on accessibility of
//! public digital services (2018:1937) requires, in the form DIGG recommends.

use axum::extract::State;
use maud::{Markup, html};

use crate::text::web as t;
use crate::web::state::AppState;
use crate::web::view::{self, Nav};

pub async fn page(State(state): State<AppState>) -> Markup {
    let frame = view::plain_frame(
        t::A11Y_TITLE.text(),
        Nav::Accessibility,
        state.0.access.public_only(),
        "/tillganglighet",
    );
    view::page(
        &frame,
        html! {
            @for (heading, paragraphs) in t::A11Y_SECTIONS {
                h2 { (heading) }
                @for para in *paragraphs { p { (para) } }
            }
        },
    )
}
