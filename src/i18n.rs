//! The language a user reads, and the Fluent files every user-facing word comes from.
//!
//! Each area has one file per language, `locales/sv/AREA.ftl` and `locales/en/AREA.ftl`,
//! compiled into the binary (no file is read at run time). A message is looked up with
//! [`t!`](crate::t): `t!("cli-funded-heading", n = 3)`. Which language is the ambient one:
//! the CLI sets it once ([`set_default`], from `--lang` or `LANG`), a web request runs inside
//! [`scope`] (from `?lang=` or `Accept-Language`), and a test or a worker thread may wrap a
//! call in [`with`]. Swedish is the default.
//!
//! Numbers given to a message as numbers (counts, for plurals) are written the language's way
//! by the bundle's formatter: `1 234 567` in Swedish, `1,234,567` in English. Amounts and
//! decimals are formatted before they are given (`Sek`'s own `Display`, [`crate::format`]).
//!
//! Ground floor: this module uses only `format` and external crates.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language the user can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// The language tag used in URLs, `--lang` and HTML's `lang` attribute.
    pub(crate) fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// `sv`, `en`, `en-GB`, `en_US.UTF-8`, `SV`: the language part decides; others are `None`.
    pub(crate) fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of a POSIX locale environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG`
    /// (the first one set and not empty decides; `C` and `POSIX` and others mean Swedish).
    pub(crate) fn from_environment(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::from_tag(&value))
            .unwrap_or_default()
    }

    /// The first language in an `Accept-Language` header that we have, by the header's
    /// weights (`q=`); Swedish when none is.
    pub(crate) fn from_accept_language(header: &str) -> Lang {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (order, item) in header.split(',').take(32).enumerate() {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(Lang::from_tag) else {
                continue;
            };
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .filter(|q| q.is_finite())
                .unwrap_or(1.0);
            if q <= 0.0 {
                continue;
            }
            // Higher weight first; among equal weights, the earlier one.
            let better = match best {
                None => true,
                Some((bq, border, _)) => q > bq || (q == bq && order < border),
            };
            if better {
                best = Some((q, order, lang));
            }
        }
        best.map(|(_, _, lang)| lang).unwrap_or_default()
    }
}

static DEFAULT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

tokio::task_local! {
    static TASK: Lang;
}

fn from_u8(v: u8) -> Lang {
    if v == 1 { Lang::En } else { Lang::Sv }
}

/// The language of the process (the CLI's `--lang`); threads and tasks without their own use it.
pub fn set_default(lang: Lang) {
    DEFAULT.store(
        match lang {
            Lang::Sv => 0,
            Lang::En => 1,
        },
        Ordering::Relaxed,
    );
}

/// The language text is written in here and now: the thread's ([`with`]), else the web
/// request's ([`scope`]), else the process's.
pub(crate) fn current() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .or_else(|| TASK.try_with(|l| *l).ok())
        .unwrap_or_else(|| from_u8(DEFAULT.load(Ordering::Relaxed)))
}

/// Runs `f` with `lang` as this thread's language (restored afterwards, also on panic).
pub fn with<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(OVERRIDE.with(|o| o.replace(Some(lang))));
    f()
}

/// Runs a future (a web request) with `lang` as its language, on whatever threads it runs.
pub(crate) async fn scope<F: std::future::Future>(lang: Lang, future: F) -> F::Output {
    TASK.scope(lang, future).await
}

/// The Fluent files, by area: `(area, Swedish, English)`.
macro_rules! areas {
    ($($area:literal),* $(,)?) => {
        /// Every area's files, compiled in.
        pub const FILES: &[(&str, &str, &str)] = &[
            $((
                $area,
                include_str!(concat!("../locales/sv/", $area, ".ftl")),
                include_str!(concat!("../locales/en/", $area, ".ftl")),
            )),*
        ];
    };
}

areas![
    "auth",
    "bench",
    "charts",
    "cli",
    "compare",
    "decide",
    "domain",
    "explain",
    "export",
    "files",
    "import",
    "money",
    "optimise",
    "os",
    "output",
    "report",
    "rules",
    "stability",
    "sweep",
    "web"
];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| [bundle(Lang::Sv), bundle(Lang::En)])
}

fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No invisible direction marks around arguments: the text goes to terminals and files.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::Sv => format_sv,
        Lang::En => format_en,
    }));
    for (area, sv, en) in FILES {
        let source = match lang {
            Lang::Sv => sv,
            Lang::En => en,
        };
        // The files are checked by tests; a broken one must not take the program down, so
        // what parses is used and the rest goes to the trace.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, e)| {
            crate::problem::trace("fluent", &format!("{}/{area}.ftl: {e:?}", lang.tag()));
            r
        });
        if let Err(e) = bundle.add_resource(resource) {
            crate::problem::trace("fluent", &format!("{}/{area}.ftl: {e:?}", lang.tag()));
        }
    }
    bundle
}

fn fluent_number(value: &FluentValue, lang: Lang) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let decimals = n.options.minimum_fraction_digits.unwrap_or_else(|| {
        // As few decimals as the number needs (Rust writes the shortest exact text).
        let text = format!("{}", n.value);
        text.split_once('.').map_or(0, |(_, f)| f.len())
    });
    Some(match lang {
        Lang::Sv => crate::format::sv_number(n.value, decimals),
        Lang::En => crate::format::en_number(n.value, decimals),
    })
}

fn format_sv<M>(value: &FluentValue, _: &M) -> Option<String> {
    fluent_number(value, Lang::Sv)
}

fn format_en<M>(value: &FluentValue, _: &M) -> Option<String> {
    fluent_number(value, Lang::En)
}

/// One message in the current language. A missing message or a broken reference shows the
/// message's id (tests make sure none is missing) and goes to the trace.
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    message_in(current(), id, args)
}

/// One message in the given language.
pub(crate) fn message_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let bundle = &bundles()[lang as usize];
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        crate::problem::trace("fluent", &format!("{}: no message {id}", lang.tag()));
        return id.to_string();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        crate::problem::trace("fluent", &format!("{}: {id}: {errors:?}", lang.tag()));
    }
    text.into_owned()
}

/// A number with `decimals` decimals, the current language's way: `80,8` or `80.8`.
pub fn number(value: f64, decimals: usize) -> String {
    match current() {
        Lang::Sv => crate::format::sv_number(value, decimals),
        Lang::En => crate::format::en_number(value, decimals),
    }
}

/// A number in a table column of large numbers: as [`number`], four-digit numbers grouped too
/// in Swedish (`4 429` above `10 088`).
pub fn number_in_column(value: f64, decimals: usize) -> String {
    match current() {
        Lang::Sv => crate::format::sv_number_in_column(value, decimals),
        Lang::En => crate::format::en_number(value, decimals),
    }
}

/// A share as a percentage, the current language's way: `33,3 %` or `33.3%`.
pub(crate) fn percent(share: f64) -> String {
    match current() {
        Lang::Sv => crate::format::sv_percent(share),
        Lang::En => crate::format::en_percent(share),
    }
}

/// A whole number grouped by threes from four digits, the current language's way: `1 000`
/// or `1,000` (ranges and limits, where the digits line up with larger numbers beside them).
pub fn whole(value: u64) -> String {
    let digits = value.to_string();
    let separator = match current() {
        Lang::Sv => ' ',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// Whether a message exists (for the tests and for optional texts).
pub fn has(lang: Lang, id: &str) -> bool {
    bundles()[lang as usize].has_message(id)
}

/// A message without arguments, named by its id: written in the current language wherever it
/// is shown (`format!`, maud's `(…)`, `to_string()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg(pub &'static str);

impl Msg {
    /// The message's id in the Fluent files.
    pub fn id(self) -> &'static str {
        self.0
    }

    /// The message in the current language. Each message is formatted once per language and
    /// kept for the life of the process (a fixed set: the messages without arguments).
    pub fn text(self) -> &'static str {
        type Cache = RwLock<HashMap<&'static str, &'static str>>;
        static CACHE: OnceLock<[Cache; 2]> = OnceLock::new();
        let lang = current();
        let cache = &CACHE.get_or_init(Default::default)[lang as usize];
        if let Some(text) = cache.read().ok().and_then(|c| c.get(self.0).copied()) {
            return text;
        }
        let text: &'static str = Box::leak(message_in(lang, self.0, None).into_boxed_str());
        match cache.write() {
            Ok(mut c) => c.entry(self.0).or_insert(text),
            Err(_) => text,
        }
    }
}

