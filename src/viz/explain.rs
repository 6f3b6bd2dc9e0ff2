//! The explain bar: one plain sentence on what the step just taken did.

use crate::sim::{EventKind, Machine, Recording, WaitReason};

/// Describes step `step` of the recording (step 0 is the start).
pub fn explain(rec: &Recording, step: usize) -> String {
    if step == 0 {
        return "The program is about to start: G1 will run main.".to_string();
    }
    let before = rec.machine_at(step - 1);
    let after = rec.machine_at(step);
    let s = rec.steps[step - 1];
    let who = g_name(&after, s.g);
    let line = rec.program().line_of(s.func, s.pc as usize);
    let chan = |c: u32| after.chans[c as usize].name.clone();
    let mut parts: Vec<String> = Vec::new();
    for e in rec.events_of(step) {
        let part = match &e.kind {
            EventKind::Spawn { child } => format!("{who} starts {} with a go statement", g_name(&after, *child)),
            EventKind::MakeChan { ch } => {
                let c = &after.chans[*ch as usize];
                if c.cap == 0 {
                    format!("{who} makes the unbuffered channel {}", chan(*ch))
                } else {
                    format!("{who} makes the channel {} with room for {}", chan(*ch), c.cap)
                }
            }
            EventKind::Block { reason } => match reason {
                WaitReason::ChanSend(c) => {
                    let ch = &after.chans[*c as usize];
                    if ch.cap == 0 {
                        format!(
                            "{who} blocks: nobody is receiving from {} yet, so the send waits for a receiver",
                            chan(*c)
                        )
                    } else {
                        format!(
                            "{who} blocks: {} is full ({}/{}), so the send waits for a receiver",
                            chan(*c),
                            ch.buf.len(),
                            ch.cap
                        )
                    }
                }
                WaitReason::ChanRecv(c) => {
                    format!("{who} blocks: {} has nothing to receive, so it waits for a sender", chan(*c))
                }
                WaitReason::ChanSendNil => format!("{who} sends on a nil channel and blocks forever"),
                WaitReason::ChanRecvNil => format!("{who} receives from a nil channel and blocks forever"),
                WaitReason::Sleep => format!("{who} goes to sleep on the virtual clock"),
                _ => {
                    let g = &after.goroutines[s.g as usize];
                    let why = crate::viz::scene::scene(&after)
                        .goroutines
                        .into_iter()
                        .find(|v| v.goid == g.goid)
                        .map(|v| v.reason)
                        .unwrap_or_default();
                    format!("{who} blocks: {why}")
                }
            },
            EventKind::Send { ch, value, to: Some(r) } => {
                format!("{who} hands {} to {} through {}", value.to_display(), g_name(&after, *r), chan(*ch))
            }
            EventKind::Send { ch, value, to: None } => {
                let c = &after.chans[*ch as usize];
                format!(
                    "{who} puts {} into the buffer of {} ({}/{})",
                    value.to_display(),
                    chan(*ch),
                    c.buf.len(),
                    c.cap
                )
            }
            EventKind::Recv { ch, ok: false, .. } => {
                format!("{who} receives the zero value: {} is closed and empty", chan(*ch))
            }
            EventKind::Recv { ch, value, .. } => format!("{who} receives {} from {}", value.to_display(), chan(*ch)),
            EventKind::Close { ch } => format!("{who} closes {}", chan(*ch)),
            EventKind::Wake { g } if was_blocked(&before, *g) => format!("{} can run again", g_name(&after, *g)),
            EventKind::Wake { .. } => continue,
            EventKind::Output { text, .. } => format!("{who} prints {:?}", text.trim_end_matches('\n')),
            EventKind::Finish => format!("{who} returns from its function and ends"),
            EventKind::Panic { message } => format!("{who} panics: {message}"),
            // The sync, timer and select events add nothing the sentences
            // above do not already say from the step's line and its blocks.
            EventKind::Lock { .. }
            | EventKind::Unlock { .. }
            | EventKind::WaitGroupAdd { .. }
            | EventKind::WaitGroupWait { .. }
            | EventKind::OnceDo { .. }
            | EventKind::CondWait { .. }
            | EventKind::CondSignal { .. }
            | EventKind::Atomic { .. }
            | EventKind::TimerFire { .. }
            | EventKind::ContextCancel { .. }
            | EventKind::Select { .. }
            | EventKind::Exit { .. }
            | EventKind::Goexit => continue,
            EventKind::End => match rec.outcome() {
                Some(crate::sim::Outcome::Deadlock { .. }) => {
                    "every goroutine is blocked: Go reports a deadlock".to_string()
                }
                Some(o) => format!("the program ends: {}", o.label()),
                None => continue,
            },
        };
        parts.push(part);
    }
    if parts.is_empty() {
        let text = source_line(rec.program(), line);
        if text.is_empty() {
            format!("{who} runs line {line}.")
        } else {
            format!("{who} runs line {line}: `{text}`.")
        }
    } else {
        let mut sentence = parts.join("; ");
        sentence.push('.');
        sentence
    }
}

fn g_name(m: &Machine, g: u32) -> String {
    format!("G{}", m.goroutines.get(g as usize).map(|g| g.goid).unwrap_or(0))
}

fn was_blocked(m: &Machine, g: u32) -> bool {
    m.goroutines.get(g as usize).map(|g| g.wait.is_some()).unwrap_or(false)
}

/// The trimmed text of a 1-based source line, shortened for the explain bar.
fn source_line(program: &crate::ir::Program, line: u32) -> String {
    let text = program.source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").trim();
    if text.chars().count() > 60 {
        let mut t: String = text.chars().take(59).collect();
        t.push('…');
        t
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Config, Recording};
    use std::rc::Rc;

    #[test]
    fn a_plain_step_quotes_its_source_line() {
        let src = "package main\n\nfunc main() {\n\tx := 1\n\tx++\n\t_ = x\n}\n";
        let program = Rc::new(crate::lang::compile(src).unwrap());
        let rec = Recording::run(program, Config::default());
        assert_eq!(explain(&rec, 2), "G1 runs line 5: `x++`.");
        assert_eq!(explain(&rec, 0), "The program is about to start: G1 will run main.");
    }
}
