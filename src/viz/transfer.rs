//! The value a step moved, for the animation of a value travelling from
//! its sender through the channel to its receiver (or into the buffer).

use crate::sim::{EventKind, Recording};

/// One value in flight during a step. Goroutines are arena indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transfer {
    /// The goroutine it leaves, or `None` when it leaves the buffer.
    pub from: Option<u32>,
    pub ch: u32,
    /// The goroutine it reaches, or `None` when it stays in the buffer.
    pub to: Option<u32>,
    /// The value as Go prints it.
    pub value: String,
}

/// The first value step `step` sent or received, if any.
pub fn transfer(rec: &Recording, step: usize) -> Option<Transfer> {
    if step == 0 || step > rec.steps.len() {
        return None;
    }
    let g = rec.steps[step - 1].g;
    rec.events_of(step).iter().find_map(|e| match &e.kind {
        EventKind::Send { ch, value, to } => {
            Some(Transfer { from: Some(g), ch: *ch, to: *to, value: value.to_display() })
        }
        EventKind::Recv { ch, value, ok: true, .. } => {
            Some(Transfer { from: None, ch: *ch, to: Some(g), value: value.to_display() })
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Config;
    use std::rc::Rc;

    #[test]
    fn a_hand_off_goes_from_sender_to_receiver() {
        let src = "package main\n\nfunc main() {\n\tc := make(chan int)\n\tgo func() { c <- 7 }()\n\t<-c\n}\n";
        let program = Rc::new(crate::lang::compile(src).unwrap());
        let rec = Recording::run(program, Config::default());
        let all: Vec<Transfer> = (0..=rec.len()).filter_map(|s| transfer(&rec, s)).collect();
        assert!(all.iter().any(|t| t.value == "7"), "{all:?}");
    }
}
