//! The recording's compact event store.
//!
//! The machine emits rich `Event`s (an enum with values and strings); a
//! recording keeps them packed as fixed 20-byte records: a tag, a flag byte,
//! a small field, the goroutine and three 32-bit words. Small integers,
//! booleans and nil are stored inline; other values go to a side table,
//! and printed text goes into one shared string buffer. Decoding gives the
//! same `Event` back, so views see no difference.

use super::event::{AtomicOp, Event, EventKind, ObjRef, Stream, TimerSource};
use super::goroutine::{GIdx, WaitReason};
use super::value::Value;

/// "No goroutine" in a 32-bit peer field.
const NONE: u32 = u32::MAX;

/// One packed event: 20 bytes, 4-byte aligned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Packed {
    tag: u8,
    /// Booleans and the inline value's kind.
    flags: u8,
    /// A sub-kind (wait reason, atomic op, timer source, object kind).
    small: u16,
    g: u32,
    a: u32,
    b: u32,
    c: u32,
}

// Tags, one per `EventKind` variant.
const SPAWN: u8 = 0;
const MAKE_CHAN: u8 = 1;
const BLOCK: u8 = 2;
const WAKE: u8 = 3;
const SEND: u8 = 4;
const RECV: u8 = 5;
const CLOSE: u8 = 6;
const OUTPUT: u8 = 7;
const FINISH: u8 = 8;
const PANIC: u8 = 9;
const END: u8 = 10;
const LOCK: u8 = 11;
const UNLOCK: u8 = 12;
const WG_ADD: u8 = 13;
const WG_WAIT: u8 = 14;
const ONCE_DO: u8 = 15;
const COND_WAIT: u8 = 16;
const COND_SIGNAL: u8 = 17;
const ATOMIC: u8 = 18;
const TIMER_FIRE: u8 = 19;
const CONTEXT_CANCEL: u8 = 20;
const SELECT: u8 = 21;
const EXIT: u8 = 22;
const GOEXIT: u8 = 23;

// Flag bits.
const F_BOOL: u8 = 1;
const F_BOOL2: u8 = 2;
/// The two bits above the booleans hold an inline value's kind.
const F_VALUE_SHIFT: u8 = 2;
const V_NIL: u8 = 0;
const V_BOOL: u8 = 1;
const V_INT: u8 = 2;
const V_SIDE: u8 = 3;

/// Records are stored in chunks of this many, so the log never copies
/// itself to grow and wastes at most one chunk.
const CHUNK_BITS: u32 = 14;
const CHUNK: usize = 1 << CHUNK_BITS;

/// The packed events of a recording.
#[derive(Clone, Debug, Default)]
pub struct EventLog {
    /// Full chunks, then the one being filled; each holds `CHUNK` slots.
    chunks: Vec<Vec<Packed>>,
    len: usize,
    /// Values too big to store inline, in event order.
    values: Vec<Value>,
    /// All printed text and panic messages, back to back.
    text: String,
}

impl EventLog {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn record(&self, i: usize) -> Option<&Packed> {
        if i >= self.len {
            return None;
        }
        self.chunks.get(i >> CHUNK_BITS)?.get(i & (CHUNK - 1))
    }

