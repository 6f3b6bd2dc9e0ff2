//! `sync.Mutex` and `sync.RWMutex`: owners, reader counts and wait queues.
//!
//! The mutex follows Go 1.19's `sync/mutex.go` with GOMAXPROCS=1 (so no
//! spinning). In *normal mode* an unlock only frees the lock and wakes the
//! oldest sleeping waiter, unless a woken waiter has not run yet; the running
//! goroutine may take the lock again at once (barging), and so may any
//! goroutine that calls `Lock` while the lock is free. The woken waiter retries
//! when it runs: it takes the lock if it is free, or else goes back to sleep at
//! the FRONT of the queue, keeping its original wait start.
//!
//! *Starvation mode* begins when a waiter that lost its retry has waited more
//! than 1 ms. Time here is virtual and moves only when every goroutine sleeps,
//! so this is rare. In starvation mode an unlock hands the lock straight to the
//! front waiter, and newcomers queue at the back even when the lock looks
//! free; the mode ends when the waiter handed the lock is the last one or
//! waited less than 1 ms.

use super::goroutine::GIdx;
use std::collections::VecDeque;

/// Index of a mutex in `Machine::mutexes`; never reused.
pub type MutexId = u32;
/// Index of a read-write mutex in `Machine::rwmutexes`; never reused.
pub type RwMutexId = u32;

/// Go's `starvationThresholdNs`: a waiter that waited longer than this (in
/// virtual nanoseconds) switches the mutex to starvation mode.
pub const STARVATION_THRESHOLD_NS: u64 = 1_000_000;

/// What an unlock did besides freeing the lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Released {
    /// Nobody was woken: no sleeping waiter, or a woken one has yet to run.
    Nobody,
    /// Normal mode: this waiter was woken and retries the lock when it runs.
    Woke(GIdx),
    /// Starvation mode: this waiter was woken and already owns the lock.
    HandedOff(GIdx),
}

