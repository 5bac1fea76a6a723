//! The command line's own words in Swedish: clap writes its usage lines, value lists and
//! errors in English, so the help is given Swedish lists and usage lines here, and a parse
//! error is told again from its parts (what was wrong, with which flag, what would do).

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::text::cli as msg;

/// Why a value was refused, in Swedish: the error our own value parsers give, told after
/// "ogiltigt värde" (clap's built-in parsers give English reasons, which are not shown).
#[derive(Debug)]
pub struct Reason(pub String);

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Reason {}

/// A whole number in `min..=max`, for `--steps`, `--draws` and the like: a value outside is
/// refused with the range, never silently changed.
pub(crate) fn whole_in(min: usize, max: usize) -> impl Fn(&str) -> Result<usize, Reason> + Clone {
    move |text: &str| {
        text.trim()
            .parse::<usize>()
            .ok()
            .filter(|n| (min..=max).contains(n))
            .ok_or_else(|| Reason(msg::whole_between(min, max)))
    }
}

/// A number in `min..=max` (a decimal comma is fine), e.g. a percentage.
pub(crate) fn number_in(min: f64, max: f64) -> impl Fn(&str) -> Result<f64, Reason> + Clone {
    move |text: &str| {
        text.trim()
            .trim_end_matches('%')
            .trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v >= min && *v <= max)
            .ok_or_else(|| Reason(msg::number_between(min, max)))
    }
}

/// A number of seconds in `min..=max` (a decimal comma is fine).
pub(crate) fn seconds_in(min: f64, max: f64) -> impl Fn(&str) -> Result<f64, Reason> + Clone {
    move |text: &str| {
        text.trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v >= min && *v <= max)
            .ok_or_else(|| Reason(msg::seconds_between(min, max)))
    }
}

/// The command with Swedish help and version flags, headings, lists of possible values,
/// defaults and usage lines, in every subcommand.
pub(crate) fn localise(command: Command) -> Command {
    let path = command.get_name().to_string();
    let command = command
        .help_template(msg::help_template())
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(msg::VERSION_FLAG.text())
                // After the help flag, which `localise_under` adds.
                .display_order(usize::MAX),
        );
    localise_under(command, &path)
}

/// `path` is how the command is called (`anslag optimise`): a subcommand renders its usage
/// on its own, with its own name only.
fn localise_under(command: Command, path: &str) -> Command {
    // `anslag user add` → `user-add`: the key of its texts in the Fluent files.
    let key = path.split(' ').skip(1).collect::<Vec<_>>().join("-");
    let command = match help_text(&format!("cli-cmd-{key}")) {
        Some(about) if !key.is_empty() => command.about(about),
        _ => command,
    };
    let command = command
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .subcommand_help_heading(msg::COMMANDS_HEADING.text())
        .subcommand_value_name(msg::COMMAND_VALUE.text())
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(msg::HELP_FLAG.text()),
        )
        .mut_args(|a| {
            let heading = if a.is_positional() {
                msg::ARGUMENTS_HEADING
            } else {
                msg::OPTIONS_HEADING
            };
            localise_arg(a.help_heading(heading.text()), &key)
        });
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let mut command = names.iter().fold(command, |c, name| {
        c.mut_subcommand(name, |sub| {
            localise_under(
                sub.help_template(msg::help_template()),
                &format!("{path} {name}"),
            )
        })
    });
    let usage = swedish_usage(&command.render_usage().to_string());
    let usage = match usage.strip_prefix(command.get_name()) {
        Some(rest) => format!("{path}{rest}"),
        None => usage,
    };
    command.override_usage(usage)
}

/// An argument's possible values and default, written into its help in Swedish instead of
/// clap's `[possible values: …]` and `[default: …]`; its placeholder (`<FIL>`) in Swedish
/// where clap would make one from the English field name.
/// A command's or an argument's help in the current language, when the Fluent files have it
/// (`cli-cmd-KEY`, `cli-arg-KEY-ID`, `cli-value-help-KEY-ID-VALUE`; a test checks that each one
/// is shown by some `--help`).
fn help_text(id: &str) -> Option<String> {
    let lang = crate::i18n::current();
    crate::i18n::has(lang, id).then(|| crate::i18n::message_in(lang, id, None))
}

fn localise_arg(arg: Arg, key: &str) -> Arg {
    let fluent_id = arg.get_id().as_str().replace('_', "-");
    let arg = match help_text(&format!("cli-arg-{key}-{fluent_id}")) {
        Some(help) => arg.help(help),
        None => arg,
    };
    // Flags (`--no-counterfactuals`) take no value to list.
    if arg.is_hide_set() || !arg.get_action().takes_values() {
        return arg;
    }
    // clap's derive names a value after its field (`OUTPUT`); a name given on purpose stays.
    let id = arg.get_id().as_str().to_string();
    let derived = arg
        .get_value_names()
        .is_none_or(|names| names.len() == 1 && names[0].as_str() == id.to_uppercase());
    let arg = match msg::value_name(&id) {
        Some(name) if derived => arg.value_name(name),
        _ => arg,
    };
    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let values: Vec<_> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect()
    };
    let defaults: Vec<String> = if arg.is_hide_default_value_set() {
        Vec::new()
    } else {
        arg.get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect()
    };
    if values.is_empty() && defaults.is_empty() {
        return arg;
    }
    let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
    let mut short = help.clone();
    if !defaults.is_empty() {
        short = join_words(&short, &msg::default_value(&defaults.join(", ")));
    }
    if !names.is_empty() {
        short = join_words(&short, &msg::possible_values(&names.join(", ")));
    }
    let value_helps: Vec<Option<String>> = values
        .iter()
        .map(|v| {
            help_text(&format!(
                "cli-value-help-{key}-{fluent_id}-{}",
                v.get_name()
            ))
            .or_else(|| v.get_help().map(ToString::to_string))
        })
        .collect();
    let described = value_helps.iter().any(Option::is_some);
    let arg = arg
        .hide_possible_values(true)
        .hide_default_value(true)
        .help(short);
    if !described {
        return arg;
    }
    // Values with their own help are listed one a line under `--help`, as clap does.
    let mut long = help;
    if !long.is_empty() {
        long.push_str("\n\n");
    }
    long.push_str(msg::POSSIBLE_VALUES_HEADING.text());
    for (v, h) in values.iter().zip(&value_helps) {
        long.push_str(&format!("\n- {}", v.get_name()));
        if let Some(h) = h {
            long.push_str(&format!(": {h}"));
        }
    }
    if !defaults.is_empty() {
        long.push_str("\n\n");
        long.push_str(&msg::default_value(&defaults.join(", ")));
    }
    arg.long_help(long)
}