    /// Appends one event.
    pub fn push(&mut self, e: &Event) {
        let mut p = Packed { tag: 0, flags: 0, small: 0, g: e.g, a: 0, b: 0, c: 0 };
        match &e.kind {
            EventKind::Spawn { child } => (p.tag, p.a) = (SPAWN, *child),
            EventKind::MakeChan { ch } => (p.tag, p.a) = (MAKE_CHAN, *ch),
            EventKind::Block { reason } => {
                let (small, a) = pack_reason(*reason);
                (p.tag, p.small, p.a) = (BLOCK, small, a);
            }
            EventKind::Wake { g } => (p.tag, p.a) = (WAKE, *g),
            EventKind::Send { ch, value, to } => {
                (p.tag, p.a, p.b) = (SEND, *ch, peer(*to));
                self.pack_value(&mut p, value);
            }
            EventKind::Recv { ch, value, ok, from } => {
                (p.tag, p.a, p.b) = (RECV, *ch, peer(*from));
                p.flags |= if *ok { F_BOOL } else { 0 };
                self.pack_value(&mut p, value);
            }
            EventKind::Close { ch } => (p.tag, p.a) = (CLOSE, *ch),
            EventKind::Output { stream, text } => {
                p.tag = OUTPUT;
                p.flags = if *stream == Stream::Stderr { F_BOOL } else { 0 };
                (p.a, p.b) = self.pack_text(text);
            }
            EventKind::Finish => p.tag = FINISH,
            EventKind::Panic { message } => {
                p.tag = PANIC;
                (p.a, p.b) = self.pack_text(message);
            }
            EventKind::End => p.tag = END,
            EventKind::Lock { obj, read } => {
                let (small, a) = pack_obj(*obj);
                (p.tag, p.small, p.a, p.flags) = (LOCK, small, a, *read as u8);
            }
            EventKind::Unlock { obj, read, to } => {
                let (small, a) = pack_obj(*obj);
                (p.tag, p.small, p.a, p.flags, p.b) = (UNLOCK, small, a, *read as u8, peer(*to));
            }
            EventKind::WaitGroupAdd { wg, delta, counter, done } => {
                (p.tag, p.a, p.flags) = (WG_ADD, *wg, *done as u8);
                // The delta goes in `b` when it fits (it nearly always does),
                // the counter as a value.
                match i32::try_from(*delta) {
                    Ok(d) => p.b = d as u32,
                    Err(_) => {
                        p.flags |= F_BOOL2;
                        p.b = self.values.len() as u32;
                        self.values.push(Value::Int(*delta));
                    }
                }
                self.pack_value(&mut p, &Value::Int(*counter));
            }
            EventKind::WaitGroupWait { wg } => (p.tag, p.a) = (WG_WAIT, *wg),
            EventKind::OnceDo { once, runs } => (p.tag, p.a, p.flags) = (ONCE_DO, *once, *runs as u8),
            EventKind::CondWait { cond } => (p.tag, p.a) = (COND_WAIT, *cond),
            EventKind::CondSignal { cond, all, to } => {
                (p.tag, p.a, p.flags, p.b) = (COND_SIGNAL, *cond, *all as u8, peer(*to));
            }
            EventKind::Atomic { obj, op } => {
                let (small, a) = pack_obj(*obj);
                (p.tag, p.small, p.a, p.b) = (ATOMIC, small, a, *op as u32);
            }
            EventKind::TimerFire { timer } => {
                let (small, a) = match timer {
                    TimerSource::Sleep => (0, 0),
                    TimerSource::Chan(c) => (1, *c),
                    TimerSource::Timer(t) => (2, *t),
                    TimerSource::Deadline(c) => (3, *c),
                };
                (p.tag, p.small, p.a) = (TIMER_FIRE, small, a);
            }
            EventKind::ContextCancel { ctx, deadline } => {
                (p.tag, p.a, p.flags) = (CONTEXT_CANCEL, *ctx, *deadline as u8);
            }
            EventKind::Select { case } => (p.tag, p.a) = (SELECT, case.unwrap_or(NONE)),
            EventKind::Exit { code } => (p.tag, p.a) = (EXIT, *code as u32),
            EventKind::Goexit => p.tag = GOEXIT,
        }
        if self.chunks.last().is_none_or(|c| c.len() == CHUNK) {
            self.chunks.push(Vec::with_capacity(CHUNK));
        }
        if let Some(chunk) = self.chunks.last_mut() {
            chunk.push(p);
            self.len += 1;
        }
    }

