//! The top-level component: holds the session, runs its hooks (timers,
//! storage, shortcuts, look), and hands plain view data to the regions of
//! the page.

use super::analysis_panel::{analysis_panel, AnalysisCtx};
use super::challenge_panel::challenge_panel;
use super::chooser::{chooser, select_case_texts, CaseChoice, Choice};
use super::console::Console;
use super::editor::{Editor, Marker};
use super::explore_view::{ExploreView, ProgramRef};
use super::export;
use super::help::{help, use_help_focus};
use super::i18n::Lang;
use super::keyboard::use_shortcuts;
use super::look::{system_theme, use_look};
use super::player::use_player;
use super::playhead::Playhead;
use super::prefs::use_persist;
use super::scene_view::SceneView;
use super::share;
use super::share_bar::share_bar;
use super::startup;
use super::state::{Action, Session};
use super::timeline_view::TimelineView;
use super::toolbar::{toolbar, ToolbarCtx};
use crate::sim::race_analysis::Analysis;
use crate::sim::{GState, Stream};
use crate::viz;
use crate::viz::wait_for::WaitEdge;
use std::rc::Rc;
use yew::prelude::*;

thread_local! {
    /// The theme the system prefers, read once.
    static SYSTEM_THEME: super::state::Theme = system_theme();
}

/// One line of program output for the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsoleLine {
    pub step: usize,
    pub stderr: bool,
    pub text: String,
}

/// The races, leaks and wait-for graph at the end of the run so far.
type AnalysisData = Option<(Rc<Analysis>, usize, Rc<Vec<WaitEdge>>)>;

/// What the page shows of the run at the cursor, built once per render.
struct View {
    scene: viz::Scene,
    explain: String,
    lines: Vec<ConsoleLine>,
    timeline: Rc<viz::Timeline>,
    markers: Vec<Marker>,
    runnable: Vec<crate::sim::GIdx>,
    outcome: Option<String>,
    choices: Vec<Choice>,
    transfer: Option<viz::Transfer>,
    cases: Vec<CaseChoice>,
}

/// The page's callbacks and per-render values the regions share.
struct Ctx<'a> {
    s: &'a Session,
    lang: Lang,
    dispatch: &'a Callback<Action>,
    /// The reducer's own dispatcher, equal from one render to the next (the
    /// components that skip re-rendering take it instead of a callback).
    dispatcher: UseReducerDispatcher<Session>,
    on_seek: Callback<usize>,
    analysis: &'a AnalysisData,
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
    let theme = session.theme.unwrap_or_else(|| SYSTEM_THEME.with(|t| *t));
    let lang = session.lang;
    use_look(theme, session.large, lang);
    use_help_focus(session.help);
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
    // The timeline, and the races, leaks and wait-for graph of the run so far.
    let ended = {
        let rec = session.recording.clone();
        use_memo(rec_key, move |_| {
            rec.map(|r| {
                let r = r.borrow();
                let end = r.machine_at(r.len());
                let waits = Rc::new(crate::viz::wait_for::wait_for(&end));
                (Rc::new(viz::timeline(&r)), (Rc::new(crate::sim::race_analysis::analyse(&end)), r.len(), waits))
            })
        })
    };
    let timeline = ended.as_ref().as_ref().map(|e| e.0.clone());
    let analysis: AnalysisData = ended.as_ref().as_ref().map(|e| e.1.clone());
    // The program text the explorer's results belong to, shared, not copied per render.
    let explore_source = {
        let source = session.source.clone();
        use_memo(session.source.clone(), move |_| Rc::<str>::from(source.as_str()))
    };
    let mut view = view_at(&session, &analysis, timeline);
    let cx = Ctx {
        s: &session,
        lang,
        dispatch: &dispatch,
        dispatcher: session.dispatcher(),
        on_seek: dispatch.reform(Action::Seek),
        analysis: &analysis,
    };
    let on_pick = dispatch.reform(Action::PickRace);
    let explore = if session.embed {
        Html::default()
    } else {
        html! {
            <ExploreView program={session.program.clone().map(ProgramRef)} source={(*explore_source).clone()} seed={session.seed} {lang}
                dispatch={session.dispatcher()} />
        }
    };
    let t = lang.text();
    let fly_ms = flight_ms(session.playing, session.speed);
    // The scene, the timeline and the console take their parts of the view
    // (moved, not cloned: a scene of hundreds of goroutines is big).
    let code = code_panel(&cx, view.as_mut().map(|v| std::mem::take(&mut v.markers)), session.picked, on_pick, explore);
    let above_scene = scene_panel(&cx, view.as_mut());
    let (scene, timeline, lines) = match view {
        Some(v) => (
            html! {
                <SceneView scene={v.scene} runnable={v.runnable} manual={session.policy == crate::sim::Policy::Manual}
                    on_choose={dispatch.reform(Action::Choose)} {lang} on_toggle_group={dispatch.reform(Action::ToggleGroup)}
                    transfer={v.transfer} step={session.cursor} {fly_ms} />
            },
            html! { <TimelineView timeline={v.timeline} cursor={session.cursor} on_seek={cx.on_seek.clone()} {lang} large={session.large} /> },
            v.lines,
        ),
        None => (Html::default(), Html::default(), Vec::new()),
    };
    let tools = ToolbarCtx { theme, dispatch: &dispatch, on_share: &on_share, on_export: &on_export };
    html! {
        <div class={if session.embed { "app embed" } else { "app" }}>
            <div class="top">
                { toolbar(&session, &tools) }
                { share_bar(&session, &dispatch) }
            </div>
            <main class="workspace">
                <section class="code-panel" aria-label={t.program_panel}>
                    { code }
                </section>
                <section class="scene-panel" aria-label={t.scene_panel}>
                    { above_scene }
                    { scene }
                </section>
            </main>
            <section class="timeline-panel" aria-label={t.timeline}>
                { timeline }
            </section>
            <section class="console-panel" aria-label={t.output_panel}>
                <Console {lines} dispatch={session.dispatcher()} {lang} />
            </section>
            if session.help {
                { help(lang, &dispatch) }
            }
        </div>
    }
}

