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

    /// Whether `unlock` would free a locked mutex in normal mode and wake
    /// nobody: no sleeping waiter, or a woken one has yet to run.
    pub fn unlock_wakes_nobody(&self) -> bool {
        self.owner.is_some() && !self.starving && (self.woken.is_some() || self.waiters.is_empty())
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

/// A `sync.RWMutex` as Go 1.19's `sync/rwmutex.go` builds it: writers first
/// take an inner `Mutex` (`w`, with its barging and wake-ups), then announce
/// themselves, which stops new readers, and wait for the readers already in
/// to leave; the last of them hands the write lock over. A writer's `Unlock`
/// lets in every reader that queued meanwhile, then unlocks `w`.
#[derive(Clone, Debug, Default)]
pub struct RwMutex {
    pub name: String,
    /// The goroutine holding the write lock, readers drained.
    pub writer: Option<GIdx>,
    pub readers: Vec<GIdx>,
    /// Go's `w`: the mutex writers take first. Its owner is the announced
    /// writer: `writer`, or `pending` while readers drain.
    pub w: Mutex,
    /// The announced writer waiting for the readers in to leave (`writerSem`).
    pub pending: Option<GIdx>,
    /// Readers waiting for the announced writer to finish (`readerSem`), oldest first.
    pub reader_waiters: VecDeque<GIdx>,
}

/// What a goroutine's `RWMutex` call let others do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RwReleased {
    /// Goroutines that now hold the lock (readers let in, or the writer the
    /// last reader handed over to), in the order they were woken.
    pub admitted: Vec<GIdx>,
    /// A writer woken on `w`, which retries it when it runs.
    pub woke_writer: Option<GIdx>,
}

impl RwMutex {
    /// Every waiting goroutine with whether it wants to write: the announced
    /// writer, then writers queued on `w`, then readers.
    pub fn waiters(&self) -> Vec<(GIdx, bool)> {
        let writers = self.pending.iter().chain(self.w.waiters.iter()).chain(self.w.woken.iter().map(|(g, _)| g));
        writers.map(|&g| (g, true)).chain(self.reader_waiters.iter().map(|&g| (g, false))).collect()
    }

    /// The goroutines a waiter waits on: the announced writer and the readers in.
    pub fn holders(&self) -> Vec<GIdx> {
        self.w.owner.iter().chain(self.readers.iter()).copied().collect()
    }

    /// `RLock`: a reader gets in unless a writer has announced itself.
    pub fn rlock(&mut self, g: GIdx) -> bool {
        if self.w.owner.is_none() {
            self.readers.push(g);
            true
        } else {
            self.reader_waiters.push_back(g);
            false
        }
    }

    /// `TryRLock`.
    pub fn try_rlock(&mut self, g: GIdx) -> bool {
        self.w.owner.is_none() && self.rlock(g)
    }

    /// `Lock` at virtual time `now`: true if `g` holds the write lock now.
    /// Otherwise it waits, queued on `w` or (announced) for readers to leave.
    pub fn lock(&mut self, g: GIdx, now: u64) -> bool {
        self.w.lock(g, now) && self.announce(g)
    }

    /// A writer woken on `w` runs again: true if it now holds the write lock.
    pub fn retry(&mut self, g: GIdx, now: u64) -> bool {
        self.w.retry(g, now) && self.announce(g)
    }

    /// `TryLock`: only when `w` is free and no reader is in.
    pub fn try_lock(&mut self, g: GIdx) -> bool {
        if self.w.owner.is_some() || self.w.starving || !self.readers.is_empty() {
            return false;
        }
        self.w.try_lock(g) && self.announce(g)
    }

    /// `g` owns `w`: it holds the write lock at once if no reader is in,
    /// else waits for them.
    fn announce(&mut self, g: GIdx) -> bool {
        if self.readers.is_empty() {
            self.writer = Some(g);
            true
        } else {
            self.pending = Some(g);
            false
        }
    }

    /// `RUnlock` by `g` (or, if `g` holds no read lock, by any reader): the
    /// last reader out hands the lock to the announced writer.
    pub fn runlock(&mut self, g: GIdx) -> Result<RwReleased, ()> {
        let Some(i) =
            self.readers.iter().position(|&r| r == g).or(if self.readers.is_empty() { None } else { Some(0) })
        else {
            return Err(());
        };
        self.readers.remove(i);
        let mut released = RwReleased::default();
        if self.readers.is_empty() {
            if let Some(w) = self.pending.take() {
                self.writer = Some(w);
                released.admitted.push(w);
            }
        }
        Ok(released)
    }

    /// `Unlock` at virtual time `now`: every waiting reader gets in, then `w`
    /// is unlocked (which may wake a writer).
    pub fn unlock(&mut self, now: u64) -> Result<RwReleased, ()> {
        if self.writer.take().is_none() {
            return Err(());
        }
        let mut released = RwReleased::default();
        for g in std::mem::take(&mut self.reader_waiters) {
            self.readers.push(g);
            released.admitted.push(g);
        }
        released.woke_writer = self.w.unlock(now).ok().and_then(Released::woken);
        Ok(released)
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
        assert!(!m.lock(2, 0));
        assert!(!m.rlock(3));
        assert_eq!(m.runlock(1).map(|r| r.admitted), Ok(vec![2]));
        assert_eq!(m.unlock(0).map(|r| r.admitted), Ok(vec![3]));
        assert_eq!(m.runlock(3), Ok(RwReleased::default()));
        assert_eq!(m.runlock(3), Err(()));
    }

    #[test]
    fn a_writer_unlock_lets_in_every_queued_reader_then_wakes_a_writer() {
        let mut m = RwMutex::default();
        assert!(m.lock(1, 0));
        assert!(!m.rlock(2));
        assert!(!m.lock(3, 0));
        assert!(!m.rlock(4));
        assert_eq!(m.waiters(), vec![(3, true), (2, false), (4, false)]);
        let r = m.unlock(0).unwrap();
        assert_eq!(r.admitted, vec![2, 4]);
        assert_eq!(r.woke_writer, Some(3));
        // The woken writer takes `w`, then waits for both readers.
        assert!(!m.retry(3, 0));
        assert_eq!(m.pending, Some(3));
        assert!(!m.rlock(5));
        assert_eq!(m.runlock(2).unwrap().admitted, vec![]);
        assert_eq!(m.runlock(4).unwrap().admitted, vec![3]);
        assert_eq!(m.writer, Some(3));
    }
}
