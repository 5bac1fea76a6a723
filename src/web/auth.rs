//! Logins for a server that others reach: accounts in `konton.yaml` in the data folder (argon2id
//! password hashes, written by `anslag user add`), sessions held in memory behind a cookie that
//! is `HttpOnly`, `Secure` and `SameSite=Strict`, and a CSRF token in every form.
//!
//! On loopback there are no logins (the local user owns the files anyway), but every form still
//! carries the server's own CSRF token, so a page from elsewhere cannot post to it.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString};
use argon2::{Argon2, password_hash};
use axum::http::HeaderMap;
use axum::http::header;

use crate::files::decode::{Fields, list_items};
use crate::files::yaml::{parse, quoted};
use crate::problem::{Diag, Problem};
use crate::text::auth as t;

/// The accounts file, in the data folder.
pub(crate) const ACCOUNTS_FILE: &str = "konton.yaml";
/// The session cookie's name.
pub const COOKIE: &str = "anslag_session";
/// A session ends after this long without a request.
pub(crate) const IDLE: Duration = Duration::from_secs(8 * 3600);
/// Failed logins for one name before further tries wait.
const FAILURES_BEFORE_PAUSE: u32 = 5;
/// How long they wait.
const PAUSE: Duration = Duration::from_secs(60);

pub fn accounts_path(data: &Path) -> PathBuf {
    data.join(ACCOUNTS_FILE)
}

/// Names and their password hashes (PHC strings).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Accounts {
    pub(crate) users: BTreeMap<String, String>,
}

/// Reads the accounts file; a missing file is no accounts. Problems name file, line and column.
pub(crate) fn load_accounts(path: &Path) -> Result<Accounts, Vec<Problem>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Accounts::default()),
        Err(e) => {
            return Err(vec![Problem::error(
                crate::problem::Loc::file(&path.display().to_string()),
                "",
                t::cannot_read(&e),
            )]);
        }
    };
    let file: Arc<str> = path.display().to_string().into();
    let root = parse(&text, &file).map_err(|p| vec![p])?;
    let mut d = Diag::new();
    let mut accounts = Accounts::default();
    if let Some(top) = Fields::open(&root, "", &["konton"], &mut d)
        && let Some(list) = top.node("konton")
        && let Some(items) = list_items(list, "konton", &mut d)
    {
        for (k, item) in items.iter().enumerate() {
            let path = format!("konton[{k}]");
            let Some(f) = Fields::open(item, &path, &["namn", "losenord"], &mut d) else {
                continue;
            };
            let name: Option<String> = f.req("namn", &mut d);
            let hash: Option<String> = f.req("losenord", &mut d);
            let (Some(name), Some(hash)) = (name, hash) else {
                continue;
            };
            let at = |key: &str| f.node(key).map_or(f.loc(), |n| &n.loc).clone();
            if let Err(m) = valid_name(&name) {
                d.error(&at("namn"), f.path("namn"), m);
            } else if PasswordHash::new(&hash).is_err() || !hash.starts_with("$argon2") {
                d.error(&at("losenord"), f.path("losenord"), t::NOT_A_HASH);
            } else if accounts.users.insert(name.clone(), hash).is_some() {
                d.error(&at("namn"), f.path("namn"), t::duplicate(&name));
            }
        }
    }
    if d.has_errors() {
        Err(d.into_sorted())
    } else {
        Ok(accounts)
    }
}

/// A user name: 1–64 letters, digits, `.`, `_` or `-`.
pub(crate) fn valid_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.chars().count() <= 64
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok { Ok(()) } else { Err(t::bad_name(name)) }
}

/// An argon2id hash (the crate's recommended parameters) with a fresh random salt.
pub(crate) fn hash(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e: password_hash::Error| e.to_string())
}

/// Whether `password` matches the stored hash. A malformed hash never matches.
#[cfg(test)]
pub(crate) fn verify(stored: &str, password: &str) -> bool {
    verify_in(stored, password, &mut Vec::new())
}

/// The most argon2 memory a stored hash may ask for (the default asks 19 MiB): a hash that
/// asks more is not one `anslag user add` wrote, and never matches.
const MAX_BLOCKS: usize = 64 * 1024;

