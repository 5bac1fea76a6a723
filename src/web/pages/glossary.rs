//! Ordlista: the words that must stay (poäng, pott, ram, bemyndigande, …) explained in
//! klarspråk, for politicians and the public. Linked from every page's footer.

use axum::extract::State;
use maud::{Markup, html};

use crate::text::web as t;
use crate::web::state::AppState;
use crate::web::view::{self, Nav};

pub async fn page(State(state): State<AppState>) -> Markup {
    let frame = view::plain_frame(
        t::GLOSSARY_TITLE.text(),
        Nav::Glossary,
        state.0.access.public_only(),
        "/ordlista",
    );
    view::page(&frame, body())
}

fn body() -> Markup {
    html! {
        p { (t::GLOSSARY_INTRO) }
        dl.glossary {
            @for (term, explanation) in t::GLOSSARY {
                @let id = anchor(term.text());
                dt id=(id) { (term) }
                dd { (explanation) }
            }
        }
    }
}

/// An anchor for a term, so that other pages can link to it (`/ordlista#pott`).
fn anchor(term: &str) -> String {
    let mut out = String::new();
    for c in term.to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::anchor;

    #[test]
    fn anchors_are_plain_ascii() {
        assert_eq!(anchor("Ram (planeringsram)"), "ram-planeringsram");
        assert_eq!(
            anchor("Säker, osäker och utanför"),
            "saker-osaker-och-utanfor"
        );
    }
}
