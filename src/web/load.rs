//! The load benchmark behind `anslag bench --web`: the server on a loopback port, N concurrent
//! keep-alive clients against three kinds of request (the ranking, an application page, a
//! scenario simulation), latency percentiles and throughput per kind. Not a test: a measurement
//! for docs/performance.md.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::web::AppState;

/// The path of a kind's i-th request.
type PathOf = Box<dyn Fn(usize) -> String + Send + Sync>;

/// One kind of request and what came of it.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct KindReport {
    pub kind: &'static str,
    pub(crate) requests: usize,
    /// Answers other than 200, and broken connections.
    pub errors: usize,
    pub(crate) p50_ms: f64,
    pub(crate) p99_ms: f64,
    pub(crate) max_ms: f64,
    pub(crate) per_second: f64,
}

/// The server time of every page, one request at a time (`rounds` requests each, the first
/// thrown away as warm-up): the pages' own cost without queueing.
pub async fn pages(state: AppState, rounds: usize) -> Result<Vec<KindReport>, String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let s = state
        .default_scenario()
        .ok_or_else(|| crate::t!("bench-no-scenario"))?;
    let first = s
        .portfolio
        .applications
        .first()
        .map(|a| a.id.clone())
        .unwrap_or_default();
    let budget = |percent: i64| -> String {
        let mut q = String::from(
            "/scenarier?simulera=1&vikt.alignment=0.5&vikt.agenda2030=0.2&vikt.quality=0.3",
        );
        for (pot, b) in s.portfolio.scenario.budgets() {
            let v = b.decimal() * rust_decimal::Decimal::from(percent)
                / rust_decimal::Decimal::ONE_HUNDRED;
            q.push_str(&format!("&budget.{}={}", pot.key(), v.round()));
        }
        if let Some(m) = s.portfolio.scenario.min_score {
            q.push_str(&format!("&min_score={m}"));
        }
        q
    };
    let server = tokio::spawn(async move {
        let _ = crate::web::serve(state, listener).await;
    });
    let paths: Vec<(&'static str, String)> = vec![
        ("Scenario simulation, budget 90 %", budget(90)),
        ("Scenario simulation, budget 100 %", budget(100)),
        ("Scenario simulation, budget 110 %", budget(110)),
        ("Overview", "/".into()),
        ("Applications", "/ansokningar".into()),
        (
            "Applications, filtered and sorted",
            "/ansokningar?pott=foretagsstod&sortera=poang&q=a".into(),
        ),
        ("Application", format!("/ansokan/{first}")),
        ("Strategy", "/strategi".into()),
        ("Scenarios (the form)", "/scenarier".into()),
        ("Compare", "/jamfor".into()),
        ("Budget curve", "/budgetkurva".into()),
        ("Decision memo", "/beslutsunderlag".into()),
        ("Aid register", "/stodregister".into()),
        ("Public view", "/offentlig".into()),
        ("Accessibility statement", "/tillganglighet".into()),
        ("Glossary", "/ordlista".into()),
    ];
    let mut reports = Vec::new();
    let mut stream = BufReader::new(TcpStream::connect(addr).await.map_err(|e| e.to_string())?);
    for (kind, path) in paths {
        let mut latencies = Vec::new();
        let mut errors = 0;
        let start = Instant::now();
        for round in 0..=rounds {
            let t = Instant::now();
            match request(&mut stream, &path).await {
                Ok(200) if round > 0 => latencies.push(t.elapsed().as_secs_f64() * 1000.0),
                Ok(200) => {}
                Ok(_) => errors += 1,
                Err(e) => return Err(e.to_string()),
            }
        }
        reports.push(summarize(
            kind,
            latencies,
            errors,
            start.elapsed().as_secs_f64(),
        ));
    }
    server.abort();
    Ok(reports)
}

