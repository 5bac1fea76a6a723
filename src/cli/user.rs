//! `anslag user add|remove`: the accounts of the web UI behind a proxy (`konton.yaml`).

use std::path::PathBuf;

use crate::cli::app::Failure;

/// `anslag user`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(clap::Subcommand)]
pub enum Action {
    Add {
        name: String,
        #[arg(long)]
        data: Option<PathBuf>,
    },
    Remove {
        name: String,
        #[arg(long)]
        data: Option<PathBuf>,
    },
}

/// Runs `anslag user add` or `anslag user remove`.
pub fn run(args: Args) -> Result<String, Failure> {
    match args.action {
        Action::Add { name, data } => add(&name, data),
        Action::Remove { name, data } => {
            let path =
                crate::web::auth::accounts_path(&data.unwrap_or_else(crate::cli::default_data));
            crate::web::auth::remove_user(&path, &name).map_err(Failure::message)?;
            Ok(format!(
                "{}\n",
                crate::text::auth::user_removed(&name, &path.display().to_string())
            ))
        }
    }
}

/// `anslag user add`: adds an account (or changes its password) in the data folder's
/// `konton.yaml`. The password comes from the terminal without echo (asked twice), or from
/// standard input's first line when that is not a terminal.
fn add(name: &str, data: Option<PathBuf>) -> Result<String, Failure> {
    use crate::text::auth as m;
    use std::io::IsTerminal;
    let data = data.unwrap_or_else(crate::cli::default_data);
    let path = crate::web::auth::accounts_path(&data);
    crate::web::auth::valid_name(name).map_err(Failure::message)?;
    let password = if std::io::stdin().is_terminal() {
        let os = |e: std::io::Error| Failure::message(crate::text::os::io_error(&e));
        let first = rpassword::prompt_password(m::PROMPT).map_err(os)?;
        let again = rpassword::prompt_password(m::PROMPT_AGAIN).map_err(os)?;
        if first != again {
            return Err(Failure::message(m::MISMATCH.to_string()));
        }
        first
    } else {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| Failure::message(crate::text::os::io_error(&e)))?;
        line.trim_end_matches(['\n', '\r']).to_string()
    };
    if password.is_empty() {
        return Err(Failure::message(m::PASSWORD_EMPTY.to_string()));
    }
    let file = path.display().to_string();
    let new = crate::web::auth::add_user(&path, name, &password).map_err(Failure::message)?;
    Ok(format!(
        "{}\n",
        if new {
            m::user_added(name, &file)
        } else {
            m::user_changed(name, &file)
        }
    ))
}
