//! The explain bar: what the step just taken did, as data (`Explanation`),
//! with an English rendering; the page renders it in the chosen language.

use super::reason::Reason;
use crate::sim::{EventKind, Machine, Recording, WaitReason};

/// One thing a step did. Goroutines are Go's numbers (`G3` is 3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Spawn {
        g: u64,
        child: u64,
    },
    MakeUnbuffered {
        g: u64,
        ch: String,
    },
    MakeBuffered {
        g: u64,
        ch: String,
        cap: usize,
    },
    /// A send on an unbuffered channel blocks: nobody receives yet.
    SendWaits {
        g: u64,
        ch: String,
    },
    /// A send on a full buffered channel blocks.
    SendFull {
        g: u64,
        ch: String,
        len: usize,
        cap: usize,
    },
    RecvWaits {
        g: u64,
        ch: String,
    },
    SendNil {
        g: u64,
    },
    RecvNil {
        g: u64,
    },
    Sleeps {
        g: u64,
    },
    /// Any other block, with the goroutine's reason.
    Blocks {
        g: u64,
        why: Reason,
    },
    /// A value handed straight to a waiting receiver.
    HandOff {
        g: u64,
        value: String,
        to: u64,
        ch: String,
    },
    /// A value put into a channel's buffer.
    Buffers {
        g: u64,
        value: String,
        ch: String,
        len: usize,
        cap: usize,
    },
    RecvClosed {
        g: u64,
        ch: String,
    },
    Recv {
        g: u64,
        value: String,
        ch: String,
    },
    Close {
        g: u64,
        ch: String,
    },
    Wakes {
        g: u64,
    },
    Prints {
        g: u64,
        text: String,
    },
    /// The race detector reported a data race in this step (the report is
    /// on the console and in the analysis panel).
    Race {
        g: u64,
    },
    Finishes {
        g: u64,
    },
    Panics {
        g: u64,
        message: String,
    },
    Deadlock,
    /// The program ended; `label` is the outcome's English label.
    Ends {
        label: String,
    },
}

/// The sentence for one step, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Explanation {
    /// Step 0: nothing ran yet.
    Start,
    /// A step with no event: goroutine `g` ran a line, quoted when known.
    Line { g: u64, line: u32, quote: String },
    /// The step's events, in order.
    Parts(Vec<Part>),
}

impl Part {
    /// The English clause.
    pub fn english(&self) -> String {
        match self {
            Part::Spawn { g, child } => format!("G{g} starts G{child} with a go statement"),
            Part::MakeUnbuffered { g, ch } => format!("G{g} makes the unbuffered channel {ch}"),
            Part::MakeBuffered { g, ch, cap } => format!("G{g} makes the channel {ch} with room for {cap}"),
            Part::SendWaits { g, ch } => {
                format!("G{g} blocks: nobody is receiving from {ch} yet, so the send waits for a receiver")
            }
            Part::SendFull { g, ch, len, cap } => {
                format!("G{g} blocks: {ch} is full ({len}/{cap}), so the send waits for a receiver")
            }
            Part::RecvWaits { g, ch } => format!("G{g} blocks: {ch} has nothing to receive, so it waits for a sender"),
            Part::SendNil { g } => format!("G{g} sends on a nil channel and blocks forever"),
            Part::RecvNil { g } => format!("G{g} receives from a nil channel and blocks forever"),
            Part::Sleeps { g } => format!("G{g} goes to sleep on the virtual clock"),
            Part::Blocks { g, why } => format!("G{g} blocks: {}", why.english()),
            Part::HandOff { g, value, to, ch } => format!("G{g} hands {value} to G{to} through {ch}"),
            Part::Buffers { g, value, ch, len, cap } => {
                format!("G{g} puts {value} into the buffer of {ch} ({len}/{cap})")
            }
            Part::RecvClosed { g, ch } => format!("G{g} receives the zero value: {ch} is closed and empty"),
            Part::Recv { g, value, ch } => format!("G{g} receives {value} from {ch}"),
            Part::Close { g, ch } => format!("G{g} closes {ch}"),
            Part::Wakes { g } => format!("G{g} can run again"),
            Part::Prints { g, text } => format!("G{g} prints {}", crate::sim::stdlib::go_quote(text)),
            Part::Race { g } => format!("G{g}'s access races with another goroutine: the race detector reports it"),
            Part::Finishes { g } => format!("G{g} returns from its function and ends"),
            Part::Panics { g, message } => format!("G{g} panics: {message}"),
            Part::Deadlock => "every goroutine is blocked: Go reports a deadlock".to_string(),
            Part::Ends { label } => format!("the program ends: {label}"),
        }
    }
}

