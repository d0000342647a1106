//! Printing through the operating system's print system.
//!
//! Linux and macOS: CUPS, through its command-line clients (`lpstat` to list printers and the
//! default, `lp` to send a job). They ship with CUPS itself, so there is no C library to link
//! and the same code works wherever CUPS is installed.
//!
//! Windows: **direct printing is not done yet.** There is no CUPS, and the Windows spooler
//! cannot print a PDF by itself (it needs a program that renders the pages, e.g. SumatraPDF's
//! `-print-to`, or rendering them and printing through the Windows graphics API). What happens
//! there today: [`printers`], [`print_file`] and [`print_pdf`] return [`Error::Other`] with
//! [`WINDOWS_MESSAGE`]; in the app, pressing Print… shows that message (the printer picker
//! never opens, nothing is marked printed, nothing crashes) and the Settings screen offers only
//! "The system default printer"; the CLI's `print ... --printer NAME` exits 1 with it. Open (the
//! default PDF viewer, through the opener plugin), Save as… (the dialog plugin) and the CLI's
//! `-o FILE.pdf` work as on Linux: printing from the PDF viewer is the way on Windows.
//!
//! The platform is chosen with `cfg!` rather than `#[cfg]`, so both paths are compiled and
//! tested on every platform (CI runs Linux only).

use std::path::Path;
use std::process::Command;

use crate::{Error, Result};

/// What the Windows build says instead of printing.
pub const WINDOWS_MESSAGE: &str = "Printing directly is not supported on Windows yet: use Open \
    and print from your PDF viewer, or Save as…";

/// How this build prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum System {
    Cups,
    /// Windows: no print system Stockroom can hand a PDF to (see the module's documentation).
    Unsupported,
}

const SYSTEM: System = if cfg!(windows) {
    System::Unsupported
} else {
    System::Cups
};

/// A printer known to the print system.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Printer {
    pub name: String,
    /// The system's default destination (the app preselects it).
    pub is_default: bool,
    /// CUPS's state word: `idle`, `printing`, `disabled`...
    pub state: String,
}

fn unsupported() -> Error {
    Error::Other(WINDOWS_MESSAGE.into())
}

/// Runs a CUPS client in the C locale (its messages are parsed).
fn cups(program: &str, args: &[&str]) -> Result<std::process::Output> {
    Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .output()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::other(crate::msg!("print-needs-cups", program = program))
            } else {
                Error::io(crate::msg!("cannot-run", program = program), e)
            }
        })
}

/// Parses `lpstat -p -d` output: "printer NAME is idle. ..." lines and
/// "system default destination: NAME".
pub fn parse_lpstat(out: &str) -> Vec<Printer> {
    let default = out
        .lines()
        .find_map(|l| l.strip_prefix("system default destination: "))
        .map(str::trim);
    out.lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("printer ")?;
            let (name, rest) = rest.split_once(' ')?;
            let state = rest
                .strip_prefix("is ")
                .map(|s| s.strip_prefix("now ").unwrap_or(s))
                .map(|s| s.split(['.', ' ']).next().unwrap_or("").to_string())
                .unwrap_or_default();
            let state = if rest.contains("disabled") {
                "disabled".to_string()
            } else {
                state
            };
            Some(Printer {
                name: name.to_string(),
                is_default: Some(name) == default,
                state,
            })
        })
        .collect()
}

/// The installed printers, the default one marked. Empty when CUPS knows none (or its
/// scheduler is not running).
pub fn printers() -> Result<Vec<Printer>> {
    printers_on(SYSTEM)
}

fn printers_on(system: System) -> Result<Vec<Printer>> {
    if system == System::Unsupported {
        return Err(unsupported());
    }
    let out = cups("lpstat", &["-p", "-d"])?;
    // lpstat exits non-zero when there are no printers or no scheduler: that is "none".
    Ok(parse_lpstat(&String::from_utf8_lossy(&out.stdout)))
}

