//! The page's one state and its reducer: the program, its recording and the
//! cursor. Side effects (timers, storage) live in the components' effects.

use super::i18n::Lang;
pub use super::look::Theme;
pub use super::prefs::Saved;
use super::scene_view::GroupKey;
use crate::gallery;
use crate::ir::Program;
use crate::lang::{self, Diagnostic};
use crate::sim::{Choice, Config, GIdx, Limits, Policy, Recording};
use crate::source::LineIndex;
use std::cell::RefCell;
use std::rc::Rc;
use yew::Reducible;

/// Steps computed ahead per slice, so no slice blocks the page for long.
pub const COMPUTE_CHUNK: usize = 2_000;
/// Steps of the fifo run that measures a program's length for `pct`.
const PCT_ESTIMATE_STEPS: u64 = 50_000;
/// Steps the page records at most for one run.
pub const PAGE_MAX_STEPS: u64 = 200_000;
/// Play speeds in steps per second; the last means "as fast as the page draws".
pub const SPEEDS: [u32; 7] = [1, 2, 4, 8, 16, 60, MAX_SPEED];

/// Steps per second at which playing switches from a timer to one batch of
/// steps per animation frame.
pub const MAX_SPEED: u32 = 1000;

/// A compile error as the page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiagnosticView {
    pub line: u32,
    pub col: u32,
    pub message: String,
}

/// The whole state of the page.
#[derive(Clone, Debug)]
pub struct Session {
    pub source: String,
    pub example: Option<&'static str>,
    /// The challenge being played (its slug), until the program is edited or
    /// another one is loaded.
    pub challenge: Option<&'static str>,
    pub program: Option<Rc<Program>>,
    pub diagnostics: Vec<DiagnosticView>,
    pub recording: Option<Rc<RefCell<Recording>>>,
    /// The step shown: 0 is before the first step.
    pub cursor: usize,
    pub playing: bool,
    /// Index into `SPEEDS`.
    pub speed: usize,
    pub policy: Policy,
    pub seed: u64,
    /// The choices a `replay` run follows (a run loaded from the explorer or
    /// a link); the policy menu offers `replay` while there are some.
    pub script: Option<Rc<[Choice]>>,
    pub lang: Lang,
    /// The theme the user chose; `None` follows the system's preference.
    pub theme: Option<Theme>,
    /// Presentation mode: larger text for projectors.
    pub large: bool,
    /// Whether the keyboard help is open.
    pub help: bool,
    /// Opened from a share link and not changed since: nothing is saved to
    /// the browser's storage, so the user's own work stays as it was.
    pub linked: bool,
    /// The compact view for slides (`?embed=1`): nothing is saved either.
    pub embed: bool,
    /// The last share link made, shown until dismissed.
    pub share_url: Option<String>,
    /// Why the link the page was opened with could not be restored.
    pub share_error: Option<String>,
    /// The groups of goroutines the user opened into cards.
    pub expanded: Vec<GroupKey>,
    /// The race picked in the analysis panel: its two lines are highlighted.
    pub picked: Option<usize>,
    /// Bumped on every change, so props compare cheaply.
    pub version: u64,
}

impl PartialEq for Session {
    fn eq(&self, other: &Session) -> bool {
        self.version == other.version
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetSource(String),
    LoadExample(String),
    /// Loads a challenge's program under the manual policy.
    LoadChallenge(String),
    Run,
    Pause,
    /// Play if paused, pause if playing.
    TogglePlay,
    Step,
    StepBack,
    Reset,
    Seek(usize),
    /// The user picked who runs next (manual policy).
    Choose(GIdx),
    /// The user picked who runs next and which ready case its select takes.
    ChooseCase(GIdx, u16),
    /// Loads a run from its choices (for example a failing run the explorer
    /// found) under the `replay` policy with its seed.
    LoadReplay {
        seed: u64,
        choices: Rc<[Choice]>,
    },
    SetSpeed(usize),
    SetPolicy(Policy),
    SetSeed(u64),
    /// Computes more of the run ahead of the cursor.
    ComputeMore,
    /// One tick of the play timer: moves this many steps forward.
    Tick(usize),
    /// One animation frame while playing at the maximum speed: moves a batch
    /// of steps forward.
    Frame,
    SetLang(Lang),
    SetTheme(Theme),
    SetLarge(bool),
    ToggleHelp,
    CloseHelp,
    /// Shows a share link just made.
    ShowShareUrl(String),
    /// Hides the share link or the broken-link message.
    DismissShare,
    /// Opens a group of goroutines into cards, or closes it.
    ToggleGroup(GroupKey),
    /// Picks a race of the analysis panel (its index).
    PickRace(usize),
}

impl Session {
    pub fn new(source: String, example: Option<&'static str>) -> Session {
        let mut s = Session {
            source,
            example,
            challenge: None,
            program: None,
            diagnostics: Vec::new(),
            recording: None,
            cursor: 0,
            playing: false,
            speed: 3,
            policy: Policy::Fifo,
            seed: 1,
            script: None,
            lang: Lang::En,
            theme: None,
            large: false,
            help: false,
            linked: false,
            embed: false,
            share_url: None,
            share_error: None,
            expanded: Vec::new(),
            picked: None,
            version: 0,
        };
        s.recompile();
        s
    }

