//! `log`: the standard logger writes to stderr, each line prefixed with the
//! date and time (`2009/11/10 23:00:00 `, Go's playground epoch plus the
//! virtual clock); `Fatal*` then exits with status 1.

use super::{StdResult, Stop};
use crate::ir::stdlib::StdFn;
use crate::sim::event::{EventKind, Stream};
use crate::sim::goroutine::GIdx;
use crate::sim::machine::Machine;
use crate::sim::outcome::Outcome;
use crate::sim::printing::PrintKind;
use crate::sim::value::Value;

impl Machine {
    pub(super) fn call_log(&mut self, g: GIdx, f: StdFn, args: &[Value]) -> StdResult {
        let kind = match f {
            StdFn::LogPrint | StdFn::LogFatal => PrintKind::Print,
            StdFn::LogPrintln | StdFn::LogFatalln => PrintKind::Println,
            _ => PrintKind::Printf,
        };
        let mut text = self.format(kind, args);
        if !text.ends_with('\n') {
            text.push('\n');
        }
        let line = format!("{}{}", timestamp(self.time), text);
        self.emit(g, EventKind::Output { stream: Stream::Stderr, text: line });
        if matches!(f, StdFn::LogFatal | StdFn::LogFatalln | StdFn::LogFatalf) {
            self.finish(Outcome::Exit(1));
            return Err(Stop::Abort);
        }
        Ok(vec![])
    }
}

/// `yyyy/mm/dd hh:mm:ss ` for `nanos` after 2009-11-10 23:00:00 UTC.
fn timestamp(nanos: u64) -> String {
    let secs = 23 * 3600 + nanos / 1_000_000_000;
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // November 2009 has 30 days; December 31.
    let (month, day) = match 10 + days {
        d if d <= 30 => (11, d),
        d if d <= 61 => (12, d - 30),
        _ => (12, 31),
    };
    format!("2009/{:02}/{:02} {:02}:{:02}:{:02} ", month, day, rest / 3600, rest % 3600 / 60, rest % 60)
}