impl std::ops::Deref for Msg {
    type Target = str;

    fn deref(&self) -> &str {
        self.text()
    }
}

impl PartialEq<Msg> for String {
    fn eq(&self, other: &Msg) -> bool {
        self == other.text()
    }
}

impl PartialEq<Msg> for str {
    fn eq(&self, other: &Msg) -> bool {
        self == other.text()
    }
}

impl PartialEq<Msg> for &str {
    fn eq(&self, other: &Msg) -> bool {
        *self == other.text()
    }
}

impl AsRef<str> for Msg {
    fn as_ref(&self) -> &str {
        self.text()
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text())
    }
}

impl From<Msg> for String {
    fn from(m: Msg) -> String {
        m.text().to_string()
    }
}

impl From<Msg> for Cow<'static, str> {
    fn from(m: Msg) -> Cow<'static, str> {
        Cow::Borrowed(m.text())
    }
}

impl From<Msg> for &'static str {
    fn from(m: Msg) -> &'static str {
        m.text()
    }
}

/// Text kept until it is shown, then written in the reader's language: what a computation
/// says (why an application is or is not funded, which rule it breaks) is stored as this, so
/// that the web, which computes once and serves readers of either language, writes it in
/// each reader's own.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    /// Words that are the same in every language: the data's own, names, amounts.
    Plain(String),
    /// A message and its arguments.
    Message(&'static str, Vec<(&'static str, TextArg)>),
    /// Parts written one after the other with `separator` between them.
    Joined(Vec<Text>, &'static str),
    /// Parts joined by the language's "and" (" och ", " and ").
    And(Vec<Text>),
}

