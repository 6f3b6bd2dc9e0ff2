//! Channels: the buffer, the closed flag and the queues of waiting goroutines.
//!
//! The operations follow Go's runtime (`chan.go`): a send hands its value
//! straight to a waiting receiver, else fills the buffer, else waits; a
//! receive takes from the buffer (refilling it from a waiting sender), else
//! straight from a waiting sender, else reads a closed channel's zero value,
//! else waits. The machine applies the results to goroutines.

use super::goroutine::GIdx;
use super::value::Value;
use crate::ir::Zero;
use std::collections::VecDeque;

/// A receiver parked on a channel, and whether it asked for `v, ok`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Receiver {
    pub g: GIdx,
    pub with_ok: bool,
}

#[derive(Clone, Debug)]
pub struct Channel {
    /// The variable name it was first stored in, for the scene (`ch#3` otherwise).
    pub name: String,
    pub cap: usize,
    pub buf: VecDeque<Value>,
    pub closed: bool,
    pub elem_zero: Zero,
    /// Blocked senders with the value each one is sending, oldest first.
    pub sendq: VecDeque<(GIdx, Value)>,
    pub recvq: VecDeque<Receiver>,
}

/// What a send did.
#[derive(Debug, PartialEq)]
pub enum SendResult {
    /// Handed to a waiting receiver, which must now be woken with the value.
    Handoff(Receiver, Value),
    Buffered,
    /// No room and no receiver: the sender waits.
    Wait,
    /// Go panics: `send on closed channel`.
    Closed,
}

/// What a receive did.
#[derive(Debug, PartialEq)]
pub enum RecvResult {
    /// Got a value; if a blocked sender was released, it must be woken.
    Value {
        value: Value,
        ok: bool,
        released_sender: Option<GIdx>,
        from: Option<GIdx>,
    },
    Wait,
}

impl Channel {
    pub fn new(name: String, cap: usize, elem_zero: Zero) -> Channel {
        Channel {
            name,
            cap,
            buf: VecDeque::with_capacity(cap.min(64)),
            closed: false,
            elem_zero,
            sendq: VecDeque::new(),
            recvq: VecDeque::new(),
        }
    }

    pub fn send(&mut self, value: Value) -> SendResult {
        if self.closed {
            return SendResult::Closed;
        }
        if let Some(r) = self.recvq.pop_front() {
            return SendResult::Handoff(r, value);
        }
        if self.buf.len() < self.cap {
            self.buf.push_back(value);
            return SendResult::Buffered;
        }
        SendResult::Wait
    }

    pub fn recv(&mut self) -> RecvResult {
        if let Some(value) = self.buf.pop_front() {
            let released_sender = self.sendq.pop_front().map(|(g, v)| {
                self.buf.push_back(v);
                g
            });
            return RecvResult::Value { value, ok: true, released_sender, from: None };
        }
        if let Some((g, value)) = self.sendq.pop_front() {
            return RecvResult::Value { value, ok: true, released_sender: Some(g), from: Some(g) };
        }
        if self.closed {
            return RecvResult::Value {
                value: Value::zero(self.elem_zero),
                ok: false,
                released_sender: None,
                from: None,
            };
        }
        RecvResult::Wait
    }
}
