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
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Argon2, password_hash};
use axum::http::HeaderMap;
use axum::http::header;

use crate::files::decode::{Fields, list_items};
use crate::files::yaml::{parse, quoted};
use crate::problem::{Diag, Problem};
use crate::text::auth as t;

/// The accounts file, in the data folder.
pub const ACCOUNTS_FILE: &str = "konton.yaml";
/// The session cookie's name.
pub const COOKIE: &str = "anslag_session";
/// A session ends after this long without a request.
pub const IDLE: Duration = Duration::from_secs(8 * 3600);
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
    pub users: BTreeMap<String, String>,
}

/// Reads the accounts file; a missing file is no accounts. Problems name file, line and column.
pub fn load_accounts(path: &Path) -> Result<Accounts, Vec<Problem>> {
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
pub fn valid_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.chars().count() <= 64
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok { Ok(()) } else { Err(t::bad_name(name)) }
}

/// An argon2id hash (the crate's recommended parameters) with a fresh random salt.
pub fn hash(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e: password_hash::Error| e.to_string())
}

/// Whether `password` matches the stored hash. A malformed hash never matches.
pub fn verify(stored: &str, password: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// Adds a user or changes the password of one, keeping the other accounts; the file is written
/// atomically. Returns whether the user was new.
pub fn add_user(path: &Path, name: &str, password: &str) -> Result<bool, String> {
    valid_name(name)?;
    if password.chars().count() < 12 {
        return Err(t::PASSWORD_TOO_SHORT.to_string());
    }
    let mut accounts = load_accounts(path).map_err(|problems| {
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let new = accounts
        .users
        .insert(name.to_string(), hash(password)?)
        .is_none();
    let mut text = String::from(t::FILE_HEADER);
    text.push_str("konton:\n");
    for (user, h) in &accounts.users {
        text.push_str(&format!(
            "  - namn: {}\n    losenord: {}\n",
            quoted(user),
            quoted(h)
        ));
    }
    // Atomically, with no copy of the old hashes left beside it, readable by the owner only
    // from its creation.
    crate::files::write::private(path, text.as_bytes()).map_err(|e| t::cannot_write(&e))?;
    Ok(new)
}

/// 32 random bytes as hex: session ids and CSRF tokens.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two tokens in time independent of where they differ.
pub fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[derive(Debug, Clone)]
struct Session {
    user: String,
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

/// Sessions in memory (a restart logs everyone out) and failed logins per name.
#[derive(Default)]
pub struct Sessions {
    map: Mutex<HashMap<String, Session>>,
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

impl Sessions {
    /// A new session for `user`: its id (for the cookie).
    pub fn create(&self, user: &str) -> String {
        let id = random_token();
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, s| s.last.elapsed() < IDLE);
        map.insert(
            id.clone(),
            Session {
                user: user.to_string(),
                csrf: random_token(),
                last: Instant::now(),
            },
        );
        id
    }

    /// The session with this id, if it has not expired; using it keeps it alive.
    fn get(&self, id: &str) -> Option<Session> {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        let session = map.get_mut(id)?;
        if session.last.elapsed() >= IDLE {
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

    /// Whether `name` must wait before another try.
    pub fn paused(&self, name: &str) -> bool {
        let failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures
            .get(name)
            .is_some_and(|(n, at)| *n >= FAILURES_BEFORE_PAUSE && at.elapsed() < PAUSE)
    }

    pub fn failed(&self, name: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let entry = failures
            .entry(name.to_string())
            .or_insert((0, Instant::now()));
        if entry.1.elapsed() >= PAUSE {
            *entry = (0, Instant::now());
        }
        entry.0 += 1;
        entry.1 = Instant::now();
    }

    pub fn succeeded(&self, name: &str) {
        self.failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(name);
    }
}

/// The session id in the request's cookies.
pub fn session_id(headers: &HeaderMap) -> Option<String> {
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
        && let Some(s) = inner.sessions.get(&id)
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
pub fn expired_cookie() -> String {
    format!("{COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0")
}

#[cfg(test)]
mod tests {
    use super::*;

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
