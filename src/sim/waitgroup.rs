//! `sync.WaitGroup`: a counter and the goroutines waiting for it to reach zero.

use super::goroutine::GIdx;

/// Index of a wait group in `Machine::waitgroups`; never reused.
pub type WaitGroupId = u32;

#[derive(Clone, Debug, Default)]
pub struct WaitGroup {
    pub name: String,
    pub counter: i64,
    pub waiters: Vec<GIdx>,
}

impl WaitGroup {
    /// Adds `delta`; `Err` when the counter goes negative (Go panics), else
    /// the waiters released because it reached zero.
    pub fn add(&mut self, delta: i64) -> Result<Vec<GIdx>, ()> {
        self.counter += delta;
        if self.counter < 0 {
            return Err(());
        }
        if self.counter == 0 {
            return Ok(std::mem::take(&mut self.waiters));
        }
        Ok(Vec::new())
    }

    /// Whether `Wait` returns at once; otherwise `g` is queued.
    pub fn wait(&mut self, g: GIdx) -> bool {
        if self.counter == 0 {
            true
        } else {
            self.waiters.push(g);
            false
        }
    }
}
