//! The data-race detector: vector clocks per goroutine, happens-before edges
//! from the Go memory model, and shadow state per memory location in the
//! FastTrack style (the last write, and the reads since it, each with the
//! clock of the goroutine that made it).
//!
//! The machine calls in only when `Config::race` is on: `access` on every
//! read and write of memory two goroutines could share (heap cells, globals,
//! slice elements, maps), and the edge functions (`spawn`, `acquire`,
//! `release`, `sync_pair`, `wake`) at every synchronising operation. A race
//! is two accesses to one location, at least one a write, neither
//! happening before the other; it is found whenever it was possible in the
//! run, even when the accesses did not collide in the simulated schedule.
//!
//! Reports follow Go's race detector (ThreadSanitizer): a race is reported
//! once per location, and once per pair of source positions.

use super::goroutine::GIdx;
use crate::id_map::IdMap;
use crate::ir::FuncId;
use std::collections::BTreeMap;
use std::rc::Rc;

/// A vector clock: one counter per goroutine, by `GIdx`. Kept behind `Rc`
/// and copied on write, so the keyframes of a recording (clones of the
/// machine) share the clocks that did not change.
pub type VClock = Vec<u32>;

/// A memory location as Go's race detector tells them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Loc {
    /// A heap cell (a captured or address-taken variable), and the field of
    /// the struct in it (0 for a value that is not a struct).
    Cell(u32, u16),
    /// A package-level variable.
    Global(u32),
    /// One element of a backing array.
    Elem(u32, u32),
    /// A whole map: Go checks map operations against the map header.
    Map(u32),
    /// The value slot of one key of a map (`m[k]++` reads and writes it
    /// through the pointer the map operation returns), by map and an id
    /// the detector gives each key.
    MapSlot(u32, u32),
    /// The semaphore word of a `sync.WaitGroup`, which Go's `Add` from zero
    /// reads and the first waiting `Wait` writes, so that an `Add` racing
    /// with `Wait` is reported.
    WgSema(u32),
}

/// The objects whose clocks carry happens-before edges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SyncKey {
    /// Slot `k` of a buffered channel's buffer.
    ChanSlot(u32, u32),
    /// A channel's close.
    ChanClose(u32),
    Mutex(u32),
    /// An RWMutex: the clock its `Unlock` releases (readers and writers acquire it).
    RwWriter(u32),
    /// An RWMutex: the clock its `RUnlock` releases (`Lock` acquires it).
    RwReaders(u32),
    WaitGroup(u32),
    Once(u32),
    /// An `atomic.Int64` and friends, by object id.
    Atomic(u32),
    /// A variable used through `atomic.AddInt64(&x, ...)` and friends, by cell.
    AtomicCell(u32),
    /// Every `time.AfterFunc` call so far (their functions start with it).
    AfterFunc,
}

/// Where a goroutine was in the program: its frames, innermost first, as
/// (function, instruction index).
pub type Stack = Rc<[(FuncId, u32)]>;

/// Which runtime function Go names as the first frame of an access the
/// runtime makes: a map operation, or a slice range `append` or `copy` reads
/// or writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapOp {
    Access1,
    Access2,
    Assign,
    Delete,
    Range,
    /// `append` past the capacity reads the old elements (`runtime.growslice`).
    GrowSlice,
    /// `copy` and `append(s, t...)` read and write ranges (`runtime.slicecopy`).
    SliceCopy,
    /// `sync.WaitGroup`'s own annotations (`race.Read`, `race.Write` of its
    /// semaphore word), shown as `runtime.raceread`/`racewrite`.
    RaceRead,
    RaceWrite,
}

/// A `fmt` function whose reads of its arguments (through `reflect`) the
/// detector sees, as Go's does: fmt's code is instrumented too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FmtCall {
    Print,
    Println,
    Printf,
    Sprint,
    Sprintln,
    Sprintf,
    Errorf,
    Fprint,
    Fprintln,
    Fprintf,
}

/// What `fmt` was reading: an element of a slice argument, or the struct a
/// pointer argument points to (printed as `&{...}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FmtShape {
    SliceElem,
    PtrStruct,
}

/// One read `fmt` makes of an argument: the call, what it read, and the
/// line of `doPrint`/`doPrintln`/`doPrintf` that handed the argument to
/// `printArg` (`doPrintf` has three: its fast path for a plain lower-case
/// verb, its general path, and the extra arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FmtRead {
    pub call: FmtCall,
    pub shape: FmtShape,
    pub line: u16,
}

