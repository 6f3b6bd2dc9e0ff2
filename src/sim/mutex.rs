//! `sync.Mutex` and `sync.RWMutex`: owners, reader counts and FIFO queues.
//!
//! An unlock hands the lock straight to the oldest waiter, which makes runs
//! fair and easy to follow; Go's own mutex lets a running goroutine barge in,
//! which only changes who wins, never what is possible.

use super::goroutine::GIdx;
use std::collections::VecDeque;

/// Index of a mutex in `Machine::mutexes`; never reused.
pub type MutexId = u32;
/// Index of a read-write mutex in `Machine::rwmutexes`; never reused.
pub type RwMutexId = u32;

#[derive(Clone, Debug, Default)]
pub struct Mutex {
    /// The variable it lives in, for the scene.
    pub name: String,
    pub owner: Option<GIdx>,
    pub waiters: VecDeque<GIdx>,
}

impl Mutex {
    /// Takes the lock if it is free; otherwise queues `g` and returns false.
    pub fn lock(&mut self, g: GIdx) -> bool {
        if self.owner.is_none() {
            self.owner = Some(g);
            true
        } else {
            self.waiters.push_back(g);
            false
        }
    }

    /// Releases the lock: `Err` if it was not locked, else the waiter that now owns it.
    pub fn unlock(&mut self) -> Result<Option<GIdx>, ()> {
        if self.owner.is_none() {
            return Err(());
        }
        self.owner = self.waiters.pop_front();
        Ok(self.owner)
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
    fn mutex_hands_over_in_fifo_order() {
        let mut m = Mutex::default();
        assert!(m.lock(1));
        assert!(!m.lock(2));
        assert!(!m.lock(3));
        assert_eq!(m.unlock(), Ok(Some(2)));
        assert_eq!(m.unlock(), Ok(Some(3)));
        assert_eq!(m.unlock(), Ok(None));
        assert_eq!(m.unlock(), Err(()));
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
