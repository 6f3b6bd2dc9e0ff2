//! The top-level component: holds the session, runs its hooks (timers,
//! storage, shortcuts, look), and hands plain view data to the regions of
//! the page.

use super::analysis_panel::AnalysisPanel;
use super::challenge_panel::ChallengePanel;
use super::chooser::{select_case_texts, CaseChoice, Choice, Chooser};
use super::console::Console;
use super::editor::{Editor, Marker};
use super::explore_view::{ExploreView, ProgramRef};
use super::export;
use super::help::Help;
use super::keyboard::use_shortcuts;
use super::look::{system_theme, use_look};
use super::player::use_player;
use super::playhead::Playhead;
use super::prefs::use_persist;
use super::scene_view::{GroupKey, SceneView};
use super::share;
use super::share_bar::ShareBar;
use super::startup;
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
    let session = use_reducer(startup::open_page);
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
    // Once the user changes a view opened from a link, a reload shows their
    // work rather than the link's.
    use_effect_with(session.linked, |linked| {
        if !linked {
            share::forget_fragment();
        }
    });
    let on_share = {
        let session = session.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |()| {
            let url = share::link(&share::page_address(), &share::snapshot(&session));
            share::copy_to_clipboard(&url);
            dispatch.emit(Action::ShowShareUrl(url));
        })
    };
    let on_export = {
        let session = session.clone();
        Callback::from(move |()| {
            if let Some(rec) = &session.recording {
                export::download(export::FILE_NAME, "application/json", &export::trace_json(&rec.borrow()));
            }
        })
    };
    // The timeline is rebuilt only when the recording grows, not at every
    // step of the cursor; while the page records ahead in slices, only when
    // the length has doubled (and once more when it ends), so a long run is
    // not redrawn lane by lane after every slice.
    let computing = session.wants_more();
    let rec_key = session.recording.as_ref().map(|r| {
        let len = r.borrow().len();
        (Rc::as_ptr(r) as usize, if computing { len.next_power_of_two() } else { len }, computing)
    });
    let timeline = {
        let rec = session.recording.clone();
        use_memo(rec_key, move |_| rec.map(|r| Rc::new(viz::timeline(&r.borrow()))))
    };

    // The groups of goroutines the user opened into cards.
    let expanded = use_state(Vec::<GroupKey>::new);
    let on_toggle_group = {
        let expanded = expanded.clone();
        Callback::from(move |key: GroupKey| {
            let mut list = (*expanded).clone();
            match list.iter().position(|k| *k == key) {
                Some(i) => {
                    list.remove(i);
                }
                None => list.push(key),
            }
            expanded.set(list);
        })
    };
    let fly_ms = flight_ms(session.playing, session.speed);
    // Playing as fast as the page draws: the explain bar skips what needs
    // the machine before the step (one replay per frame saved).
    let full_speed = session.playing && super::state::SPEEDS.get(session.speed) == Some(&super::state::MAX_SPEED);

    // The program text the explorer's results belong to, shared, not copied per render.
    let explore_source = {
        let source = session.source.clone();
        use_memo(session.source.clone(), move |_| Rc::<str>::from(source.as_str()))
    };
    let explore_source: Rc<str> = (*explore_source).clone();
    // The race picked in the analysis panel: its two lines are highlighted.
    let picked = use_state(|| None::<usize>);
    // The races and leaks of the run so far, also rebuilt only when it grows.
    let analysis = {
        let rec = session.recording.clone();
        use_memo(rec_key, move |_| {
            rec.map(|r| {
                let r = r.borrow();
                let end = r.machine_at(r.len());
                let waits = Rc::new(crate::viz::wait_for::wait_for(&end));
                (Rc::new(crate::sim::race_analysis::analyse(&end)), r.len(), waits)
            })
        })
    };
    let view = session.recording.as_ref().map(|rec| {
        let rec = rec.borrow();
        let machine = rec.machine_at(session.cursor);
        let scene = viz::scene_with(&machine, &viz::SceneOptions { expanded: (*expanded).clone() });
        let explain =
            super::phrases::explanation(lang, &viz::explanation_at(&rec, session.cursor, &machine, !full_speed));
        let transfer = viz::transfer(&rec, session.cursor);
        let lines = console_lines(&rec, session.cursor);
        let timeline = (*timeline).clone().unwrap_or_else(|| Rc::new(viz::timeline(&rec)));
        let mut markers: Vec<Marker> = scene
            .goroutines
            .iter()
            .filter(|g| g.line > 0 && !matches!(g.state, GState::Done))
            .map(|g| Marker { line: g.line, color: g.color, goid: g.goid, running: g.state == GState::Running })
            .collect();
        if let Some(race) =
            picked.and_then(|i| analysis.as_ref().as_ref().and_then(|(a, _, _)| a.races.get(i).cloned()))
        {
            for side in [&race.previous, &race.current] {
                let color = viz::palette::goroutine_color(side.goid as u32);
                markers.push(Marker { line: side.line, color, goid: side.goid, running: true });
            }
        }
        let runnable = if session.cursor == rec.len() { rec.runnable_now() } else { Vec::new() };
        let choices: Vec<Choice> = if session.policy == crate::sim::Policy::Manual {
            scene
                .goroutines
                .iter()
                .filter(|g| runnable.contains(&g.index))
                .map(|g| Choice { index: g.index, goid: g.goid, name: g.name.clone(), color: g.color })
                .collect()
        } else {
            Vec::new()
        };
        // A runnable goroutine about to run a select with several ready
        // cases offers each case (manual policy only).
        let cases: Vec<CaseChoice> = choices
            .iter()
            .flat_map(|c| {
                let ready = rec.select_cases_for(c.index);
                // The line of the statement the goroutine runs next.
                let line = machine.goroutines[c.index as usize]
                    .frames
                    .last()
                    .map_or(0, |f| machine.program.line_of(f.func, f.pc as usize));
                let texts = if ready.is_empty() { Vec::new() } else { select_case_texts(&session.source, line) };
                ready.into_iter().map(move |case| CaseChoice {
                    index: c.index,
                    goid: c.goid,
                    case,
                    text: texts.get(case as usize).cloned().unwrap_or_default(),
                })
            })
            .collect();
        let outcome = if session.cursor == rec.len() { rec.outcome().map(|o| o.label()) } else { None };
        (scene, explain, lines, timeline, markers, runnable, outcome, choices, transfer, cases)
    });

    html! {
        <div class={classes!("app", session.embed.then_some("embed"))}>
            <div class="top">
            <Toolbar
                playing={session.playing}
                speed={session.speed}
                policy={session.policy}
                has_replay={session.script.is_some()}
                seed={session.seed}
                example={session.example.map(str::to_string)}
                challenge={session.challenge}
                can_run={session.recording.is_some()}
                {lang}
                {theme}
                large={session.large}
                help={session.help}
                embed={session.embed}
                {on_share}
                {on_export}
                dispatch={dispatch.clone()}
            />
            <ShareBar url={session.share_url.clone()} error={session.share_error.clone()} {lang}
                on_dismiss={dispatch.reform(|_| Action::DismissShare)} />
            </div>
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
                    if let Some((analysis, end, wait_for)) = (*analysis).clone() {
                        <AnalysisPanel {analysis} {end} {wait_for} {lang} on_seek={dispatch.reform(Action::Seek)}
                            picked={*picked} on_pick={let picked = picked.clone(); Callback::from(move |i| picked.set(Some(i)))}>
                            if !session.embed {
                                <ExploreView program={session.program.clone().map(ProgramRef)} source={explore_source.clone()} seed={session.seed} {lang}
                                    on_replay={dispatch.reform(|(seed, choices)| Action::LoadReplay { seed, choices })} />
                            }
                        </AnalysisPanel>
                    }
                </section>
                <section class="scene-panel" aria-label={t.scene_panel}>
                    if let Some(e) = session.example.and_then(crate::gallery::find).filter(|_| !session.embed) {
                        <p class="about" data-testid="about">{ lang.about(e) }</p>
                    }
                    if let Some(c) = session.challenge.and_then(crate::challenges::find) {
                        <ChallengePanel challenge={c} reached={challenge_reached(&session, c, analysis.as_ref().as_ref().map(|a| &*a.0))} {lang} />
                    }
                    <Playhead cursor={session.cursor} total={session.total()} finished={session.finished()}
                        outcome={view.as_ref().and_then(|v| v.6.clone())} {lang} on_seek={dispatch.reform(Action::Seek)} />
                    <Chooser choices={view.as_ref().map(|v| v.7.clone()).unwrap_or_default()} {lang}
                        on_choose={dispatch.reform(Action::Choose)}
                        cases={view.as_ref().map(|v| v.9.clone()).unwrap_or_default()}
                        on_choose_case={dispatch.reform(|(g, case)| Action::ChooseCase(g, case))} />
                    <p class="explain" data-testid="explain" aria-live="polite">
                        { view.as_ref().map(|v| v.1.clone()).unwrap_or_else(|| t.fix_errors.to_string()) }
                    </p>
                    if view.is_some() {
                        <div class="scene-tools">
                            <button class="svg-export" data-testid="export-scene-svg" onclick={|_| super::svg_export::export_scene()}
                                aria-label={super::phrases::words(lang).export_scene}
                                title={super::phrases::words(lang).export_scene}>{ "SVG ⤓" }</button>
                        </div>
                    }
                    if let Some(v) = &view {
                        <SceneView scene={v.0.clone()} runnable={v.5.clone()} manual={session.policy == crate::sim::Policy::Manual}
                            on_choose={dispatch.reform(Action::Choose)} {lang} on_toggle_group={on_toggle_group.clone()}
                            transfer={v.8.clone()} step={session.cursor} {fly_ms} />
                    }
                </section>
            </main>
            <section class="timeline-panel" aria-label={t.timeline}>
                if let Some(v) = &view {
                    <TimelineView timeline={v.3.clone()} cursor={session.cursor} on_seek={dispatch.reform(Action::Seek)} {lang}
                        large={session.large} />
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

/// Whether the run of a challenge reached its goal (`None` until it ends),
/// judged from its outcome, its standard output and the analysis of its end.
fn challenge_reached(
    session: &Session,
    c: &crate::challenges::Challenge,
    analysis: Option<&crate::sim::race_analysis::Analysis>,
) -> Option<bool> {
    let rec = session.recording.as_ref()?.borrow();
    let outcome = rec.outcome()?;
    let stdout: String =
        rec.output_until(rec.len()).into_iter().filter(|o| o.stream == Stream::Stdout).map(|o| o.text).collect();
    Some(analysis.is_some_and(|a| crate::challenges::reached(c.goal, Some(outcome), &stdout, a)))
}

/// How long a value flies between goroutines: a good part of a step while
/// playing slowly, nothing when steps come faster than it could be seen.
fn flight_ms(playing: bool, speed: usize) -> u32 {
    if !playing {
        return 450;
    }
    let per_second = super::state::SPEEDS.get(speed).copied().unwrap_or(1).max(1);
    let ms = (700 / per_second).min(600);
    if ms < 40 {
        0
    } else {
        ms
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
