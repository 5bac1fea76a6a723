//! Query strings and forms read by hand, so that every bad value gets a Swedish 400 page that
//! names the field (axum's extractors answer in English).

use crate::text::web as t;
use crate::web::error::AppError;

/// Longest value accepted in any field (a lock's reason is the longest real text).
const MAX_VALUE: usize = 2_000;
/// Most fields accepted in one request.
const MAX_FIELDS: usize = 500;

/// The decoded pairs of a query string or urlencoded form, in order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Params(Vec<(String, String)>);

impl Params {
    pub fn parse(raw: Option<&str>) -> Result<Params, AppError> {
        let raw = raw.unwrap_or("");
        let mut pairs = Vec::new();
        for (k, v) in form_urlencoded::parse(raw.as_bytes()) {
            if pairs.len() >= MAX_FIELDS {
                return Err(AppError::BadRequest(t::TOO_MANY_FIELDS.to_string()));
            }
            if v.chars().count() > MAX_VALUE || k.chars().count() > 200 {
                return Err(AppError::BadRequest(t::value_too_long(&k)));
            }
            if v.chars()
                .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
            {
                return Err(AppError::BadRequest(t::control_characters(&k)));
            }
            pairs.push((k.into_owned(), v.into_owned()));
        }
        Ok(Params(pairs))
    }

    /// The first non-empty value of a field, trimmed.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .find(|v| !v.is_empty())
    }

    /// A field that must be one of `choices` (by key) when given.
    pub fn choice<'c, T: Copy>(
        &self,
        key: &str,
        label: &str,
        choices: &'c [(&'c str, T)],
    ) -> Result<Option<T>, AppError> {
        let Some(v) = self.get(key) else {
            return Ok(None);
        };
        choices
            .iter()
            .find(|(k, _)| *k == v)
            .map(|(_, c)| Some(*c))
            .ok_or_else(|| {
                let allowed: Vec<&str> = choices.iter().map(|(k, _)| *k).collect();
                AppError::BadRequest(t::bad_choice(label, v, &allowed))
            })
    }

    /// A whole number in `range` when given.
    pub fn number(
        &self,
        key: &str,
        label: &str,
        range: std::ops::RangeInclusive<i64>,
    ) -> Result<Option<i64>, AppError> {
        let Some(v) = self.get(key) else {
            return Ok(None);
        };
        match v.replace([' ', '\u{a0}'], "").parse::<i64>() {
            Ok(n) if range.contains(&n) => Ok(Some(n)),
            _ => Err(AppError::BadRequest(t::bad_number(
                label,
                v,
                *range.start(),
                *range.end(),
            ))),
        }
    }

    /// Fields built by the server (a form merged after a conflict).
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Params {
        Params(pairs)
    }

    /// Every field's name and value, in order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Pairs for re-building a URL without some keys.
    pub fn without(&self, keys: &[&str]) -> Vec<(String, String)> {
        self.0
            .iter()
            .filter(|(k, v)| !keys.contains(&k.as_str()) && !v.trim().is_empty())
            .cloned()
            .collect()
    }
}

/// A query string from pairs (empty values left out), starting with `?` when not empty.
pub(crate) fn query(pairs: &[(String, String)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        if !v.is_empty() {
            s.append_pair(k, v);
        }
    }
    // English is kept in every link, so that it stays chosen (Swedish is the default).
    let lang = crate::i18n::current();
    if lang != crate::i18n::Lang::Sv && !pairs.iter().any(|(k, _)| k == "lang") {
        s.append_pair("lang", lang.tag());
    }
    let q = s.finish();
    if q.is_empty() { q } else { format!("?{q}") }
}
