//! One module per page. Each handler reads its query, asks the library, renders a view.

pub(crate) mod accessibility;
pub(crate) mod application;
pub(crate) mod applications;
pub(crate) mod assessment;
pub(crate) mod compare;
pub(crate) mod decisions;
pub(crate) mod export;
pub(crate) mod frontier;
pub(crate) mod glossary;
pub(crate) mod login;
pub(crate) mod memo;
pub(crate) mod overview;
pub(crate) mod public;
pub(crate) mod register;
pub(crate) mod reports;
pub(crate) mod scenarios;
pub(crate) mod strategy;

use std::sync::Arc;

use crate::optimise::{Allocation, Status};
use crate::portfolio::Portfolio;
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::params::Params;
use crate::web::state::{AppState, Loaded};
use crate::web::view::{Frame, Nav};

/// What every scenario page starts from: the query, the scenario it names, the picker's list.
pub(crate) struct Ctx {
    pub state: AppState,
    pub s: Arc<Loaded>,
    pub list: Vec<(String, String)>,
    pub(crate) default_key: String,
    pub(crate) params: Params,
    /// Who asks, and the CSRF token the page's forms carry.
    pub viewer: crate::web::auth::Viewer,
}

/// Every scenario page's handler takes a `Ctx`: the query read and the scenario found, or the
/// Swedish 400/404 page.
impl axum::extract::FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Ctx, AppError> {
        let mut ctx = Ctx::new(state, parts.uri.query())?;
        ctx.viewer = crate::web::auth::viewer(state, &parts.headers);
        Ok(ctx)
    }
}

impl Ctx {
    pub fn new(state: &AppState, raw: Option<&str>) -> Result<Ctx, AppError> {
        let params = Params::parse(raw)?;
        let key = params.get("scenario");
        let s = state.scenario(key).ok_or_else(|| {
            let keys: Vec<String> = state.list().into_iter().map(|(k, _)| k).collect();
            AppError::NotFound(t::unknown_scenario(key.unwrap_or(""), &keys))
        })?;
        Ok(Ctx {
            list: state.list(),
            default_key: state.default_key(),
            state: state.clone(),
            s,
            params,
            viewer: crate::web::auth::Viewer {
                user: None,
                csrf: state.0.csrf.clone(),
            },
        })
    }

    /// The context of a form post: the body's fields, checked to come from this server's own
    /// page (its CSRF token and the browser's `Sec-Fetch-Site`/`Origin`).
    pub fn posted(
        state: &AppState,
        body: &str,
        headers: &axum::http::HeaderMap,
    ) -> Result<Ctx, AppError> {
        let mut ctx = Ctx::new(state, Some(body))?;
        ctx.viewer = crate::web::check_form(state, headers, ctx.params.get("csrf"))?;
        Ok(ctx)
    }

    /// The context of a form post that saves something: the body read (413 when too large),
    /// saving allowed on this server (403 otherwise), and the form from this server's page.
    pub fn for_save(
        state: &AppState,
        body: Result<String, axum::extract::rejection::StringRejection>,
        headers: &axum::http::HeaderMap,
    ) -> Result<(Ctx, String), AppError> {
        let body = crate::web::form_body(body)?;
        if !state.0.access.can_save() {
            return Err(AppError::Forbidden(t::SAVE_NOT_ALLOWED.to_string()));
        }
        let ctx = Ctx::posted(state, &body, headers)?;
        Ok((ctx, body))
    }

    pub fn p(&self) -> &Portfolio {
        &self.s.portfolio
    }

    pub fn frame<'a>(&'a self, title: &'a str, active: Nav, path: &'a str) -> Frame<'a> {
        Frame {
            title,
            active,
            scenario: Some((&self.s.key, &self.s.portfolio.scenario.name)),
            list: &self.list,
            default_key: &self.default_key,
            public: false,
            path,
            user: self
                .viewer
                .user
                .as_deref()
                .map(|u| (u, self.viewer.csrf.as_str())),
        }
    }

    /// A link to `path` that keeps this scenario.
    pub fn link(&self, path: &str) -> String {
        crate::web::view::link(path, Some(&self.s.key), &self.default_key)
    }
}

/// A sort key that puts numbers in number order: "Delmål 2" before "Delmål 10".
pub(crate) use crate::format::natural_key as natural;

/// The order of strategy nodes as their documents number them: by a node's own name when it has
/// a number ("Delmål 2" before "Delmål 10"), else by the first numbered name below it (a RUS
/// målområde goes where its first delmål does), else by its name.
pub(crate) fn document_key(p: &Portfolio, id: &str) -> String {
    let name = |x: &str| {
        p.strategy
            .node(x)
            .map_or_else(|| x.to_string(), |n| n.name.clone())
    };
    let own = name(id);
    if own.chars().any(|c| c.is_ascii_digit()) {
        return natural(&own);
    }
    p.strategy
        .hierarchy()
        .children(id)
        .iter()
        .map(|c| name(c))
        .filter(|n| n.chars().any(|c| c.is_ascii_digit()))
        .map(|n| natural(&n))
        .min()
        .unwrap_or_else(|| natural(&own))
}

/// The allocation's status in one sentence.
pub(crate) fn status_sentence(a: &Allocation) -> String {
    let by_rank = a.strategy == crate::scenario::Objective::Rank;
    match a.status {
        Status::Optimal if by_rank => t::STATUS_RANK_OPTIMAL.to_string(),
        Status::Optimal => t::status_optimal(a.strategy.name()),
        Status::Feasible if by_rank => t::STATUS_RANK_FEASIBLE.to_string(),
        // A gap that rounds to "0 %" is said as what it is.
        Status::Feasible if a.gap < 0.001 => t::status_feasible(t::GAP_SMALL.text()),
        Status::Feasible => t::status_feasible(&crate::i18n::percent(a.gap)),
        Status::Infeasible => t::status_infeasible(
            &a.conflict_summary
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
        ),
        Status::NoSolution => t::STATUS_NO_SOLUTION.to_string(),
    }
}

