//! The page frame and the small pieces every page repeats: amounts, scores, links that keep
//! the chosen scenario, charts.

use crate::i18n::Msg;
use maud::{DOCTYPE, Markup, PreEscaped, Render, html};

use crate::money::Sek;
use crate::text::web as t;
use crate::web::params::query;

/// The pages of the main menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Nav {
    Overview,
    Applications,
    Strategy,
    Scenarios,
    Compare,
    Frontier,
    Memo,
    Register,
    Decisions,
    Reports,
    Public,
    Accessibility,
    Glossary,
    None,
}

const MENU: [(Nav, &str, Msg); 11] = [
    (Nav::Overview, "/", t::NAV_OVERVIEW),
    (Nav::Applications, "/ansokningar", t::NAV_APPLICATIONS),
    (Nav::Strategy, "/strategi", t::NAV_STRATEGY),
    (Nav::Scenarios, "/scenarier", t::NAV_SCENARIOS),
    (Nav::Compare, "/jamfor", t::NAV_COMPARE),
    (Nav::Frontier, "/budgetkurva", t::NAV_FRONTIER),
    (Nav::Memo, "/beslutsunderlag", t::NAV_MEMO),
    (Nav::Register, "/stodregister", t::NAV_REGISTER),
    (Nav::Decisions, "/beslut", t::NAV_DECISIONS),
    (Nav::Reports, "/rapport/villkor", t::NAV_REPORTS),
    (Nav::Public, "/offentlig", t::NAV_PUBLIC),
];

/// What the frame of a page needs to know.
pub(crate) struct Frame<'a> {
    pub title: &'a str,
    pub(crate) active: Nav,
    /// The scenario shown, its key and name; `None` on pages about no scenario.
    pub scenario: Option<(&'a str, &'a str)>,
    /// Every scenario (key, name), for the picker.
    pub list: &'a [(String, String)],
    pub(crate) default_key: &'a str,
    /// The public view: no internal menu.
    pub public: bool,
    /// The path the scenario picker submits to.
    pub path: &'a str,
    /// The logged-in user and the CSRF token of the logout form.
    pub user: Option<(&'a str, &'a str)>,
}

impl Frame<'_> {
    /// A link to `path` that keeps the scenario shown (left out when it is the default).
    pub fn link(&self, path: &str) -> String {
        link(path, self.scenario.map(|s| s.0), self.default_key)
    }
}

/// `path?scenario=key`, without the query when `key` is the default.
pub fn link(path: &str, key: Option<&str>, default_key: &str) -> String {
    let pairs: Vec<(String, String)> = match key {
        Some(k) if k != default_key => vec![("scenario".into(), k.into())],
        _ => Vec::new(),
    };
    format!("{path}{}", query(&pairs))
}

/// A form's hidden field that keeps a chosen language (nothing for Swedish, the default), so
/// that a form sent in English comes back in English whatever the browser asks for.
pub(crate) fn lang_field() -> Markup {
    let lang = crate::i18n::current();
    html! {
        @if lang != crate::i18n::Lang::Sv {
            input type="hidden" name="lang" value=(lang.tag());
        }
    }
}

/// The link to this page in the other language (`lang=` kept in the URL, no JavaScript).
fn language_link(f: &Frame<'_>) -> Markup {
    use crate::i18n::Lang;
    let other = match crate::i18n::current() {
        Lang::Sv => Lang::En,
        Lang::En => Lang::Sv,
    };
    let mut pairs: Vec<(String, String)> = Vec::new();
    if let Some((k, _)) = f.scenario.filter(|(k, _)| *k != f.default_key) {
        pairs.push(("scenario".into(), k.into()));
    }
    pairs.push(("lang".into(), other.tag().into()));
    let label = match other {
        Lang::Sv => "Svenska",
        Lang::En => "English",
    };
    html! {
        p.language { a href=(format!("{}{}", f.path, query(&pairs))) hreflang=(other.tag()) lang=(other.tag()) { (label) } }
    }
}

