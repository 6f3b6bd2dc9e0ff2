//! The scene at one step: goroutine cards (or group nodes when there are
//! many), channel pipes, sync objects, the context tree and wait-for edges,
//! laid out in stable columns so nothing jumps between steps.

use super::contexts::ContextView;
use super::groups::{GroupView, SiteView};
use super::palette::goroutine_color;
use super::reason::Reason;
use crate::sim::{GState, Machine, WaitReason};

/// Card and pipe geometry, in SVG user units.
pub const CARD_W: f64 = 270.0;
pub const CARD_H: f64 = 66.0;
pub const ROW_GAP: f64 = 14.0;
pub const MARGIN: f64 = 16.0;
pub const CHAN_X: f64 = 380.0;
pub const CHAN_W: f64 = 230.0;
pub const SLOT_W: f64 = 26.0;
pub const SYNC_X: f64 = CHAN_X + CHAN_W + 30.0;
pub const SYNC_W: f64 = 210.0;

#[derive(Clone, Debug, PartialEq)]
pub struct GoroutineView {
    /// Arena index, stable for the whole run.
    pub index: u32,
    /// Go's goroutine number.
    pub goid: u64,
    /// The function it started with, without the `main.` prefix.
    pub name: String,
    pub state: GState,
    /// Why it is in that state; `reason.english()` is `data-reason`.
    pub reason: Reason,
    /// The source line it is at (0 when finished).
    pub line: u32,
    pub color: &'static str,
    /// Drawn as a small chip in an opened group's grid
    /// (`groups::CHIP_W` × `groups::CHIP_H`) rather than a full card.
    pub compact: bool,
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChannelView {
    pub index: u32,
    pub name: String,
    pub len: usize,
    pub cap: usize,
    pub closed: bool,
    /// Buffered values, oldest first, as Go would show them.
    pub buffer: Vec<String>,
    /// Goroutine numbers of blocked senders and receivers, oldest first.
    pub senders: Vec<u64>,
    pub receivers: Vec<u64>,
    pub x: f64,
    pub y: f64,
}

/// A sync object, atomic or timer in the object column.
#[derive(Clone, Debug, PartialEq)]
pub struct SyncView {
    pub kind: SyncObj,
    pub index: u32,
    pub name: String,
    /// The writer or owner holding a lock; the goroutine running a Once's
    /// function; the holder of a Cond's lock.
    pub owner: Option<u64>,
    /// Readers holding an RWMutex.
    pub readers: Vec<u64>,
    /// A WaitGroup's counter.
    pub count: i64,
    /// Goroutines waiting on it, oldest first.
    pub waiters: Vec<u64>,
    /// An atomic's value; a Cond's lock name.
    pub value: String,
    /// A timer's next fire time on the virtual clock.
    pub fire: Option<String>,
    /// A ticker's period.
    pub period: Option<String>,
    /// A Once has run; a timer runs a function (`AfterFunc`).
    pub done: bool,
    pub x: f64,
    pub y: f64,
}

/// Which kind of object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncObj {
    Mutex,
    RwMutex,
    WaitGroup,
    Once,
    Cond,
    Atomic,
    Timer,
}

impl SyncObj {
    /// The `data-testid` of its element.
    pub fn testid(self) -> &'static str {
        match self {
            SyncObj::Mutex | SyncObj::RwMutex => "mutex",
            SyncObj::WaitGroup => "waitgroup",
            SyncObj::Once => "once",
            SyncObj::Cond => "cond",
            SyncObj::Atomic => "atomic",
            SyncObj::Timer => "timer",
        }
    }

    /// The Go type's name, shown on the box and in `data-kind`.
    pub fn go_name(self) -> &'static str {
        match self {
            SyncObj::Mutex => "Mutex",
            SyncObj::RwMutex => "RWMutex",
            SyncObj::WaitGroup => "WaitGroup",
            SyncObj::Once => "Once",
            SyncObj::Cond => "Cond",
            SyncObj::Atomic => "atomic",
            SyncObj::Timer => "Timer",
        }
    }
}

/// A blocked goroutine (or its group node) waits on a `sync` object.
#[derive(Clone, Debug, PartialEq)]
pub struct SyncEdge {
    pub goroutine: u32,
    /// Index into `Scene::syncs`.
    pub object: usize,
    /// Where the edge starts: the right middle of the card or group node.
    pub from: (f64, f64),
    pub color: &'static str,
    /// Part of a wait-for cycle (or of the deadlock): drawn in red.
    pub cycle: bool,
}

