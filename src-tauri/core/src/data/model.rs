//! What the importer and the file formats share: the kind of file and a problem found in it.
//! Its own file so the formats (which find problems) need not import the importer (which
//! reads the formats).

use serde::Serialize;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportKind {
    Products,
    Customers,
    Orders,
}

impl ImportKind {
    pub fn noun(self) -> &'static str {
        match self {
            ImportKind::Products => "product",
            ImportKind::Customers => "customer",
            ImportKind::Orders => "order",
        }
    }
}

/// One problem, at the physical line of the file (the header is line 1) and, where it is one
/// cell's fault, its column as the file names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub line: u64,
    pub column: Option<String>,
    /// In English (the CLI's JSON and output).
    pub message: String,
    /// The same as a message of the app catalogue, for the shop's language (issue 17).
    #[serde(skip)]
    pub said: crate::i18n::Msg,
}

impl Problem {
    pub fn new(line: u64, column: Option<String>, said: crate::i18n::Msg) -> Problem {
        Problem {
            line,
            column,
            message: said.in_english(),
            said,
        }
    }

    fn msg(&self) -> crate::i18n::Msg {
        match &self.column {
            Some(c) => crate::msg!(
                "import-problem-at-column",
                line = self.line.to_string(),
                column = c,
                problem = self.said.clone()
            ),
            None => crate::msg!(
                "import-problem-at-line",
                line = self.line.to_string(),
                problem = self.said.clone()
            ),
        }
    }

    /// "Zeile 3, qty: …" as the shop reads it.
    pub fn in_words(&self, w: &crate::i18n::ShopWords) -> String {
        w.say(&self.msg())
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg().in_english())
    }
}
