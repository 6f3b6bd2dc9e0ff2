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

/// Go 1.19's panic for an `Add` that starts the counter again while a
/// `Done` (or `Add`) that brought it to zero is still releasing the waiters.
pub const ADD_DURING_WAIT: &str = "sync: WaitGroup misuse: Add called concurrently with Wait";

impl super::machine::Machine {
    /// Real Go's `Add` that brings the counter to zero with goroutines
    /// waiting stores the zero state and then releases them; an `Add` with
    /// a positive delta by another goroutine in between finds waiters with
    /// a zero counter and panics (`ADD_DURING_WAIT`). Only a second
    /// processor can get in between, so under the parallel policies (as for
    /// map writes, `map_write.rs`) the releasing goroutine stays inside its
    /// `Add` until it runs its next step; under `fifo` never. Returns
    /// whether `g`'s `Add(delta)` on `wg` meets such a release.
    pub(crate) fn wait_group_add_collides(&self, g: GIdx, wg: u32, delta: i64) -> bool {
        delta > 0 && self.waitgroups[wg as usize].counter == 0 && self.windows.releaser(wg).is_some_and(|r| r != g)
    }

    /// `g` brought `wg` to zero and released waiters: under a parallel
    /// policy it is still inside `Add` until its next step.
    pub(crate) fn wait_group_released(&mut self, g: GIdx, wg: u32) {
        if super::map_write::emulates_parallelism(self.sched.policy) {
            self.windows.hold_wait_group(wg, g);
        }
    }
}