/// A blocked goroutine (or its group node) waits on a channel.
#[derive(Clone, Debug, PartialEq)]
pub struct WaitEdge {
    pub goroutine: u32,
    pub channel: u32,
    /// True for a blocked send, false for a receive.
    pub send: bool,
    pub from: (f64, f64),
    pub color: &'static str,
    pub cycle: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// The goroutines drawn as their own cards.
    pub goroutines: Vec<GoroutineView>,
    /// Groups of goroutines from one `go` statement in one state.
    pub groups: Vec<GroupView>,
    /// The frames around each `go` statement's groups.
    pub sites: Vec<SiteView>,
    pub channels: Vec<ChannelView>,
    pub edges: Vec<WaitEdge>,
    pub syncs: Vec<SyncView>,
    pub sync_edges: Vec<SyncEdge>,
    pub contexts: Vec<ContextView>,
    /// For each goroutine (arena index), the right middle of its card or
    /// group node: where its edges and values in flight start.
    pub anchors: Vec<Option<(f64, f64)>>,
    /// Every live goroutine is blocked for good: the edges are the deadlock.
    pub deadlocked: bool,
    /// The virtual time, in Go's `Duration` form since the start (`1.5s`).
    pub time: String,
    pub width: f64,
    pub height: f64,
}

/// What the user chose to see: the groups opened into cards.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SceneOptions {
    /// (group key, state) of each group the user expanded.
    pub expanded: Vec<((u32, u32), GState)>,
}

/// Lays out the machine's world with every group closed.
pub fn scene(m: &Machine) -> Scene {
    scene_with(m, &SceneOptions::default())
}

/// Lays out the machine's world.
pub fn scene_with(m: &Machine, options: &SceneOptions) -> Scene {
    let program = &m.program;
    let card = |i: usize, x: f64, y: f64| {
        let g = &m.goroutines[i];
        let name = program.funcs[g.entry as usize].name.trim_start_matches("main.").to_string();
        let line = match (g.is_live(), g.position()) {
            (true, Some((f, pc))) => program.line_of(f, pc as usize),
            _ => 0,
        };
        GoroutineView {
            index: i as u32,
            goid: g.goid,
            name,
            state: g.state,
            reason: super::reason::reason(m, i as u32, g.state, g.wait),
            line,
            color: goroutine_color(i as u32),
            compact: false,
            x,
            y,
        }
    };
    let layout = super::groups::layout(m, options, card);
    let channels: Vec<ChannelView> = m
        .chans
        .iter()
        .enumerate()
        .map(|(i, c)| ChannelView {
            index: i as u32,
            name: c.name.clone(),
            len: c.buf.len(),
            cap: c.cap,
            closed: c.closed,
            buffer: c.buf.iter().map(|v| v.to_display()).collect(),
            senders: c.sendq.iter().map(|s| m.goroutines[s.g as usize].goid).collect(),
            receivers: c.recvq.iter().map(|r| m.goroutines[r.g as usize].goid).collect(),
            x: CHAN_X,
            y: MARGIN + i as f64 * (CARD_H + ROW_GAP),
        })
        .collect();
    let in_cycle = super::cycle::wait_cycle(m);
    let deadlocked = super::cycle::deadlocked(m);
    let mut edges: Vec<WaitEdge> = Vec::new();
    for (i, g) in m.goroutines.iter().enumerate() {
        let (channel, send) = match g.wait {
            Some(WaitReason::ChanSend(c)) => (c, true),
            Some(WaitReason::ChanRecv(c)) => (c, false),
            _ => continue,
        };
        let Some(from) = layout.anchors[i] else { continue };
        if edges.iter().any(|e| e.from == from && e.channel == channel && e.send == send) {
            continue;
        }
        let cycle = deadlocked || in_cycle[i];
        edges.push(WaitEdge { goroutine: i as u32, channel, send, from, color: goroutine_color(i as u32), cycle });
    }
    let (mut syncs, sync_edges) = sync_objects(m, &layout.anchors, &in_cycle, deadlocked);
    let first_other = syncs.len();
    syncs.extend(super::objects::other_objects(m));
    for (row, v) in syncs.iter_mut().enumerate().skip(first_other) {
        v.y = MARGIN + row as f64 * (CARD_H + ROW_GAP);
    }
    let objects_bottom = MARGIN + syncs.len() as f64 * (CARD_H + ROW_GAP);
    let mut contexts = super::contexts::contexts(m, objects_bottom);
    // Without channels the objects move into the channels' column, so the
    // picture has no empty band in the middle.
    let shift = if channels.is_empty() { CHAN_X - SYNC_X } else { 0.0 };
    syncs.iter_mut().for_each(|o| o.x += shift);
    contexts.iter_mut().for_each(|c| c.x += shift);
    let columns_bottom = [
        layout.bottom,
        MARGIN + channels.len() as f64 * (CARD_H + ROW_GAP),
        contexts.last().map(|c| c.y + super::contexts::CTX_H + ROW_GAP).unwrap_or(objects_bottom),
        MARGIN + CARD_H + ROW_GAP,
    ];
    let bottom = columns_bottom.into_iter().fold(0.0, f64::max);
    let width = if syncs.is_empty() && contexts.is_empty() {
        CHAN_X + CHAN_W + MARGIN
    } else {
        SYNC_X + shift + SYNC_W.max(if shift != 0.0 { CHAN_W } else { 0.0 }) + MARGIN
    };
    Scene {
        goroutines: layout.cards,
        groups: layout.groups,
        sites: layout.sites,
        channels,
        edges,
        syncs,
        sync_edges,
        contexts,
        anchors: layout.anchors,
        deadlocked,
        time: crate::sim::duration::format_duration(m.time as i64),
        width,
        height: bottom - ROW_GAP + MARGIN,
    }
}