/// A whole page.
pub fn page(f: &Frame<'_>, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(crate::i18n::current().tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (f.title) " – " (t::APP_NAME) }
                link rel="stylesheet" href="/static/stil.css";
            }
            body {
                a.skip href="#innehall" { (t::SKIP_TO_CONTENT) }
                header.site {
                    p.brand { a href=(link(if f.public { "/offentlig" } else { "/" }, None, "")) { (t::APP_NAME) } " · " (t::APP_SUBTITLE) }
                    (language_link(f))
                    @if !f.public {
                        nav aria-label=(t::MAIN_MENU) {
                            ul {
                                @for (nav, path, label) in MENU {
                                    li {
                                        @if nav == f.active {
                                            a href=(f.link(path)) aria-current="page" { (label) }
                                        } @else {
                                            a href=(f.link(path)) { (label) }
                                        }
                                    }
                                }
                            }
                        }
                        @if let Some((user, csrf)) = f.user {
                            form.logout method="post" action=(link("/logga-ut", None, "")) {
                                span { (crate::text::auth::logged_in_as(user)) " " }
                                input type="hidden" name="csrf" value=(csrf);
                                button type="submit" { (crate::text::auth::LOG_OUT) }
                            }
                        }
                        @if let Some((key, _)) = f.scenario {
                            form.picker method="get" action=(f.path) {
                                label for="valt-scenario" { (t::SCENARIO) }
                                select id="valt-scenario" name="scenario" {
                                    @for (k, name) in f.list {
                                        // The file is named only where two scenarios share a name.
                                        @let twin = f.list.iter().filter(|(_, n)| n == name).count() > 1;
                                        option value=(k) selected[k == key] { (name) @if twin { " (" (k) ")" } }
                                    }
                                }
                                (lang_field())
                                button type="submit" { (t::SHOW) }
                            }
                        }
                    }
                }
                main id="innehall" tabindex="-1" {
                    h1 { (f.title) }
                    (body)
                }
                footer.site {
                    ul {
                        li { a href=(link("/offentlig", None, "")) { (t::NAV_PUBLIC) } }
                        li { a href=(link("/ordlista", None, "")) { (t::NAV_GLOSSARY) } }
                        li { a href=(link("/tillganglighet", None, "")) { (t::NAV_ACCESSIBILITY) } }
                    }
                    // The public page is about decisions, not proposals.
                    p { (if f.active == Nav::Public { t::FOOTER_PUBLIC } else { t::FOOTER }) }
                }
            }
        }
    }
}

/// The page shown for an error, with no scenario around it.
pub(crate) fn error_page(heading: &str, text: &str) -> Markup {
    page(
        &plain_frame(heading, Nav::None, false, "/"),
        html! {
            p { (text) }
            p { a href="/" { (t::BACK_TO_OVERVIEW) } }
        },
    )
}

/// An amount in kronor, the Swedish way, never broken across lines.
pub struct Kr(pub Sek);

impl Render for Kr {
    fn render(&self) -> Markup {
        html! { span.kr { (self.0.to_kr_string().replace(' ', "\u{a0}")) } }
    }
}

/// Prose a computation wrote (a reason, a rule), for paper and narrow screens: amounts
/// (`18 400 000 kr`, `SEK 18,400,000`) and case numbers (`2021-0035`) are never broken across
/// lines.
pub(crate) struct Prose<'a>(pub &'a str);

impl Render for Prose<'_> {
    fn render(&self) -> Markup {
        let chars: Vec<char> = self.0.chars().collect();
        let unit_follows = |i: usize| {
            let rest: String = chars[i + 1..].iter().take(7).collect();
            ["kr", "kronor", "mkr", "%", "poäng", "procent"]
                .iter()
                .any(|u| {
                    rest.strip_prefix(u)
                        .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
                })
        };
        let mut text = String::with_capacity(self.0.len());
        for (i, c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let in_amount = *c == ' '
                && (before.is_some_and(|b| b.is_ascii_digit())
                    && (after.is_some_and(|a| a.is_ascii_digit()) || unit_follows(i))
                    || (i >= 3
                        && chars[i - 3..i].iter().collect::<String>() == "SEK"
                        && after.is_some_and(|a| a.is_ascii_digit())));
            text.push(if in_amount { '\u{a0}' } else { *c });
        }
        // Case numbers: runs of digits with a hyphen inside, kept on one line.
        let mut parts: Vec<(bool, String)> = Vec::new();
        for word in text.split_inclusive(|c: char| !(c.is_ascii_digit() || c == '-')) {
            let (core, tail) = match word.char_indices().last() {
                Some((j, c)) if !(c.is_ascii_digit() || c == '-') => word.split_at(j),
                _ => (word, ""),
            };
            let id = core.contains('-')
                && core.starts_with(|c: char| c.is_ascii_digit())
                && core.ends_with(|c: char| c.is_ascii_digit());
            match parts.last_mut() {
                Some((false, s)) if !id => s.push_str(core),
                _ => parts.push((id, core.to_string())),
            }
            match parts.last_mut() {
                Some((false, s)) => s.push_str(tail),
                _ => parts.push((false, tail.to_string())),
            }
        }
        html! {
            @for (id, s) in &parts {
                @if *id { span.nw { (s) } } @else { (s) }
            }
        }
    }
}

