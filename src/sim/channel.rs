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
    /// The case index, when the receive is one case of a blocked `select`.
    pub sel: Option<u16>,
}

/// A sender parked on a channel with the value it sends.
#[derive(Clone, Debug, PartialEq)]
pub struct Sender {
    pub g: GIdx,
    pub value: Value,
    /// The case index, when the send is one case of a blocked `select`.
    pub sel: Option<u16>,
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
    pub sendq: VecDeque<Sender>,
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
    /// `from_sender` tells whether the value came straight from it.
    Value {
        value: Value,
        ok: bool,
        released: Option<Sender>,
        from_sender: bool,
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

    /// Whether a receive would complete at once.
    pub fn can_recv(&self) -> bool {
        !self.buf.is_empty() || !self.sendq.is_empty() || self.closed
    }

    /// Whether a send would complete (or panic) at once.
    pub fn can_send(&self) -> bool {
        self.closed || !self.recvq.is_empty() || self.buf.len() < self.cap
    }

    /// Takes a goroutine's parked select cases off this channel's queues.
    pub fn forget(&mut self, g: GIdx) {
        self.sendq.retain(|s| s.g != g);
        self.recvq.retain(|r| r.g != g);
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
            let released = self.sendq.pop_front().map(|mut s| {
                self.buf.push_back(std::mem::take(&mut s.value));
                s
            });
            return RecvResult::Value { value, ok: true, released, from_sender: false };
        }
        if let Some(mut s) = self.sendq.pop_front() {
            let value = std::mem::take(&mut s.value);
            return RecvResult::Value { value, ok: true, released: Some(s), from_sender: true };
        }
        if self.closed {
            let value = Value::zero(self.elem_zero);
            return RecvResult::Value { value, ok: false, released: None, from_sender: false };
        }
        RecvResult::Wait
    }
}
