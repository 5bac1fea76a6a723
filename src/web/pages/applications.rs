//! Ansökningar: the ranking with the optimiser's proposal, sortable by any column and
//! filtered by pot, form, municipality, status, decision body, strategy node, global goal and
//! free text. Filters and order live in the URL, so a link can be shared.

use crate::i18n::Msg;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use maud::{Markup, html};

use crate::application::{Application, Form, Status, Support};
use crate::money::Sek;
use crate::portfolio::Assessment;
use crate::ranking::{by_score, rank};
use crate::scenario::Filter;
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::Ctx;
use crate::web::params::query;
use crate::web::view::{self, Kr, Nav, ScoreBar};

/// Columns that can be sorted: (query key, heading, numeric).
const COLUMNS: [(&str, Msg, bool); 9] = [
    ("rang", t::COL_RANK, true),
    ("id", t::COL_ID, false),
    ("titel", t::COL_TITLE, false),
    ("stod", t::COL_SUPPORT, false),
    ("kommun", t::COL_MUNICIPALITY, false),
    ("sokt", t::COL_REQUESTED, true),
    ("poang", t::COL_SCORE, true),
    ("beslut", t::COL_DECISION_BODY, false),
    ("forslag", t::COL_PROPOSAL, false),
];

/// What the proposal says about one row.
#[derive(Clone)]
enum Proposal {
    Funded(Sek),
    Not(&'static str),
    /// Paid from national funds, not proposed from the region's pots: not a rejection.
    Outside(&'static str),
    /// Not a candidate (decided, ongoing, rejected…).
    NotCandidate,
}

struct Row<'a> {
    /// Index into the portfolio's applications.
    index: usize,
    rank: Option<usize>,
    app: &'a Application,
    a: &'a Assessment,
    proposal: Proposal,
}

/// A sortable column's heading.
struct Header {
    label: &'static str,
    numeric: bool,
    href: String,
    aria_sort: Option<&'static str>,
    arrow: Option<&'static str>,
}

/// The filters, as read from the query.
#[derive(Default)]
struct Filters {
    pot: Option<Support>,
    form: Option<Form>,
    municipality: Option<String>,
    status: Option<Status>,
    proposal: Option<bool>,
    body: Option<String>,
    node: Option<String>,
    goal: Option<u8>,
    text: Option<String>,
}

pub async fn page(ctx: Ctx) -> Result<Markup, AppError> {
    let p = ctx.p();
    let q = &ctx.params;
    let (municipalities, bodies) = choices(p);
    let filters = filters(&ctx)?;
    let sort = q
        .get("sortera")
        .map(|s| {
            COLUMNS.iter().position(|c| c.0 == s).ok_or_else(|| {
                let keys: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
                AppError::BadRequest(t::bad_choice(t::F_SORT.text(), s, &keys))
            })
        })
        .transpose()?
        .unwrap_or(0);
    let descending = q.choice(
        "ordning",
        t::F_ORDER.text(),
        &[("stigande", false), ("fallande", true)],
    )?;
    let descending = descending.unwrap_or(COLUMNS[sort].2 && sort != 0);

    let rows = rows(&ctx);
    let total = rows.len();
    let mut shown: Vec<Row<'_>> = rows
        .into_iter()
        .filter(|r| keep(&ctx, &filters, r))
        .collect();
    shown.sort_by(|a, b| {
        let o = compare(COLUMNS[sort].0, a, b);
        let o = if descending { o.reverse() } else { o };
        o.then_with(|| a.app.id.cmp(&b.app.id))
    });

    let back = list_query(&ctx);
    ctx.state.want_stability(&ctx.s);
    let stability = ctx.s.stability.get();
    let requested: Sek = shown.iter().map(|r| r.app.requested).sum();
    let proposed: Sek = shown
        .iter()
        .map(|r| match r.proposal {
            Proposal::Funded(x) => x,
            _ => Sek::ZERO,
        })
        .sum();
    let title = t::applications_title(&p.scenario.name);
    let here: Vec<(String, String)> = q.without(&["sortera", "ordning"]);
    let headers: Vec<Header> = COLUMNS
        .iter()
        .enumerate()
        .map(|(i, (key, label, numeric))| {
            let next_desc = if i == sort {
                !descending
            } else {
                *numeric && i != 0
            };
            let mut pairs = here.clone();
            pairs.push(("sortera".into(), key.to_string()));
            pairs.push((
                "ordning".into(),
                (if next_desc { "fallande" } else { "stigande" }).to_string(),
            ));
            Header {
                label,
                numeric: *numeric,
                href: format!("/ansokningar{}", query(&pairs)),
                aria_sort: (i == sort).then_some(if descending {
                    "descending"
                } else {
                    "ascending"
                }),
                arrow: (i == sort).then_some(if descending { " ▼" } else { " ▲" }),
            }
        })
        .collect();
    let body = html! {
        form.filters method="get" action="/ansokningar" {
            (crate::web::view::lang_field())
            input type="hidden" name="scenario" value=(ctx.s.key);
            fieldset {
                legend { (t::FILTER_LEGEND) }
                div.fields {
                    (select("pott", t::F_POT.text(), Support::ALL.iter().map(|(k, s)| (k.to_string(), s.name().to_string())), q.get("pott")))
                    (select("form", t::F_FORM.text(), Form::ALL.iter().map(|(k, f)| (k.to_string(), f.name().to_string())), q.get("form")))
                    (select("kommun", t::F_MUNICIPALITY.text(), municipalities.iter().map(|m| (m.to_string(), m.to_string())), q.get("kommun")))
                    (select("status", t::F_STATUS.text(), Status::ALL.iter().map(|(k, s)| (k.to_string(), s.name().to_string())), q.get("status")))
                    (select("forslag", t::F_PROPOSAL.text(), [("ja".to_string(), t::PROPOSAL_YES.to_string()), ("nej".to_string(), t::PROPOSAL_NO.to_string())].into_iter(), q.get("forslag")))
                    (select("beslut", t::F_BODY.text(), bodies.iter().map(|b| (b.to_string(), b.to_string())), q.get("beslut")))
                    (select("nod", t::F_NODE.text(), nodes_in_order(p).into_iter().map(|(depth, n)| (n.id.clone(), format!("{}{}", "\u{a0}\u{a0}".repeat(depth.saturating_sub(1)), n.name))), q.get("nod")))
                    (select("mal", t::F_GOAL.text(), p.agenda.goals.iter().map(|(n, name)| (n.to_string(), format!("{n}. {name}"))), q.get("mal")))
                    div.field {
                        label for="f-q" { (t::F_TEXT) }
                        input id="f-q" type="search" name="q" value=(q.get("q").unwrap_or(""));
                    }
                }
                @if let Some(s) = q.get("sortera") { input type="hidden" name="sortera" value=(s); }
                @if let Some(o) = q.get("ordning") { input type="hidden" name="ordning" value=(o); }
                button type="submit" { (t::FILTER_BUTTON) }
                " "
                a href=(ctx.link("/ansokningar")) { (t::CLEAR_FILTERS) }
            }
        }
        p role="status" {
            (t::showing(shown.len(), total))
            @if !shown.is_empty() {
                " " (t::shown_sums(&requested.to_kr_string(), &proposed.to_kr_string()))
            }
        }
        @if shown.is_empty() {
            p.empty { (t::NOTHING_SHOWN) " " a href=(ctx.link("/ansokningar")) { (t::NOTHING_SHOWN_CLEAR) } "." }
        } @else {
        (crate::web::pages::export::links("rangordning", &list_query(&ctx), t::DOWNLOAD_RANKING.text()))
        (view::scroll(&t::ranking_caption(&p.scenario.name), html! {
        table.ranking {
            caption { (t::ranking_caption(&p.scenario.name)) }
            thead {
                tr {
                    @for h in &headers {
                        th scope="col" class=[h.numeric.then_some("num")] aria-sort=[h.aria_sort] {
                            a href=(h.href) {
                                (h.label)
                                @if let Some(arrow) = h.arrow { span aria-hidden="true" { (arrow) } }
                                span.visually-hidden { (t::sort_hint(h.label)) }
                            }
                        }
                    }
                    th scope="col" { a href="/ordlista#saker-osaker-och-utanfor" { (t::COL_STABILITY) } }
                }
            }
            tbody {
                @for r in &shown {
                    tr {
                        td.num { @if let Some(n) = r.rank { (n) } @else { "–" } }
                        td.nw { a href=(format!("/ansokan/{}{}", r.app.id, back)) { (r.app.id) } }
                        td { (r.app.title) br; span.sub { (r.app.applicant.name) } }
                        td {
                            (r.app.support.name())
                            @if let Some(f) = r.app.form { br; span.sub { (f.name()) } }
                        }
                        td { (r.app.municipalities.join(", ")) }
                        td.num { (Kr(r.app.requested)) }
                        td.num { (ScoreBar(r.a.score.total)) }
                        td { (r.a.decision_body) }
                        td {
                            @match &r.proposal {
                                Proposal::Funded(x) => { span.yes { (t::VERDICT_GRANT) } " " (Kr(*x)) }
                                Proposal::Not(why) => { span.no { (t::VERDICT_REJECT) } " – " (why) }
                                Proposal::Outside(why) => { (t::VERDICT_OUTSIDE) " – " (why) }
                                Proposal::NotCandidate => { span.sub { (r.app.status.name()) } }
                            }
                        }
                        td { (stability_cell(stability, r.index, ctx.state.has_worker())) }
                    }
                }
            }
        }
        }))
        }
    };
    Ok(view::page(
        &ctx.frame(&title, Nav::Applications, "/ansokningar"),
        body,
    ))
}

/// An application's stability in the list: its class, with the share where it is uncertain;
/// "–" for what is not a candidate (or where no worker computes it), and a word while it is
/// computed.
fn stability_cell(s: Option<&crate::stability::Stability>, index: usize, worker: bool) -> String {
    use crate::stability::Class;
    match s {
        None if worker => t::STABILITY_PENDING.to_string(),
        None => "–".to_string(),
        Some(s) if !s.funded.contains_key(&index) => "–".to_string(),
        Some(s) => match s.class(index) {
            Class::Osaker => t::stability_share(Class::Osaker.name(), s.share(index)),
            class => class.name().to_string(),
        },
    }
}

/// The municipalities and the deciding bodies the data has: what the filters offer and accept.
fn choices(p: &crate::portfolio::Portfolio) -> (BTreeSet<&str>, BTreeSet<&str>) {
    let municipalities = p
        .applications
        .iter()
        .flat_map(|a| a.municipalities.iter().map(String::as_str))
        .collect();
    let bodies = p
        .assessments
        .iter()
        .map(|a| a.decision_body.as_str())
        .collect();
    (municipalities, bodies)
}

/// The filters the query asks for; a value the data does not have is a 400 naming it.
fn filters(ctx: &Ctx) -> Result<Filters, AppError> {
    let p = ctx.p();
    let q = &ctx.params;
    let (municipalities, bodies) = choices(p);
    Ok(Filters {
        pot: q.choice("pott", t::F_POT.text(), &Support::ALL)?,
        form: q.choice("form", t::F_FORM.text(), &Form::ALL)?,
        municipality: match q.get("kommun") {
            Some(m) if municipalities.contains(m) => Some(m.to_string()),
            Some(m) => {
                return Err(AppError::BadRequest(t::unknown_value(
                    t::F_MUNICIPALITY.text(),
                    m,
                )));
            }
            None => None,
        },
        status: q.choice("status", t::F_STATUS.text(), &Status::ALL)?,
        proposal: q.choice(
            "forslag",
            t::F_PROPOSAL.text(),
            &[("ja", true), ("nej", false)],
        )?,
        body: match q.get("beslut") {
            Some(b) if bodies.contains(b) => Some(b.to_string()),
            Some(b) => return Err(AppError::BadRequest(t::unknown_value(t::F_BODY.text(), b))),
            None => None,
        },
        node: match q.get("nod") {
            Some(n) if p.strategy.node(n).is_some_and(|x| x.level.scores()) => Some(n.to_string()),
            Some(n) => return Err(AppError::BadRequest(t::unknown_value(t::F_NODE.text(), n))),
            None => None,
        },
        goal: q
            .number("mal", t::F_GOAL.text(), 1..=17)?
            .and_then(|g| u8::try_from(g).ok()),
        text: q.get("q").map(fold).filter(|t| !t.trim().is_empty()),
    })
}

/// The case numbers the list shows with the query's filters (what a download of it holds).
pub(crate) fn shown_ids(ctx: &Ctx) -> Result<BTreeSet<String>, AppError> {
    let filters = filters(ctx)?;
    Ok(rows(ctx)
        .into_iter()
        .filter(|r| keep(ctx, &filters, r))
        .map(|r| r.app.id.clone())
        .collect())
}

/// The scenario, the list's filters and its order, as a query keeps them: the downloads
/// and the links to each application carry them, and an application's "back" link returns
/// to the list as it was.
pub(crate) fn list_pairs(ctx: &Ctx) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    if ctx.s.key != ctx.default_key {
        pairs.push(("scenario".into(), ctx.s.key.clone()));
    }
    for key in LIST_KEYS {
        if let Some(v) = ctx.params.get(key).filter(|v| !v.is_empty()) {
            pairs.push((key.to_string(), v.to_string()));
        }
    }
    pairs
}

