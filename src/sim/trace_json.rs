//! The canonical trace: a recording written as JSON in the versioned
//! `chanscope-trace` format (docs/trace-format.md), and `trace_hash`, the
//! FNV-1a hash of exactly those bytes.
//!
//! The text depends only on the program, the seed, the policy and the
//! manual choices: same inputs, byte-identical trace, on every platform.
//! Hashing it natively and in the browser proves the two engines agree.

use super::event::{AtomicOp, Event, EventKind, ObjRef, Stream, TimerSource};
use super::goroutine::WaitReason;
use super::outcome::Outcome;
use super::recording::Recording;
use std::fmt::{self, Write};

/// The `format` field of every trace.
pub const FORMAT: &str = "chanscope-trace";
/// The `version` field; bump it on any change to the format.
pub const VERSION: u32 = 1;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// 64-bit FNV-1a of some bytes.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = Fnv(FNV_OFFSET);
    h.feed(bytes);
    h.0
}

/// An FNV-1a hasher that text can be written into.
struct Fnv(u64);

impl Fnv {
    fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }
}

impl Write for Fnv {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.feed(s.as_bytes());
        Ok(())
    }
}

/// The whole trace as JSON text.
pub fn trace_json(rec: &Recording) -> String {
    let mut out = String::new();
    let _ = write_trace(rec, &mut out);
    out
}

/// The FNV-1a hash of `trace_json(rec)`, computed without building the text.
pub fn trace_hash(rec: &Recording) -> u64 {
    let mut h = Fnv(FNV_OFFSET);
    let _ = write_trace(rec, &mut h);
    h.0
}

/// Writes the trace: a header, the goroutine and function tables, one line
/// per step with its events, and the outcome.
pub fn write_trace(rec: &Recording, w: &mut impl Write) -> fmt::Result {
    let program = rec.program();
    let config = rec.config();
    let end = rec.machine_at(rec.len());
    writeln!(w, "{{\"format\":\"{FORMAT}\",\"version\":{VERSION},")?;
    writeln!(w, "\"source_fnv1a64\":\"{:016x}\",", fnv1a64(program.source.as_bytes()))?;
    writeln!(w, "\"seed\":{},\"policy\":\"{}\",\"steps_total\":{},", config.seed, config.policy.as_str(), rec.len())?;
    w.write_str("\"goroutines\":[")?;
    for (i, g) in end.goroutines.iter().enumerate() {
        let sep = if i == 0 { "" } else { "," };
        write!(w, "{sep}{{\"g\":{i},\"goid\":{},\"func\":", g.goid)?;
        json_str(w, &program.funcs[g.entry as usize].name)?;
        w.write_char('}')?;
    }
    w.write_str("],\n\"funcs\":[")?;
    for (i, f) in program.funcs.iter().enumerate() {
        if i > 0 {
            w.write_char(',')?;
        }
        json_str(w, &f.name)?;
    }
    w.write_str("],\n\"steps\":[\n")?;
    for (i, s) in rec.steps.iter().enumerate() {
        let step = i + 1;
        let span = program.funcs[s.func as usize].spans.get(s.pc as usize).copied().unwrap_or_default();
        let lc = program.lines.line_col(span.start);
        let sep = if i == 0 { "" } else { ",\n" };
        write!(
            w,
            "{sep}{{\"step\":{step},\"g\":{},\"func\":{},\"pc\":{},\"line\":{},\"col\":{},\"span\":[{},{}],\"time\":{},\"events\":[",
            s.g, s.func, s.pc, lc.line, lc.col, span.start, span.end, s.time
        )?;
        for (k, e) in rec.events_of(step).iter().enumerate() {
            if k > 0 {
                w.write_char(',')?;
            }
            write_event(w, e)?;
        }
        w.write_str("]}")?;
    }
    w.write_str("\n],\n\"outcome\":")?;
    match rec.outcome() {
        None => w.write_str("null")?,
        Some(o) => {
            let kind = match o {
                Outcome::Exit(_) => "exit",
                Outcome::Panic { .. } => "panic",
                Outcome::Deadlock { .. } => "deadlock",
                Outcome::Limit { .. } => "limit",
            };
            write!(w, "{{\"kind\":\"{kind}\",\"exit\":{},\"stderr\":", o.exit_code())?;
            json_str(w, o.stderr())?;
            w.write_char('}')?;
        }
    }
    w.write_str("}\n")
}

