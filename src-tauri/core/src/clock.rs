//! "Today" for everything a command records or computes. The CLI's `--today` fixes it so
//! scripted histories and tests are reproducible; otherwise it is the local clock.

use chrono::{Local, NaiveDate, NaiveDateTime, NaiveTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Clock {
    #[default]
    System,
    /// A fixed day. Times recorded on it are noon, so ordering falls back to row ids.
    Fixed(NaiveDate),
}

impl Clock {
    pub fn today(&self) -> NaiveDate {
        match self {
            Clock::System => Local::now().date_naive(),
            Clock::Fixed(d) => *d,
        }
    }

    pub fn now(&self) -> NaiveDateTime {
        match self {
            Clock::System => Local::now().naive_local().with_nanosecond_zero(),
            Clock::Fixed(d) => d.and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("noon")),
        }
    }
}

trait NanoZero {
    fn with_nanosecond_zero(self) -> Self;
}

impl NanoZero for NaiveDateTime {
    fn with_nanosecond_zero(self) -> Self {
        use chrono::Timelike;
        self.with_nanosecond(0).unwrap_or(self)
    }
}

/// Dates are stored and printed as `YYYY-MM-DD`.
pub const DATE_FORMAT: &str = "%Y-%m-%d";
/// Times are stored as `YYYY-MM-DD HH:MM:SS`, which sorts as text.
pub const TIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";

pub fn parse_date(s: &str) -> crate::Result<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), DATE_FORMAT)
        .map_err(|_| crate::Error::invalid(crate::msg!("not-a-date", value = s)))
}