/// Runs `clients` clients for `duration` against each kind of request in turn.
pub async fn run(
    state: AppState,
    clients: usize,
    duration: Duration,
) -> Result<Vec<KindReport>, String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let s = state
        .default_scenario()
        .ok_or_else(|| crate::t!("bench-no-scenario"))?;
    let ids: Vec<String> = s
        .portfolio
        .applications
        .iter()
        .map(|a| a.id.clone())
        .collect();
    let budgets: Vec<(String, crate::money::Sek)> = s
        .portfolio
        .scenario
        .budgets()
        .into_iter()
        .map(|(pot, b)| (pot.key().to_string(), b))
        .collect();
    let server = tokio::spawn(async move {
        let _ = crate::web::serve(state, listener).await;
    });
    let kinds: [(&'static str, PathOf); 3] = [
        (
            "Applications (the ranking)",
            Box::new(|_| "/ansokningar".to_string()),
        ),
        (
            "Application",
            Box::new(move |i| {
                let id = ids.get(i % ids.len().max(1)).map_or("", String::as_str);
                format!("/ansokan/{id}")
            }),
        ),
        (
            "Scenario simulation",
            Box::new(move |i| {
                // Every request a different budget (90–110 % in steps of 0,01 %), so that each
                // one is solved.
                let factor = rust_decimal::Decimal::new(9000 + ((i * 7919) % 2001) as i64, 2);
                let mut q = String::from(
                    "/scenarier?simulera=1&vikt.alignment=0.5&vikt.agenda2030=0.2&vikt.quality=0.3",
                );
                for (pot, b) in &budgets {
                    let v = b.decimal() * factor / rust_decimal::Decimal::ONE_HUNDRED;
                    q.push_str(&format!("&budget.{pot}={}", v.round()));
                }
                q
            }),
        ),
    ];
    let kinds: Vec<(&'static str, std::sync::Arc<PathOf>)> = kinds
        .into_iter()
        .map(|(k, p)| (k, std::sync::Arc::new(p)))
        .collect();
    let mut reports = Vec::new();
    for (kind, path) in &kinds {
        let start = Instant::now();
        let (latencies, errors) = clients_on(addr, clients, start + duration, path.clone()).await?;
        reports.push(summarize(
            kind,
            latencies,
            errors,
            start.elapsed().as_secs_f64(),
        ));
    }
    // Mixed: the ranking for 8 clients while every other client waits for a simulation, to show
    // that pages are not queued behind solves.
    let start = Instant::now();
    let deadline = start + duration;
    let (pages, solves) = tokio::join!(
        clients_on(addr, 8, deadline, kinds[0].1.clone()),
        clients_on(addr, clients, deadline, kinds[2].1.clone()),
    );
    let (latencies, errors) = pages?;
    let _ = solves?;
    reports.push(summarize(
        "Applications while simulations queue",
        latencies,
        errors,
        start.elapsed().as_secs_f64(),
    ));
    server.abort();
    Ok(reports)
}

/// Percentiles and throughput of one kind's latencies.
fn summarize(
    kind: &'static str,
    mut latencies: Vec<f64>,
    errors: usize,
    seconds: f64,
) -> KindReport {
    latencies.sort_by(f64::total_cmp);
    let at = |q: f64| -> f64 {
        if latencies.is_empty() {
            return 0.0;
        }
        let i = ((latencies.len() as f64 - 1.0) * q).round() as usize;
        latencies[i.min(latencies.len() - 1)]
    };
    KindReport {
        kind,
        requests: latencies.len(),
        errors,
        p50_ms: at(0.50),
        p99_ms: at(0.99),
        max_ms: latencies.last().copied().unwrap_or(0.0),
        per_second: latencies.len() as f64 / seconds.max(1e-9),
    }
}

/// Starts `n` clients on `path` until `deadline`; their latencies and errors when all are done.
async fn clients_on(
    addr: SocketAddr,
    n: usize,
    deadline: Instant,
    path: std::sync::Arc<PathOf>,
) -> Result<(Vec<f64>, usize), String> {
    let mut tasks = Vec::new();
    for c in 0..n {
        let path = path.clone();
        tasks.push(tokio::spawn(async move {
            client(addr, c, n, deadline, move |i| path(i)).await
        }));
    }
    let mut latencies = Vec::new();
    let mut errors = 0;
    for t in tasks {
        let (l, e) = t.await.map_err(|e| e.to_string())?;
        latencies.extend(l);
        errors += e;
    }
    Ok((latencies, errors))
}

/// One client: requests over one keep-alive connection until the deadline; the latency of
/// every answered request in milliseconds, and the number of failures.
async fn client(
    addr: SocketAddr,
    index: usize,
    clients: usize,
    deadline: Instant,
    path: impl Fn(usize) -> String,
) -> (Vec<f64>, usize) {
    let mut latencies = Vec::new();
    let mut errors = 0;
    let mut n = index;
    let mut conn: Option<BufReader<TcpStream>> = None;
    while Instant::now() < deadline {
        if conn.is_none() {
            match TcpStream::connect(addr).await {
                Ok(s) => conn = Some(BufReader::new(s)),
                Err(_) => {
                    errors += 1;
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            }
        }
        let Some(stream) = conn.as_mut() else {
            continue;
        };
        let start = Instant::now();
        match request(stream, &path(n)).await {
            Ok(200) => latencies.push(start.elapsed().as_secs_f64() * 1000.0),
            Ok(_) => errors += 1,
            Err(_) => {
                errors += 1;
                conn = None;
            }
        }
        n += clients;
    }
    (latencies, errors)
}

/// A GET over an open connection; the status code. The body is read and dropped.
async fn request(stream: &mut BufReader<TcpStream>, path: &str) -> std::io::Result<u16> {
    let head = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    stream.get_mut().write_all(head.as_bytes()).await?;
    let mut line = String::new();
    stream.read_line(&mut line).await?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other("no status line"))?;
    let mut length = 0usize;
    loop {
        line.clear();
        if stream.read_line(&mut line).await? == 0 {
            return Err(std::io::Error::other("closed"));
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).await?;
    Ok(status)
}