/// The kind of key a map has, which picks Go's specialised map functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    Str,
    Int,
    Other,
}

/// One access to memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Access {
    pub g: GIdx,
    pub goid: u64,
    pub write: bool,
    pub stack: Stack,
    /// For map accesses, the runtime function Go shows on top.
    pub map_op: Option<(MapOp, KeyKind)>,
    /// For reads `fmt` makes of its arguments, the call and what it read.
    pub fmt: Option<FmtRead>,
    /// The step the access happened in.
    pub step: u64,
    clock: u32,
}

/// The last write to a location, and the reads since.
#[derive(Clone, Debug, Default)]
struct Shadow {
    write: Option<Access>,
    reads: Vec<Access>,
    /// Whether a race at this location was found already: ThreadSanitizer
    /// notes the racy location before it compares the pair of stacks, so
    /// even a race suppressed as a repeated pair silences the location.
    reported: bool,
}

/// A race found: the access that found it and the earlier one it races with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Race {
    pub loc: Loc,
    pub current: Access,
    pub previous: Access,
}

/// What the detector knows; part of the machine, so clones snapshot it.
#[derive(Clone, Debug, Default)]
pub struct RaceDetector {
    clocks: Vec<Rc<VClock>>,
    /// Where each goroutine was started (its creator's stack), by `GIdx`.
    created_at: Vec<Option<Stack>>,
    sync: BTreeMap<SyncKey, Rc<VClock>>,
    shadow: BTreeMap<Loc, Shadow>,
    /// Per buffered channel: completed sends and receives through the buffer.
    chan_counts: IdMap<(u64, u64)>,
    /// One per race reported, so few that a search is cheap.
    reported_pairs: Vec<((FuncId, u32, u8), (FuncId, u32, u8))>,
    /// Ids of map keys, for `Loc::MapSlot`.
    slot_ids: BTreeMap<(u32, super::map::MapKey), u32>,
    /// Goroutines started by `go f(args)` or `go x.Method()`: Go 1.19 runs
    /// those through a wrapper closure, which shows as the outermost frame
    /// (its name and line), by `GIdx`.
    wrappers: IdMap<(String, u32)>,
    /// Which goroutine started each one, by `GIdx`.
    creators: IdMap<GIdx>,
    /// Every race reported so far, in the order found.
    pub races: Vec<Race>,
    /// Set while the machine itself acts (a timer fires): its edges belong
    /// to no goroutine, so none are recorded.
    pub quiet: bool,
    /// While library code runs a Go callback (a `sort.Slice` less function,
    /// a `sync.Map.Range` body) on a helper goroutine: (helper, caller). The
    /// helper's accesses count as the caller's, as they are in Go.
    pub alias: Option<(GIdx, GIdx)>,
}

fn join(into: &mut VClock, from: &VClock) {
    if into.len() < from.len() {
        into.resize(from.len(), 0);
    }
    for (a, b) in into.iter_mut().zip(from) {
        *a = (*a).max(*b);
    }
}

impl RaceDetector {
    fn clock_mut(&mut self, g: GIdx) -> &mut VClock {
        let i = g as usize;
        if self.clocks.len() <= i {
            self.clocks.resize(i + 1, Rc::default());
        }
        let c = Rc::make_mut(&mut self.clocks[i]);
        if c.len() <= i {
            c.resize(i + 1, 0);
            // A goroutine's own component starts at 1, so that its accesses
            // never look ordered before anything by a zero clock.
            c[i] = c[i].max(1);
        }
        c
    }

    /// `g`'s clock, shared (cheap to keep while changing others).
    fn clock(&mut self, g: GIdx) -> Rc<VClock> {
        let i = g as usize;
        if self.clocks.get(i).is_none_or(|c| c.len() <= i) {
            self.clock_mut(g);
        }
        self.clocks[i].clone()
    }

    fn own(&mut self, g: GIdx) -> u32 {
        self.clock(g)[g as usize]
    }

    /// Whether the access `a` happens before the current point of `g`.
    fn before(&mut self, a: &Access, g: GIdx) -> bool {
        a.g == g || self.clock(g).get(a.g as usize).copied().unwrap_or(0) >= a.clock
    }

