//! Go's `fatal error: concurrent map writes` on a machine that runs one
//! goroutine at a time.
//!
//! Real Go sets a map's `hashWriting` flag while `mapassign` or `mapdelete`
//! runs and clears it when it returns; a goroutine that enters a map
//! operation while another one's flag is up stops the program (`concurrent
//! map writes` for a write or delete, `concurrent map read and map write`
//! for a lookup, `concurrent map iteration and map write` for `range`).
//! On one processor this almost never fires: a goroutine is hardly ever
//! descheduled inside `mapassign`. On several it does, because two
//! goroutines really are inside map code at the same moment.
//!
//! The model: under the policies that stand for parallel execution
//! (`random`, `pct`, `manual`, `replay`, where any step boundary may be a
//! preemption), a goroutine that writes a map keeps the map's writing flag
//! up from the write until it next runs a step, as if it had been
//! preempted inside `mapassign`. The step ends after the write (the
//! goroutine does not run on into further steps), so the scheduler may pick
//! another goroutine while the flag is up, and that goroutine's next map
//! operation on the same map is the collision. A goroutine that blocks or
//! ends drops its flags: it has left the map code. Under `fifo`, which
//! stands for one processor, no flag is ever kept, so nothing changes
//! there. No steps are added by any policy, so a run's choices mean the
//! same steps under every policy.
//!
//! A statement that reads and then writes one map (`m[k]++`, `m[k] += v`)
//! is one `mapassign` window in practice: real Go reports such collisions as
//! `concurrent map writes`, and so does the model. The lookup a `range`
//! loop makes for each key stands for Go's `mapiternext`, so it reports
//! `concurrent map iteration and map write`, as does a `fmt` print function
//! given the map (fmt ranges over it to print it).

use super::goroutine::{GIdx, GState};
use super::machine::Machine;
use super::map::MapId;
use super::rng::Rng;
use super::sched::Policy;
use super::value::Value;
use crate::ir::{Builtin, FuncId, Instr};

/// How a goroutine is about to use a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapUse {
    Read,
    Write,
    Iterate,
}

impl MapUse {
    /// Go's fatal error when this use meets another goroutine's write.
    pub fn fatal_message(self) -> &'static str {
        match self {
            MapUse::Read => "concurrent map read and map write",
            MapUse::Write => "concurrent map writes",
            MapUse::Iterate => "concurrent map iteration and map write",
        }
    }
}

/// The operations a goroutine is inside of, across a step boundary, under a
/// parallel policy: map writes (the map's writing flag is up) and wait
/// group releases (waitgroup.rs: the counter reached zero and the waiters
/// are not yet released).
#[derive(Clone, Debug, Default)]
pub struct Windows {
    maps: Vec<(MapId, GIdx)>,
    /// Where each goroutine in `maps` made its write: the function, how
    /// many frames deep, and the write's instruction. A traceback shows the
    /// goroutine at that line, inside `mapassign`, even though its step ran
    /// on to the start of the next statement.
    sites: Vec<(GIdx, WriteSite)>,
    wait_groups: Vec<(u32, GIdx)>,
    /// The goroutine whose last step ended inside a map write, for `random`.
    writer_last: Option<GIdx>,
    /// Draws whether `random` preempts a writer inside its write, seeded
    /// from the run's seed at the first draw (so replays repeat it).
    rng: Option<Rng>,
}

/// Under `random`, a goroutine whose step ended inside a map write is
/// preempted there, so that another goroutine runs while its write is in
/// progress, once in this many times; otherwise it runs on and leaves the
/// write. A real `mapassign` takes tens of nanoseconds, so real Go on
/// several processors rarely has another goroutine in the map then. Go
/// 1.19 with GOMAXPROCS=2 and 4: the gallery's S8 (6 writes) stopped in 0
/// of 4,500 runs, tests/conformance/map_writes_parallel.go (100 writes) in
/// 67 of 2,000 (3.4%). This model over seeds 0..500 of `random`: 0 and 18
/// (3.6%); with a switch after every write's step at the scheduler's whim,
/// as before, S8 stopped on nearly every seed. Manual choices, replays,
/// `pct` and the explorer's search still switch there whenever they
/// choose to.
pub const PREEMPT_IN_WRITE: u64 = 1024;