/// A wide table in a region of its own that scrolls sideways on a narrow screen, so that the
/// page itself never does (WCAG 1.4.10 Reflow); focusable, so a keyboard can scroll it.
pub(crate) fn scroll(label: &str, table: Markup) -> Markup {
    html! { div.scroll role="region" aria-label=(label) tabindex="0" { (table) } }
}

/// An amount in mkr with one decimal.
pub(crate) struct Mkr(pub Sek);

impl Render for Mkr {
    fn render(&self) -> Markup {
        html! { span.kr { (self.0.to_mkr_string(1).replace(' ', "\u{a0}")) } }
    }
}

/// A score 0–100 with one decimal and a meter beside it.
pub(crate) struct ScoreBar(pub f64);

impl Render for ScoreBar {
    fn render(&self) -> Markup {
        let v = self.0.clamp(0.0, 100.0);
        html! {
            span.score {
                (crate::i18n::number(self.0, 1))
                " "
                meter min="0" max="100" value=(format!("{v:.1}")) aria-hidden="true" {}
            }
        }
    }
}

/// A chart from `crate::charts`, inline. The SVG is our own chart code's output, whose text
/// that code escapes; its element ids are made unique per page with `prefix`.
pub fn chart(svg: Result<String, String>, prefix: &str) -> Markup {
    match svg {
        Ok(svg) => {
            let svg = svg
                .replacen("chart-title", &format!("{prefix}-title"), 2)
                .replacen("chart-desc", &format!("{prefix}-desc"), 2);
            // Never narrower than 600 px (its text stays at least 12 px): on a narrow screen
            // the figure scrolls sideways in its own region, which the keyboard can reach.
            html! { figure.chart tabindex="0" aria-labelledby=(format!("{prefix}-title")) { (PreEscaped(svg)) } }
        }
        Err(e) => {
            eprintln!("{}", t::chart_failed_log(&e));
            html! { p.note { (t::CHART_FAILED) } }
        }
    }
}

/// Each pot's budget, what the allocation proposes and what remains.
pub(crate) fn pots_table(a: &crate::optimise::Allocation, caption: &str) -> Markup {
    // Grants decided in the year are a column of their own once there are any.
    let decided = a.pots.values().any(|s| !s.decided.is_zero());
    html! {
        (crate::web::view::scroll(caption, html! {
            table {
                caption { (caption) }
                thead { tr {
                    th scope="col" { (t::POT) }
                    th scope="col" class="num" { (t::BUDGET) }
                    @if decided { th scope="col" class="num" { (t::DECIDED_THIS_YEAR) } }
                    th scope="col" class="num" { (t::PROPOSED) }
                    th scope="col" class="num" { (t::REMAINING) }
                } }
                tbody {
                    @for (pot, sum) in &a.pots {
                        tr {
                            th scope="row" { (pot.name()) }
                            td.num { (Kr(sum.budget)) }
                            @if decided { td.num { (Kr(sum.decided)) } }
                            td.num { (Kr(sum.allocated)) }
                            td.num { (Kr(sum.remaining)) }
                        }
                    }
                }
            }
        }))
    }
}

/// A page frame about no scenario (errors, the public view, the accessibility statement).
pub(crate) fn plain_frame<'a>(
    title: &'a str,
    active: Nav,
    public: bool,
    path: &'a str,
) -> Frame<'a> {
    Frame {
        title,
        active,
        scenario: None,
        list: &[],
        default_key: "",
        public,
        path,
        user: None,
    }
}

/// A number the current language's way (`80,8`, `80.8`).
pub fn num(value: f64, decimals: usize) -> String {
    crate::i18n::number(value, decimals)
}
