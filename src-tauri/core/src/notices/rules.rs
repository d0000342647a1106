//! Which status changes a notice may make.

use super::model::NoticeStatus;
use crate::{Error, Result};

/// pending → printed → sent, and pending → sent; marking again the same status is allowed
/// (printing twice); nothing goes back to pending.
pub fn check_transition(from: NoticeStatus, to: NoticeStatus) -> Result<()> {
    use NoticeStatus::*;
    match (from, to) {
        (_, Pending) => Err(Error::refused("a notification cannot go back to pending")),
        (Sent, Printed) => Err(Error::refused("this notification was already sent")),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use NoticeStatus::*;

    #[test]
    fn notices_move_forward_from_pending_to_printed_to_sent() {
        let table = [
            (Pending, Printed, true),
            (Pending, Sent, true),
            (Printed, Sent, true),
            (Printed, Printed, true),
            (Sent, Sent, true),
            (Sent, Printed, false),
            (Printed, Pending, false),
            (Sent, Pending, false),
        ];
        for (from, to, ok) in table {
            assert_eq!(check_transition(from, to).is_ok(), ok, "{from:?} → {to:?}");
        }
    }
}