/// Lays out every mutex, read-write mutex and wait group in a column of
/// their own, in a stable order, with the edges of the goroutines waiting on them.
fn sync_objects(
    m: &Machine,
    anchors: &[Option<(f64, f64)>],
    in_cycle: &[bool],
    deadlocked: bool,
) -> (Vec<SyncView>, Vec<SyncEdge>) {
    let goid = |g: &u32| m.goroutines[*g as usize].goid;
    let blank = super::objects::blank;
    let mut views = Vec::new();
    for (i, mx) in m.mutexes.iter().enumerate() {
        views.push(SyncView {
            owner: mx.owner.as_ref().map(goid),
            waiters: mx.waiters.iter().map(goid).collect(),
            ..blank(SyncObj::Mutex, i as u32, mutex_name(m, i as u32))
        });
    }
    for (i, rw) in m.rwmutexes.iter().enumerate() {
        views.push(SyncView {
            owner: rw.writer.as_ref().map(goid),
            readers: rw.readers.iter().map(goid).collect(),
            waiters: rw.waiters().iter().map(|(g, _)| goid(g)).collect(),
            ..blank(SyncObj::RwMutex, i as u32, rw_name(m, i as u32))
        });
    }
    for (i, wg) in m.waitgroups.iter().enumerate() {
        views.push(SyncView {
            count: wg.counter,
            waiters: wg.waiters.iter().map(goid).collect(),
            ..blank(SyncObj::WaitGroup, i as u32, wg_name(m, i as u32))
        });
    }
    for (row, v) in views.iter_mut().enumerate() {
        v.y = MARGIN + row as f64 * (CARD_H + ROW_GAP);
    }
    let find = |kind: SyncObj, id: u32| views.iter().position(|v| v.kind == kind && v.index == id);
    let mut edges: Vec<SyncEdge> = Vec::new();
    for (g, gr) in m.goroutines.iter().enumerate() {
        let object = match gr.wait {
            Some(WaitReason::MutexLock(id)) => find(SyncObj::Mutex, id),
            Some(WaitReason::RwLock(id)) | Some(WaitReason::RwRLock(id)) => find(SyncObj::RwMutex, id),
            Some(WaitReason::WaitGroupWait(id)) => find(SyncObj::WaitGroup, id),
            _ => None,
        };
        let (Some(object), Some(from)) = (object, anchors[g]) else { continue };
        if edges.iter().any(|e| e.from == from && e.object == object) {
            continue;
        }
        let cycle = deadlocked || in_cycle[g];
        edges.push(SyncEdge { goroutine: g as u32, object, from, color: goroutine_color(g as u32), cycle });
    }
    (views, edges)
}

/// The name a mutex is shown with: its variable, or a number.
pub fn mutex_name(m: &Machine, id: u32) -> String {
    let n = &m.mutexes[id as usize].name;
    if n.is_empty() {
        format!("mutex#{}", id + 1)
    } else {
        n.clone()
    }
}

pub fn rw_name(m: &Machine, id: u32) -> String {
    let n = &m.rwmutexes[id as usize].name;
    if n.is_empty() {
        format!("rwmutex#{}", id + 1)
    } else {
        n.clone()
    }
}

pub fn wg_name(m: &Machine, id: u32) -> String {
    let n = &m.waitgroups[id as usize].name;
    if n.is_empty() {
        format!("waitgroup#{}", id + 1)
    } else {
        n.clone()
    }
}