    /// The page's first state: the default gallery example.
    pub fn initial() -> Session {
        let e = gallery::default_example();
        Session::new(e.source.to_string(), Some(e.slug))
    }

    /// The page as it was left: the saved program (or gallery example) and
    /// settings, falling back to the first state for anything missing.
    pub fn restore(saved: &Saved) -> Session {
        let example = saved.example.as_deref().and_then(gallery::find);
        let (source, example) = match (&saved.source, example) {
            (Some(src), Some(e)) if src == e.source => (src.clone(), Some(e.slug)),
            (Some(src), _) => (src.clone(), None),
            (None, Some(e)) => (e.source.to_string(), Some(e.slug)),
            (None, None) => {
                let e = gallery::default_example();
                (e.source.to_string(), Some(e.slug))
            }
        };
        let mut s = Session::new(String::new(), example);
        s.source = source;
        s.policy = saved.policy.unwrap_or(s.policy);
        s.seed = saved.seed.unwrap_or(s.seed);
        s.speed = saved.speed.unwrap_or(s.speed).min(SPEEDS.len() - 1);
        s.lang = saved.lang.unwrap_or_default();
        s.theme = saved.theme;
        s.large = saved.large;
        // A challenge comes back while its program is unchanged.
        s.challenge = saved
            .challenge
            .as_deref()
            .and_then(crate::challenges::find)
            .filter(|c| c.source == s.source)
            .map(|c| c.slug);
        s.recompile();
        s
    }

    /// Whether changes are saved to the browser's storage.
    pub fn persists(&self) -> bool {
        !self.linked && !self.embed
    }

    /// Whether playing runs at the "as fast as the page draws" speed.
    pub fn max_speed(&self) -> bool {
        SPEEDS[self.speed] >= MAX_SPEED
    }

    /// Steps per animation frame at the maximum speed: a whole run plays in
    /// about two seconds at 60 frames a second, and never slower than four
    /// steps a frame.
    pub fn frame_batch(&self) -> usize {
        (self.total() / 120).max(4)
    }

    /// The number of steps recorded so far.
    pub fn total(&self) -> usize {
        self.recording.as_ref().map(|r| r.borrow().len()).unwrap_or(0)
    }

    /// Whether the whole run is recorded.
    pub fn finished(&self) -> bool {
        self.recording.as_ref().map(|r| r.borrow().is_finished()).unwrap_or(true)
    }

    /// Whether the page should keep recording ahead on its own.
    pub fn wants_more(&self) -> bool {
        self.policy != Policy::Manual && !self.finished() && (self.total() as u64) < PAGE_MAX_STEPS
    }

    /// Compiles the source and starts a fresh recording at step 0.
    pub(super) fn recompile(&mut self) {
        self.playing = false;
        self.cursor = 0;
        match lang::compile(&self.source) {
            Ok(program) => {
                let program = Rc::new(program);
                self.diagnostics.clear();
                self.restart(program);
            }
            Err(diags) => {
                let lines = LineIndex::new(&self.source);
                self.diagnostics = diags.iter().map(|d| diagnostic_view(d, &lines)).collect();
                self.program = None;
                self.recording = None;
            }
        }
    }

    fn restart(&mut self, program: Rc<Program>) {
        let limits = Limits { max_steps: PAGE_MAX_STEPS, ..Limits::default() };
        if self.policy == Policy::Replay && self.script.is_none() {
            self.policy = Policy::Fifo;
        }
        // The page always runs the race detector: it is a teaching tool.
        let config = Config { seed: self.seed, policy: self.policy, limits, race: true };
        let mut rec = match (&self.script, self.policy) {
            (Some(script), Policy::Replay) => Recording::replay(program.clone(), config, script),
            // PCT spreads its change points over the length of the fifo run.
            (_, Policy::Pct) => Recording::from_machine(crate::sim::explore::pct_machine(
                program.clone(),
                config,
                crate::sim::sched::PCT_DEFAULT_DEPTH,
                PCT_ESTIMATE_STEPS,
            )),
            _ => Recording::new(program.clone(), config),
        };
        if self.policy != Policy::Manual {
            rec.advance_by(COMPUTE_CHUNK);
        }
        self.program = Some(program);
        self.recording = Some(Rc::new(RefCell::new(rec)));
        self.cursor = 0;
    }