/// An argument of a [`Text::Message`].
#[derive(Debug, Clone, PartialEq)]
pub enum TextArg {
    Text(Text),
    /// A count: written the language's way and used for plurals.
    Count(f64),
    /// A number with this many decimals, the language's way.
    Number(f64, usize),
    /// An amount in kronor (`1 200 000 kr`, `SEK 1,200,000`).
    Kr(crate::money::Sek),
    /// An amount in its shortest honest form (`18,4 mkr`, `SEK 18.4 million`).
    Short(crate::money::Sek),
}

impl Text {
    /// The text written in the current language.
    pub fn render(&self) -> String {
        match self {
            Text::Plain(s) => s.clone(),
            Text::Message(id, args) if args.is_empty() => Msg(id).text().to_string(),
            Text::Message(id, args) => {
                let mut fluent = FluentArgs::new();
                for (name, arg) in args {
                    let value = match arg {
                        TextArg::Text(t) => FluentValue::String(Cow::Owned(t.render())),
                        TextArg::Count(n) => FluentValue::from(*n),
                        TextArg::Number(v, d) => FluentValue::String(Cow::Owned(number(*v, *d))),
                        TextArg::Kr(s) => FluentValue::String(Cow::Owned(s.to_kr_string())),
                        TextArg::Short(s) => FluentValue::String(Cow::Owned(s.to_short_string())),
                    };
                    fluent.set(*name, value);
                }
                message(id, Some(&fluent))
            }
            Text::Joined(parts, separator) => parts
                .iter()
                .map(Text::render)
                .collect::<Vec<_>>()
                .join(separator),
            // "a, b och c": commas, and the word before the last.
            Text::And(parts) => {
                let words: Vec<String> = parts.iter().map(Text::render).collect();
                match words.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        format!("{}{}{last}", rest.join(", "), Msg("optimise-and").text())
                    }
                    _ => words.concat(),
                }
            }
        }
    }

    /// Sentences, one after the other.
    pub fn sentences(parts: Vec<Text>) -> Text {
        Text::Joined(parts, " ")
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.render())
    }
}

