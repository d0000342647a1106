//! `stockroom`: the command-line tool. Works without a display, on the same database as the app.
//!
//! Contract (scripts rely on it): exit 0 on success; 2 on bad input or a refusal by a business
//! rule (one line on stderr naming the problem, nothing stored); 1 on any other failure.
//! `--json` prints one JSON document on stdout.

mod args;
mod catalog;
mod customers;
mod data;
mod engine;
mod mail;
mod output;
mod print;
mod purchasing;
mod report;
mod server;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use stockroom_core::db::server::ServerUrl;
use stockroom_core::db::Target;
use stockroom_core::{clock, Clock, Error, Stockroom};

use output::Out;

#[derive(Parser)]
#[command(
    name = "stockroom",
    version,
    about = "Stockroom: stock, backorders and promises for small shops"
)]
struct Cli {
    /// Database file, or a shop server's postgres://user@host:port/dbname (default:
    /// $STOCKROOM_DB, else the file in the app's data folder).
    #[arg(long, global = true, value_name = "PATH|URL")]
    db: Option<PathBuf>,
    /// The date for everything this command records or computes (YYYY-MM-DD); default: today.
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    today: Option<chrono::NaiveDate>,
    /// Print one JSON document on stdout.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
// Parsed once per run: the size of the largest variant (`product add` / `product edit` and
// their many flags) does not matter.
#[allow(clippy::large_enum_variant)]
enum Command {
    /// Create the database if needed; with --demo, load the demo shop into an empty one.
    Init {
        #[arg(long)]
        demo: bool,
        /// With --demo: small (the hand-made shop), medium or large (generated, issue 8).
        #[arg(long, default_value = "small", value_parser = ["small", "medium", "large"])]
        scale: String,
    },
    #[command(flatten)]
    Engine(engine::EngineCommand),
    #[command(flatten)]
    Data(data::DataCommand),
    #[command(flatten)]
    Print(print::PrintCommand),
    #[command(flatten)]
    Report(report::ReportCommand),
    /// E-mail to customers: send the outbox now, list it, send a test message.
    Mail {
        #[command(subcommand)]
        cmd: mail::MailCmd,
    },
    /// The shop server (PostgreSQL): move a shop onto it, see which engine a shop runs on.
    Server {
        #[command(subcommand)]
        cmd: server::ServerCmd,
    },
    /// Simulate a shop year through the engine on a throwaway database (issue 20) and measure
    /// how often promises are kept. Never opens the shop's own database.
    Simulate {
        /// Measured days of customer orders (after 90 days of warm-up).
        #[arg(long, default_value_t = 365, allow_negative_numbers = true)]
        days: i64,
        /// The seed: the same seed gives the same figures.
        #[arg(long, default_value_t = 1, allow_negative_numbers = true)]
        seed: i64,
        /// The shop profile: mixed, reliable or unreliable suppliers.
        #[arg(long, default_value = "mixed")]
        profile: String,
        /// How many SKUs the simulated shop sells.
        #[arg(long, default_value_t = 300)]
        skus: usize,
        /// The shop's "promises kept" target, 50-100 (default: the setting's default, 95):
        /// shows what a lower or higher target costs in padding.
        #[arg(long, allow_negative_numbers = true)]
        promises_kept: Option<i64>,
    },
}

impl Command {
    /// Whether the command may change the shop. Only these run the daily promise recompute
    /// first: a read (any list or show, a report, an export, a dry run) writes nothing
    /// (issue 15). Every command says which it is — no default, so a new one must decide.
    fn writes(&self) -> bool {
        match self {
            Command::Init { .. } => true,
            Command::Engine(c) => c.writes(),
            Command::Data(c) => c.writes(),
            Command::Print(c) => c.writes(),
            Command::Report(_) => false,
            Command::Mail { cmd } => cmd.writes(),
            Command::Server { cmd } => cmd.writes(),
            // Writes only its own in-memory database.
            Command::Simulate { .. } => false,
        }
    }
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    clock::parse_date(s).map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version on stdout with exit 0, usage errors on stderr with 2.
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let out = Out { json: cli.json };
    match run(cli, &out) {
        Ok(true) => ExitCode::SUCCESS,
        // Ran, but not everything it was asked to do happened (`mail send` left messages).
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("stockroom: {e}");
            // The exit status of each code is in the one list (docs/errors.md).
            ExitCode::from(e.error_code().exit_status())
        }
    }
}

