//! What the server knows: every scenario of the data folder loaded, scored and optimised once
//! at start, and the slow parts (counterfactuals, the budget curve) computed by one background
//! worker and published when ready, so that no page waits for a solver.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::Duration;

use crate::optimise::{Allocation, Settings, optimise};
use crate::portfolio::Portfolio;
use crate::problem::Problem;
use crate::sweep::{Range, Sweep, sweep};
use crate::text::files as files_msg;

/// The levels of the budget curve the web UI shows: all pots scaled 50–150 % in 21 steps,
/// the same default as `anslag sweep`.
pub(crate) const FRONTIER_STEPS: usize = 21;

/// One scenario file, loaded and optimised.
pub struct Loaded {
    /// The file's path under `scenarios/` without `.yaml`, e.g. `2021/bas`: what URLs carry.
    pub key: String,
    pub file: PathBuf,
    pub portfolio: Portfolio,
    /// The optimum with reasons, without counterfactuals (fast).
    pub allocation: Allocation,
    /// The same with `budget_needed` and `score_needed`, when the worker has computed it.
    pub(crate) detailed: OnceLock<Allocation>,
    /// The budget curve, when the worker has computed it.
    pub frontier: OnceLock<Sweep>,
    /// How often each application is proposed when the weights vary (`anslag stability`'s
    /// defaults), when the worker has computed it.
    pub stability: OnceLock<crate::stability::Stability>,
    queued_detail: AtomicBool,
    queued_frontier: AtomicBool,
    queued_stability: AtomicBool,
}

impl Loaded {
    /// Loads and optimises one scenario file (reasons, no counterfactuals).
    pub fn load(key: String, file: &Path) -> Result<Loaded, Vec<Problem>> {
        let portfolio = Portfolio::load(file)?;
        Ok(Loaded::from_portfolio(key, file.to_path_buf(), portfolio))
    }

    pub(crate) fn from_portfolio(key: String, file: PathBuf, portfolio: Portfolio) -> Loaded {
        let allocation = optimise(&portfolio, &quick_settings());
        Loaded {
            key,
            file,
            portfolio,
            allocation,
            detailed: OnceLock::new(),
            frontier: OnceLock::new(),
            stability: OnceLock::new(),
            queued_detail: AtomicBool::new(false),
            queued_frontier: AtomicBool::new(false),
            queued_stability: AtomicBool::new(false),
        }
    }

    /// The best allocation known: with counterfactuals when they are ready.
    pub fn best(&self) -> &Allocation {
        self.detailed.get().unwrap_or(&self.allocation)
    }
}

/// The settings for what a page needs at once: reasons, override prices, no counterfactuals.
pub(crate) fn quick_settings() -> Settings {
    Settings {
        counterfactuals: false,
        ..Settings::default()
    }
}

/// Slow work for the background worker.
enum Job {
    Detail(Arc<Loaded>),
    Frontier(Arc<Loaded>),
    Stability(Arc<Loaded>),
}

/// The stability the web UI shows: `anslag stability`'s defaults (±20 %, 500 draws, seed 1),
/// so that the page and the command agree.
pub(crate) const STABILITY_SPREAD: f64 = 0.20;
pub(crate) const STABILITY_DRAWS: usize = 500;
pub(crate) const STABILITY_SEED: u64 = 1;

/// The scenarios of the data folder.
pub(crate) struct Catalogue {
    /// Sorted by key.
    pub scenarios: Vec<Arc<Loaded>>,
    /// The scenario shown when none is named.
    pub default: String,
    /// Files that looked like scenarios and could not be loaded.
    pub problems: Vec<(PathBuf, Vec<Problem>)>,
}

/// How the server may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Bound to loopback: everything, and editing without a login (the local user owns the
    /// files anyway).
    Local,
    /// Bound to another address without a TLS proxy in front: only the public view of decided
    /// grants and the accessibility statement are served, and nothing can be saved.
    Public,
    /// Behind a TLS-terminating proxy (`--behind-proxy`): every page but the public ones, and
    /// every edit, needs a login.
    Login,
}

