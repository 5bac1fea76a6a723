//! `anslag bench --siege`: the server attacked as an exposed one would be, in a process of its
//! own so that its memory is its own. A login flood (many clients posting wrong passwords for
//! a real name from ever new addresses, so that only the server's own bounds hold it), then
//! slow clients (headers never finished, connections left idle, a body sent a byte at a time)
//! while an ordinary page is asked for. Reports what the server answered, its peak and
//! settled memory, and how long the slow clients were kept. Not a test: the measurement
//! behind docs/security.md, and the security test's harness.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long a slow client is watched before it counts as held open.
const WATCH: Duration = Duration::from_secs(30);

/// What to attack with.
#[derive(Debug, Clone)]
pub struct Siege {
    /// Concurrent login clients.
    pub clients: usize,
    /// How long the login flood lasts.
    pub flood: Duration,
    /// Slow clients at once.
    pub slow: usize,
}

/// What came of it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Report {
    pub(crate) login_attempts: usize,
    /// Answers to the logins by HTTP status (0: no answer, a closed connection).
    pub answers: BTreeMap<u16, usize>,
    /// The server's resident memory before the flood, at its peak, and 5 s after it, in MB.
    pub(crate) before_mb: f64,
    pub peak_mb: f64,
    pub(crate) settled_mb: f64,
    /// Seconds until the server closed connections that never finished their headers, or
    /// sent nothing at all (the longest of them).
    pub unfinished_closed_s: f64,
    pub idle_closed_s: f64,
    /// Status and seconds of a body sent a byte a second.
    pub slow_body: (u16, f64),
    /// Status and milliseconds of an ordinary page asked for while the slow clients hold on.
    pub page_meanwhile: (u16, f64),
}

