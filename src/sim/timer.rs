//! The virtual clock's pending events: sleeping goroutines and channel
//! timers (`time.After`, `time.Tick`), ordered by fire time, ties broken by
//! the order they were set.

use super::goroutine::GIdx;
use super::value::ChanId;
use std::collections::BTreeSet;

/// The clock starts at Go's playground epoch, 2009-11-10 23:00:00 UTC, in
/// nanoseconds since the Unix epoch.
pub const EPOCH_UNIX_NANOS: i64 = 1_257_894_000_000_000_000;

/// What happens when a timer fires.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TimerAction {
    /// A goroutine's `time.Sleep` ends.
    Wake(GIdx),
    /// The current time is sent on a channel; a period re-arms it (a ticker).
    SendTime { ch: ChanId, period: u64 },
    /// A context's deadline passes.
    CancelContext(u32),
    /// A `time.Timer`, `Ticker` or `AfterFunc` fires.
    Fire(u32),
}

#[derive(Clone, Debug, Default)]
pub struct Timers {
    /// (fire time, sequence number, action).
    queue: BTreeSet<(u64, u64, TimerAction)>,
    seq: u64,
}

impl Timers {
    pub fn add(&mut self, when: u64, action: TimerAction) {
        self.seq += 1;
        self.queue.insert((when, self.seq, action));
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    /// The earliest fire time, if any.
    pub fn next_time(&self) -> Option<u64> {
        self.queue.first().map(|(t, _, _)| *t)
    }

    /// Removes and returns every action due at or before `now`, in order.
    pub fn due(&mut self, now: u64) -> Vec<(u64, TimerAction)> {
        let mut out = Vec::new();
        while let Some(&(t, s, a)) = self.queue.first() {
            if t > now {
                break;
            }
            self.queue.remove(&(t, s, a));
            out.push((t, a));
        }
        out
    }

    /// Removes a pending action; returns whether it was pending.
    pub fn remove(&mut self, action: TimerAction) -> bool {
        let found = self.queue.iter().find(|(_, _, a)| *a == action).copied();
        match found {
            Some(entry) => self.queue.remove(&entry),
            None => false,
        }
    }

    /// The wake time of a sleeping goroutine, for the scene.
    pub fn wake_time_of(&self, g: GIdx) -> Option<u64> {
        self.queue.iter().find(|(_, _, a)| *a == TimerAction::Wake(g)).map(|(t, _, _)| *t)
    }

    /// Every pending timer, earliest first, for the scene.
    pub fn pending(&self) -> impl Iterator<Item = (u64, TimerAction)> + '_ {
        self.queue.iter().map(|(t, _, a)| (*t, *a))
    }
}