impl Released {
    /// The goroutine the unlock woke, if any.
    pub fn woken(self) -> Option<GIdx> {
        match self {
            Released::Nobody => None,
            Released::Woke(g) | Released::HandedOff(g) => Some(g),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Mutex {
    /// The variable it lives in, for the scene.
    pub name: String,
    pub owner: Option<GIdx>,
    /// Sleeping waiters, the next to wake first.
    pub waiters: VecDeque<GIdx>,
    /// The virtual time each sleeping waiter first began to wait, beside `waiters`.
    pub since: VecDeque<u64>,
    /// A waiter an unlock woke that has not retried yet, with its wait start
    /// (Go's `mutexWoken` flag). It is neither owner nor in the queue.
    pub woken: Option<(GIdx, u64)>,
    /// Go's `mutexStarving` flag.
    pub starving: bool,
}

impl Mutex {
    /// `Lock` at virtual time `now`: takes the lock if it is free (barging
    /// past sleeping waiters in normal mode); otherwise queues `g` at the
    /// back and returns false.
    pub fn lock(&mut self, g: GIdx, now: u64) -> bool {
        if self.owner.is_none() && !self.starving {
            self.owner = Some(g);
            true
        } else {
            self.waiters.push_back(g);
            self.since.push_back(now);
            false
        }
    }

    /// `TryLock`: takes the lock only if it is free and not in starvation mode.
    pub fn try_lock(&mut self, g: GIdx) -> bool {
        if self.owner.is_none() && !self.starving {
            self.owner = Some(g);
            true
        } else {
            false
        }
    }

    /// The woken waiter `g` runs again at virtual time `now` and retries:
    /// true if it now owns the lock (it may already, handed off in starvation
    /// mode); otherwise it sleeps again at the front of the queue.
    pub fn retry(&mut self, g: GIdx, now: u64) -> bool {
        if self.owner == Some(g) {
            return true;
        }
        let since = match self.woken {
            Some((w, since)) if w == g => {
                self.woken = None;
                since
            }
            _ => now,
        };
        if self.owner.is_none() && !self.starving {
            self.owner = Some(g);
            return true;
        }
        if now.saturating_sub(since) > STARVATION_THRESHOLD_NS && self.owner.is_some() {
            self.starving = true;
        }
        self.waiters.push_front(g);
        self.since.push_front(since);
        false
    }

    /// `Unlock` at virtual time `now`: `Err` if the mutex was not locked.
    pub fn unlock(&mut self, now: u64) -> Result<Released, ()> {
        if self.owner.take().is_none() {
            return Err(());
        }
        if self.starving {
            let Some(g) = self.waiters.pop_front() else {
                self.starving = false;
                return Ok(Released::Nobody);
            };
            let since = self.since.pop_front().unwrap_or(now);
            self.owner = Some(g);
            if self.waiters.is_empty() || now.saturating_sub(since) < STARVATION_THRESHOLD_NS {
                self.starving = false;
            }
            return Ok(Released::HandedOff(g));
        }
        if self.woken.is_some() {
            return Ok(Released::Nobody);
        }
        let Some(g) = self.waiters.pop_front() else {
            return Ok(Released::Nobody);
        };
        let since = self.since.pop_front().unwrap_or(now);
        self.woken = Some((g, since));
        Ok(Released::Woke(g))
    }
}

#[derive(Clone, Debug, Default)]
pub struct RwMutex {
    pub name: String,
    pub writer: Option<GIdx>,
    pub readers: Vec<GIdx>,
    /// Waiting goroutines, oldest first, with whether each wants to write.
    pub waiters: VecDeque<(GIdx, bool)>,
}

impl RwMutex {
    fn writer_waiting(&self) -> bool {
        self.waiters.iter().any(|(_, w)| *w)
    }

    /// A reader gets in unless a writer holds or waits for the lock.
    pub fn rlock(&mut self, g: GIdx) -> bool {
        if self.writer.is_none() && !self.writer_waiting() {
            self.readers.push(g);
            true
        } else {
            self.waiters.push_back((g, false));
            false
        }
    }

    pub fn lock(&mut self, g: GIdx) -> bool {
        if self.writer.is_none() && self.readers.is_empty() {
            self.writer = Some(g);
            true
        } else {
            self.waiters.push_back((g, true));
            false
        }
    }

    /// Releases a read lock held by `g` (or any reader); returns the goroutines it admits.
    pub fn runlock(&mut self, g: GIdx) -> Result<Vec<GIdx>, ()> {
        let Some(i) =
            self.readers.iter().position(|&r| r == g).or(if self.readers.is_empty() { None } else { Some(0) })
        else {
            return Err(());
        };
        self.readers.remove(i);
        Ok(self.admit())
    }

    pub fn unlock(&mut self) -> Result<Vec<GIdx>, ()> {
        if self.writer.take().is_none() {
            return Err(());
        }
        Ok(self.admit())
    }

    /// Lets waiters in, in order: one writer, or every reader up to the next writer.
    fn admit(&mut self) -> Vec<GIdx> {
        let mut admitted = Vec::new();
        if self.writer.is_some() {
            return admitted;
        }
        while let Some(&(g, write)) = self.waiters.front() {
            if write {
                if self.readers.is_empty() && admitted.is_empty() {
                    self.waiters.pop_front();
                    self.writer = Some(g);
                    admitted.push(g);
                }
                break;
            }
            self.waiters.pop_front();
            self.readers.push(g);
            admitted.push(g);
        }
        admitted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlock_wakes_the_oldest_waiter_without_handing_over() {
        let mut m = Mutex::default();
        assert!(m.lock(1, 0));
        assert!(!m.lock(2, 0));
        assert!(!m.lock(3, 0));
        assert_eq!(m.unlock(0), Ok(Released::Woke(2)));
        assert_eq!(m.owner, None);
        // A woken waiter that has not run yet stops further wake-ups.
        assert!(m.lock(1, 0));
        assert_eq!(m.unlock(0), Ok(Released::Nobody));
        assert!(m.retry(2, 0));
        assert_eq!(m.unlock(0), Ok(Released::Woke(3)));
        assert!(m.retry(3, 0));
        assert_eq!(m.unlock(0), Ok(Released::Nobody));
        assert_eq!(m.unlock(0), Err(()));
    }

    #[test]
    fn the_running_goroutine_barges_and_the_woken_waiter_requeues_at_the_front() {
        let mut m = Mutex::default();
        assert!(m.lock(1, 0));
        assert!(!m.lock(2, 0));
        assert!(!m.lock(3, 0));
        assert_eq!(m.unlock(0), Ok(Released::Woke(2)));
        // Goroutine 1 re-locks at once, before the woken waiter runs.
        assert!(m.lock(1, 0));
        assert_eq!(m.owner, Some(1));
        // The woken waiter loses and sleeps again ahead of goroutine 3.
        assert!(!m.retry(2, 0));
        assert_eq!(m.waiters, VecDeque::from([2, 3]));
        assert!(m.woken.is_none() && !m.starving);
        assert_eq!(m.unlock(0), Ok(Released::Woke(2)));
    }

    #[test]
    fn a_waiter_starved_over_a_millisecond_gets_the_lock_handed_over() {
        let mut m = Mutex::default();
        assert!(m.lock(1, 0));
        assert!(!m.lock(2, 0));
        assert!(!m.lock(3, 0));
        assert_eq!(m.unlock(10), Ok(Released::Woke(2)));
        assert!(m.lock(1, 10));
        assert!(!m.retry(2, 2_000_000));
        assert!(m.starving);
        // In starvation mode a free-looking lock is not taken by newcomers.
        assert_eq!(m.unlock(2_000_000), Ok(Released::HandedOff(2)));
        assert_eq!(m.owner, Some(2));
        assert!(!m.lock(4, 2_000_000));
        assert!(m.retry(2, 2_000_000));
        // Goroutine 3 waited long too: the mode holds until the last waiter.
        assert_eq!(m.unlock(2_000_001), Ok(Released::HandedOff(3)));
        assert!(m.starving);
        assert_eq!(m.unlock(2_000_002), Ok(Released::HandedOff(4)));
        assert!(!m.starving);
        assert_eq!(m.unlock(2_000_003), Ok(Released::Nobody));
    }

    #[test]
    fn a_waiting_writer_blocks_new_readers() {
        let mut m = RwMutex::default();
        assert!(m.rlock(1));
        assert!(!m.lock(2));
        assert!(!m.rlock(3));
        assert_eq!(m.runlock(1), Ok(vec![2]));
        assert_eq!(m.unlock(), Ok(vec![3]));
        assert_eq!(m.runlock(3), Ok(vec![]));
        assert_eq!(m.runlock(3), Err(()));
    }
}