    /// `go f()` by `parent` started `child`: everything the parent did so
    /// far happens before the child starts.
    pub fn spawn(&mut self, parent: GIdx, child: GIdx, created_at: Stack) {
        let pc = self.clock(parent);
        self.clock_mut(parent)[parent as usize] += 1;
        join(self.clock_mut(child), &pc);
        let i = child as usize;
        if self.created_at.len() <= i {
            self.created_at.resize(i + 1, None);
        }
        self.created_at[i] = Some(created_at);
    }

    /// The location of the value of key `k` in map `m`.
    pub fn map_slot(&mut self, m: u32, k: super::map::MapKey) -> Loc {
        let next = self.slot_ids.len() as u32;
        Loc::MapSlot(m, *self.slot_ids.entry((m, k)).or_insert(next))
    }

    /// Notes who started `child`, and Go's wrapper closure it runs
    /// through (name and line), if any.
    pub fn set_wrapper(&mut self, child: GIdx, parent: GIdx, wrapper: Option<(String, u32)>) {
        self.creators.insert(child, parent);
        if let Some(w) = wrapper {
            self.wrappers.insert(child, w);
        }
    }

    /// The wrapper frame of `g`, if Go gives it one.
    pub fn wrapper(&self, g: GIdx) -> Option<&(String, u32)> {
        self.wrappers.get(&g)
    }

    /// The goroutine that started `g`.
    pub fn creator(&self, g: GIdx) -> Option<GIdx> {
        self.creators.get(&g).copied()
    }

    /// Where `g` was started, when a `go` statement started it.
    pub fn created_at(&self, g: GIdx) -> Option<&Stack> {
        self.created_at.get(g as usize).and_then(Option::as_ref)
    }

    /// `g` publishes everything it did so far in `key`'s clock.
    pub fn release(&mut self, g: GIdx, key: SyncKey) {
        let c = self.clock(g);
        join(Rc::make_mut(self.sync.entry(key).or_default()), &c);
        self.clock_mut(g)[g as usize] += 1;
    }

    /// `g` learns everything published in `key`'s clock.
    pub fn acquire(&mut self, g: GIdx, key: SyncKey) {
        if let Some(k) = self.sync.get(&key).cloned() {
            join(self.clock_mut(g), &k);
        }
    }

    /// Both directions at once, as Go's runtime does for a buffer slot or an atomic.
    pub fn acquire_release(&mut self, g: GIdx, key: SyncKey) {
        self.acquire(g, key);
        self.release(g, key);
    }

    /// A hand-off between two goroutines (an unbuffered send meeting its
    /// receive): each learns what the other did.
    pub fn sync_pair(&mut self, a: GIdx, b: GIdx) {
        let (ca, cb) = (self.clock(a), self.clock(b));
        join(self.clock_mut(a), &cb);
        join(self.clock_mut(b), &ca);
        self.clock_mut(a)[a as usize] += 1;
        self.clock_mut(b)[b as usize] += 1;
    }

    /// `by` woke `g` (an unlock handing over a mutex, the last `Done`, a
    /// `Signal`, a finished `Once`): `g` learns what `by` did.
    pub fn wake(&mut self, by: GIdx, g: GIdx) {
        if by == g {
            return;
        }
        let c = self.clock(by);
        join(self.clock_mut(g), &c);
        self.clock_mut(by)[by as usize] += 1;
    }

    /// A send that went into a buffered channel's buffer (`sender` is the
    /// goroutine whose send completes). The k-th receive happens before the
    /// (k+cap)-th send completes, through the slot they share.
    pub fn buffered_send(&mut self, sender: GIdx, ch: u32, cap: usize) {
        let counts = self.chan_counts.get_or_default(ch);
        let slot = (counts.0 % cap.max(1) as u64) as u32;
        counts.0 += 1;
        self.acquire_release(sender, SyncKey::ChanSlot(ch, slot));
    }

    /// A receive that took a value out of a buffered channel's buffer.
    pub fn buffered_recv(&mut self, receiver: GIdx, ch: u32, cap: usize) {
        let counts = self.chan_counts.get_or_default(ch);
        let slot = (counts.1 % cap.max(1) as u64) as u32;
        counts.1 += 1;
        self.acquire_release(receiver, SyncKey::ChanSlot(ch, slot));
    }

