//! A list of ids as one statement parameter, on both engines (issue 19): a page of products
//! reads its rows, figures and barcodes in one statement each, whatever the page's length,
//! and the statement's text stays one literal (prepared once, as every statement of the
//! handle), where `IN (?1, ?2, …)` would be a new statement per length.

/// The ids as the one parameter [`ids_sql!`] reads: a JSON array, `[3,17,42]`.
pub fn id_list(ids: impl IntoIterator<Item = i64>) -> String {
    let ids: Vec<String> = ids.into_iter().map(|id| id.to_string()).collect();
    format!("[{}]", ids.join(","))
}

/// The ids of an [`id_list`] bound as ?1, as a one-column table `(id)` to put after `IN` or
/// `FROM`: `json_each` on SQLite, `json_array_elements_text` on PostgreSQL.
macro_rules! ids_sql {
    (sqlite) => {
        "(SELECT value AS id FROM json_each(?1))"
    };
    (postgres) => {
        "(SELECT CAST(value AS BIGINT) AS id
          FROM json_array_elements_text(CAST(CAST(?1 AS TEXT) AS json)))"
    };
}
pub(crate) use ids_sql;

/// Texts (an order's SKUs) as the one parameter [`texts_sql!`] reads: a JSON array of
/// strings, each once, in the order first given.
pub fn text_list<'t>(texts: impl IntoIterator<Item = &'t str>) -> String {
    let mut seen = std::collections::HashSet::new();
    let texts: Vec<&str> = texts.into_iter().filter(|t| seen.insert(*t)).collect();
    serde_json::to_string(&texts).expect("strings always serialize")
}

/// The texts of a [`text_list`] bound as ?1, as a one-column table `(value)` to put after
/// `FROM` (named by the caller): `json_each` on SQLite, `json_array_elements_text` on
/// PostgreSQL.
macro_rules! texts_sql {
    (sqlite) => {
        "(SELECT value FROM json_each(?1))"
    };
    (postgres) => {
        "(SELECT value FROM json_array_elements_text(CAST(CAST(?1 AS TEXT) AS json)))"
    };
}
pub(crate) use texts_sql;

#[cfg(test)]
mod tests {
    #[test]
    fn an_id_list_is_a_json_array_issue19() {
        assert_eq!(super::id_list([3, 17, 42]), "[3,17,42]");
        assert_eq!(super::id_list([]), "[]");
    }

    #[test]
    fn a_text_list_is_a_json_array_of_each_text_once_issue19() {
        assert_eq!(
            super::text_list(["A-1", "B\"2", "A-1"]),
            r#"["A-1","B\"2"]"#
        );
    }
}
