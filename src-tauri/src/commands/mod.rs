//! Tauri commands: each parses its arguments, calls one core method off the UI thread, and
//! returns `Result<T, {code, message}>`. No SQL and no business rules here.

pub mod app;
pub mod customers;
pub mod dashboard;
pub mod data;
pub mod documents;
pub mod mail;
pub mod orders;
pub mod products;
pub mod purchasing;
pub mod reports;
pub mod scanning;
pub mod server;
pub mod settings;
pub mod shell;
pub mod shipments;

include!("list.rs");

/// Asks where to save a file (the system's Save dialog), suggesting `name`. `None` when the
/// user cancels. `STOCKROOM_SAVE_DIR` (end-to-end tests, which cannot drive a GTK dialog)
/// saves into that folder without asking.
pub async fn ask_save_path(
    app: &tauri::AppHandle,
    name: &str,
    filter: &str,
    extension: &str,
    folder: Option<std::path::PathBuf>,
) -> crate::error::CmdResult<Option<std::path::PathBuf>> {
    use tauri_plugin_dialog::DialogExt;
    if let Some(dir) = std::env::var_os("STOCKROOM_SAVE_DIR") {
        return Ok(Some(std::path::PathBuf::from(dir).join(name)));
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_file_name(name)
        .add_filter(filter, &[extension]);
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    // The dialog blocks until answered: keep it off the UI thread and the async workers.
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file())
        .await
        .map_err(|e| {
            crate::error::CommandError::internal(format!("the save dialog failed: {e}"))
        })?;
    picked
        .map(|p| p.into_path())
        .transpose()
        .map_err(|e| crate::error::CommandError::internal(format!("cannot save there: {e}")))
}

/// The invoke handler with every command in [`APP_COMMANDS`].
pub fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app::app_info,
        app::ui_texts,
        products::list_products,
        products::find_product_by_sku,
        products::product_detail,
        products::product_promise_why,
        products::add_product,
        products::update_product,
        products::adjust_stock,
        customers::list_customers,
        customers::get_customer,
        customers::customer_detail,
        customers::add_customer,
        customers::update_customer,
        orders::list_orders,
        orders::order_detail,
        orders::promise_why,
        orders::preview_order,
        orders::place_order,
        orders::cancel_order,
        orders::order_substitutes,
        orders::swap_order_line,
        orders::set_order_priority,
        orders::ship_order,
        orders::list_backorders,
        orders::list_notifications,
        orders::mark_notification_told,
        purchasing::list_purchase_orders,
        purchasing::purchase_order,
        purchasing::create_purchase_order,
        purchasing::preview_receipt,
        purchasing::receive_purchase_order,
        purchasing::set_expected_date,
        purchasing::preview_po_cancel,
        purchasing::cancel_purchase_order,
        scanning::find_by_code,
        scanning::receive_scan_tally,
        shipments::list_shipments,
        settings::get_settings,
        settings::update_settings,
        settings::webshop_settings,
        settings::update_webshop_settings,
        server::shop_status,
        server::test_server,
        server::push_to_server,
        server::save_server_password,
        server::use_server_here,
        server::use_file_here,
        server::restart_app,
        settings::choose_watch_folder,
        settings::choose_logo,
        settings::list_carriers,
        settings::add_carrier,
        settings::edit_carrier,
        settings::set_default_carrier,
        dashboard::dashboard,
        documents::list_printers,
        documents::open_document,
        documents::save_document,
        documents::print_document,
        data::export_list,
        data::export_availability,
        data::backup_database,
        data::restore_database,
        data::pick_import_file,
        data::import_picked_file,
        reports::run_report,
        reports::report_file,
        reports::reorder_suggestions,
        reports::reorder_draft,
        shell::backup_status,
        shell::first_screen_painted,
        mail::mail_setup,
        mail::save_mail_setup,
        mail::send_test_mail,
        mail::list_outbox,
        mail::order_messages,
        mail::customer_messages,
        mail::outbox_message_body,
        mail::email_notice_now,
        mail::send_outbox_now,
        mail::retry_mail,
        mail::withdraw_mail,
        mail::mail_template,
        mail::save_mail_template,
        mail::reset_mail_template,
        mail::preview_mail,
    ]
}

#[cfg(test)]
mod tests {
    use super::APP_COMMANDS;

    /// The window may call exactly the app's commands: each one in APP_COMMANDS is granted in
    /// capabilities/main.json, and the capability grants no app command that does not exist.
    #[test]
    fn the_capability_grants_exactly_the_app_commands() {
        let text = include_str!("../../../capabilities/main.json");
        let caps: serde_json::Value = serde_json::from_str(text).unwrap();
        let granted: Vec<String> = caps["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p.as_str())
            .filter(|p| !p.contains(':'))
            .map(str::to_owned)
            .collect();
        let expected: Vec<String> = APP_COMMANDS
            .iter()
            .map(|c| format!("allow-{}", c.replace('_', "-")))
            .collect();
        for e in &expected {
            assert!(granted.contains(e), "capabilities/main.json lacks {e}");
        }
        for g in &granted {
            assert!(
                expected.contains(g),
                "capabilities/main.json grants {g}, which is no app command"
            );
        }
    }
}