impl From<Msg> for Text {
    fn from(m: Msg) -> Text {
        Text::Message(m.0, Vec::new())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Plain(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::Plain(s.to_string())
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.render() == *other
    }
}

/// A value a [`Text`] message takes.
pub trait IntoTextArg {
    fn into_text_arg(self) -> TextArg;
}

impl IntoTextArg for Text {
    fn into_text_arg(self) -> TextArg {
        TextArg::Text(self)
    }
}

impl IntoTextArg for Msg {
    fn into_text_arg(self) -> TextArg {
        TextArg::Text(self.into())
    }
}

impl IntoTextArg for String {
    fn into_text_arg(self) -> TextArg {
        TextArg::Text(Text::Plain(self))
    }
}

/// Values given by reference (as `t!` gives them).
impl<T: IntoTextArg + Clone> IntoTextArg for &T {
    fn into_text_arg(self) -> TextArg {
        self.clone().into_text_arg()
    }
}

impl IntoTextArg for &str {
    fn into_text_arg(self) -> TextArg {
        TextArg::Text(Text::Plain(self.to_string()))
    }
}

impl IntoTextArg for TextArg {
    fn into_text_arg(self) -> TextArg {
        self
    }
}

macro_rules! count_text_arg {
    ($($t:ty),*) => {$(
        impl IntoTextArg for $t {
            fn into_text_arg(self) -> TextArg {
                TextArg::Count(self as f64)
            }
        }
    )*};
}

count_text_arg!(u8, u16, u32, usize);

macro_rules! plain_text_arg {
    ($($t:ty),*) => {$(
        impl IntoTextArg for $t {
            fn into_text_arg(self) -> TextArg {
                TextArg::Text(Text::Plain(self.to_string()))
            }
        }
    )*};
}

plain_text_arg!(i32, i64, u64, char, crate::date::Date);

impl IntoTextArg for crate::money::Sek {
    fn into_text_arg(self) -> TextArg {
        TextArg::Kr(self)
    }
}

/// `tt!("id", name = value, …)`: a [`Text`] message, written when shown.
#[macro_export]
macro_rules! tt {
    ($id:literal) => {
        $crate::i18n::Text::Message($id, Vec::new())
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Text::Message(
            $id,
            vec![$((stringify!($name), $crate::i18n::IntoTextArg::into_text_arg($value))),+],
        )
    };
}

/// `t!("id")` or `t!("id", name = value, …)`: the message in the current language, now (a
/// [`tt!`] written at once). Values are anything that is [`IntoTextArg`], by reference.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::tt!($id).render()
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tt!($id, $($name = &$value),+).render()
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_from_tags_environments_and_headers() {
        assert_eq!(Lang::from_tag("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("sv-SE"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("C.UTF-8"), None);
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_environment(env(&[])), Lang::Sv);
        assert_eq!(
            Lang::from_environment(env(&[("LANG", "en_US.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_environment(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "sv_SE.UTF-8")])),
            Lang::Sv
        );
        assert_eq!(
            Lang::from_environment(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_environment(env(&[("LANG", "C.UTF-8")])),
            Lang::Sv
        );
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9"), Lang::En);
        assert_eq!(
            Lang::from_accept_language("de, en;q=0.5, sv;q=0.8"),
            Lang::Sv
        );
        assert_eq!(Lang::from_accept_language("en;q=0, sv;q=0.1"), Lang::Sv);
        assert_eq!(Lang::from_accept_language("fr, en;q=0.2"), Lang::En);
        assert_eq!(Lang::from_accept_language("*"), Lang::Sv);
        assert_eq!(Lang::from_accept_language(""), Lang::Sv);
    }

    #[test]
    fn the_thread_language_is_restored() {
        with(Lang::En, || {
            assert_eq!(current(), Lang::En);
            with(Lang::Sv, || assert_eq!(current(), Lang::Sv));
            assert_eq!(current(), Lang::En);
        });
    }

    #[test]
    fn counts_are_written_the_languages_way_and_choose_the_plural() {
        let sv = with(Lang::Sv, || t!("cli-warnings", n = 1_234_567usize));
        let en = with(Lang::En, || t!("cli-warnings", n = 1_234_567usize));
        assert_eq!(sv, "1 234 567 varningar");
        assert_eq!(en, "1,234,567 warnings");
        assert_eq!(
            with(Lang::Sv, || t!("cli-warnings", n = 1usize)),
            "1 varning"
        );
        assert_eq!(
            with(Lang::En, || t!("cli-warnings", n = 1usize)),
            "1 warning"
        );
    }
}