/// The code panel: the editor, the compile errors, and the analysis with the explorer.
/// `markers` is `None` before a program compiles.
fn code_panel(
    cx: &Ctx,
    markers: Option<Vec<Marker>>,
    picked: Option<usize>,
    on_pick: Callback<usize>,
    explore: Html,
) -> Html {
    let (s, t) = (cx.s, cx.lang.text());
    html! {
        <>
            <Editor
                source={s.source.clone()}
                markers={markers.unwrap_or_default()}
                diagnostics={s.diagnostics.clone()}
                dispatch={cx.dispatcher.clone()}
                lang={cx.lang}
            />
            <ul class="diagnostics" data-testid="diagnostics" aria-label={t.diagnostics}>
                { for s.diagnostics.iter().map(|d| html! {
                    <li class="diagnostic" data-testid="diagnostic" data-line={d.line.to_string()}>
                        { format!("prog.go:{}:{}: {}", d.line, d.col, d.message) }
                    </li>
                }) }
            </ul>
            if let Some((analysis, end, wait_for)) = cx.analysis {
                { analysis_panel(&AnalysisCtx { analysis, end: *end, wait_for, picked, lang: cx.lang, on_seek: &cx.on_seek, on_pick: &on_pick }, explore) }
            }
        </>
    }
}

/// The scene panel's text above the scene: the example's or challenge's
/// words, the playhead, the manual chooser, the explain bar and the SVG export.
/// It takes the view's texts and choices (the view's scene stays).
fn scene_panel(cx: &Ctx, view: Option<&mut View>) -> Html {
    let (s, lang) = (cx.s, cx.lang);
    let t = lang.text();
    let export_scene = super::phrases::words(lang).export_scene;
    let has_view = view.is_some();
    let (outcome, explain, choose) = match view {
        Some(v) => (v.outcome.take(), std::mem::take(&mut v.explain), chooser(&v.choices, &v.cases, lang, cx.dispatch)),
        None => (None, t.fix_errors.to_string(), Html::default()),
    };
    html! {
        <>
            if let Some(e) = s.example.and_then(crate::gallery::find).filter(|_| !s.embed) {
                <p class="about" data-testid="about">{ lang.about(e) }</p>
            }
            if let Some(c) = s.challenge.and_then(crate::challenges::find) {
                { challenge_panel(c, challenge_reached(s, c, cx.analysis.as_ref().map(|a| &*a.0)), lang) }
            }
            <Playhead cursor={s.cursor} total={s.total()} finished={s.finished()} {outcome} {lang} on_seek={cx.on_seek.clone()} />
            { choose }
            <p class="explain" data-testid="explain" aria-live="polite">{ explain }</p>
            if has_view {
                <div class="scene-tools">
                    <button class="svg-export" data-testid="export-scene-svg" onclick={|_| super::svg_export::export_scene()}
                        aria-label={export_scene} title={export_scene}>{ "SVG ⤓" }</button>
                </div>
            }
        </>
    }
}

/// Builds what the page shows of the run at the cursor (`None` before a
/// program compiles).
fn view_at(session: &Session, analysis: &AnalysisData, timeline: Option<Rc<viz::Timeline>>) -> Option<View> {
    let rec = session.recording.as_ref()?.borrow();
    // Playing as fast as the page draws: the explain bar skips what needs
    // the machine before the step (one replay per frame saved).
    let full_speed = session.playing && super::state::SPEEDS.get(session.speed) == Some(&super::state::MAX_SPEED);
    let machine = rec.machine_at(session.cursor);
    let scene = viz::scene_with(&machine, &viz::SceneOptions { expanded: session.expanded.clone() });
    let explain =
        super::phrases::explanation(session.lang, &viz::explanation_at(&rec, session.cursor, &machine, !full_speed));
    let transfer = viz::transfer(&rec, session.cursor);
    let lines = console_lines(&rec, session.cursor);
    let timeline = timeline.unwrap_or_else(|| Rc::new(viz::timeline(&rec)));
    let mut markers: Vec<Marker> = scene
        .goroutines
        .iter()
        .filter(|g| g.line > 0 && !matches!(g.state, GState::Done))
        .map(|g| Marker { line: g.line, color: g.color, goid: g.goid, running: g.state == GState::Running })
        .collect();
    if let Some(race) = session.picked.and_then(|i| analysis.as_ref().and_then(|(a, _, _)| a.races.get(i))) {
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
    Some(View { scene, explain, lines, timeline, markers, runnable, outcome, choices, transfer, cases })
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
