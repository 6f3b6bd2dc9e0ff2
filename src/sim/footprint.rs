//! An estimate of the memory a machine holds, so a recording can space its
//! keyframes (clones of the machine) by their cost.
//!
//! The estimate walks the machine's arenas: each vector's reserved slots
//! plus what the values in them own. Values shared through `Rc` are counted
//! as if owned, so it is an upper bound; the program itself is shared by
//! every clone and not counted.

use super::machine::Machine;
use super::value::Value;
use std::mem::size_of;

/// Roughly the bytes a clone of `m` takes.
pub fn machine_bytes(m: &Machine) -> usize {
    let values = |vs: &[Value]| vs.iter().map(value_bytes).sum::<usize>();
    let mut n = size_of::<Machine>();
    for g in &m.goroutines {
        n += size_of::<super::goroutine::Goroutine>() + values(&g.stack);
        n += g.frames.len() * size_of::<super::goroutine::Frame>();
        n += g.select_chans.len() * 4;
    }
    for c in &m.chans {
        n += size_of::<super::channel::Channel>() + c.name.len();
        n += c.buf.iter().map(value_bytes).sum::<usize>();
        n += (c.sendq.len() + c.recvq.len()) * 32;
    }
    n += values(&m.cells) + values(&m.globals) + values(&m.atomics);
    for a in &m.arrays {
        n += size_of::<Vec<Value>>() + values(a);
    }
    for map in &m.maps {
        // A B-tree entry: the key, the key as a value and the element.
        n += map.entries.iter().map(|(_, (k, v))| 48 + value_bytes(k) + value_bytes(v)).sum::<usize>();
    }
    n += m.mutexes.iter().map(|x| 64 + x.name.len() + x.waiters.len() * 4).sum::<usize>();
    n += m.rwmutexes.iter().map(|x| 96 + x.name.len() + (x.readers.len() + x.waiters().len()) * 8).sum::<usize>();
    n += m.waitgroups.iter().map(|x| 64 + x.name.len() + x.waiters.len() * 4).sum::<usize>();
    n += (m.onces.len() + m.conds.len() + m.timer_objs.len()) * 64;
    n += m.contexts.iter().map(|c| 128 + c.name.len() + c.children.len() * 4).sum::<usize>();
    n
}

/// A value's 16 bytes plus what it owns.
fn value_bytes(v: &Value) -> usize {
    size_of::<Value>()
        + match v {
            Value::Str(s) => s.len(),
            Value::Struct(fields) | Value::Array(fields) => fields.iter().map(value_bytes).sum(),
            Value::Iface(b) => value_bytes(&b.1),
            Value::Func(c) => c.env.len() * 4,
            _ => 0,
        }
}