/// One event: `{"g":G,"kind":"...",...fields}`.
fn write_event(w: &mut impl Write, e: &Event) -> fmt::Result {
    write!(w, "{{\"g\":{},\"kind\":\"{}\"", e.g, kind_name(&e.kind))?;
    match &e.kind {
        EventKind::Spawn { child } => write!(w, ",\"child\":{child}")?,
        EventKind::MakeChan { ch } | EventKind::Close { ch } => write!(w, ",\"ch\":{ch}")?,
        EventKind::Block { reason } => {
            w.write_str(",\"reason\":")?;
            json_str(w, reason.go_name())?;
            match reason {
                WaitReason::ChanSend(c) | WaitReason::ChanRecv(c) => write!(w, ",\"ch\":{c}")?,
                WaitReason::MutexLock(m) => write!(w, ",\"mutex\":{m}")?,
                WaitReason::RwLock(m) | WaitReason::RwRLock(m) => write!(w, ",\"rwmutex\":{m}")?,
                WaitReason::WaitGroupWait(x) => write!(w, ",\"wg\":{x}")?,
                WaitReason::OnceDo(x) => write!(w, ",\"once\":{x}")?,
                WaitReason::CondWait(x) => write!(w, ",\"cond\":{x}")?,
                _ => {}
            }
        }
        EventKind::Wake { g } => write!(w, ",\"wakes\":{g}")?,
        EventKind::Send { ch, value, to } => {
            write!(w, ",\"ch\":{ch},\"value\":")?;
            json_str(w, &value.to_display())?;
            peer(w, "to", *to)?;
        }
        EventKind::Recv { ch, value, ok, from } => {
            write!(w, ",\"ch\":{ch},\"value\":")?;
            json_str(w, &value.to_display())?;
            write!(w, ",\"ok\":{ok}")?;
            peer(w, "from", *from)?;
        }
        EventKind::Output { stream, text } => {
            let s = if *stream == Stream::Stdout { "stdout" } else { "stderr" };
            write!(w, ",\"stream\":\"{s}\",\"text\":")?;
            json_str(w, text)?;
        }
        EventKind::Panic { message } => {
            w.write_str(",\"message\":")?;
            json_str(w, message)?;
        }
        EventKind::Lock { obj, read } => {
            obj_field(w, *obj)?;
            write!(w, ",\"read\":{read}")?;
        }
        EventKind::Unlock { obj, read, to } => {
            obj_field(w, *obj)?;
            write!(w, ",\"read\":{read}")?;
            peer(w, "to", *to)?;
        }
        EventKind::WaitGroupAdd { wg, delta, counter, done } => {
            write!(w, ",\"wg\":{wg},\"delta\":{delta},\"counter\":{counter},\"done\":{done}")?
        }
        EventKind::WaitGroupWait { wg } => write!(w, ",\"wg\":{wg}")?,
        EventKind::OnceDo { once, runs } => write!(w, ",\"once\":{once},\"runs\":{runs}")?,
        EventKind::CondWait { cond } => write!(w, ",\"cond\":{cond}")?,
        EventKind::CondSignal { cond, all, to } => {
            write!(w, ",\"cond\":{cond},\"all\":{all}")?;
            peer(w, "to", *to)?;
        }
        EventKind::Atomic { obj, op } => {
            obj_field(w, *obj)?;
            let op = match op {
                AtomicOp::Load => "load",
                AtomicOp::Store => "store",
                AtomicOp::Add => "add",
                AtomicOp::Swap => "swap",
                AtomicOp::CompareAndSwap => "cas",
            };
            write!(w, ",\"op\":\"{op}\"")?;
        }
        EventKind::TimerFire { timer } => match timer {
            TimerSource::Sleep => w.write_str(",\"source\":\"sleep\"")?,
            TimerSource::Chan(c) => write!(w, ",\"source\":\"chan\",\"ch\":{c}")?,
            TimerSource::Timer(t) => write!(w, ",\"source\":\"timer\",\"timer\":{t}")?,
            TimerSource::Deadline(c) => write!(w, ",\"source\":\"deadline\",\"ctx\":{c}")?,
        },
        EventKind::ContextCancel { ctx, deadline } => write!(w, ",\"ctx\":{ctx},\"deadline\":{deadline}")?,
        EventKind::Select { case } => match case {
            Some(k) => write!(w, ",\"case\":{k}")?,
            None => w.write_str(",\"case\":\"default\"")?,
        },
        EventKind::Exit { code } => write!(w, ",\"code\":{code}")?,
        EventKind::Finish | EventKind::End | EventKind::Goexit => {}
    }
    w.write_char('}')
}