    /// Moves one step forward, recording the step first if needed.
    fn step_forward(&mut self, choice: Option<Choice>) -> bool {
        let Some(rec) = &self.recording else { return false };
        let mut rec = rec.borrow_mut();
        if self.cursor < rec.len() {
            self.cursor += 1;
            return true;
        }
        if rec.is_finished() || rec.len() as u64 >= PAGE_MAX_STEPS {
            return false;
        }
        let before = rec.len();
        rec.advance_with(choice);
        if rec.len() > before {
            self.cursor = rec.len();
            true
        } else {
            false
        }
    }
}

fn diagnostic_view(d: &Diagnostic, lines: &LineIndex) -> DiagnosticView {
    let lc = lines.line_col(d.span.start);
    DiagnosticView { line: lc.line, col: lc.col, message: d.message.clone() }
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.version += 1;
        match action {
            Action::SetSource(text) => {
                s.linked = false;
                s.source = text;
                s.example = None;
                s.challenge = None;
                s.recompile();
            }
            Action::LoadExample(slug) => {
                if let Some(e) = gallery::find(&slug) {
                    s.linked = false;
                    s.source = e.source.to_string();
                    s.example = Some(e.slug);
                    s.challenge = None;
                    s.recompile();
                }
            }
            Action::LoadChallenge(slug) => {
                if let Some(c) = crate::challenges::find(&slug) {
                    s.linked = false;
                    s.source = c.source.to_string();
                    s.example = None;
                    s.challenge = Some(c.slug);
                    s.policy = Policy::Manual;
                    s.script = None;
                    s.recompile();
                }
            }
            Action::Run => {
                if s.recording.is_some() {
                    if s.finished() && s.cursor >= s.total() {
                        s.cursor = 0;
                    }
                    s.playing = true;
                }
            }
            Action::Pause => s.playing = false,
            Action::TogglePlay => {
                if s.playing {
                    s.playing = false;
                } else {
                    return self.reduce(Action::Run);
                }
            }
            Action::Step => {
                s.playing = false;
                s.step_forward(None);
            }
            Action::Tick(n) => {
                for _ in 0..n.max(1) {
                    if !s.playing {
                        break;
                    }
                    if !s.step_forward(None) {
                        if !s.wants_more() {
                            s.playing = false;
                        }
                        break;
                    }
                }
            }
            Action::StepBack => {
                s.playing = false;
                s.cursor = s.cursor.saturating_sub(1);
            }
            Action::Reset => {
                s.playing = false;
                s.cursor = 0;
            }
            Action::Seek(step) => s.cursor = step.min(s.total()),
            Action::Choose(g) => {
                s.playing = false;
                if s.cursor == s.total() {
                    s.step_forward(Some(Choice::run(g)));
                }
            }
            Action::ChooseCase(g, case) => {
                s.playing = false;
                if s.cursor == s.total() {
                    s.step_forward(Some(Choice { g, case: Some(case) }));
                }
            }
            Action::LoadReplay { seed, choices } => {
                s.seed = seed;
                s.policy = Policy::Replay;
                s.script = Some(choices);
                s.linked = false;
                s.recompile();
            }
            Action::SetSpeed(i) => s.speed = i.min(SPEEDS.len() - 1),
            Action::SetPolicy(p) => {
                s.policy = p;
                s.linked = false;
                s.recompile();
            }
            Action::SetSeed(seed) => {
                s.seed = seed;
                s.linked = false;
                s.recompile();
            }
            Action::SetLang(lang) => s.lang = lang,
            Action::SetTheme(theme) => s.theme = Some(theme),
            Action::SetLarge(large) => s.large = large,
            Action::ToggleHelp => s.help = !s.help,
            Action::CloseHelp if self.help => s.help = false,
            Action::CloseHelp => {
                s.version -= 1;
                return self;
            }
            Action::ShowShareUrl(url) => s.share_url = Some(url),
            Action::DismissShare => {
                s.share_url = None;
                s.share_error = None;
            }
            Action::ToggleGroup(key) => match s.expanded.iter().position(|k| *k == key) {
                Some(i) => {
                    s.expanded.remove(i);
                }
                None => s.expanded.push(key),
            },
            Action::PickRace(i) => s.picked = Some(i),
            Action::Frame => return self.clone().reduce(Action::Tick(self.frame_batch())),
            Action::ComputeMore => {
                if s.wants_more() {
                    if let Some(rec) = &s.recording {
                        rec.borrow_mut().advance_by(COMPUTE_CHUNK);
                    }
                } else {
                    s.version -= 1;
                    return self;
                }
            }
        }
        Rc::new(s)
    }
}