fn run(cli: Cli, out: &Out) -> Result<bool, Error> {
    if let Command::Simulate {
        days,
        seed,
        profile,
        skus,
        promises_kept,
    } = &cli.command
    {
        // Before any database is opened: the simulation runs on its own in-memory one.
        let r = stockroom_core::simulate::run(&stockroom_core::simulate::SimOptions {
            days: *days,
            seed: *seed,
            profile: profile.clone(),
            skus: *skus,
            promises_kept: *promises_kept,
        })?;
        out.print(&r, || simulate_text(&r));
        return Ok(true);
    }
    if let Command::Server { cmd } = &cli.command {
        if let Some(done) = server::choose(cmd, out) {
            return done.map(|()| true);
        }
    }
    let target = match &cli.db {
        Some(db) => Target::parse(db)?,
        None => Target::from_env()?,
    };
    let clock = cli.today.map(Clock::Fixed).unwrap_or(Clock::System);
    let path = match target {
        Target::File(path) => path,
        Target::Server(url) => {
            return match on_server(cli.command, &url, clock, out)? {
                None => Ok(true),
                Some(command) => run_on(command, Stockroom::open_url(&url, clock)?, out, true),
            };
        }
    };
    let mut shop = Stockroom::open(&path)?.with_clock(clock);
    match cli.command {
        Command::Init { demo, scale } => {
            let loaded = if demo {
                match stockroom_core::demo_scale::Scale::parse(&scale)?.spec() {
                    None => shop.load_demo_if_empty()?,
                    Some(spec) => shop.load_scaled_demo_if_empty(&spec)?.is_some(),
                }
            } else {
                false
            };
            out.print(
                &serde_json::json!({ "database": path.display().to_string(), "demo_loaded": loaded }),
                || {
                    if loaded {
                        format!("Demo shop loaded into {}", path.display())
                    } else if demo {
                        format!("{} already has data; the demo shop was not loaded", path.display())
                    } else {
                        format!("Database ready at {}", path.display())
                    }
                },
            );
            Ok(true)
        }
        command => run_on(command, shop, out, false),
    }
}

/// Runs a command on an open shop. A command that may change the shop first refreshes the
/// promises once a day: they count from today (overdue POs, lead times); `init` makes a shop
/// whose promises are today's already. On a server shop (issue 19) the refresh is skipped
/// while its area has not moved onto the server (the command itself then answers
/// `not_on_server` if its own area has not either).
fn run_on(
    command: Command,
    mut shop: Stockroom,
    out: &Out,
    on_server: bool,
) -> Result<bool, Error> {
    if command.writes() {
        match shop.recompute_promises_once_a_day() {
            Err(Error::NotOnServer) if on_server => {}
            other => drop(other?),
        }
    }
    let shop = &mut shop;
    match command {
        Command::Engine(cmd) => engine::run(cmd, shop, out).map(|()| true),
        Command::Data(cmd) => data::run(cmd, shop, out).map(|()| true),
        Command::Print(cmd) => print::run(cmd, shop, out).map(|()| true),
        Command::Report(cmd) => report::run(cmd, shop, out).map(|()| true),
        Command::Mail { cmd } => mail::run(cmd, shop, out),
        Command::Server { cmd } => server::run(cmd, shop, out).map(|()| true),
        Command::Simulate { .. } | Command::Init { .. } => {
            unreachable!("run before the shop is opened")
        }
    }
}

/// A command whose `--db` names a shop server (issue 19).
fn on_server(
    command: Command,
    url: &ServerUrl,
    clock: Clock,
    out: &Out,
) -> Result<Option<Command>, Error> {
    match command {
        Command::Init { demo, scale } => server::init(url, demo, &scale, clock, out)?,
        Command::Data(data::DataCommand::Backup { output }) => server::backup(url, &output, out)?,
        Command::Data(data::DataCommand::Restore { file }) => {
            let report = Stockroom::restore_server(url, &file, clock).map_err(data::bad_backup)?;
            out.print(&report, || report.summary());
        }
        Command::Server {
            cmd: server::ServerCmd::Status,
        } => {
            let status = Stockroom::server_status(url)?;
            out.print(&status, || server::status_text(&status));
        }
        Command::Server {
            cmd: server::ServerCmd::Push { .. },
        } => {
            return Err(Error::invalid(stockroom_core::msg!(
                "server-push-needs-file"
            )))
        }
        // Every other command runs on the server shop's use cases.
        other => return Ok(Some(other)),
    }
    Ok(None)
}

fn simulate_text(r: &stockroom_core::simulate::SimReport) -> String {
    let row = |name: &str, f: &stockroom_core::simulate::measure::Figures| {
        format!(
            "{name:<10} {:>6} {:>9.1}% {:>9.1}% {:>9.2} {:>10.2} {:>9} {:>8.2}",
            f.lines,
            f.kept_first_pct,
            f.kept_final_pct,
            f.mean_days_late,
            f.mean_days_early,
            f.p90_days_early,
            f.moves_per_line
        )
    };
    format!(
        "Simulated {} days, seed {}, profile {}: {} orders, {} SKUs, promises kept target {}%\n\
         {:<10} {:>6} {:>10} {:>10} {:>9} {:>10} {:>9} {:>8}\n{}\n{}\n\
         Notices per order: {:.2}; backordered lines not delivered at the end: {}",
        r.days,
        r.seed,
        r.profile,
        r.orders,
        r.skus,
        r.promises_kept_pct,
        "",
        "lines",
        "kept 1st",
        "kept last",
        "days late",
        "days early",
        "p90 early",
        "moves",
        row("Stockroom", &r.stockroom),
        row("Baseline", &r.baseline),
        r.notices_per_order,
        r.unfinished
    )
}
