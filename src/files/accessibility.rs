//! `tillganglighet.yaml` in the data folder: who stands behind the service and answers for
//! its accessibility, as the accessibility statement names them (lagen 2018:1937, DIGG's
//! recommended contents). The region's own details, not the program's.

use std::path::Path;

use crate::date::Date;
use crate::files::decode::Fields;
use crate::files::read_yaml;
use crate::problem::Diag;

const KEYS: &[&str] = &[
    "organisation",
    "email",
    "phone",
    "response_time",
    "assessed",
    "method",
    "updated",
];

/// The statement's facts that belong to the region.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// The public body that stands behind the service ("Region Västmanland").
    pub organisation: String,
    /// Where to report a problem or ask for content in another form.
    pub email: Option<String>,
    pub phone: Option<String>,
    /// How soon an answer can be expected ("inom fem arbetsdagar").
    pub response_time: Option<String>,
    /// When the service was last assessed, and how.
    pub assessed: Date,
    pub method: String,
    /// When the statement was last updated.
    pub updated: Date,
}

pub fn load(path: &Path, d: &mut Diag) -> Option<Statement> {
    let root = read_yaml(path, d)?;
    let top = Fields::open(&root, "", KEYS, d)?;
    let organisation: Option<String> = top.req("organisation", d);
    let email: Option<String> = top.opt("email", d);
    let phone: Option<String> = top.opt("phone", d);
    let response_time: Option<String> = top.opt("response_time", d);
    let assessed: Option<Date> = top.req("assessed", d);
    let method: Option<String> = top.req("method", d);
    let updated: Option<Date> = top.req("updated", d);
    Some(Statement {
        organisation: organisation?,
        email,
        phone,
        response_time,
        assessed: assessed?,
        method: method?,
        updated: updated?,
    })
}
