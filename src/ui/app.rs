//! The top-level component: holds the session, runs the timers, and hands
//! plain view data to the regions of the page.

use super::console::Console;
use super::editor::{Editor, Marker};
use super::scene_view::SceneView;
use super::state::{Action, Session, SPEEDS};
use super::timeline_view::TimelineView;
use super::toolbar::Toolbar;
use crate::sim::{GState, Stream};
use crate::viz;
use gloo_timers::callback::{Interval, Timeout};
use std::rc::Rc;
use yew::prelude::*;

/// One line of program output for the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsoleLine {
    pub step: usize,
    pub stderr: bool,
    pub text: String,
}

#[function_component(App)]
pub fn app() -> Html {
    let session = use_reducer(Session::initial);
    let dispatch = {
        let d = session.dispatcher();
        Callback::from(move |a: Action| d.dispatch(a))
    };

    // The play timer ticks while playing, at the chosen speed.
    {
        let d = session.dispatcher();
        use_effect_with((session.playing, session.speed), move |(playing, speed)| {
            let timer = playing.then(|| Interval::new(1000 / SPEEDS[*speed].max(1), move || d.dispatch(Action::Tick)));
            move || drop(timer)
        });
    }
    // The run is recorded ahead in slices that yield to the browser in between.
    {
        let d = session.dispatcher();
        let wants_more = session.wants_more();
        use_effect_with(session.version, move |_| {
            let timer = wants_more.then(|| Timeout::new(0, move || d.dispatch(Action::ComputeMore)));
            move || drop(timer)
        });
    }

    let view = session.recording.as_ref().map(|rec| {
        let rec = rec.borrow();
        let machine = rec.machine_at(session.cursor);
        let scene = viz::scene(&machine);
        let explain = viz::explain(&rec, session.cursor);
        let lines = console_lines(&rec, session.cursor);
        let timeline = Rc::new(viz::timeline(&rec));
        let markers: Vec<Marker> = scene
            .goroutines
            .iter()
            .filter(|g| g.line > 0 && !matches!(g.state, GState::Done))
            .map(|g| Marker { line: g.line, color: g.color, goid: g.goid, running: g.state == GState::Running })
            .collect();
        let runnable = if session.cursor == rec.len() { rec.runnable_now() } else { Vec::new() };
        let outcome = if session.cursor == rec.len() { rec.outcome().map(|o| o.label()) } else { None };
        (scene, explain, lines, timeline, markers, runnable, outcome)
    });

    let total = session.total();
    let counter = format!("step {} / {}{}", session.cursor, total, if session.finished() { "" } else { "+" });
    html! {
        <div class="app">
            <Toolbar
                playing={session.playing}
                speed={session.speed}
                policy={session.policy}
                seed={session.seed}
                example={session.example.map(str::to_string)}
                can_run={session.recording.is_some()}
                dispatch={dispatch.clone()}
            />
            <main class="workspace">
                <section class="code-panel" aria-label="Go program">
                    <Editor
                        source={session.source.clone()}
                        markers={view.as_ref().map(|v| v.4.clone()).unwrap_or_default()}
                        diagnostics={session.diagnostics.clone()}
                        on_change={dispatch.reform(Action::SetSource)}
                    />
                    <ul class="diagnostics" data-testid="diagnostics" aria-label="Compile errors">
                        { for session.diagnostics.iter().map(|d| html! {
                            <li class="diagnostic" data-testid="diagnostic" data-line={d.line.to_string()}>
                                { format!("prog.go:{}:{}: {}", d.line, d.col, d.message) }
                            </li>
                        }) }
                    </ul>
                </section>
                <section class="scene-panel" aria-label="Scene">
                    if let Some(e) = session.example.and_then(crate::gallery::find) {
                        <p class="about" data-testid="about">{ e.about_en }</p>
                    }
                    <div class="status-row">
                        <span class="step-counter" data-testid="step-counter">{ counter }</span>
                        if let Some(label) = view.as_ref().and_then(|v| v.6.clone()) {
                            <span class="outcome" data-testid="outcome">{ label }</span>
                        }
                    </div>
                    <p class="explain" data-testid="explain" aria-live="polite">
                        { view.as_ref().map(|v| v.1.clone()).unwrap_or_else(|| "Fix the compile errors to run the program.".to_string()) }
                    </p>
                    if let Some(v) = &view {
                        <SceneView scene={v.0.clone()} runnable={v.5.clone()} manual={session.policy == crate::sim::Policy::Manual}
                            on_choose={dispatch.reform(Action::Choose)} />
                    }
                </section>
            </main>
            <section class="timeline-panel" aria-label="Timeline">
                if let Some(v) = &view {
                    <TimelineView timeline={v.3.clone()} cursor={session.cursor} on_seek={dispatch.reform(Action::Seek)} />
                }
            </section>
            <section class="console-panel" aria-label="Program output">
                <Console lines={view.as_ref().map(|v| v.2.clone()).unwrap_or_default()} on_seek={dispatch.reform(Action::Seek)} />
            </section>
        </div>
    }
}

/// The program's output up to the cursor, split into lines.
fn console_lines(rec: &crate::sim::Recording, cursor: usize) -> Vec<ConsoleLine> {
    let mut lines: Vec<ConsoleLine> = Vec::new();
    let mut open = [false, false];
    for chunk in rec.output_until(cursor) {
        let stderr = chunk.stream == Stream::Stderr;
        for piece in chunk.text.split_inclusive('\n') {
            let text = piece.trim_end_matches('\n').to_string();
            match lines.iter_mut().rev().find(|l| l.stderr == stderr) {
                Some(last) if open[stderr as usize] => last.text.push_str(&text),
                _ => lines.push(ConsoleLine { step: chunk.step, stderr, text }),
            }
            open[stderr as usize] = !piece.ends_with('\n');
        }
    }
    lines
}
