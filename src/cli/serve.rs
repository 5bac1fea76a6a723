//! `anslag serve`: the web UI on the data folder.

use std::path::PathBuf;

use crate::cli::Format;
use crate::cli::app::Failure;

/// `anslag serve`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub(crate) bind: std::net::SocketAddr,
    #[arg(long)]
    pub data: Option<PathBuf>,
    #[arg(long)]
    pub(crate) behind_proxy: bool,
    #[arg(long = "host", value_name = "NAMN")]
    pub(crate) hosts: Vec<String>,
}

/// `anslag serve`: loads every scenario, then serves until Ctrl-C.
pub fn run(args: Args) -> Result<String, Failure> {
    let Args {
        bind,
        data,
        behind_proxy,
        hosts,
    } = args;
    use crate::text::web as w;
    let data = data.unwrap_or_else(crate::cli::default_data);
    let access = if behind_proxy {
        crate::web::Access::Login
    } else if bind.ip().is_loopback() {
        crate::web::Access::Local
    } else {
        crate::web::Access::Public
    };
    if access.login() {
        let path = crate::web::auth::accounts_path(&data);
        let accounts = crate::web::auth::load_accounts(&path)
            .map_err(|p| Failure::problems(&p, Format::Table))?;
        if accounts.users.is_empty() {
            eprintln!(
                "{}",
                crate::text::auth::no_accounts(&path.display().to_string())
            );
        }
    }
    let os = |e: std::io::Error| Failure::message(crate::text::os::io_error(&e));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(os)?;
    runtime.block_on(async {
        // Bind first, so that a port in use is told at once, not after loading.
        let listener = tokio::net::TcpListener::bind(bind).await.map_err(|e| {
            Failure::message(w::cannot_listen(
                &bind.to_string(),
                &crate::text::os::io_error(&e),
            ))
        })?;
        eprintln!("{}", w::loading(&data.display().to_string()));
        let state = tokio::task::spawn_blocking(move || {
            crate::web::AppState::load(&data, access, !access.public_only())
        })
        .await
        .map_err(|e| {
            crate::problem::trace("serve", &e);
            Failure::message(w::LOAD_FAILED.to_string())
        })?
        .map_err(Failure::message)?
        .with_hosts(hosts)
        .ok_or_else(|| Failure::message(w::LOAD_FAILED.to_string()))?;
        eprintln!(
            "{}",
            w::listening(&bind.to_string(), access.login(), access.public_only())
        );
        crate::web::serve(state, listener).await.map_err(os)
    })?;
    Ok(String::new())
}