/// The mean score of what an allocation proposes (none when it proposes nothing).
pub(crate) fn mean_score(a: &crate::optimise::Allocation) -> Option<f64> {
    (!a.funded.is_empty())
        .then(|| a.funded.iter().map(|f| f.score).sum::<f64>() / a.funded.len() as f64)
}

/// Whether two portfolios score every application they share the same way: only then do
/// sums or means of scores compare.
pub(crate) fn same_scores(
    pa: &crate::portfolio::Portfolio,
    pb: &crate::portfolio::Portfolio,
) -> bool {
    let scores = |p: &crate::portfolio::Portfolio| -> std::collections::BTreeMap<String, f64> {
        p.applications
            .iter()
            .zip(&p.assessments)
            .map(|(x, s)| (x.id.clone(), s.score.total))
            .collect()
    };
    let (sa, sb) = (scores(pa), scores(pb));
    sa.iter()
        .all(|(id, x)| sb.get(id).is_none_or(|y| (x - y).abs() < 1e-9))
}

/// The strategy the proposal follows: its name and what it does, in one paragraph.
pub(crate) fn strategy_paragraph(strategy: crate::scenario::Objective) -> maud::Markup {
    maud::html! {
        p.strategy { strong { (t::STRATEGY) ": " (strategy.name()) "." } " " (strategy.explanation()) }
    }
}

/// The problems a form shows beside its fields, by field id: the list under a label, the
/// `aria-describedby` that names it (with the field's hint), and `aria-invalid`.
pub(crate) struct FieldNotes<'a>(pub Vec<(&'a str, &'a str)>);

impl<'a> FieldNotes<'a> {
    /// From (field id, message) pairs; problems without a field are left to the summary.
    pub fn new(errors: impl IntoIterator<Item = (Option<&'a str>, &'a str)>) -> Self {
        FieldNotes(
            errors
                .into_iter()
                .filter_map(|(f, m)| f.map(|f| (f, m)))
                .collect(),
        )
    }

    fn of(&self, id: &str) -> Vec<&'a str> {
        self.0
            .iter()
            .filter(|(f, _)| *f == id)
            .map(|(_, m)| *m)
            .collect()
    }

    /// The field's problems as a list with the id `ID-fel`, or nothing.
    pub fn list(&self, id: &str) -> maud::Markup {
        let list = self.of(id);
        maud::html! {
            @if !list.is_empty() {
                ul.field-errors id=(format!("{id}-fel")) { @for m in list { li { (m) } } }
            }
        }
    }

    /// What describes the field: its hint (an element id) and its problems.
    pub fn described(&self, id: &str, hint: Option<&str>) -> Option<String> {
        let mut ids: Vec<String> = hint.map(str::to_string).into_iter().collect();
        if !self.of(id).is_empty() {
            ids.push(format!("{id}-fel"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// `aria-invalid="true"` where the field has a problem.
    pub fn invalid(&self, id: &str) -> Option<&'static str> {
        (!self.of(id).is_empty()).then_some("true")
    }
}

/// The longest name the audit logs take (the form says so too, with `maxlength`).
pub(crate) const MAX_WHO: usize = 100;

/// Who saves: the logged-in user, named; else (on loopback) a field for the name, with its
/// problems and the value sent.
pub(crate) fn who_field(ctx: &Ctx, notes: &FieldNotes<'_>, value: &str) -> maud::Markup {
    maud::html! {
        @if let Some(user) = &ctx.viewer.user {
            p { (crate::text::auth::logged_in_as(user)) }
        } @else {
            div.field {
                label for="f-who" { (t::ASSESS_WHO) }
                (notes.list("f-who"))
                input id="f-who" name="vem" type="text" required maxlength=(MAX_WHO) autocomplete="name"
                    aria-describedby=[notes.described("f-who", None)] aria-invalid=[notes.invalid("f-who")] value=(value);
            }
        }
    }
}

/// Loads and optimises again the scenarios a save changed the files of.
pub(crate) fn reload(state: &AppState, scenarios: &[Arc<Loaded>]) -> Result<(), AppError> {
    for o in scenarios {
        match Loaded::load(o.key.clone(), &o.file) {
            Ok(l) => state.insert(l),
            Err(ps) => {
                let lines: Vec<String> = ps.iter().map(ToString::to_string).collect();
                return Err(AppError::Internal(format!(
                    "{}: {}",
                    o.key,
                    lines.join("; ")
                )));
            }
        }
    }
    Ok(())
}

/// How long a request waits for a free core before the server says it is busy.
const QUEUE_LIMIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Runs a heavy computation off the async executor, one per core at a time, with a time limit
/// on top of the solver's.
pub(crate) async fn blocking<T: Send + 'static>(
    state: &AppState,
    limit: std::time::Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let permit =
        match tokio::time::timeout(QUEUE_LIMIT, state.0.solves.clone().acquire_owned()).await {
            Ok(Ok(permit)) => permit,
            Ok(Err(e)) => return Err(AppError::Internal(e.to_string())),
            Err(_) => return Err(AppError::Busy),
        };
    // The permit goes with the work: a computation that outlives its page's timeout still
    // holds its core until it ends, so timed-out work never piles up beyond one per core.
    let work = tokio::task::spawn_blocking(move || {
        let value = f();
        drop(permit);
        value
    });
    match tokio::time::timeout(limit, work).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(AppError::Internal(e.to_string())),
        Err(_) => Err(AppError::Timeout),
    }
}
