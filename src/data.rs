//! Data files: `data/<lang>/contact.toml`, the "Still need help?" block of each language (contact
//! channels with hours and reply times), defined once and shown on guides, FAQ, 404 pages and
//! wherever an editor asks for it. A language without its own file uses the default language's.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::fs;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub name: String,
    pub description: Option<String>,
    pub hours: Option<String>,
    pub reply: Option<String>,
    /// A page below `content/<lang>/`, without `.md`, that tells more.
    pub page: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ContactBlock {
    #[serde(default)]
    pub channels: Vec<Channel>,
}

/// Contact blocks by language tag.
pub fn load_contacts(config: &Config, languages: &[String]) -> Result<BTreeMap<String, ContactBlock>, Diagnostics> {
    let mut out = BTreeMap::new();
    let mut problems = Diagnostics::default();
    for lang in languages {
        let path = config.root.join("data").join(lang).join("contact.toml");
        if !path.is_file() {
            continue;
        }
        let shown = PathBuf::from("data").join(lang).join("contact.toml");
        let text = match fs::read_text(&path) {
            Ok(t) => t,
            Err(e) => {
                problems.push(Diagnostic::error(&shown, e.source.to_string()));
                continue;
            }
        };
        match toml::from_str::<ContactBlock>(&text) {
            Ok(block) => {
                out.insert(lang.clone(), block);
            }
            Err(e) => {
                let d = Diagnostic::error(&shown, e.message().trim_end().to_string());
                let d = match e.span() {
                    Some(s) => d.at_offset(&text, s.start),
                    None => d,
                };
                problems.push(d.hint("each [[channels]] entry takes name, description, hours, reply and page"));
            }
        }
    }
    if problems.has_errors() { Err(problems) } else { Ok(out) }
}