impl Access {
    /// Edits may be saved (on loopback, or by a logged-in user: the login layer sees to that).
    pub(crate) fn can_save(self) -> bool {
        self != Access::Public
    }

    pub(crate) fn public_only(self) -> bool {
        self == Access::Public
    }

    pub fn login(self) -> bool {
        self == Access::Login
    }
}

pub struct Inner {
    pub data: PathBuf,
    pub(crate) catalogue: RwLock<Catalogue>,
    pub(crate) access: Access,
    /// A scenario simulation's solver time limit: a quick answer in a meeting, with its proven
    /// gap when the proof takes longer; the page offers the full proof on request.
    pub(crate) simulate_limit: Duration,
    /// The time limit for work that must finish (saving, proving a simulation optimal).
    pub(crate) work_limit: Duration,
    /// Solves that run at once, one per core: more would only slow each other down, and the
    /// page requests must keep a core's share.
    pub solves: Arc<tokio::sync::Semaphore>,
    /// Held while an assessment is checked and written, so that two saves cannot both pass
    /// the version check.
    pub edits: Mutex<()>,
    /// Logged-in sessions (with `Access::Login`).
    pub sessions: Arc<crate::web::auth::Sessions>,
    /// Host names answered besides the loopback names (`--host`).
    pub(crate) hosts: Vec<String>,
    /// The CSRF token of forms shown to no logged-in user (loopback, the login form).
    pub csrf: String,
    worker: Option<Mutex<Sender<Job>>>,
}

/// Shared by every handler; cheap to clone.
#[derive(Clone)]
pub struct AppState(pub Arc<Inner>);

impl AppState {
    /// Loads every scenario under `data/scenarios/`. With `background`, a worker thread computes
    /// counterfactuals and budget curves as pages ask for them (the default scenario's at once).
    pub fn load(data: &Path, access: Access, background: bool) -> Result<AppState, String> {
        let catalogue = load_catalogue(data)?;
        AppState::new(data, catalogue, access, background)
    }

    /// A state over portfolios already built (benchmarks, tests); the first is the default.
    pub(crate) fn from_portfolios(
        data: &Path,
        portfolios: Vec<(String, PathBuf, Portfolio)>,
        access: Access,
        background: bool,
    ) -> Result<AppState, String> {
        let scenarios: Vec<Arc<Loaded>> = portfolios
            .into_iter()
            .map(|(key, file, p)| Arc::new(Loaded::from_portfolio(key, file, p)))
            .collect();
        let default = scenarios.first().map(|s| s.key.clone()).unwrap_or_default();
        let catalogue = Catalogue {
            scenarios,
            default,
            problems: Vec::new(),
        };
        AppState::new(data, catalogue, access, background)
    }