fn join_words(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a} {b}")
    }
}

/// clap's rendered usage (`Usage: anslag optimise [OPTIONS] [SCENARIO]`) without its English
/// label and with the flags' placeholder in Swedish.
fn swedish_usage(rendered: &str) -> String {
    let usage = rendered.trim();
    let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
    usage.replace("[OPTIONS]", msg::OPTIONS_VALUE.text())
}

/// A parse error of the command line, in Swedish, with the usage line of the command it
/// concerns and where to read more. `command` is how the command was called (`anslag
/// optimise`), for errors that clap gives without a usage line.
pub fn argument_error(error: &clap::Error, command: &str) -> String {
    let text = |kind: ContextKind| -> String {
        match error.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::StyledStrs(v)) => v
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let quoted = |kind: ContextKind| -> String {
        let words: Vec<String> = match error.get(kind) {
            Some(ContextValue::Strings(v)) => v.iter().map(|s| format!("'{s}'")).collect(),
            Some(ContextValue::String(s)) => vec![format!("'{s}'")],
            _ => Vec::new(),
        };
        msg::either(&words)
    };
    let arg = text(ContextKind::InvalidArg);
    let mut lines: Vec<String> = Vec::new();
    let message = match error.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let m = msg::invalid_value(&text(ContextKind::InvalidValue), &arg);
            if let Some(reason) =
                std::error::Error::source(error).and_then(|s| s.downcast_ref::<Reason>())
            {
                lines.push(reason.0.clone());
            }
            let valid = text(ContextKind::ValidValue);
            if !valid.is_empty() {
                lines.push(msg::valid_values(&valid));
            }
            m
        }
        ErrorKind::UnknownArgument => {
            let m = msg::unknown_argument(&arg);
            let suggested = quoted(ContextKind::SuggestedArg);
            if !suggested.is_empty() {
                lines.push(msg::did_you_mean(&suggested));
            }
            if error.get(ContextKind::SuggestedValue).is_some() && arg.starts_with('-') {
                lines.push(msg::as_a_value(&arg));
            }
            m
        }
        ErrorKind::InvalidSubcommand => {
            let m = msg::unknown_command(&text(ContextKind::InvalidSubcommand));
            let suggested = quoted(ContextKind::SuggestedSubcommand);
            if !suggested.is_empty() {
                lines.push(msg::did_you_mean(&suggested));
            }
            m
        }
        ErrorKind::MissingRequiredArgument => msg::missing_arguments(&arg),
        ErrorKind::MissingSubcommand => msg::missing_command(&text(ContextKind::ValidSubcommand)),
        ErrorKind::ArgumentConflict => {
            let prior = text(ContextKind::PriorArg);
            if prior == arg {
                msg::given_twice(&arg)
            } else {
                msg::conflicting(&arg, &prior)
            }
        }
        ErrorKind::NoEquals => msg::needs_equals(&arg),
        ErrorKind::TooManyValues => msg::unexpected_value(&text(ContextKind::InvalidValue), &arg),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => msg::wrong_number_of_values(
            &arg,
            &text(ContextKind::ExpectedNumValues),
            &text(ContextKind::ActualNumValues),
        ),
        ErrorKind::InvalidUtf8 => msg::INVALID_UTF8.to_string(),
        _ => msg::UNREADABLE_COMMAND_LINE.to_string(),
    };
    let mut out = format!("{}: {message}\n", msg::ARGUMENT_ERROR);
    for line in lines {
        out.push_str(&format!("  {line}\n"));
    }
    let usage = swedish_usage(&text(ContextKind::Usage));
    // The command's path: the usage line's words before its first placeholder.
    let path: Vec<&str> = usage
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<']))
        .collect();
    if !usage.is_empty() {
        out.push('\n');
        out.push_str(&msg::usage(&usage));
        out.push('\n');
    }
    let path = if path.is_empty() {
        command.to_string()
    } else {
        path.join(" ")
    };
    out.push('\n');
    out.push_str(&msg::more_help(&path));
    out.push('\n');
    out
}

/// How the command line calls the program: its name and, when the first argument names one
/// of its subcommands (or an alias of one), that subcommand.
pub fn called_as(command: &Command, args: &[String]) -> String {
    let name = command.get_name();
    let sub = args
        .iter()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .and_then(|a| {
            command
                .get_subcommands()
                .find(|c| c.get_name() == a || c.get_all_aliases().any(|x| x == a))
        });
    match sub {
        Some(c) => format!("{name} {}", c.get_name()),
        None => name.to_string(),
    }
}