fn list_query(ctx: &Ctx) -> String {
    query(&list_pairs(ctx))
}

/// The query keys that filter and order the list.
const LIST_KEYS: [&str; 11] = [
    "pott", "form", "kommun", "status", "forslag", "beslut", "nod", "mal", "q", "sortera",
    "ordning",
];

fn rows(ctx: &Ctx) -> Vec<Row<'_>> {
    let p = ctx.p();
    let a = &ctx.s.allocation;
    let ranks: BTreeMap<&str, usize> = rank(p)
        .iter()
        .map(|r| (r.app.id.as_str(), r.rank))
        .collect();
    let funded: BTreeMap<usize, Sek> = a.funded.iter().map(|f| (f.app, f.amount)).collect();
    let not: BTreeMap<usize, crate::optimise::Reason> =
        a.not_funded.iter().map(|n| (n.app, n.reason)).collect();
    p.applications
        .iter()
        .zip(&p.assessments)
        .enumerate()
        .map(|(i, (app, a))| Row {
            index: i,
            rank: ranks.get(app.id.as_str()).copied(),
            app,
            a,
            proposal: match (funded.get(&i), not.get(&i)) {
                (Some(x), _) => Proposal::Funded(*x),
                (None, Some(crate::optimise::Reason::PaidNationally)) => {
                    Proposal::Outside(crate::optimise::Reason::PaidNationally.name())
                }
                (None, Some(why)) => Proposal::Not(why.name()),
                (None, None) => Proposal::NotCandidate,
            },
        })
        .collect()
}