    fn new(
        data: &Path,
        catalogue: Catalogue,
        access: Access,
        background: bool,
    ) -> Result<AppState, String> {
        let worker = background.then(|| {
            let (tx, rx) = channel();
            std::thread::Builder::new()
                .name("anslag-worker".into())
                .spawn(move || work(rx))
                .map(|_| Mutex::new(tx))
        });
        let worker = match worker {
            Some(Ok(w)) => Some(w),
            Some(Err(e)) => return Err(crate::text::os::io_error(&e)),
            None => None,
        };
        let state = AppState(Arc::new(Inner {
            data: data.to_path_buf(),
            catalogue: RwLock::new(catalogue),
            access,
            simulate_limit: Duration::from_millis(250),
            work_limit: Duration::from_secs(30),
            solves: Arc::new(tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(1, |n| n.get()),
            )),
            edits: Mutex::new(()),
            sessions: Arc::default(),
            hosts: Vec::new(),
            csrf: crate::web::auth::random_token(),
            worker,
        }));
        // The curve first: it is the quicker of the two and a page of its own.
        if let Some(s) = state.default_scenario() {
            state.want_frontier(&s);
            state.want_detail(&s);
            state.want_stability(&s);
        }
        Ok(state)
    }

    /// The same state answering also to these host names (`--host`, behind a proxy or under
    /// a name of its own); `None` once the state is shared.
    pub fn with_hosts(mut self, hosts: Vec<String>) -> Option<AppState> {
        Arc::get_mut(&mut self.0)?.hosts = hosts;
        Some(self)
    }

    /// The same state with another time limit for quick simulations (benchmarks and tests);
    /// `None` once the state is shared, since a running server's limits do not change.
    pub fn with_simulate_limit(mut self, limit: Duration) -> Option<AppState> {
        Arc::get_mut(&mut self.0)?.simulate_limit = limit;
        Some(self)
    }

    /// The scenario with this key, or the default one when `key` is `None`.
    /// Every scenario that reads the applications file `applications`.
    pub(crate) fn reading(&self, applications: &Path) -> Vec<Arc<Loaded>> {
        self.list()
            .into_iter()
            .filter_map(|(key, _)| self.scenario(Some(&key)))
            .filter(|o| o.portfolio.scenario.sources.applications == applications)
            .collect()
    }

    pub fn scenario(&self, key: Option<&str>) -> Option<Arc<Loaded>> {
        let c = self.0.catalogue.read().unwrap_or_else(|e| e.into_inner());
        let key = key.unwrap_or(&c.default);
        c.scenarios.iter().find(|s| s.key == key).cloned()
    }

    pub fn default_scenario(&self) -> Option<Arc<Loaded>> {
        self.scenario(None)
    }

    /// Keys and names of every scenario, for pickers.
    pub fn list(&self) -> Vec<(String, String)> {
        let c = self.0.catalogue.read().unwrap_or_else(|e| e.into_inner());
        c.scenarios
            .iter()
            .map(|s| (s.key.clone(), s.portfolio.scenario.name.clone()))
            .collect()
    }

    pub(crate) fn default_key(&self) -> String {
        let c = self.0.catalogue.read().unwrap_or_else(|e| e.into_inner());
        c.default.clone()
    }

    /// Files that could not be loaded, with their problems.
    pub fn problems(&self) -> Vec<(PathBuf, Vec<Problem>)> {
        let c = self.0.catalogue.read().unwrap_or_else(|e| e.into_inner());
        c.problems.clone()
    }

    /// Adds (or replaces) a scenario, e.g. one just saved.
    pub fn insert(&self, loaded: Loaded) {
        let mut c = self.0.catalogue.write().unwrap_or_else(|e| e.into_inner());
        c.scenarios.retain(|s| s.key != loaded.key);
        c.scenarios.push(Arc::new(loaded));
        c.scenarios.sort_by(|a, b| a.key.cmp(&b.key));
    }

    /// Asks the worker for the scenario's counterfactuals (once).
    pub(crate) fn want_detail(&self, s: &Arc<Loaded>) {
        if s.detailed.get().is_none() && !s.queued_detail.swap(true, Ordering::SeqCst) {
            self.send(Job::Detail(s.clone()));
        }
    }

    /// Asks the worker for the scenario's budget curve (once).
    pub(crate) fn want_stability(&self, s: &Arc<Loaded>) {
        if s.stability.get().is_none() && !s.queued_stability.swap(true, Ordering::SeqCst) {
            self.send(Job::Stability(s.clone()));
        }
    }

    pub(crate) fn want_frontier(&self, s: &Arc<Loaded>) {
        if s.frontier.get().is_none() && !s.queued_frontier.swap(true, Ordering::SeqCst) {
            self.send(Job::Frontier(s.clone()));
        }
    }

    /// Whether slow results will ever arrive (false in tests without a worker).
    pub(crate) fn has_worker(&self) -> bool {
        self.0.worker.is_some()
    }

    fn send(&self, job: Job) {
        if let Some(w) = &self.0.worker {
            let tx = w.lock().unwrap_or_else(|e| e.into_inner());
            // A closed channel means the worker died; pages then keep saying "not ready".
            let _ = tx.send(job);
        }
    }
}