impl Explanation {
    /// The English sentence.
    pub fn english(&self) -> String {
        match self {
            Explanation::Start => "The program is about to start: G1 will run main.".to_string(),
            Explanation::Line { g, line, quote } if quote.is_empty() => format!("G{g} runs line {line}."),
            Explanation::Line { g, line, quote } => format!("G{g} runs line {line}: `{quote}`."),
            Explanation::Parts(parts) => {
                let mut sentence = parts.iter().map(Part::english).collect::<Vec<_>>().join("; ");
                sentence.push('.');
                sentence
            }
        }
    }
}

/// Describes step `step` of the recording (step 0 is the start) in English.
pub fn explain(rec: &Recording, step: usize) -> String {
    explanation(rec, step).english()
}

/// Describes step `step` of the recording as data.
pub fn explanation(rec: &Recording, step: usize) -> Explanation {
    if step == 0 {
        return Explanation::Start;
    }
    explanation_at(rec, step, &rec.machine_at(step), true)
}

/// Describes step `step` given the machine after it (`rec.machine_at(step)`),
/// which the caller usually has already: one replay fewer per frame. With
/// `exact` false the machine before the step is not rebuilt either (for
/// playing at full speed): a woken goroutine is then told from the events
/// alone (one a `Wake` names was blocked before the step unless it blocked
/// earlier in this step, which is what the machine before it would say).
pub fn explanation_at(rec: &Recording, step: usize, after: &Machine, exact: bool) -> Explanation {
    if step == 0 {
        return Explanation::Start;
    }
    let before = exact.then(|| rec.machine_at(step - 1));
    let s = rec.steps[step - 1];
    let who = goid(after, s.g);
    let line = rec.program().line_of(s.func, s.pc as usize);
    let chan = |c: u32| after.chans[c as usize].name.clone();
    let mut parts: Vec<Part> = Vec::new();
    // The goroutines that blocked during this step: a wake of one of them
    // is not news.
    let mut blocked_here: Vec<u32> = Vec::new();
    for e in rec.events_of(step) {
        let g = who;
        if let EventKind::Block { .. } = e.kind {
            blocked_here.push(e.g);
        }
        let part = match &e.kind {
            EventKind::Spawn { child } => Part::Spawn { g, child: goid(after, *child) },
            EventKind::MakeChan { ch } => {
                let c = &after.chans[*ch as usize];
                if c.cap == 0 {
                    Part::MakeUnbuffered { g, ch: chan(*ch) }
                } else {
                    Part::MakeBuffered { g, ch: chan(*ch), cap: c.cap }
                }
            }
            EventKind::Block { reason } => match reason {
                WaitReason::ChanSend(c) => {
                    let ch = &after.chans[*c as usize];
                    if ch.cap == 0 {
                        Part::SendWaits { g, ch: chan(*c) }
                    } else {
                        Part::SendFull { g, ch: chan(*c), len: ch.buf.len(), cap: ch.cap }
                    }
                }
                WaitReason::ChanRecv(c) => Part::RecvWaits { g, ch: chan(*c) },
                WaitReason::ChanSendNil => Part::SendNil { g },
                WaitReason::ChanRecvNil => Part::RecvNil { g },
                WaitReason::Sleep => Part::Sleeps { g },
                _ => {
                    let gr = &after.goroutines[s.g as usize];
                    Part::Blocks { g, why: super::reason::reason(after, s.g, gr.state, gr.wait) }
                }
            },
            EventKind::Send { ch, value, to: Some(r) } => {
                Part::HandOff { g, value: value.to_display(), to: goid(after, *r), ch: chan(*ch) }
            }
            EventKind::Send { ch, value, to: None } => {
                let c = &after.chans[*ch as usize];
                Part::Buffers { g, value: value.to_display(), ch: chan(*ch), len: c.buf.len(), cap: c.cap }
            }
            EventKind::Recv { ch, ok: false, .. } => Part::RecvClosed { g, ch: chan(*ch) },
            EventKind::Recv { ch, value, .. } => Part::Recv { g, value: value.to_display(), ch: chan(*ch) },
            EventKind::Close { ch } => Part::Close { g, ch: chan(*ch) },
            EventKind::Wake { g: w } if before.as_ref().map_or(!blocked_here.contains(w), |b| was_blocked(b, *w)) => {
                Part::Wakes { g: goid(after, *w) }
            }
            EventKind::Wake { .. } => continue,
            EventKind::Output { text, .. } if text.starts_with(RACE_REPORT) => Part::Race { g },
            EventKind::Output { text, .. } => Part::Prints { g, text: printed_excerpt(text) },
            EventKind::Finish => Part::Finishes { g },
            EventKind::Panic { message } => Part::Panics { g, message: message.clone() },
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
                Some(crate::sim::Outcome::Deadlock { .. }) => Part::Deadlock,
                Some(o) => Part::Ends { label: o.label() },
                None => continue,
            },
        };
        parts.push(part);
    }
    if parts.is_empty() {
        Explanation::Line { g: who, line, quote: source_line(rec.program(), line) }
    } else {
        Explanation::Parts(parts)
    }
}