    /// Checks an access against the location's shadow state, records it,
    /// and returns the race it makes, when it is the first for its location
    /// and its pair of source positions.
    pub fn access(&mut self, loc: Loc, mut a: Access) -> Option<Race> {
        a.clock = self.own(a.g);
        let g = a.g;
        let shadow = self.shadow.remove(&loc).unwrap_or_default();
        let mut found: Option<Access> = None;
        if let Some(w) = &shadow.write {
            if !self.before(w, g) {
                found = Some(w.clone());
            }
        }
        if a.write && found.is_none() {
            for r in &shadow.reads {
                if !self.before(r, g) {
                    found = Some(r.clone());
                    break;
                }
            }
        }
        let mut shadow = shadow;
        if a.write {
            shadow.reads.clear();
            shadow.write = Some(a.clone());
        } else if let Some(r) = shadow.reads.iter_mut().find(|r| r.g == g) {
            *r = a.clone();
        } else {
            shadow.reads.push(a.clone());
        }
        let first_at_loc = !shadow.reported;
        shadow.reported |= found.is_some();
        self.shadow.insert(loc, shadow);
        let previous = found?;
        // A map operation's check and the access to the value it returns
        // are at one instruction here but at two places in Go's code.
        let site = |x: &Access| {
            let (f, pc) = x.stack.first().copied().unwrap_or((0, 0));
            let lib = match (x.map_op, x.fmt) {
                (Some((op, _)), _) => op as u8 + 1,
                (None, Some(r)) => 32 + r.call as u8 * 2 + r.shape as u8 + (r.line % 64) as u8,
                (None, None) => 0,
            };
            (f, pc, lib)
        };
        let pair = {
            let (x, y) = (site(&a), site(&previous));
            (x.clone().min(y.clone()), x.max(y))
        };
        if !first_at_loc {
            return None;
        }
        if self.reported_pairs.contains(&pair) {
            return None;
        }
        self.reported_pairs.push(pair);
        let race = Race { loc, current: a, previous };
        self.races.push(race.clone());
        Some(race)
    }
}

/// Builds an access record; the clock is filled in by `RaceDetector::access`.
pub fn new_access(g: GIdx, goid: u64, write: bool, stack: Stack, step: u64) -> Access {
    Access { g, goid, write, stack, map_op: None, fmt: None, step, clock: 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acc(g: GIdx, write: bool) -> Access {
        new_access(g, g as u64 + 1, write, Rc::from(vec![(0, g)]), 0)
    }

    #[test]
    fn unordered_writes_race_and_ordered_ones_do_not() {
        let mut d = RaceDetector::default();
        d.spawn(0, 1, Rc::from(vec![]));
        d.spawn(0, 2, Rc::from(vec![]));
        assert!(d.access(Loc::Global(0), acc(1, true)).is_none());
        assert!(d.access(Loc::Global(0), acc(2, false)).is_some());
        // Released through a mutex: no race.
        d.release(1, SyncKey::Mutex(0));
        d.acquire(2, SyncKey::Mutex(0));
        assert!(d.access(Loc::Global(1), acc(1, true)).is_none());
        d.release(1, SyncKey::Mutex(0));
        d.acquire(2, SyncKey::Mutex(0));
        assert!(d.access(Loc::Global(1), acc(2, true)).is_none());
    }

    #[test]
    fn a_write_before_go_happens_before_the_child() {
        let mut d = RaceDetector::default();
        assert!(d.access(Loc::Cell(3, 0), acc(0, true)).is_none());
        d.spawn(0, 1, Rc::from(vec![]));
        assert!(d.access(Loc::Cell(3, 0), acc(1, true)).is_none());
        // But main's later read is not ordered after the child's write.
        assert!(d.access(Loc::Cell(3, 0), acc(0, false)).is_some());
    }

    #[test]
    fn a_location_is_reported_once() {
        let mut d = RaceDetector::default();
        d.spawn(0, 1, Rc::from(vec![]));
        d.spawn(0, 2, Rc::from(vec![]));
        d.access(Loc::Map(0), acc(1, true));
        assert!(d.access(Loc::Map(0), acc(2, true)).is_some());
        assert!(d.access(Loc::Map(0), acc(1, true)).is_none());
        assert_eq!(d.races.len(), 1);
    }
}