/// [`verify`] with argon2's working memory in `memory`, kept by the caller from one check to
/// the next: the memory of password checks is then a few fixed blocks, not a new 19 MiB
/// allocation each time (which the system allocator keeps and fragments under a flood).
pub(crate) fn verify_in(stored: &str, password: &str, memory: &mut Vec<argon2::Block>) -> bool {
    let Ok(h) = PasswordHash::new(stored) else {
        return false;
    };
    let (Ok(algorithm), Ok(params), Some(expected), Some(salt)) = (
        argon2::Algorithm::try_from(h.algorithm),
        argon2::Params::try_from(&h),
        h.hash,
        h.salt,
    ) else {
        return false;
    };
    let version = match h.version.map(argon2::Version::try_from) {
        None => argon2::Version::default(),
        Some(Ok(v)) => v,
        Some(Err(_)) => return false,
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    if params.block_count() > MAX_BLOCKS {
        return false;
    }
    memory.resize(params.block_count(), argon2::Block::default());
    let mut out = vec![0u8; expected.len()];
    let computed = Argon2::new(algorithm, version, params).hash_password_into_with_memory(
        password.as_bytes(),
        salt,
        &mut out,
        &mut memory[..],
    );
    computed.is_ok()
        && out
            .iter()
            .zip(expected.as_bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// A throwaway check as costly as a real one (for a name without an account, so that it
/// takes as long as a wrong password), in the same kept memory.
fn throwaway_in(password: &str, memory: &mut Vec<argon2::Block>) {
    let params = argon2::Params::default();
    memory.resize(params.block_count(), argon2::Block::default());
    let mut salt = [0u8; 16];
    OsRng.fill_bytes(&mut salt);
    let mut out = [0u8; 32];
    let _ = Argon2::default().hash_password_into_with_memory(
        password.as_bytes(),
        &salt,
        &mut out,
        &mut memory[..],
    );
}

/// Adds a user or changes the password of one, keeping the other accounts; the file is written
/// atomically. Returns whether the user was new.
pub fn add_user(path: &Path, name: &str, password: &str) -> Result<bool, String> {
    valid_name(name)?;
    if password.chars().count() < 12 {
        return Err(t::PASSWORD_TOO_SHORT.to_string());
    }
    let mut accounts = accounts_to_change(path)?;
    let new = accounts
        .users
        .insert(name.to_string(), hash(password)?)
        .is_none();
    write_accounts(path, &accounts)?;
    Ok(new)
}

/// Writes the accounts file: atomically, with no copy of the old hashes left beside it,
/// readable by the owner only from its creation.
fn write_accounts(path: &Path, accounts: &Accounts) -> Result<(), String> {
    let mut text = String::from(t::FILE_HEADER);
    text.push_str("konton:\n");
    for (user, h) in &accounts.users {
        text.push_str(&format!(
            "  - namn: {}\n    losenord: {}\n",
            quoted(user),
            quoted(h)
        ));
    }
    crate::files::write::private(path, text.as_bytes()).map_err(|e| t::cannot_write(&e))
}

/// 32 random bytes as hex: session ids and CSRF tokens.
pub(crate) fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two tokens in time independent of where they differ.
pub(crate) fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[derive(Debug, Clone)]
struct Session {
    user: String,
    /// The account's password hash when the session began: a changed password or a removed
    /// account ends every session of it.
    hash: String,
    csrf: String,
    last: Instant,
}

/// Who is asking, as far as a page needs to know.
#[derive(Debug, Clone, PartialEq)]
pub struct Viewer {
    /// The logged-in user; `None` on loopback (no logins) or before logging in.
    pub user: Option<String>,
    /// The token this viewer's forms must carry.
    pub csrf: String,
}

/// Failed logins within a window: how many, and when the last was.
#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
}

/// Failed logins from one address (any name) before that address waits.
const FAILURES_PER_ADDRESS: u32 = 30;
/// How long failures from an address are remembered, and how long it then waits.
const ADDRESS_WINDOW: Duration = Duration::from_secs(15 * 60);
/// The failure tables are pruned of expired entries when they grow past this, and emptied if
/// they are still past it (a flood from very many addresses): memory stays bounded.
const MAX_TABLE: usize = 50_000;
/// Password checks running at once (argon2 takes 19 MiB and a core's time each).
pub(crate) const HASHES_AT_ONCE: usize = 2;
/// Logins that may wait for a check; more are told to come back (503).
pub(crate) const HASH_QUEUE: usize = 16;
/// How long a login waits for a check before it is told to come back.
const HASH_WAIT: Duration = Duration::from_secs(10);

/// Why a login is not tried now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Too many failures with this name from this address.
    NamePaused,
    /// Too many failures from this address.
    AddressPaused,
    /// Every password check is taken and the queue is full.
    Busy,
}

/// Sessions in memory (a restart logs everyone out) and failed logins per name and address
/// and per address. A name is paused only for the address that failed with it, so an
/// attacker cannot lock the real user out.
pub struct Sessions {
    map: Mutex<HashMap<String, Session>>,
    by_pair: Mutex<HashMap<(String, std::net::IpAddr), Failures>>,
    by_address: Mutex<HashMap<std::net::IpAddr, Failures>>,
    hashing: tokio::sync::Semaphore,
    waiting: std::sync::atomic::AtomicUsize,
    /// argon2's working memory, one block list per check slot, reused.
    memory: Mutex<Vec<Vec<argon2::Block>>>,
    /// The accounts file as last read, with the size and time it had then.
    accounts: Mutex<Option<(FileStamp, Accounts)>>,
}

impl Default for Sessions {
    fn default() -> Self {
        Sessions {
            map: Mutex::default(),
            by_pair: Mutex::default(),
            by_address: Mutex::default(),
            hashing: tokio::sync::Semaphore::new(HASHES_AT_ONCE),
            waiting: std::sync::atomic::AtomicUsize::new(0),
            memory: Mutex::default(),
            accounts: Mutex::default(),
        }
    }
}

/// A file's size and modification time (and, on Unix, its inode): when they change, it is
/// read again.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileStamp(Option<(u64, Option<std::time::SystemTime>, u64)>);

impl FileStamp {
    fn of(path: &Path) -> FileStamp {
        FileStamp(std::fs::metadata(path).ok().map(|m| {
            #[cfg(unix)]
            let inode = std::os::unix::fs::MetadataExt::ino(&m);
            #[cfg(not(unix))]
            let inode = 0;
            (m.len(), m.modified().ok(), inode)
        }))
    }
}

impl Sessions {
    /// A new session for `user`, whose password hash is `hash`: its id (for the cookie).
    pub(crate) fn create(&self, user: &str, hash: &str) -> String {
        let id = random_token();
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, s| s.last.elapsed() < IDLE);
        map.insert(
            id.clone(),
            Session {
                user: user.to_string(),
                hash: hash.to_string(),
                csrf: random_token(),
                last: Instant::now(),
            },
        );
        id
    }

    /// The session with this id, if it has not expired and its account still has the
    /// password it began with; using it keeps it alive.
    fn get(&self, id: &str, accounts: &Accounts) -> Option<Session> {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        let session = map.get_mut(id)?;
        if session.last.elapsed() >= IDLE
            || accounts.users.get(&session.user) != Some(&session.hash)
        {
            map.remove(id);
            return None;
        }
        session.last = Instant::now();
        Some(session.clone())
    }

    pub fn remove(&self, id: &str) {
        self.map
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(id);
    }

    /// The accounts in `path`, read again only when the file has changed (a password changed
    /// or an account removed with `anslag user` takes effect at the next request). A file
    /// that cannot be read is no accounts: nobody is logged in until it is mended.
    pub fn accounts(&self, path: &Path) -> Accounts {
        let stamp = FileStamp::of(path);
        let mut cached = self.accounts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((at, accounts)) = cached.as_ref()
            && *at == stamp
        {
            return accounts.clone();
        }
        let accounts = load_accounts(path).unwrap_or_default();
        *cached = Some((stamp, accounts.clone()));
        accounts
    }

    /// Whether a login with `name` from `address` must wait, before any password is checked.
    pub fn refused(&self, name: &str, address: std::net::IpAddr) -> Option<Refusal> {
        let by_address = self.by_address.lock().unwrap_or_else(|e| e.into_inner());
        if by_address
            .get(&address)
            .is_some_and(|f| f.count >= FAILURES_PER_ADDRESS && f.last.elapsed() < ADDRESS_WINDOW)
        {
            return Some(Refusal::AddressPaused);
        }
        drop(by_address);
        let by_pair = self.by_pair.lock().unwrap_or_else(|e| e.into_inner());
        by_pair
            .get(&(name.to_string(), address))
            .is_some_and(|f| f.count >= FAILURES_BEFORE_PAUSE && f.last.elapsed() < PAUSE)
            .then_some(Refusal::NamePaused)
    }

    /// Counts a failed login with `name` from `address`.
    pub fn failed(&self, name: &str, address: std::net::IpAddr) {
        let mut by_pair = self.by_pair.lock().unwrap_or_else(|e| e.into_inner());
        count(&mut by_pair, (name.to_string(), address), PAUSE);
        drop(by_pair);
        let mut by_address = self.by_address.lock().unwrap_or_else(|e| e.into_inner());
        count(&mut by_address, address, ADDRESS_WINDOW);
    }

    /// A successful login forgets the failures of its name from its address.
    pub(crate) fn succeeded(&self, name: &str, address: std::net::IpAddr) {
        self.by_pair
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&(name.to_string(), address));
    }

    /// How many entries the failure tables hold (for tests and the flood benchmark).
    #[cfg(test)]
    pub(crate) fn remembered(&self) -> usize {
        self.by_pair.lock().unwrap_or_else(|e| e.into_inner()).len()
            + self
                .by_address
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .len()
    }

    /// Whether `password` is the one of `stored` (a name without an account: a throwaway
    /// check of the same cost that never matches), checked in one of the few check slots with
    /// their kept memory; see [`Sessions::check`].
    pub(crate) async fn check_password(
        self: &std::sync::Arc<Self>,
        stored: Option<String>,
        password: String,
    ) -> Result<bool, Refusal> {
        let me = self.clone();
        self.check(move || {
            let mut memory = me
                .memory
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .pop()
                .unwrap_or_default();
            let ok = match &stored {
                Some(h) => verify_in(h, &password, &mut memory),
                None => {
                    throwaway_in(&password, &mut memory);
                    false
                }
            };
            me.memory
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(memory);
            ok
        })
        .await
    }

    /// Runs a password check (argon2, on a blocking thread) when one of the few check slots
    /// is free; waits in a short queue, or is refused when that is full or the wait too long.
    pub async fn check<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Refusal> {
        use std::sync::atomic::Ordering;
        let queued = self.waiting.fetch_add(1, Ordering::SeqCst);
        let permit = if queued >= HASH_QUEUE + HASHES_AT_ONCE {
            None
        } else {
            tokio::time::timeout(HASH_WAIT, self.hashing.acquire())
                .await
                .ok()
                .and_then(Result::ok)
        };
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        let Some(_permit) = permit else {
            return Err(Refusal::Busy);
        };
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|_| Refusal::Busy)
    }
}