/// How a race detector report begins on stderr.
const RACE_REPORT: &str = "==================\nWARNING: DATA RACE";

/// The most of a print the explain bar quotes: its first line, shortened.
const PRINT_EXCERPT_CHARS: usize = 80;

/// What the explain bar quotes of a print: the first line, at most
/// `PRINT_EXCERPT_CHARS` characters, with `…` when something was left out,
/// so a long or many-line print never floods the bar.
fn printed_excerpt(text: &str) -> String {
    let text = text.trim_end_matches('\n');
    let first = text.split('\n').next().unwrap_or("");
    let mut out: String = first.chars().take(PRINT_EXCERPT_CHARS).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

fn goid(m: &Machine, g: u32) -> u64 {
    m.goroutines.get(g as usize).map(|g| g.goid).unwrap_or(0)
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
    #[test]
    fn a_long_print_is_quoted_by_its_first_line() {
        assert_eq!(super::printed_excerpt("hello\n"), "hello");
        assert_eq!(super::printed_excerpt("a\nb\n"), "a…");
        let long = "x".repeat(200);
        assert_eq!(super::printed_excerpt(&long).chars().count(), super::PRINT_EXCERPT_CHARS + 1);
    }

    use super::*;
    use crate::sim::{Config, Recording};
    use std::rc::Rc;

    #[test]
    fn a_plain_step_quotes_its_source_line() {
        let src = "package main\n\nfunc main() {\n\tx := 1\n\tx++\n\t_ = x\n}\n";
        let program = Rc::new(crate::lang::compile(src).unwrap());
        let rec = Recording::run(program, Config::default());
        assert_eq!(explain(&rec, 2), "G1 runs line 5: `x++`.");
        assert_eq!(explanation(&rec, 2), Explanation::Line { g: 1, line: 5, quote: "x++".to_string() });
        assert_eq!(explain(&rec, 0), "The program is about to start: G1 will run main.");
    }

    #[test]
    fn a_full_buffer_is_explained_with_its_numbers() {
        let src = "package main\n\nfunc main() {\n\tc := make(chan int, 1)\n\tc <- 1\n\tc <- 2\n}\n";
        let program = Rc::new(crate::lang::compile(src).unwrap());
        let rec = Recording::run(program, Config::default());
        let parts: Vec<Part> = (1..=rec.len())
            .filter_map(|s| match explanation(&rec, s) {
                Explanation::Parts(p) => Some(p),
                _ => None,
            })
            .flatten()
            .collect();
        assert!(parts.contains(&Part::SendFull { g: 1, ch: "c".into(), len: 1, cap: 1 }), "{parts:?}");
        let english: Vec<String> = parts.iter().map(Part::english).collect();
        assert!(english.contains(&"G1 blocks: c is full (1/1), so the send waits for a receiver".to_string()));
    }

    #[test]
    fn at_full_speed_the_explain_bar_says_the_same_as_stepping() {
        // Every step of every gallery example and challenge: the sentence
        // told from the events alone equals the one told with the machine
        // before the step, wakes included.
        let sources = crate::gallery::EXAMPLES
            .iter()
            .map(|e| e.source)
            .chain(crate::challenges::CHALLENGES.iter().map(|c| c.source));
        let mut wakes = 0;
        for src in sources {
            let program = Rc::new(crate::lang::compile(src).unwrap());
            let rec = Recording::run(program, Config { race: true, ..Config::default() });
            for step in 1..=rec.len().min(3_000) {
                let after = rec.machine_at(step);
                let exact = explanation_at(&rec, step, &after, true);
                assert_eq!(explanation_at(&rec, step, &after, false), exact, "step {step} of {src}");
                if let Explanation::Parts(parts) = &exact {
                    wakes += parts.iter().filter(|p| matches!(p, Part::Wakes { .. })).count();
                }
            }
        }
        assert!(wakes > 10, "wakes are told: {wakes}");
    }
}