/// The `kind` field of each event.
pub fn kind_name(kind: &EventKind) -> &'static str {
    match kind {
        EventKind::Spawn { .. } => "spawn",
        EventKind::MakeChan { .. } => "make_chan",
        EventKind::Block { .. } => "block",
        EventKind::Wake { .. } => "wake",
        EventKind::Send { .. } => "send",
        EventKind::Recv { .. } => "recv",
        EventKind::Close { .. } => "close",
        EventKind::Output { .. } => "output",
        EventKind::Finish => "finish",
        EventKind::Panic { .. } => "panic",
        EventKind::End => "end",
        EventKind::Lock { .. } => "lock",
        EventKind::Unlock { .. } => "unlock",
        EventKind::WaitGroupAdd { .. } => "wg_add",
        EventKind::WaitGroupWait { .. } => "wg_wait",
        EventKind::OnceDo { .. } => "once_do",
        EventKind::CondWait { .. } => "cond_wait",
        EventKind::CondSignal { .. } => "cond_signal",
        EventKind::Atomic { .. } => "atomic",
        EventKind::TimerFire { .. } => "timer_fire",
        EventKind::ContextCancel { .. } => "context_cancel",
        EventKind::Select { .. } => "select",
        EventKind::Exit { .. } => "exit",
        EventKind::Goexit => "goexit",
    }
}

fn obj_field(w: &mut impl Write, obj: ObjRef) -> fmt::Result {
    match obj {
        ObjRef::Mutex(id) => write!(w, ",\"mutex\":{id}"),
        ObjRef::RwMutex(id) => write!(w, ",\"rwmutex\":{id}"),
        ObjRef::Atomic(id) => write!(w, ",\"atomic\":{id}"),
        ObjRef::Cell(id) => write!(w, ",\"cell\":{id}"),
    }
}

/// A goroutine field, or `null`.
fn peer(w: &mut impl Write, name: &str, g: Option<u32>) -> fmt::Result {
    match g {
        Some(g) => write!(w, ",\"{name}\":{g}"),
        None => write!(w, ",\"{name}\":null"),
    }
}

/// A JSON string literal.
fn json_str(w: &mut impl Write, s: &str) -> fmt::Result {
    w.write_char('"')?;
    for c in s.chars() {
        match c {
            '"' => w.write_str("\\\"")?,
            '\\' => w.write_str("\\\\")?,
            '\n' => w.write_str("\\n")?,
            '\r' => w.write_str("\\r")?,
            '\t' => w.write_str("\\t")?,
            c if (c as u32) < 0x20 => write!(w, "\\u{:04x}", c as u32)?,
            c => w.write_char(c)?,
        }
    }
    w.write_char('"')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_matches_the_published_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
