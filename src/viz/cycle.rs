//! Wait-for cycles: goroutines waiting, through locks, on each other; and
//! the whole-program deadlock, where every live goroutine waits for good.

use crate::sim::{GState, Machine, WaitReason};

/// For each goroutine, whether it is on a cycle of the "waits for the
/// holder of" graph (a mutex's owner, an RWMutex's announced writer and readers).
pub fn wait_cycle(m: &Machine) -> Vec<bool> {
    let n = m.goroutines.len();
    let holders = |g: usize| -> Vec<usize> {
        match m.goroutines[g].wait {
            Some(WaitReason::MutexLock(id)) => {
                m.mutexes.get(id as usize).and_then(|x| x.owner).map(|o| o as usize).into_iter().collect()
            }
            Some(WaitReason::RwLock(id)) | Some(WaitReason::RwRLock(id)) => match m.rwmutexes.get(id as usize) {
                Some(rw) => rw.holders().into_iter().filter(|&o| o as usize != g).map(|o| o as usize).collect(),
                None => Vec::new(),
            },
            _ => Vec::new(),
        }
    };
    let out: Vec<Vec<usize>> = (0..n).map(holders).collect();
    let mut on_cycle = vec![false; n];
    // Only blocked goroutines have out-edges, so a search from each of
    // them is short; a visited set keeps it linear per start.
    for start in 0..n {
        if out[start].is_empty() {
            continue;
        }
        let mut seen = vec![false; n];
        let mut stack: Vec<usize> = out[start].clone();
        while let Some(g) = stack.pop() {
            if g == start {
                on_cycle[start] = true;
                break;
            }
            if g < n && !seen[g] {
                seen[g] = true;
                stack.extend(out[g].iter().copied());
            }
        }
    }
    on_cycle
}

/// Whether the program is deadlocked here: Go reported it, or nothing can
/// run, nothing sleeps and no timer is pending while someone is blocked.
pub fn deadlocked(m: &Machine) -> bool {
    if matches!(m.outcome, Some(crate::sim::Outcome::Deadlock { .. })) {
        return true;
    }
    let mut blocked = false;
    for g in &m.goroutines {
        match g.state {
            GState::Running | GState::Runnable | GState::Sleeping => return false,
            GState::Blocked => blocked = true,
            GState::Done | GState::Panicked => {}
        }
    }
    blocked && m.timers.is_empty() && m.outcome.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Config, Recording};
    use std::rc::Rc;

    #[test]
    fn two_goroutines_locking_in_opposite_orders_form_a_cycle() {
        let src = r#"package main

import (
	"sync"
	"time"
)

func main() {
	var a, b sync.Mutex
	go func() {
		a.Lock()
		time.Sleep(time.Millisecond)
		b.Lock()
	}()
	b.Lock()
	time.Sleep(time.Millisecond)
	a.Lock()
}
"#;
        let program = Rc::new(crate::lang::compile(src).unwrap());
        let rec = Recording::run(program, Config::default());
        let found = (0..=rec.len()).any(|s| {
            let m = rec.machine_at(s);
            wait_cycle(&m).iter().filter(|&&c| c).count() == 2
        });
        assert!(found, "the two goroutines wait on each other at some step");
        let end = crate::viz::scene(&rec.machine_at(rec.len()));
        assert!(end.deadlocked);
        assert!(end.syncs.iter().all(|o| o.x == crate::viz::scene::CHAN_X), "no channels: objects move left");
        assert!(end.sync_edges.iter().all(|e| e.cycle) && end.sync_edges.len() == 2, "{:?}", end.sync_edges);
    }
}