    /// Decodes event `i`.
    pub fn get(&self, i: usize) -> Event {
        let Some(&p) = self.record(i) else {
            return Event { g: 0, kind: EventKind::End };
        };
        let kind = match p.tag {
            SPAWN => EventKind::Spawn { child: p.a },
            MAKE_CHAN => EventKind::MakeChan { ch: p.a },
            BLOCK => EventKind::Block { reason: unpack_reason(p.small, p.a) },
            WAKE => EventKind::Wake { g: p.a },
            SEND => EventKind::Send { ch: p.a, value: self.unpack_value(&p), to: unpeer(p.b) },
            RECV => {
                EventKind::Recv { ch: p.a, value: self.unpack_value(&p), ok: p.flags & F_BOOL != 0, from: unpeer(p.b) }
            }
            CLOSE => EventKind::Close { ch: p.a },
            OUTPUT => EventKind::Output {
                stream: if p.flags & F_BOOL != 0 { Stream::Stderr } else { Stream::Stdout },
                text: self.text_of(&p).to_string(),
            },
            FINISH => EventKind::Finish,
            PANIC => EventKind::Panic { message: self.text_of(&p).to_string() },
            LOCK => EventKind::Lock { obj: unpack_obj(p.small, p.a), read: p.flags & F_BOOL != 0 },
            UNLOCK => EventKind::Unlock { obj: unpack_obj(p.small, p.a), read: p.flags & F_BOOL != 0, to: unpeer(p.b) },
            WG_ADD => {
                let delta = if p.flags & F_BOOL2 != 0 {
                    match self.values.get(p.b as usize) {
                        Some(Value::Int(d)) => *d,
                        _ => 0,
                    }
                } else {
                    p.b as i32 as i64
                };
                let counter = match self.unpack_value(&p) {
                    Value::Int(n) => n,
                    _ => 0,
                };
                EventKind::WaitGroupAdd { wg: p.a, delta, counter, done: p.flags & F_BOOL != 0 }
            }
            WG_WAIT => EventKind::WaitGroupWait { wg: p.a },
            ONCE_DO => EventKind::OnceDo { once: p.a, runs: p.flags & F_BOOL != 0 },
            COND_WAIT => EventKind::CondWait { cond: p.a },
            COND_SIGNAL => EventKind::CondSignal { cond: p.a, all: p.flags & F_BOOL != 0, to: unpeer(p.b) },
            ATOMIC => EventKind::Atomic {
                obj: unpack_obj(p.small, p.a),
                op: match p.b {
                    0 => AtomicOp::Load,
                    1 => AtomicOp::Store,
                    2 => AtomicOp::Add,
                    3 => AtomicOp::Swap,
                    _ => AtomicOp::CompareAndSwap,
                },
            },
            TIMER_FIRE => EventKind::TimerFire {
                timer: match p.small {
                    0 => TimerSource::Sleep,
                    1 => TimerSource::Chan(p.a),
                    2 => TimerSource::Timer(p.a),
                    _ => TimerSource::Deadline(p.a),
                },
            },
            CONTEXT_CANCEL => EventKind::ContextCancel { ctx: p.a, deadline: p.flags & F_BOOL != 0 },
            SELECT => EventKind::Select { case: unpeer(p.a) },
            EXIT => EventKind::Exit { code: p.a as i32 },
            GOEXIT => EventKind::Goexit,
            _ => EventKind::End,
        };
        Event { g: p.g, kind }
    }

    /// The stream and text of event `i` if it is an `Output`, without decoding
    /// anything else.
    pub fn output(&self, i: usize) -> Option<(Stream, &str)> {
        let p = self.record(i)?;
        if p.tag != OUTPUT {
            return None;
        }
        let stream = if p.flags & F_BOOL != 0 { Stream::Stderr } else { Stream::Stdout };
        Some((stream, self.text_of(p)))
    }