/// The name of the default printer, if one is set.
pub fn default_printer() -> Result<Option<String>> {
    Ok(printers()?
        .into_iter()
        .find(|p| p.is_default)
        .map(|p| p.name))
}

/// Sends a PDF file to `printer` (or the default printer) with a job `title`. Returns the
/// print system's job id (e.g. `PDF-12`). An unknown printer is `not_found`.
pub fn print_file(path: &Path, printer: Option<&str>, title: &str) -> Result<String> {
    print_file_on(SYSTEM, path, printer, title)
}

fn print_file_on(
    system: System,
    path: &Path,
    printer: Option<&str>,
    title: &str,
) -> Result<String> {
    if system == System::Unsupported {
        return Err(unsupported());
    }
    let list = printers_on(system)?;
    let name = match printer {
        Some(p) => {
            if !list.iter().any(|x| x.name == p) {
                return Err(Error::not_found("printer", p));
            }
            p.to_string()
        }
        None => list
            .iter()
            .find(|p| p.is_default)
            .map(|p| p.name.clone())
            .ok_or_else(|| Error::invalid(crate::msg!("no-printer")))?,
    };
    let file = path.to_string_lossy();
    let out = cups("lp", &["-d", &name, "-t", title, "--", &file])?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(Error::other(crate::msg!(
            "printer-refused",
            printer = &name,
            reason = err.trim()
        )));
    }
    // "request id is PDF-3 (1 file(s))"
    Ok(stdout
        .split_whitespace()
        .skip_while(|w| *w != "is")
        .nth(1)
        .unwrap_or("")
        .to_string())
}

/// Prints PDF bytes: writes them to a temporary file, sends it, removes the file.
pub fn print_pdf(bytes: &[u8], printer: Option<&str>, title: &str) -> Result<String> {
    // Say so before writing a file that could not be printed anyway.
    if SYSTEM == System::Unsupported {
        return Err(unsupported());
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let path = std::env::temp_dir().join(format!(
        "stockroom-print-{}-{nanos}.pdf",
        std::process::id()
    ));
    std::fs::write(&path, bytes).map_err(|e| {
        Error::io(
            crate::msg!("cannot-write", path = path.display().to_string()),
            e,
        )
    })?;
    // lp hands the file's content to the scheduler before it returns, so it can go now.
    let result = print_file(&path, printer, title);
    let _ = std::fs::remove_file(&path);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lpstat_output_lists_printers_and_the_default() {
        let out = "printer Office is idle.  enabled since Thu 26 Nov 2026 08:00:00 AM UTC\n\
                   printer PDF is now printing PDF-3.  enabled since Thu 26 Nov 2026\n\
                   printer Old disabled since Thu 26 Nov 2026 -\n\treason unknown\n\
                   system default destination: PDF\n";
        let p = parse_lpstat(out);
        assert_eq!(p.len(), 3);
        assert_eq!(
            p[0],
            Printer {
                name: "Office".into(),
                is_default: false,
                state: "idle".into()
            }
        );
        assert_eq!(
            p[1],
            Printer {
                name: "PDF".into(),
                is_default: true,
                state: "printing".into()
            }
        );
        assert_eq!(p[2].state, "disabled");
    }

    #[test]
    fn where_there_is_no_print_system_printing_is_refused_with_a_clear_message() {
        for err in [
            printers_on(System::Unsupported).unwrap_err(),
            print_file_on(System::Unsupported, Path::new("x.pdf"), None, "x").unwrap_err(),
        ] {
            assert_eq!(err.code(), "other");
            let text = err.to_string();
            assert!(
                text.contains("not supported on Windows") && text.contains("Open"),
                "{text}"
            );
        }
    }

    #[test]
    fn no_default_destination_means_no_default() {
        let p = parse_lpstat("printer A is idle.\nno system default destination\n");
        assert_eq!(p.len(), 1);
        assert!(!p[0].is_default);
    }
}