/// The server process and its data folder, stopped and removed when dropped.
struct Server {
    child: Child,
    addr: SocketAddr,
    data: std::path::PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

/// Resident memory of a process, now and at its peak, in MB (Linux).
fn memory(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Copies the shipped data's strategies and one year's base scenario into a new folder with an
/// account, and starts `binary serve --behind-proxy` on it at a free port.
fn start(binary: &Path, data: &Path) -> Result<Server, String> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!("anslag-siege-{}-{nanos}", std::process::id()));
    for sub in ["strategies", "scenarios/2021"] {
        let to = dir.join(sub);
        std::fs::create_dir_all(&to).map_err(|e| e.to_string())?;
        for entry in std::fs::read_dir(data.join(sub))
            .map_err(|e| e.to_string())?
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            let wanted = sub == "strategies"
                || matches!(
                    name.as_str(),
                    "bas.yaml" | "ansokningar.yaml" | "stodregister.yaml"
                );
            if wanted && entry.path().is_file() {
                std::fs::copy(entry.path(), to.join(&name)).map_err(|e| e.to_string())?;
            }
        }
    }
    crate::web::auth::add_user(
        &crate::web::auth::accounts_path(&dir),
        "anna",
        "ett långt lösenord",
    )?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    let child = Command::new(binary)
        .args([
            "serve",
            "--behind-proxy",
            "--bind",
            &addr.to_string(),
            "--data",
        ])
        .arg(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let server = Server {
        child,
        addr,
        data: dir,
    };
    let started = Instant::now();
    while std::net::TcpStream::connect(addr).is_err() {
        if started.elapsed() > Duration::from_secs(120) {
            return Err(crate::t!("bench-server-did-not-start"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(server)
}

/// Sends one request on a new connection and reads the answer to its end; the status.
async fn exchange(addr: SocketAddr, request: &[u8]) -> Result<(u16, String), std::io::Error> {
    let mut stream = TcpStream::connect(addr).await?;
    stream.write_all(request).await?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await?;
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok((status, text))
}

fn get(addr: SocketAddr, path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").into_bytes()
}

fn login(addr: SocketAddr, csrf: &str, name: &str, from: std::net::Ipv4Addr) -> Vec<u8> {
    let body = format!("namn={name}&losenord=gissning&till=%2F&csrf={csrf}");
    format!(
        "POST /logga-in HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nSec-Fetch-Site: same-origin\r\nX-Forwarded-For: {from}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Seconds until the server closes a connection that sent `first` and then nothing more.
async fn held_for(addr: SocketAddr, first: &[u8], limit: Duration) -> f64 {
    let start = Instant::now();
    let Ok(mut stream) = TcpStream::connect(addr).await else {
        return 0.0;
    };
    let _ = stream.write_all(first).await;
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout(limit, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return start.elapsed().as_secs_f64(),
            Ok(Ok(_)) => {}
            // Still open at the limit: report the limit.
            Err(_) => return start.elapsed().as_secs_f64(),
        }
    }
}

/// Runs the siege against `binary serve` on a copy of the data in `data`.
pub fn run(binary: &Path, data: &Path, siege: &Siege) -> Result<Report, String> {
    let server = start(binary, data)?;
    let addr = server.addr;
    let pid = server.child.id();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let (status, page) = exchange(addr, &get(addr, "/logga-in"))
            .await
            .map_err(|e| e.to_string())?;
        let marker = "name=\"csrf\" value=\"";
        let csrf = page
            .find(marker)
            .map(|at| page[at + marker.len()..].split('"').next().unwrap_or(""))
            .filter(|_| status == 200)
            .ok_or_else(|| crate::t!("bench-login-without-token"))?
            .to_string();
        let (before_mb, _) = memory(pid);
        // The flood: every attempt from a new address, so no address is ever paused.
        let deadline = Instant::now() + siege.flood;
        let mut tasks = Vec::new();
        for c in 0..siege.clients {
            let csrf = csrf.clone();
            tasks.push(tokio::spawn(async move {
                let mut answers: BTreeMap<u16, usize> = BTreeMap::new();
                let mut n: u32 = 0;
                while Instant::now() < deadline {
                    let from = std::net::Ipv4Addr::from(0x0a00_0000 + (c as u32) * 1_000_000 + n);
                    // A new name each time as well: no pause per name can stop the flood early,
                    // every attempt costs the server a password check.
                    let name = format!("gissning{c}x{n}");
                    n += 1;
                    let status = exchange(addr, &login(addr, &csrf, &name, from))
                        .await
                        .map_or(0, |(s, _)| s);
                    *answers.entry(status).or_default() += 1;
                }
                answers
            }));
        }
        let sampler = tokio::spawn(async move {
            let mut peak: f64 = 0.0;
            while Instant::now() < deadline {
                peak = peak.max(memory(pid).0);
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            peak
        });
        let mut answers: BTreeMap<u16, usize> = BTreeMap::new();
        for t in tasks {
            for (status, n) in t.await.map_err(|e| e.to_string())? {
                *answers.entry(status).or_default() += n;
            }
        }
        let sampled = sampler.await.map_err(|e| e.to_string())?;
        tokio::time::sleep(Duration::from_secs(5)).await;
        let (settled_mb, high_water) = memory(pid);
        // Slow clients: headers never finished, connections that say nothing, a body a byte
        // a second; meanwhile an ordinary page.
        let limit = WATCH;
        let unfinished = format!("GET / HTTP/1.1\r\nHost: {addr}\r\n").into_bytes();
        let mut slow = Vec::new();
        for k in 0..siege.slow {
            let first = if k % 2 == 0 { unfinished.clone() } else { Vec::new() };
            slow.push(tokio::spawn(async move { (k % 2, held_for(addr, &first, limit).await) }));
        }
        let body = tokio::spawn(async move {
            let start = Instant::now();
            let Ok(mut stream) = TcpStream::connect(addr).await else {
                return (0, 0.0);
            };
            let head = format!(
                "POST /logga-in HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n"
            );
            let _ = stream.write_all(head.as_bytes()).await;
            let mut buf = [0u8; 4096];
            loop {
                tokio::select! {
                    read = stream.read(&mut buf) => {
                        let status = String::from_utf8_lossy(&buf[..read.unwrap_or(0)])
                            .split_whitespace()
                            .nth(1)
                            .and_then(|s| s.parse().ok())
                            .unwrap_or(0);
                        return (status, start.elapsed().as_secs_f64());
                    }
                    _ = tokio::time::sleep(Duration::from_secs(1)) => {
                        if stream.write_all(b"a").await.is_err() || start.elapsed() > limit * 2 {
                            return (0, start.elapsed().as_secs_f64());
                        }
                    }
                }
            }
        });
        tokio::time::sleep(Duration::from_millis(500)).await;
        let asked = Instant::now();
        let meanwhile = exchange(addr, &get(addr, "/offentlig"))
            .await
            .map_or(0, |(s, _)| s);
        let page_meanwhile = (meanwhile, asked.elapsed().as_secs_f64() * 1000.0);
        let mut unfinished_closed_s: f64 = 0.0;
        let mut idle_closed_s: f64 = 0.0;
        for t in slow {
            let (kind, s) = t.await.map_err(|e| e.to_string())?;
            if kind == 0 {
                unfinished_closed_s = unfinished_closed_s.max(s);
            } else {
                idle_closed_s = idle_closed_s.max(s);
            }
        }
        let slow_body = body.await.map_err(|e| e.to_string())?;
        Ok(Report {
            login_attempts: answers.values().sum(),
            answers,
            before_mb,
            peak_mb: sampled.max(high_water),
            settled_mb,
            unfinished_closed_s,
            idle_closed_s,
            slow_body,
            page_meanwhile,
        })
    })
}

/// Seconds until a slow client was closed, or that it was still open when watching stopped.
fn closed_after(seconds: f64, watched: Duration) -> String {
    if seconds >= watched.as_secs_f64() - 0.05 {
        format!("still open after {:.0}", watched.as_secs_f64())
    } else {
        format!("{seconds:.1}")
    }
}

/// The report as Markdown for docs/security.md.
pub fn markdown(r: &Report, s: &Siege) -> String {
    let answers: Vec<String> = r
        .answers
        .iter()
        .map(|(status, n)| format!("{status}: {n}"))
        .collect();
    format!(
        "| measure | value |\n|---|---|\n\
         | login clients × seconds | {} × {:.0} s |\n\
         | login attempts answered | {} ({}) |\n\
         | memory before / peak / 5 s after (MB) | {:.0} / {:.0} / {:.0} |\n\
         | {} slow clients: unfinished headers closed after (s, longest) | {} |\n\
         | connections that send nothing closed after (s, longest) | {} |\n\
         | a body sent a byte a second: answer, after (s) | {}, {} |\n\
         | an ordinary page meanwhile: answer, time (ms) | {}, {:.1} |\n",
        s.clients,
        s.flood.as_secs_f64(),
        r.login_attempts,
        answers.join(", "),
        r.before_mb,
        r.peak_mb,
        r.settled_mb,
        s.slow,
        closed_after(r.unfinished_closed_s, WATCH),
        closed_after(r.idle_closed_s, WATCH),
        if r.slow_body.0 == 0 {
            "none".to_string()
        } else {
            r.slow_body.0.to_string()
        },
        closed_after(r.slow_body.1, WATCH * 2),
        r.page_meanwhile.0,
        r.page_meanwhile.1,
    )
}