/// The place of a map write a goroutine is still inside of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WriteSite {
    pub func: FuncId,
    pub depth: usize,
    pub pc: usize,
}

impl Windows {
    pub fn is_empty(&self) -> bool {
        self.maps.is_empty() && self.wait_groups.is_empty()
    }

    /// The goroutine writing map `m`, if any.
    pub fn writer(&self, m: MapId) -> Option<GIdx> {
        self.maps.iter().find(|(id, _)| *id == m).map(|(_, g)| *g)
    }

    /// `g` is inside a write of map `m`, made at `site`.
    pub fn hold(&mut self, m: MapId, g: GIdx, site: WriteSite) {
        if self.writer(m).is_none() {
            self.maps.push((m, g));
            self.sites.retain(|(w, _)| *w != g);
            self.sites.push((g, site));
        }
    }

    /// Where `g` made the map write it is still inside of, if it is.
    pub fn write_site(&self, g: GIdx) -> Option<WriteSite> {
        self.sites.iter().find(|(w, _)| *w == g).map(|(_, s)| *s)
    }

    /// The goroutine releasing the waiters of wait group `wg`, if any.
    pub fn releaser(&self, wg: u32) -> Option<GIdx> {
        self.wait_groups.iter().find(|(id, _)| *id == wg).map(|(_, g)| *g)
    }

    /// `g` brought wait group `wg` to zero and is releasing its waiters.
    pub fn hold_wait_group(&mut self, wg: u32, g: GIdx) {
        if self.releaser(wg).is_none() {
            self.wait_groups.push((wg, g));
        }
    }

    /// Whether `g` is inside any operation.
    pub fn holds(&self, g: GIdx) -> bool {
        self.maps.iter().chain(&self.wait_groups).any(|(_, w)| *w == g)
    }

    /// `g` runs again, blocks or ends: its operations are over.
    pub fn release(&mut self, g: GIdx) {
        self.maps.retain(|(_, w)| *w != g);
        self.sites.retain(|(w, _)| *w != g);
        self.wait_groups.retain(|(_, w)| *w != g);
    }
}

/// Whether `policy` stands for several processors, where a map write can be
/// interrupted by another goroutine's map operation.
pub fn emulates_parallelism(policy: Policy) -> bool {
    !matches!(policy, Policy::Fifo)
}

impl Machine {
    /// Checks `g`'s use of map `m` (at instruction `pc` of its frame)
    /// against another goroutine's write in progress. On a collision the
    /// program stops with Go's fatal error and this returns false.
    pub(crate) fn map_use(&mut self, g: GIdx, m: &Value, mut how: MapUse, pc: usize) -> bool {
        let Value::Map(id) = m else { return true };
        match self.windows.writer(*id) {
            Some(w) if w != g => {}
            _ => return true,
        }
        if how == MapUse::Read && self.updates_map_in_statement(g, pc) {
            how = MapUse::Write;
        } else if how == MapUse::Read && self.is_range_lookup(g, pc) {
            how = MapUse::Iterate;
        }
        self.fatal(g, how.fatal_message().to_string());
        false
    }

    /// `g` wrote map `m` (an assignment or a delete): under a parallel
    /// policy the writing flag stays up until `g` runs its next step.
    /// Returns whether it did, in which case this step must not run on into
    /// further ones.
    pub(crate) fn map_written(&mut self, g: GIdx, m: &Value) -> bool {
        let Value::Map(id) = m else { return false };
        if !emulates_parallelism(self.sched.policy) {
            return false;
        }
        // The write is the instruction before the frame's next one.
        let gr = &self.goroutines[g as usize];
        let frame = gr.frame();
        let site = WriteSite { func: frame.func, depth: gr.frames.len(), pc: (frame.pc as usize).saturating_sub(1) };
        self.windows.hold(*id, g, site);
        true
    }