/// The background worker: one job at a time (each one is parallel inside), in the order asked.
fn work(rx: Receiver<Job>) {
    while let Ok(job) = rx.recv() {
        match job {
            Job::Detail(s) => {
                let a = optimise(&s.portfolio, &Settings::default());
                let _ = s.detailed.set(a);
            }
            Job::Stability(s) => {
                let settings = Settings {
                    counterfactuals: false,
                    ..Settings::default()
                };
                let _ = s.stability.set(crate::stability::stability(
                    &s.portfolio,
                    STABILITY_SPREAD,
                    STABILITY_DRAWS,
                    STABILITY_SEED,
                    &settings,
                    &|| {},
                ));
            }
            Job::Frontier(s) => {
                let range = Range::Scale {
                    from: rust_decimal::Decimal::from(50),
                    to: rust_decimal::Decimal::from(150),
                };
                let settings = Settings {
                    counterfactuals: false,
                    ..Settings::default()
                };
                let _ = s
                    .frontier
                    .set(sweep(&s.portfolio, range, FRONTIER_STEPS, &settings));
            }
        }
    }
}

/// Every `*.yaml` one level down in `data/scenarios/` that is a scenario (applications files are
/// skipped), loaded in parallel.
fn load_catalogue(data: &Path) -> Result<Catalogue, String> {
    use rayon::prelude::*;
    let root = data.join("scenarios");
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    let years = std::fs::read_dir(&root).map_err(|e| {
        crate::text::web::no_scenarios_folder(
            &root.display().to_string(),
            &crate::text::os::io_error(&e),
        )
    })?;
    // Temporary files of a save that was interrupted (a killed server) are not data.
    crate::files::write::remove_stale(data);
    for year in years.flatten() {
        crate::files::write::remove_stale(&year.path());
        let Ok(entries) = std::fs::read_dir(year.path()) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
                continue;
            }
            let (Some(dir), Some(stem)) = (
                year.file_name().to_str().map(str::to_string),
                path.file_stem()
                    .and_then(|s| s.to_str())
                    .map(str::to_string),
            ) else {
                continue;
            };
            files.push((format!("{dir}/{stem}"), path));
        }
    }
    files.sort();
    let results: Vec<(String, PathBuf, Result<Loaded, Vec<Problem>>)> = files
        .into_par_iter()
        .map(|(key, path)| {
            let loaded = Loaded::load(key.clone(), &path);
            (key, path, loaded)
        })
        .collect();
    let mut scenarios = Vec::new();
    let mut problems = Vec::new();
    for (_, path, result) in results {
        match result {
            Ok(l) => scenarios.push(Arc::new(l)),
            // Applications files and the de minimis register lie beside the scenarios.
            Err(ps)
                if ps.iter().any(|p| {
                    p.message == files_msg::NOT_A_SCENARIO.text()
                        || p.message == files_msg::REGISTER_NOT_A_SCENARIO.text()
                }) => {}
            Err(ps) => problems.push((path, ps)),
        }
    }
    if scenarios.is_empty() {
        return Err(crate::text::web::no_scenarios(&root.display().to_string()));
    }
    // The newest year's bas, else the first scenario of the newest year.
    let by_year: BTreeMap<&str, Vec<&Arc<Loaded>>> =
        scenarios.iter().fold(BTreeMap::new(), |mut m, s| {
            let year = s.key.split('/').next().unwrap_or("");
            m.entry(year).or_default().push(s);
            m
        });
    let default = by_year
        .values()
        .next_back()
        .and_then(|list| {
            list.iter()
                .find(|s| s.key.ends_with("/bas"))
                .or_else(|| list.first())
                .map(|s| s.key.clone())
        })
        .unwrap_or_default();
    Ok(Catalogue {
        scenarios,
        default,
        problems,
    })
}
