//! "Find a bad schedule": runs the explorer (`sim::explore`) in slices of
//! about 30 ms that yield to the browser between them, shows its progress,
//! and lists each failing run with a button that loads it as a `replay` run
//! the user can step through.

use super::i18n::Lang;
use super::state::{Action, Session, PAGE_MAX_STEPS};
use crate::ir::Program;
use crate::sim::explore::{Explorer, FailureKind, Strategy};
use crate::sim::race_analysis::RaceView;
use crate::sim::{Choice, Limits};
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// Schedules tried per search.
pub const EXPLORE_RUNS: usize = 300;
/// Milliseconds of work per slice, well under a 50 ms frame.
const SLICE_MS: f64 = 20.0;
/// Steps per call of `Explorer::work` between looks at the clock.
const WORK_UNIT: u64 = 100;

/// The compiled program, compared by identity.
#[derive(Clone, Debug)]
pub struct ProgramRef(pub Rc<Program>);

impl PartialEq for ProgramRef {
    fn eq(&self, other: &ProgramRef) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A failing run as the list shows it.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    kind: FailureKind,
    outcome: String,
    steps: usize,
    strategy: Strategy,
    stdout: String,
    seed: u64,
    choices: Rc<[Choice]>,
    /// For a race: the race, put in words in the page's language.
    race: Option<RaceView>,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Progress {
    running: bool,
    started: bool,
    tried: usize,
    max: usize,
    rows: Vec<Row>,
    /// Bumped after every slice, so the next one is scheduled.
    tick: u64,
}

#[derive(Properties, PartialEq)]
pub struct ExploreProps {
    pub program: Option<ProgramRef>,
    /// The program's text: the search and its results last while it and
    /// the seed stay the same (loading a found run recompiles the program).
    pub source: Rc<str>,
    pub seed: u64,
    pub lang: Lang,
    /// Loads a run from `(seed, choices)`.
    /// The session's dispatcher (it compares equal between renders, so the
    /// explorer is not redrawn at every render of the page).
    pub dispatch: UseReducerDispatcher<Session>,
}

fn rows(ex: &Explorer) -> Vec<Row> {
    ex.failures
        .iter()
        .map(|f| Row {
            kind: f.kind.clone(),
            outcome: f.run.outcome.label(),
            steps: f.run.steps(),
            strategy: f.run.strategy.clone(),
            stdout: f.run.stdout.clone(),
            seed: f.run.seed,
            choices: Rc::from(&f.run.choices[..]),
            race: f.race.clone(),
        })
        .collect()
}

#[function_component(ExploreView)]
pub fn explore_view(p: &ExploreProps) -> Html {
    let st = p.lang.sched();
    let explorer = use_mut_ref(|| None::<Explorer>);
    let progress = use_state(Progress::default);
    // A changed program text (or seed) ends the search and its results.
    {
        let explorer = explorer.clone();
        let progress = progress.clone();
        use_effect_with((p.source.clone(), p.seed), move |_| {
            *explorer.borrow_mut() = None;
            progress.set(Progress::default());
        });
    }
    // While running, one slice per turn of the browser's event loop.
    {
        let explorer = explorer.clone();
        let progress = progress.clone();
        use_effect_with((progress.running, progress.tick), move |(running, _)| {
            let timer = running.then(|| {
                Timeout::new(0, move || {
                    let mut guard = explorer.borrow_mut();
                    let Some(ex) = guard.as_mut() else { return };
                    let start = js_sys::Date::now();
                    let mut more = true;
                    while more && js_sys::Date::now() - start < SLICE_MS {
                        more = ex.work(WORK_UNIT);
                    }
                    let mut next = (*progress).clone();
                    next.tried = ex.tried;
                    next.rows = rows(ex);
                    next.running = more;
                    next.tick += 1;
                    progress.set(next);
                })
            });
            move || drop(timer)
        });
    }
    let on_start = {
        let explorer = explorer.clone();
        let progress = progress.clone();
        let program = p.program.clone();
        let seed = p.seed;
        Callback::from(move |_| {
            let Some(program) = &program else { return };
            let limits = Limits { max_steps: PAGE_MAX_STEPS, ..Limits::default() };
            *explorer.borrow_mut() = Some(Explorer::new(program.0.clone(), seed, EXPLORE_RUNS, limits));
            progress.set(Progress { running: true, started: true, max: EXPLORE_RUNS, ..Progress::default() });
        })
    };
    let on_stop = {
        let progress = progress.clone();
        Callback::from(move |_| {
            let mut next = (*progress).clone();
            next.running = false;
            progress.set(next);
        })
    };
    let kind_text = |k: &FailureKind| match k {
        FailureKind::Deadlock => st.deadlock,
        FailureKind::Panic => st.panic,
        FailureKind::Limit => st.limit,
        FailureKind::WrongOutput => st.wrong_output,
        FailureKind::Race => st.race,
        FailureKind::Check(_) => st.other,
    };
    let pr = &*progress;
    html! {
        <div class="explore" aria-label={st.explore}>
            <button data-testid="explore" onclick={on_start} disabled={p.program.is_none() || pr.running}
                title={st.explore_title} aria-label={st.explore}>{ st.explore }</button>
            if pr.running {
                <button data-testid="explore-stop" onclick={on_stop} aria-label={st.stop}>{ st.stop }</button>
                <span class="exploring" role="status">{ st.exploring }</span>
            }
            if pr.started {
                <progress data-testid="explore-progress" max={pr.max.to_string()} value={pr.tried.to_string()}
                    aria-label={st.schedules_tried}></progress>
                <div class="explore-result" data-testid="explore-result" data-tried={pr.tried.to_string()}
                    data-running={pr.running.to_string()} data-found={pr.rows.len().to_string()} aria-live="polite">
                    <p>{ format!("{} {}", pr.tried, st.schedules_tried) }</p>
                    if !pr.running && pr.rows.is_empty() {
                        <p>{ st.none_found }</p>
                    }
                    if !pr.rows.is_empty() {
                        <p>{ st.found }</p>
                        <ul>
                            { for pr.rows.iter().map(|r| {
                                let payload = (r.seed, r.choices.clone());
                                let first_line = r.stdout.lines().next().unwrap_or_default().to_string();
                                html! {
                                    <li data-testid="explore-run" data-kind={r.kind.as_str()} data-steps={r.steps.to_string()}>
                                        <strong>{ kind_text(&r.kind) }</strong>
                                        { format!(" — {}, {} {} ({})", super::phrases::outcome(p.lang, &r.outcome), r.steps, st.steps,
                                            super::phrases::strategy(p.lang, &r.strategy)) }
                                        if let Some(race) = &r.race {
                                            <span class="explore-race" data-testid="explore-race">{ p.lang.race_text(race) }</span>
                                        }
                                        if !first_line.is_empty() {
                                            <code class="explore-stdout">{ first_line }</code>
                                        }
                                        <button data-testid="explore-replay" title={st.replay_title}
                                            aria-label={format!("{}: {}, {} {}", st.replay, kind_text(&r.kind), r.steps, st.steps)}
                                            onclick={let d = p.dispatch.clone(); move |_| d.dispatch(Action::LoadReplay { seed: payload.0, choices: payload.1.clone() })}>{ st.replay }</button>
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                </div>
            }
        </div>
    }
}
