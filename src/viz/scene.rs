//! The scene at one step: goroutine cards, channel pipes and wait-for edges,
//! laid out in stable columns so nothing jumps between steps.

use super::palette::goroutine_color;
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
    /// A plain sentence on why it is in that state.
    pub reason: String,
    /// The source line it is at (0 when finished).
    pub line: u32,
    pub color: &'static str,
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

/// A `sync.Mutex`, `sync.RWMutex` or `sync.WaitGroup` in the scene.
#[derive(Clone, Debug, PartialEq)]
pub struct SyncView {
    pub kind: SyncObj,
    pub index: u32,
    pub name: String,
    /// The writer or owner holding a lock.
    pub owner: Option<u64>,
    /// Readers holding an RWMutex.
    pub readers: Vec<u64>,
    /// A WaitGroup's counter.
    pub count: i64,
    /// Goroutines waiting on it, oldest first.
    pub waiters: Vec<u64>,
    pub x: f64,
    pub y: f64,
}

/// Which kind of `sync` object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncObj {
    Mutex,
    RwMutex,
    WaitGroup,
}

impl SyncObj {
    /// The `data-testid` of its element.
    pub fn testid(self) -> &'static str {
        match self {
            SyncObj::Mutex | SyncObj::RwMutex => "mutex",
            SyncObj::WaitGroup => "waitgroup",
        }
    }
}

/// A blocked goroutine waits on a `sync` object.
#[derive(Clone, Debug, PartialEq)]
pub struct SyncEdge {
    pub goroutine: u32,
    /// Index into `Scene::syncs`.
    pub object: usize,
}

/// A blocked goroutine waits on a channel.
#[derive(Clone, Debug, PartialEq)]
pub struct WaitEdge {
    pub goroutine: u32,
    pub channel: u32,
    /// True for a blocked send, false for a receive.
    pub send: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub goroutines: Vec<GoroutineView>,
    pub channels: Vec<ChannelView>,
    pub edges: Vec<WaitEdge>,
    pub syncs: Vec<SyncView>,
    pub sync_edges: Vec<SyncEdge>,
    /// The virtual time, in Go's `Duration` form since the start (`1.5s`).
    pub time: String,
    pub width: f64,
    pub height: f64,
}

/// Lays out the machine's world.
pub fn scene(m: &Machine) -> Scene {
    let program = &m.program;
    let goroutines: Vec<GoroutineView> = m
        .goroutines
        .iter()
        .enumerate()
        .map(|(i, g)| {
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
                reason: reason(m, i as u32, g.state, g.wait),
                line,
                color: goroutine_color(i as u32),
                x: MARGIN,
                y: MARGIN + i as f64 * (CARD_H + ROW_GAP),
            }
        })
        .collect();
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
    let edges = m
        .goroutines
        .iter()
        .enumerate()
        .filter_map(|(i, g)| match g.wait {
            Some(WaitReason::ChanSend(c)) => Some(WaitEdge { goroutine: i as u32, channel: c, send: true }),
            Some(WaitReason::ChanRecv(c)) => Some(WaitEdge { goroutine: i as u32, channel: c, send: false }),
            _ => None,
        })
        .collect();
    let (syncs, sync_edges) = sync_objects(m);
    let rows = goroutines.len().max(channels.len()).max(syncs.len()).max(1) as f64;
    let width = if syncs.is_empty() { CHAN_X + CHAN_W + MARGIN } else { SYNC_X + SYNC_W + MARGIN };
    Scene {
        goroutines,
        channels,
        edges,
        syncs,
        sync_edges,
        time: crate::sim::duration::format_duration(m.time as i64),
        width,
        height: MARGIN * 2.0 + rows * (CARD_H + ROW_GAP) - ROW_GAP,
    }
}

