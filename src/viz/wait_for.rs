//! The wait-for graph at a deadlock, as a list: each blocked goroutine,
//! where it waits and on what, the goroutines it waits for (the holders of
//! the mutex or RWMutex it wants) and whether it is on a wait-for cycle.

use super::cycle::{deadlocked, wait_cycle};
use crate::sim::{GState, Machine, WaitReason};

/// One blocked goroutine and whom it waits for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitEdge {
    pub goid: u64,
    /// Where it is blocked.
    pub line: u32,
    /// Go's words for the wait (`chan receive`, `sync.Mutex.Lock`, ...).
    pub reason: &'static str,
    /// The object waited on, by its variable name (`ch`, `mu`), if any.
    pub object: Option<String>,
    /// The goroutines holding what it waits for (their Go numbers).
    pub waits_for: Vec<u64>,
    /// Whether it is on a cycle of goroutines waiting for each other.
    pub cycle: bool,
}

/// The wait-for graph when the machine is deadlocked; empty otherwise.
pub fn wait_for(m: &Machine) -> Vec<WaitEdge> {
    if !deadlocked(m) {
        return Vec::new();
    }
    let cycle = wait_cycle(m);
    let goid = |g: u32| m.goroutines.get(g as usize).map_or(0, |x| x.goid);
    let named = |name: &str, fallback: &str, id: u32| {
        Some(if name.is_empty() { format!("{fallback}#{}", id + 1) } else { name.to_string() })
    };
    let mut edges = Vec::new();
    for (i, gr) in m.goroutines.iter().enumerate() {
        if gr.state != GState::Blocked || gr.goid == 0 {
            continue;
        }
        let Some(wait) = gr.wait else { continue };
        let (object, waits_for) = match wait {
            WaitReason::ChanSend(c) | WaitReason::ChanRecv(c) => {
                (m.chans.get(c as usize).and_then(|ch| named(&ch.name, "ch", c)), Vec::new())
            }
            WaitReason::MutexLock(id) => match m.mutexes.get(id as usize) {
                Some(mu) => (named(&mu.name, "mutex", id), mu.owner.map(goid).into_iter().collect()),
                None => (None, Vec::new()),
            },
            WaitReason::RwLock(id) | WaitReason::RwRLock(id) => match m.rwmutexes.get(id as usize) {
                Some(rw) => (
                    named(&rw.name, "rwmutex", id),
                    rw.writer.iter().chain(rw.readers.iter()).map(|&o| goid(o)).collect(),
                ),
                None => (None, Vec::new()),
            },
            WaitReason::WaitGroupWait(id) => {
                (m.waitgroups.get(id as usize).and_then(|w| named(&w.name, "wg", id)), Vec::new())
            }
            _ => (None, Vec::new()),
        };
        let frame = gr.frame();
        edges.push(WaitEdge {
            goid: gr.goid,
            line: m.program.line_of(frame.func, frame.pc.saturating_sub(1) as usize),
            reason: wait.go_name(),
            object,
            waits_for,
            cycle: cycle.get(i).copied().unwrap_or(false),
        });
    }
    edges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Config, Recording};
    use std::rc::Rc;

    fn end_of(src: &str) -> Vec<WaitEdge> {
        let program = Rc::new(crate::lang::compile(src).expect("compiles"));
        let rec = Recording::run(program, Config::default());
        wait_for(&rec.machine_at(rec.len()))
    }

    #[test]
    fn a_lock_order_deadlock_lists_both_goroutines_on_the_cycle() {
        let edges = end_of(
            "package main\n\nimport (\n\t\"sync\"\n\t\"time\"\n)\n\nfunc main() {\n\tvar a, b sync.Mutex\n\tgo func() {\n\t\ta.Lock()\n\t\ttime.Sleep(time.Millisecond)\n\t\tb.Lock()\n\t}()\n\tb.Lock()\n\ttime.Sleep(time.Millisecond)\n\ta.Lock()\n}\n",
        );
        assert_eq!(edges.len(), 2, "{edges:?}");
        let main = edges.iter().find(|e| e.goid == 1).expect("main waits");
        let other = edges.iter().find(|e| e.goid != 1).expect("the goroutine waits");
        assert_eq!((main.line, main.reason, main.object.as_deref()), (17, "sync.Mutex.Lock", Some("a")));
        assert_eq!(main.waits_for, vec![other.goid]);
        assert_eq!((other.line, other.object.as_deref()), (13, Some("b")));
        assert_eq!(other.waits_for, vec![1]);
        assert!(main.cycle && other.cycle);
    }

    #[test]
    fn a_channel_deadlock_names_the_channel_and_no_cycle() {
        let edges = end_of("package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n");
        assert_eq!(edges.len(), 1);
        let e = &edges[0];
        assert_eq!((e.goid, e.line, e.reason, e.object.as_deref()), (1, 5, "chan send", Some("ch")));
        assert!(e.waits_for.is_empty() && !e.cycle);
    }

    #[test]
    fn a_run_that_ends_normally_has_no_graph() {
        assert!(end_of("package main\n\nfunc main() {\n\tprintln(1)\n}\n").is_empty());
    }
}