    /// A `fmt` print function given a map that another goroutine is
    /// writing: fmt ranges over it (`mapiterinit`), so Go stops with
    /// `concurrent map iteration and map write`. Returns false when it did.
    pub(crate) fn fmt_map_use(&mut self, g: GIdx, builtin: Builtin, args: &[Value]) -> bool {
        let prints = matches!(
            builtin,
            Builtin::FmtPrint
                | Builtin::FmtPrintln
                | Builtin::FmtPrintf
                | Builtin::FmtSprint
                | Builtin::FmtSprintln
                | Builtin::FmtSprintf
                | Builtin::FmtErrorf
                | Builtin::FmtFprint
                | Builtin::FmtFprintln
                | Builtin::FmtFprintf
        );
        if !prints {
            return true;
        }
        for arg in args {
            let v = match arg {
                Value::Iface(b) => &b.1,
                v => v,
            };
            if let Value::Map(id) = v {
                if self.windows.writer(*id).is_some_and(|w| w != g) {
                    self.fatal(g, MapUse::Iterate.fatal_message().to_string());
                    return false;
                }
            }
        }
        true
    }

    /// Called when `g` starts a step, and after it, with whether `g` can
    /// still run: a goroutine that runs again, blocks or ends is out of the
    /// map code it was in.
    pub(crate) fn window_step(&mut self, g: GIdx, starting: bool) {
        self.windows.writer_last = None;
        if self.windows.is_empty() {
            return;
        }
        let state = self.goroutines[g as usize].state;
        if starting || !matches!(state, GState::Running | GState::Runnable) {
            self.windows.release(g);
        } else if self.windows.maps.iter().any(|(_, w)| *w == g) {
            self.windows.writer_last = Some(g);
        }
    }

    /// Picks the goroutine that runs the next step: the scheduler's pick,
    /// except that under `random` a goroutine that stopped inside a map
    /// write runs on (`PREEMPT_IN_WRITE`). The pick is the scheduler's own
    /// (`Scheduler::pick_forced`), so it is recorded and replays as any other.
    pub(crate) fn pick_next(&mut self, choice: Option<GIdx>) -> Option<GIdx> {
        let policy = self.sched.policy;
        if let (Policy::Random, Some(w)) = (policy, self.windows.writer_last) {
            let seed = self.config.seed;
            let rng = self.windows.rng.get_or_insert_with(|| Rng::new(seed ^ 0x3A9_0000_0000_0001));
            if rng.below(PREEMPT_IN_WRITE) != 0 && self.sched.runnable().contains(&w) {
                return self.sched.pick_forced(w);
            }
        }
        self.sched.pick(choice)
    }

    /// Whether the lookup at `pc` is a `for k, v := range m` loop's (its
    /// `mapiternext` in Go): the loop took the map's keys earlier on the
    /// same line.
    fn is_range_lookup(&self, g: GIdx, pc: usize) -> bool {
        let func = self.goroutines[g as usize].frame().func;
        let f = &self.program.funcs[func as usize];
        let line = self.program.line_of(func, pc);
        (0..pc).rev().any(|i| matches!(f.code[i], Instr::MapKeys) && self.program.line_of(func, i) == line)
    }

    /// Whether the statement `g` is in stores into a map after instruction
    /// `pc` (a lookup that is the first half of `m[k] op= v`).
    fn updates_map_in_statement(&self, g: GIdx, pc: usize) -> bool {
        let frame = self.goroutines[g as usize].frame();
        let f = &self.program.funcs[frame.func as usize];
        (pc + 1..f.code.len())
            .take_while(|&i| !f.stmt_start.get(i).copied().unwrap_or(true))
            .any(|i| matches!(f.code[i], Instr::StoreIndex { map: true }))
    }
}