    /// Every event, decoded, in order.
    pub fn iter(&self) -> impl Iterator<Item = Event> + '_ {
        (0..self.len).map(|i| self.get(i))
    }

    /// Decodes events `start..end`.
    pub fn range(&self, start: usize, end: usize) -> Vec<Event> {
        (start.min(end)..end.min(self.len())).map(|i| self.get(i)).collect()
    }

    /// The bytes this log holds: the records, the side table of values
    /// (with the text of string values) and the text buffer, counting the
    /// capacity each vector reserved.
    pub fn memory_bytes(&self) -> usize {
        let values_heap: usize = self.values.iter().map(value_heap_bytes).sum();
        self.chunks.iter().map(|c| c.capacity()).sum::<usize>() * std::mem::size_of::<Packed>()
            + self.chunks.capacity() * std::mem::size_of::<Vec<Packed>>()
            + self.values.capacity() * std::mem::size_of::<Value>()
            + values_heap
            + self.text.capacity()
    }

    /// Drops spare capacity (a finished recording grows no more).
    pub fn shrink_to_fit(&mut self) {
        if let Some(last) = self.chunks.last_mut() {
            last.shrink_to_fit();
        }
        self.chunks.shrink_to_fit();
        self.values.shrink_to_fit();
        self.text.shrink_to_fit();
    }

    fn pack_value(&mut self, p: &mut Packed, v: &Value) {
        let (kind, c) = match v {
            Value::Nil => (V_NIL, 0),
            Value::Bool(b) => (V_BOOL, *b as u32),
            Value::Int(n) if i32::try_from(*n).is_ok() => (V_INT, *n as i32 as u32),
            _ => {
                self.values.push(v.clone());
                (V_SIDE, (self.values.len() - 1) as u32)
            }
        };
        p.flags |= kind << F_VALUE_SHIFT;
        p.c = c;
    }

    fn unpack_value(&self, p: &Packed) -> Value {
        match (p.flags >> F_VALUE_SHIFT) & 3 {
            V_NIL => Value::Nil,
            V_BOOL => Value::Bool(p.c != 0),
            V_INT => Value::Int(p.c as i32 as i64),
            _ => self.values.get(p.c as usize).cloned().unwrap_or_default(),
        }
    }

    /// Appends text to the buffer: (offset, length). Text past 4 GiB is cut.
    fn pack_text(&mut self, text: &str) -> (u32, u32) {
        let start = self.text.len();
        if start + text.len() > u32::MAX as usize {
            return (start.min(u32::MAX as usize) as u32, 0);
        }
        self.text.push_str(text);
        (start as u32, text.len() as u32)
    }

    fn text_of(&self, p: &Packed) -> &str {
        let start = p.a as usize;
        self.text.get(start..start + p.b as usize).unwrap_or("")
    }
}

/// The heap bytes a value owns beyond its own 16 bytes (shared parts counted
/// as if owned: an upper bound).
fn value_heap_bytes(v: &Value) -> usize {
    match v {
        Value::Str(s) => s.len(),
        Value::Struct(fields) | Value::Array(fields) => {
            fields.len() * std::mem::size_of::<Value>() + fields.iter().map(value_heap_bytes).sum::<usize>()
        }
        Value::Iface(b) => std::mem::size_of::<Value>() + value_heap_bytes(&b.1),
        _ => 0,
    }
}

fn peer(g: Option<GIdx>) -> u32 {
    g.unwrap_or(NONE)
}

fn unpeer(x: u32) -> Option<u32> {
    (x != NONE).then_some(x)
}

fn pack_obj(o: ObjRef) -> (u16, u32) {
    match o {
        ObjRef::Mutex(id) => (0, id),
        ObjRef::RwMutex(id) => (1, id),
        ObjRef::Atomic(id) => (2, id),
        ObjRef::Cell(id) => (3, id),
    }
}

fn unpack_obj(small: u16, a: u32) -> ObjRef {
    match small {
        0 => ObjRef::Mutex(a),
        1 => ObjRef::RwMutex(a),
        2 => ObjRef::Atomic(a),
        _ => ObjRef::Cell(a),
    }
}

fn pack_reason(r: WaitReason) -> (u16, u32) {
    match r {
        WaitReason::ChanSend(c) => (0, c),
        WaitReason::ChanRecv(c) => (1, c),
        WaitReason::ChanSendNil => (2, 0),
        WaitReason::ChanRecvNil => (3, 0),
        WaitReason::MutexLock(m) => (4, m),
        WaitReason::RwLock(m) => (5, m),
        WaitReason::RwRLock(m) => (6, m),
        WaitReason::WaitGroupWait(w) => (7, w),
        WaitReason::Sleep => (8, 0),
        WaitReason::OnceDo(o) => (9, o),
        WaitReason::CondWait(c) => (10, c),
        WaitReason::Select => (11, 0),
        WaitReason::SelectNoCases => (12, 0),
    }
}

