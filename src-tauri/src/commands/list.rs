/// Every app command the UI may call. Shared by build.rs (permissions) and a test that checks
/// capabilities/main.json grants exactly these.
pub const APP_COMMANDS: &[&str] = &["app_info", "list_products", "find_product_by_sku"];