fn keep(ctx: &Ctx, f: &Filters, r: &Row<'_>) -> bool {
    let p = ctx.p();
    let app = r.app;
    let strategy = Filter {
        strategy: f.node.clone().map(|n| vec![n]),
        agenda2030: f.goal.map(|g| vec![g]),
        ..Filter::default()
    };
    f.pot.is_none_or(|s| app.support == s)
        && f.form.is_none_or(|x| app.form == Some(x))
        && f.municipality
            .as_ref()
            .is_none_or(|m| app.municipalities.contains(m))
        && f.status.is_none_or(|s| app.status == s)
        && f.proposal
            .is_none_or(|yes| matches!(r.proposal, Proposal::Funded(_)) == yes)
        && f.body.as_ref().is_none_or(|b| &r.a.decision_body == b)
        && strategy.matches(app, p.strategy.hierarchy())
        && f.text.as_ref().is_none_or(|q| {
            [&app.id, &app.title, &app.applicant.name]
                .iter()
                .any(|s| fold(s).contains(q.as_str()))
                || app
                    .municipalities
                    .iter()
                    .any(|m| fold(m).contains(q.as_str()))
                || app
                    .description
                    .as_ref()
                    .is_some_and(|d| fold(d).contains(q.as_str()))
        })
}

/// Text as a search compares it: lower case, without diacritics, so that "vasteras" finds
/// "Västerås" and "kopings" finds "Köpings".
pub(crate) fn fold(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' => 'a',
            'ö' | 'ø' | 'ò' | 'ó' | 'ô' | 'õ' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ù' | 'ú' | 'û' => 'u',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        })
        .collect()
}

