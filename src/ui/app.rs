//! The top-level component: holds the session, runs its hooks (timers,
//! storage, shortcuts, look), and hands plain view data to the regions of
//! the page.

use super::console::Console;
use super::editor::{Editor, Marker};
use super::help::Help;
use super::keyboard::use_shortcuts;
use super::look::{system_theme, use_look};
use super::player::use_player;
use super::playhead::Playhead;
use super::prefs::{self, use_persist};
use super::scene_view::SceneView;
use super::state::{Action, Session};
use super::timeline_view::TimelineView;
use super::toolbar::Toolbar;
use crate::sim::{GState, Stream};
use crate::viz;
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
    let session = use_reducer(|| Session::restore(&prefs::load()));
    let dispatch = {
        let d = session.dispatcher();
        Callback::from(move |a: Action| d.dispatch(a))
    };
    use_player(&session);
    use_persist(&session);
    use_shortcuts(session.dispatcher());
    let system = use_memo((), |_| system_theme());
    let theme = session.theme.unwrap_or(*system);
    let lang = session.lang;
    let t = lang.text();
    use_look(theme, session.large, lang);

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

    html! {
        <div class="app">
            <Toolbar
                playing={session.playing}
                speed={session.speed}
                policy={session.policy}
                seed={session.seed}
                example={session.example.map(str::to_string)}
                can_run={session.recording.is_some()}
                {lang}
                {theme}
                large={session.large}
                help={session.help}
                dispatch={dispatch.clone()}
            />
            <main class="workspace">
                <section class="code-panel" aria-label={t.program_panel}>
                    <Editor
                        source={session.source.clone()}
                        markers={view.as_ref().map(|v| v.4.clone()).unwrap_or_default()}
                        diagnostics={session.diagnostics.clone()}
                        on_change={dispatch.reform(Action::SetSource)}
                        {lang}
                    />
                    <ul class="diagnostics" data-testid="diagnostics" aria-label={t.diagnostics}>
                        { for session.diagnostics.iter().map(|d| html! {
                            <li class="diagnostic" data-testid="diagnostic" data-line={d.line.to_string()}>
                                { format!("prog.go:{}:{}: {}", d.line, d.col, d.message) }
                            </li>
                        }) }
                    </ul>
                </section>
                <section class="scene-panel" aria-label={t.scene_panel}>
                    if let Some(e) = session.example.and_then(crate::gallery::find) {
                        <p class="about" data-testid="about">{ lang.about(e) }</p>
                    }
                    <Playhead cursor={session.cursor} total={session.total()} finished={session.finished()}
                        outcome={view.as_ref().and_then(|v| v.6.clone())} {lang} on_seek={dispatch.reform(Action::Seek)} />
                    <p class="explain" data-testid="explain" aria-live="polite">
                        { view.as_ref().map(|v| v.1.clone()).unwrap_or_else(|| t.fix_errors.to_string()) }
                    </p>
                    if let Some(v) = &view {
                        <SceneView scene={v.0.clone()} runnable={v.5.clone()} manual={session.policy == crate::sim::Policy::Manual}
                            on_choose={dispatch.reform(Action::Choose)} {lang} />
                    }
                </section>
            </main>
            <section class="timeline-panel" aria-label={t.timeline}>
                if let Some(v) = &view {
                    <TimelineView timeline={v.3.clone()} cursor={session.cursor} on_seek={dispatch.reform(Action::Seek)} {lang} />
                }
            </section>
            <section class="console-panel" aria-label={t.output_panel}>
                <Console lines={view.as_ref().map(|v| v.2.clone()).unwrap_or_default()} on_seek={dispatch.reform(Action::Seek)} {lang} />
            </section>
            if session.help {
                <Help {lang} on_close={dispatch.reform(|_| Action::CloseHelp)} />
            }
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
