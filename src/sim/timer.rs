//! The virtual clock's pending wake-ups: sleeping goroutines ordered by
//! wake time, ties broken by the order they went to sleep.

use super::goroutine::GIdx;
use std::collections::BTreeSet;

/// The clock starts at Go's playground epoch, 2009-11-10 23:00:00 UTC, in
/// nanoseconds since the Unix epoch.
pub const EPOCH_UNIX_NANOS: i64 = 1_257_894_000_000_000_000;

#[derive(Clone, Debug, Default)]
pub struct Timers {
    /// (wake time, sequence number, goroutine).
    queue: BTreeSet<(u64, u64, GIdx)>,
    seq: u64,
}

impl Timers {
    pub fn add(&mut self, when: u64, g: GIdx) {
        self.seq += 1;
        self.queue.insert((when, self.seq, g));
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    /// The earliest wake time, if any.
    pub fn next_time(&self) -> Option<u64> {
        self.queue.first().map(|(t, _, _)| *t)
    }

    /// Removes and returns every goroutine due at or before `now`, in order.
    pub fn due(&mut self, now: u64) -> Vec<GIdx> {
        let mut out = Vec::new();
        while let Some(&(t, s, g)) = self.queue.first() {
            if t > now {
                break;
            }
            self.queue.remove(&(t, s, g));
            out.push(g);
        }
        out
    }

    /// The wake time of a sleeping goroutine, for the scene.
    pub fn wake_time_of(&self, g: GIdx) -> Option<u64> {
        self.queue.iter().find(|(_, _, x)| *x == g).map(|(t, _, _)| *t)
    }
}