/// The strategy nodes that score, in the order of the hierarchy (a plan, then its goals),
/// each with its depth; children by name, numbers in number order ("Delmål 2" before
/// "Delmål 10").
fn nodes_in_order(p: &crate::portfolio::Portfolio) -> Vec<(usize, &crate::strategy::StrategyNode)> {
    fn visit<'a>(
        p: &'a crate::portfolio::Portfolio,
        id: &'a str,
        depth: usize,
        seen: &mut BTreeSet<&'a str>,
        out: &mut Vec<(usize, &'a crate::strategy::StrategyNode)>,
    ) {
        if !seen.insert(id) || depth > 12 {
            return;
        }
        let Some(node) = p.strategy.node(id) else {
            return;
        };
        if node.level.scores() && id != p.strategy.root() {
            out.push((depth, node));
        }
        let mut children: Vec<&str> = p.strategy.hierarchy().children(id);
        children.sort_by_key(|c| super::document_key(p, c));
        for c in children {
            visit(p, c, depth + 1, seen, out);
        }
    }
    let mut out = Vec::new();
    visit(p, p.strategy.root(), 0, &mut BTreeSet::new(), &mut out);
    out
}

fn compare(key: &str, a: &Row<'_>, b: &Row<'_>) -> Ordering {
    let proposal = |r: &Row<'_>| match r.proposal {
        Proposal::Funded(x) => x.to_f64(),
        Proposal::Not(_) | Proposal::Outside(_) => -1.0,
        Proposal::NotCandidate => -2.0,
    };
    match key {
        "rang" => a
            .rank
            .unwrap_or(usize::MAX)
            .cmp(&b.rank.unwrap_or(usize::MAX)),
        "id" => a.app.id.cmp(&b.app.id),
        "titel" => a.app.title.to_lowercase().cmp(&b.app.title.to_lowercase()),
        "stod" => a.app.support.name().cmp(b.app.support.name()),
        "kommun" => a.app.municipalities.cmp(&b.app.municipalities),
        "sokt" => a.app.requested.cmp(&b.app.requested),
        "poang" => by_score((b.a.score.total, &b.app.id), (a.a.score.total, &a.app.id)),
        "beslut" => a.a.decision_body.cmp(&b.a.decision_body),
        _ => proposal(a).total_cmp(&proposal(b)),
    }
}

/// A labelled select with an "all" choice first.
fn select(
    name: &str,
    label: &str,
    options: impl Iterator<Item = (String, String)>,
    chosen: Option<&str>,
) -> Markup {
    let id = format!("f-{name}");
    html! {
        div.field {
            label for=(id) { (label) }
            select id=(id) name=(name) {
                option value="" { (t::ALL) }
                @for (value, text) in options {
                    option value=(value) selected[chosen == Some(value.as_str())] { (text) }
                }
            }
        }
    }
}