/// Adds a failure to a table, starting afresh when the last one is older than `window`; the
/// table is pruned, and if need be emptied, so that it never grows past [`MAX_TABLE`].
fn count<K: std::hash::Hash + Eq>(table: &mut HashMap<K, Failures>, key: K, window: Duration) {
    if table.len() >= MAX_TABLE {
        table.retain(|_, f| f.last.elapsed() < window);
        if table.len() >= MAX_TABLE {
            table.clear();
        }
    }
    let now = Instant::now();
    let entry = table.entry(key).or_insert(Failures {
        count: 0,
        last: now,
    });
    if entry.last.elapsed() >= window {
        entry.count = 0;
    }
    entry.count = entry.count.saturating_add(1);
    entry.last = now;
}

/// The accounts file read to be changed; its problems as lines of text.
fn accounts_to_change(path: &Path) -> Result<Accounts, String> {
    load_accounts(path).map_err(|problems| {
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// Removes an account. Returns an error in Swedish if there is none of that name.
pub fn remove_user(path: &Path, name: &str) -> Result<(), String> {
    let mut accounts = accounts_to_change(path)?;
    if accounts.users.remove(name).is_none() {
        return Err(t::no_such_user(name, &path.display().to_string()));
    }
    write_accounts(path, &accounts)
}

/// The session id in the request's cookies.
pub(crate) fn session_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.to_string())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Who is asking: with logins, the session's user and token (or no user and the server's
/// token, for the login form); without, the server's token.
pub fn viewer(state: &crate::web::AppState, headers: &HeaderMap) -> Viewer {
    let inner = &state.0;
    if inner.access.login()
        && let Some(id) = session_id(headers)
        && let Some(s) = inner
            .sessions
            .get(&id, &inner.sessions.accounts(&accounts_path(&inner.data)))
    {
        return Viewer {
            user: Some(s.user),
            csrf: s.csrf,
        };
    }
    Viewer {
        user: None,
        csrf: inner.csrf.clone(),
    }
}

/// The `Set-Cookie` value for a new session.
pub fn cookie(id: &str) -> String {
    format!(
        "{COOKIE}={id}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age={}",
        IDLE.as_secs()
    )
}

/// The `Set-Cookie` value that ends a session in the browser.
pub(crate) fn expired_cookie() -> String {
    format!("{COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_failure_tables_stay_bounded_under_a_flood_from_many_addresses() {
        let s = Sessions::default();
        for k in 0..(3 * MAX_TABLE as u32) {
            let address = std::net::IpAddr::V4(std::net::Ipv4Addr::from(k));
            s.failed("anna", address);
        }
        assert!(s.remembered() <= 2 * MAX_TABLE, "{}", s.remembered());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn password_checks_run_a_few_at_a_time_and_a_flood_is_told_to_wait() {
        let s = std::sync::Arc::new(Sessions::default());
        let running = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let most = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..64 {
            let (s, running, most) = (s.clone(), running.clone(), most.clone());
            tasks.push(tokio::spawn(async move {
                s.check(move || {
                    use std::sync::atomic::Ordering;
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(20));
                    running.fetch_sub(1, Ordering::SeqCst);
                })
                .await
            }));
        }
        let mut busy = 0;
        for t in tasks {
            if t.await.expect("task") == Err(Refusal::Busy) {
                busy += 1;
            }
        }
        assert!(most.load(std::sync::atomic::Ordering::SeqCst) <= HASHES_AT_ONCE);
        // Each check takes 20 ms, so most of the 64 that arrive at once find the queue full.
        assert!(busy >= 20, "{busy}");
    }

    #[test]
    fn a_password_verifies_against_its_hash_and_nothing_else() {
        let h = hash("korrekt häst batteri").expect("hash");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify(&h, "korrekt häst batteri"));
        assert!(!verify(&h, "korrekt häst batteri "));
        assert!(!verify("inte en hash", "x"));
    }

    #[test]
    fn accounts_round_trip_and_bad_files_name_the_place() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join(ACCOUNTS_FILE);
        assert!(add_user(&path, "anna", "ett långt lösenord").expect("add"));
        assert!(add_user(&path, "björn", "ett annat långt lösenord").expect("add"));
        assert!(!add_user(&path, "anna", "ett nytt långt lösenord").expect("change"));
        let accounts = load_accounts(&path).expect("loads");
        assert!(!dir.path().join(format!("{ACCOUNTS_FILE}.forra")).exists());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(accounts.users.len(), 2);
        assert!(verify(&accounts.users["anna"], "ett nytt långt lösenord"));
        assert!(add_user(&path, "x y", "ett långt lösenord").is_err());
        assert!(add_user(&path, "cecilia", "kort").is_err());
        std::fs::write(&path, "konton:\n  - namn: anna\n    losenord: 42\n").expect("write");
        let problems = load_accounts(&path).expect_err("not a hash");
        let text = problems[0].to_string();
        assert!(text.contains("konton.yaml:3"), "{text}");
    }

    #[test]
    fn only_well_formed_session_cookies_are_read() {
        let mut headers = HeaderMap::new();
        let id = random_token();
        headers.insert(
            header::COOKIE,
            format!("annat=1; {COOKIE}={id}").parse().expect("header"),
        );
        assert_eq!(session_id(&headers), Some(id));
        headers.insert(
            header::COOKIE,
            format!("{COOKIE}=../../etc").parse().expect("header"),
        );
        assert_eq!(session_id(&headers), None);
    }
}
