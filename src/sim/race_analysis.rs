//! What the analysis panel lists, as plain data: the races the detector
//! found (both accesses, with their goroutines, lines and steps) and, when
//! main has returned, the goroutines left behind (leaks): blocked ones with
//! where and on what they block, and ones that never got to run again.

use super::goroutine::{GState, MAIN_GOID};
use super::machine::Machine;
use super::outcome::Outcome;
use super::race::{Access, Loc};

/// One side of a race.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessView {
    pub goid: u64,
    pub write: bool,
    /// The function the access is in (Go's name: `main.main.func1`).
    pub func: String,
    pub line: u32,
    /// The step the access happened in (the state after it).
    pub step: usize,
}

/// One race, as the panel shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RaceView {
    /// What raced: `a variable`, `a map`, `a slice element`, `a package variable`.
    pub what: &'static str,
    /// The access that found the race (the later one).
    pub current: AccessView,
    /// The earlier access it races with.
    pub previous: AccessView,
}

/// A goroutine still alive when main returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeakView {
    pub goid: u64,
    pub func: String,
    pub line: u32,
    /// Go's words for the wait (`chan send`, `sync.Mutex.Lock`, ...), or
    /// `runnable` for a goroutine that was ready but never ran again.
    pub reason: &'static str,
}

/// Everything the panel lists for a run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    pub races: Vec<RaceView>,
    pub leaks: Vec<LeakView>,
}

fn access_view(m: &Machine, a: &Access) -> AccessView {
    let (func, pc) = a.stack.first().copied().unwrap_or((0, 0));
    AccessView {
        goid: a.goid,
        write: a.write,
        func: m.program.funcs.get(func as usize).map(|f| f.name.clone()).unwrap_or_default(),
        line: m.program.line_of(func, pc as usize),
        step: a.step as usize,
    }
}

/// The races found so far and, once main has returned, the leaks.
pub fn analyse(m: &Machine) -> Analysis {
    let races = m
        .race
        .as_ref()
        .map(|r| {
            r.races
                .iter()
                .map(|race| RaceView {
                    what: match race.loc {
                        Loc::Cell(..) => "a variable",
                        Loc::Global(_) => "a package variable",
                        Loc::Elem(..) => "a slice element",
                        Loc::Map(_) | Loc::MapSlot(..) => "a map",
                        Loc::WgSema(_) => "a wait group",
                    },
                    current: access_view(m, &race.current),
                    previous: access_view(m, &race.previous),
                })
                .collect()
        })
        .unwrap_or_default();
    let mut leaks = Vec::new();
    if matches!(m.outcome, Some(Outcome::Exit(_))) {
        for gr in &m.goroutines {
            if gr.goid == MAIN_GOID || gr.goid == 0 || !matches!(gr.state, GState::Blocked | GState::Runnable) {
                continue;
            }
            let frame = gr.frame();
            leaks.push(LeakView {
                goid: gr.goid,
                func: m.program.funcs[frame.func as usize].name.clone(),
                line: m.program.line_of(frame.func, frame.pc.saturating_sub(1) as usize),
                reason: gr.wait.map_or("runnable", |w| w.go_name()),
            });
        }
    }
    Analysis { races, leaks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Config, Recording};
    use std::rc::Rc;

    fn analysis_of(src: &str) -> Analysis {
        let program = Rc::new(crate::lang::compile(src).expect("compiles"));
        let rec = Recording::run(program, Config { race: true, ..Config::default() });
        analyse(&rec.machine_at(rec.len()))
    }

    #[test]
    fn a_race_names_both_lines_goroutines_and_steps() {
        let a = analysis_of(
            "package main\n\nimport \"time\"\n\nfunc main() {\n\tx := 0\n\tgo func() {\n\t\tx = 1\n\t}()\n\ttime.Sleep(time.Second)\n\tprintln(x)\n}\n",
        );
        assert_eq!(a.races.len(), 1);
        let r = &a.races[0];
        assert_eq!((r.current.goid, r.current.line, r.current.write), (1, 11, false));
        assert_eq!((r.previous.goid, r.previous.line, r.previous.write), (5, 8, true));
        assert!(r.previous.step < r.current.step);
        assert_eq!(r.what, "a variable");
        assert!(a.leaks.is_empty());
    }

    #[test]
    fn a_goroutine_blocked_forever_is_a_leak_with_its_reason() {
        let a = analysis_of(
            "package main\n\nimport \"time\"\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() {\n\t\tch <- 1\n\t}()\n\ttime.Sleep(time.Second)\n}\n",
        );
        assert_eq!(a.leaks, vec![LeakView { goid: 5, func: "main.main.func1".into(), line: 8, reason: "chan send" }]);
    }

    #[test]
    fn goroutines_blocked_when_main_returns_are_leaks() {
        let a = analysis_of(
            "package main\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() {\n\t\tch <- 1\n\t}()\n\tgo func() {\n\t\tch <- 2\n\t}()\n\t<-ch\n}\n",
        );
        assert!(a.races.is_empty());
        assert_eq!(a.leaks.len(), 1);
        assert!(matches!(a.leaks[0].reason, "chan send" | "runnable"));
        assert!(a.leaks[0].line == 6 || a.leaks[0].line == 9);
    }
}