fn unpack_reason(small: u16, a: u32) -> WaitReason {
    match small {
        0 => WaitReason::ChanSend(a),
        1 => WaitReason::ChanRecv(a),
        2 => WaitReason::ChanSendNil,
        3 => WaitReason::ChanRecvNil,
        4 => WaitReason::MutexLock(a),
        5 => WaitReason::RwLock(a),
        6 => WaitReason::RwRLock(a),
        7 => WaitReason::WaitGroupWait(a),
        8 => WaitReason::Sleep,
        9 => WaitReason::OnceDo(a),
        10 => WaitReason::CondWait(a),
        11 => WaitReason::Select,
        _ => WaitReason::SelectNoCases,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn a_packed_event_is_20_bytes() {
        assert_eq!(std::mem::size_of::<Packed>(), 20);
    }

    #[test]
    fn every_kind_round_trips() {
        let kinds = vec![
            EventKind::Spawn { child: 3 },
            EventKind::MakeChan { ch: 2 },
            EventKind::Block { reason: WaitReason::ChanRecv(7) },
            EventKind::Block { reason: WaitReason::SelectNoCases },
            EventKind::Block { reason: WaitReason::RwRLock(1) },
            EventKind::Wake { g: 9 },
            EventKind::Send { ch: 1, value: Value::Int(-5), to: Some(2) },
            EventKind::Send { ch: 1, value: Value::Int(1 << 40), to: None },
            EventKind::Send { ch: 1, value: Value::Str(Rc::from("hi")), to: None },
            EventKind::Recv { ch: 4, value: Value::Bool(true), ok: true, from: Some(0) },
            EventKind::Recv { ch: 4, value: Value::Nil, ok: false, from: None },
            EventKind::Close { ch: 4 },
            EventKind::Output { stream: Stream::Stdout, text: "hello\n".into() },
            EventKind::Output { stream: Stream::Stderr, text: "".into() },
            EventKind::Finish,
            EventKind::Panic { message: "boom".into() },
            EventKind::End,
            EventKind::Lock { obj: ObjRef::RwMutex(2), read: true },
            EventKind::Unlock { obj: ObjRef::Mutex(0), read: false, to: Some(5) },
            EventKind::WaitGroupAdd { wg: 1, delta: 3, counter: 3, done: false },
            EventKind::WaitGroupAdd { wg: 1, delta: -1, counter: 2, done: true },
            EventKind::WaitGroupAdd { wg: 1, delta: 1 << 40, counter: 1 << 40, done: false },
            EventKind::WaitGroupWait { wg: 1 },
            EventKind::OnceDo { once: 0, runs: true },
            EventKind::CondWait { cond: 0 },
            EventKind::CondSignal { cond: 0, all: true, to: None },
            EventKind::Atomic { obj: ObjRef::Cell(8), op: AtomicOp::CompareAndSwap },
            EventKind::Atomic { obj: ObjRef::Atomic(1), op: AtomicOp::Add },
            EventKind::TimerFire { timer: TimerSource::Sleep },
            EventKind::TimerFire { timer: TimerSource::Deadline(3) },
            EventKind::TimerFire { timer: TimerSource::Chan(3) },
            EventKind::TimerFire { timer: TimerSource::Timer(0) },
            EventKind::ContextCancel { ctx: 2, deadline: true },
            EventKind::Select { case: Some(1) },
            EventKind::Select { case: None },
            EventKind::Exit { code: 3 },
            EventKind::Goexit,
        ];
        let mut log = EventLog::default();
        let events: Vec<Event> = kinds.into_iter().enumerate().map(|(i, kind)| Event { g: i as u32, kind }).collect();
        for e in &events {
            log.push(e);
        }
        assert_eq!(log.range(0, log.len()), events);
        assert_eq!(log.iter().collect::<Vec<_>>(), events);
        assert_eq!(log.range(3, 5), events[3..5]);
    }
}