/// Lays out every mutex, read-write mutex and wait group in a column of
/// their own, in a stable order, with the edges of the goroutines waiting on them.
fn sync_objects(m: &Machine) -> (Vec<SyncView>, Vec<SyncEdge>) {
    let goid = |g: &u32| m.goroutines[*g as usize].goid;
    let mut views = Vec::new();
    for (i, mx) in m.mutexes.iter().enumerate() {
        views.push(SyncView {
            kind: SyncObj::Mutex,
            index: i as u32,
            name: mutex_name(m, i as u32),
            owner: mx.owner.as_ref().map(goid),
            readers: Vec::new(),
            count: 0,
            waiters: mx.waiters.iter().map(goid).collect(),
            x: SYNC_X,
            y: 0.0,
        });
    }
    for (i, rw) in m.rwmutexes.iter().enumerate() {
        views.push(SyncView {
            kind: SyncObj::RwMutex,
            index: i as u32,
            name: rw_name(m, i as u32),
            owner: rw.writer.as_ref().map(goid),
            readers: rw.readers.iter().map(goid).collect(),
            count: 0,
            waiters: rw.waiters.iter().map(|(g, _)| goid(g)).collect(),
            x: SYNC_X,
            y: 0.0,
        });
    }
    for (i, wg) in m.waitgroups.iter().enumerate() {
        views.push(SyncView {
            kind: SyncObj::WaitGroup,
            index: i as u32,
            name: wg_name(m, i as u32),
            owner: None,
            readers: Vec::new(),
            count: wg.counter,
            waiters: wg.waiters.iter().map(goid).collect(),
            x: SYNC_X,
            y: 0.0,
        });
    }
    for (row, v) in views.iter_mut().enumerate() {
        v.y = MARGIN + row as f64 * (CARD_H + ROW_GAP);
    }
    let find = |kind: SyncObj, id: u32| views.iter().position(|v| v.kind == kind && v.index == id);
    let edges = m
        .goroutines
        .iter()
        .enumerate()
        .filter_map(|(g, gr)| {
            let object = match gr.wait? {
                WaitReason::MutexLock(id) => find(SyncObj::Mutex, id),
                WaitReason::RwLock(id) | WaitReason::RwRLock(id) => find(SyncObj::RwMutex, id),
                WaitReason::WaitGroupWait(id) => find(SyncObj::WaitGroup, id),
                _ => None,
            }?;
            Some(SyncEdge { goroutine: g as u32, object })
        })
        .collect();
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

/// Why a goroutine is where it is, in plain words.
fn reason(m: &Machine, g: u32, state: GState, wait: Option<WaitReason>) -> String {
    let chan_name = |c: u32| m.chans[c as usize].name.clone();
    match (state, wait) {
        (GState::Blocked, Some(WaitReason::ChanSend(c))) => {
            let ch = &m.chans[c as usize];
            if ch.cap == 0 {
                format!("waiting to send to {}: no receiver is ready", chan_name(c))
            } else {
                format!("waiting to send to {}: the buffer is full ({}/{})", chan_name(c), ch.buf.len(), ch.cap)
            }
        }
        (GState::Blocked, Some(WaitReason::ChanRecv(c))) => {
            let ch = &m.chans[c as usize];
            if ch.cap == 0 {
                format!("waiting to receive from {}: no sender is ready", chan_name(c))
            } else {
                format!("waiting to receive from {}: the buffer is empty", chan_name(c))
            }
        }
        (GState::Blocked, Some(WaitReason::ChanSendNil)) => "sending on a nil channel: blocks forever".to_string(),
        (GState::Blocked, Some(WaitReason::ChanRecvNil)) => "receiving from a nil channel: blocks forever".to_string(),
        (GState::Blocked, Some(WaitReason::MutexLock(id))) => match m.mutexes[id as usize].owner {
            Some(o) => format!("waiting to lock {}: G{} holds it", mutex_name(m, id), m.goroutines[o as usize].goid),
            None => format!("waiting to lock {}", mutex_name(m, id)),
        },
        (GState::Blocked, Some(WaitReason::RwLock(id))) => {
            format!("waiting to write-lock {}: readers or a writer hold it", rw_name(m, id))
        }
        (GState::Blocked, Some(WaitReason::RwRLock(id))) => {
            format!("waiting to read-lock {}: a writer holds or wants it", rw_name(m, id))
        }
        (GState::Blocked, Some(WaitReason::WaitGroupWait(id))) => {
            format!("waiting for {} to reach zero (now {})", wg_name(m, id), m.waitgroups[id as usize].counter)
        }
        (_, Some(WaitReason::Sleep)) => match m.timers.wake_time_of(g) {
            Some(t) => {
                format!("sleeping until {} on the virtual clock", crate::sim::duration::format_duration(t as i64))
            }
            None => "sleeping on the virtual clock".to_string(),
        },
        (GState::Blocked, Some(WaitReason::OnceDo(_))) => "waiting for another goroutine to finish once.Do".to_string(),
        (GState::Blocked, Some(WaitReason::CondWait(_))) => "waiting on a sync.Cond for a Signal".to_string(),
        (GState::Blocked, Some(WaitReason::Select)) => "waiting in select: no case is ready".to_string(),
        (GState::Blocked, Some(WaitReason::SelectNoCases)) => "select {} blocks forever".to_string(),
        (GState::Blocked, None) => "blocked".to_string(),
        (GState::Running, _) => "running".to_string(),
        (GState::Runnable, _) => "ready to run, waiting for its turn".to_string(),
        (GState::Sleeping, _) => "sleeping".to_string(),
        (GState::Done, _) => "finished".to_string(),
        (GState::Panicked, _) => "panicked".to_string(),
    }
}
