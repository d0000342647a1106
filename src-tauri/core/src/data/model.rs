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
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.column {
            Some(c) => write!(f, "line {}, {c}: {}", self.line, self.message),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}
