//! The page's words in English and Russian: one table of strings per
//! language. The explain sentence and the goroutines' reasons come from `viz`
//! and are English only for now.

use crate::gallery::Example;

/// A language of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    /// The code kept in storage and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name, as the switch lists it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
        }
    }

    /// The table of strings in this language.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::Ru => &RU,
        }
    }

    /// A gallery example's explanation in this language.
    pub fn about(self, e: &Example) -> &'static str {
        match self {
            Lang::En => e.about_en,
            Lang::Ru => e.about_ru,
        }
    }

    /// A challenge's title.
    pub fn challenge_title(self, c: &crate::challenges::Challenge) -> &'static str {
        match self {
            Lang::En => c.title_en,
            Lang::Ru => c.title_ru,
        }
    }

    /// A challenge's goal and hint.
    pub fn challenge_goal(self, c: &crate::challenges::Challenge) -> &'static str {
        match self {
            Lang::En => c.goal_en,
            Lang::Ru => c.goal_ru,
        }
    }

    /// A gallery example's title; examples without a translation keep theirs.
    pub fn title(self, e: &Example) -> &'static str {
        match self {
            Lang::Ru if !e.title_ru.is_empty() => e.title_ru,
            _ => e.title,
        }
    }
}

/// Every visible string of the page in one language.
pub struct Text {
    pub controls: &'static str,
    pub your_program: &'static str,
    pub gallery: &'static str,
    pub run: &'static str,
    pub pause: &'static str,
    pub step: &'static str,
    pub step_back: &'static str,
    pub reset: &'static str,
    pub speed: &'static str,
    pub max: &'static str,
    pub per_second: &'static str,
    pub policy: &'static str,
    pub policy_label: &'static str,
    pub seed: &'static str,
    pub language: &'static str,
    pub theme_dark: &'static str,
    pub theme_light: &'static str,
    pub present: &'static str,
    pub help: &'static str,
    pub program_panel: &'static str,
    pub editor_label: &'static str,
    pub diagnostics: &'static str,
    pub scene_panel: &'static str,
    pub scene_label: &'static str,
    pub step_word: &'static str,
    pub seek: &'static str,
    pub fix_errors: &'static str,
    pub line: &'static str,
    pub unbuffered: &'static str,
    pub senders: &'static str,
    pub receivers: &'static str,
    pub closed: &'static str,
    pub channel: &'static str,
    pub timeline: &'static str,
    pub challenges: &'static str,
    pub challenge_reached: &'static str,
    pub challenge_missed: &'static str,
    pub challenge_how: &'static str,
    pub timeline_label: &'static str,
    pub output_panel: &'static str,
    pub console: &'static str,
    pub no_output: &'static str,
    pub go_to_step: &'static str,
    pub internal_error: &'static str,
    pub help_title: &'static str,
    pub help_keys: [(&'static str, &'static str); 6],
    pub help_editor: &'static str,
    pub close: &'static str,
    pub share_title: &'static str,
    pub share_made: &'static str,
    pub share_broken: &'static str,
    pub share_kept: &'static str,
    pub export_title: &'static str,
    pub choose_next: &'static str,
    pub run_goroutine: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_fit: &'static str,
    /// Goroutine states in the order running, runnable, blocked, sleeping,
    /// done, panicked.
    pub states: [&'static str; 6],
}

impl Text {
    /// The visible name of a goroutine state (`data-state` stays English).
    pub fn state(&self, state: crate::sim::GState) -> &'static str {
        use crate::sim::GState::*;
        let i = match state {
            Running => 0,
            Runnable => 1,
            Blocked => 2,
            Sleeping => 3,
            Done => 4,
            Panicked => 5,
        };
        self.states[i]
    }
}

pub static EN: Text = Text {
    controls: "Controls",
    your_program: "Your program",
    gallery: "Gallery of examples",
    run: "Run",
    pause: "Pause",
    step: "Step",
    step_back: "Back",
    reset: "Reset",
    speed: "Speed",
    max: "max",
    per_second: "/s",
    policy: "Policy",
    policy_label: "Scheduling policy",
    seed: "Seed",
    language: "Language",
    theme_dark: "Dark theme",
    theme_light: "Light theme",
    present: "Presentation mode (larger text)",
    help: "Keyboard shortcuts",
    program_panel: "Go program",
    editor_label: "Go source code",
    diagnostics: "Compile errors",
    scene_panel: "Scene",
    scene_label: "Goroutines and channels",
    step_word: "step",
    seek: "Seek to step",
    fix_errors: "Fix the compile errors to run the program.",
    line: "line",
    unbuffered: "unbuffered: hand-off only",
    senders: "senders",
    receivers: "receivers",
    closed: "closed",
    channel: "channel",
    timeline: "Timeline",
    challenges: "Challenges",
    challenge_reached: "Goal reached!",
    challenge_missed: "The run ended without reaching the goal: step back or press Reset and choose differently.",
    challenge_how: "You choose who runs next: click a runnable goroutine.",
    timeline_label: "Timeline: click to seek",
    output_panel: "Program output",
    console: "Console",
    no_output: "(no output yet)",
    go_to_step: "Go to the step that printed this line",
    internal_error: "Chanscope hit an internal error and stopped. Your program is kept in the editor; reload the page to go on.",
    help_title: "Keyboard shortcuts",
    help_keys: [
        ("Space", "play or pause"),
        ("→", "one step forward"),
        ("←", "one step back"),
        ("Home", "back to step 0"),
        ("?", "show or hide this help"),
        ("Esc", "close this help"),
    ],
    help_editor: "The keys do nothing while you type in the editor or a field. In the editor, Tab inserts a tab; press Esc first to leave it with Tab.",
    close: "Close",
    share_title: "Make a link to this program, schedule and step",
    share_made: "Link (copied if the browser allowed it):",
    share_broken: "This share link cannot be opened:",
    share_kept: "Your saved program is shown instead, untouched",
    export_title: "Download the trace as JSON (Chrome Trace Event format, opens in Perfetto)",
    choose_next: "Run next:",
    run_goroutine: "Run",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_fit: "Fit the whole run",
    states: ["running", "runnable", "blocked", "sleeping", "done", "panicked"],
};

pub static RU: Text = Text {
    controls: "Управление",
    your_program: "Ваша программа",
    gallery: "Галерея примеров",
    run: "Запуск",
    pause: "Пауза",
    step: "Шаг",
    step_back: "Назад",
    reset: "Сброс",
    speed: "Скорость",
    max: "макс",
    per_second: "/с",
    policy: "Политика",
    policy_label: "Политика планировщика",
    seed: "Зерно",
    language: "Язык",
    theme_dark: "Тёмная тема",
    theme_light: "Светлая тема",
    present: "Режим презентации (крупный текст)",
    help: "Клавиши",
    program_panel: "Программа на Go",
    editor_label: "Исходный код на Go",
    diagnostics: "Ошибки компиляции",
    scene_panel: "Сцена",
    scene_label: "Горутины и каналы",
    step_word: "шаг",
    seek: "Перейти к шагу",
    fix_errors: "Исправьте ошибки компиляции, чтобы запустить программу.",
    line: "строка",
    unbuffered: "без буфера: из рук в руки",
    senders: "отправители",
    receivers: "получатели",
    closed: "закрыт",
    channel: "канал",
    timeline: "Временная шкала",
    challenges: "Задачи",
    challenge_reached: "Цель достигнута!",
    challenge_missed: "Запуск закончился, а цель не достигнута: вернитесь назад или нажмите «Сброс» и выберите иначе.",
    challenge_how: "Вы выбираете, кто работает следующим: щёлкните готовую горутину.",
    timeline_label: "Временная шкала: щёлкните, чтобы перейти",
    output_panel: "Вывод программы",
    console: "Консоль",
    no_output: "(вывода пока нет)",
    go_to_step: "Перейти к шагу, напечатавшему эту строку",
    internal_error: "Chanscope остановился из-за внутренней ошибки. Ваша программа сохранена в редакторе; перезагрузите страницу, чтобы продолжить.",
    help_title: "Клавиши",
    help_keys: [
        ("Пробел", "запуск или пауза"),
        ("→", "шаг вперёд"),
        ("←", "шаг назад"),
        ("Home", "к шагу 0"),
        ("?", "показать или скрыть эту справку"),
        ("Esc", "закрыть справку"),
    ],
    help_editor: "Пока вы печатаете в редакторе или в поле, клавиши не действуют. В редакторе Tab вставляет табуляцию; чтобы выйти из него по Tab, сначала нажмите Esc.",
    close: "Закрыть",
    share_title: "Сделать ссылку на эту программу, расписание и шаг",
    share_made: "Ссылка (скопирована, если браузер разрешил):",
    share_broken: "Эту ссылку нельзя открыть:",
    share_kept: "Показана ваша сохранённая программа, она не изменена",
    export_title: "Скачать трассу в JSON (формат Chrome Trace Event, открывается в Perfetto)",
    choose_next: "Следующей выполнить:",
    run_goroutine: "Выполнить",
    zoom_in: "Приблизить",
    zoom_out: "Отдалить",
    zoom_fit: "Показать весь запуск",
    states: ["выполняется", "готова", "ждёт", "спит", "завершена", "паника"],
};

// ---- Scheduling: select-case choices, replays and the explorer ----

/// The words of the select-case chooser and the explorer, in one block.
pub struct SchedText {
    pub choose_case: &'static str,
    /// "Take case {k} of G{id}'s select" reads as `take_case` `k` `of_select` `G{id}`.
    pub take_case: &'static str,
    pub of_select: &'static str,
    pub case_word: &'static str,
    pub explore: &'static str,
    pub explore_title: &'static str,
    pub exploring: &'static str,
    pub stop: &'static str,
    pub schedules_tried: &'static str,
    pub none_found: &'static str,
    pub found: &'static str,
    pub steps: &'static str,
    pub replay: &'static str,
    pub replay_title: &'static str,
    pub deadlock: &'static str,
    pub panic: &'static str,
    pub limit: &'static str,
    pub wrong_output: &'static str,
    pub race: &'static str,
    pub other: &'static str,
}

impl Lang {
    /// The scheduling block of strings in this language.
    pub fn sched(self) -> &'static SchedText {
        match self {
            Lang::En => &SCHED_EN,
            Lang::Ru => &SCHED_RU,
        }
    }
}

const SCHED_EN: SchedText = SchedText {
    choose_case: "Take select case:",
    take_case: "Take case",
    of_select: "of the select in",
    case_word: "case",
    explore: "Find a bad schedule",
    explore_title:
        "Try many schedules and list runs that deadlock, panic, race, hit a limit or print something else than fifo",
    exploring: "Searching schedules…",
    stop: "Stop",
    schedules_tried: "schedules tried",
    none_found: "No failing run found.",
    found: "Failing runs:",
    steps: "steps",
    replay: "Replay",
    replay_title: "Load this run to step through it",
    deadlock: "deadlock",
    panic: "panic",
    limit: "stopped by a limit",
    wrong_output: "different output than fifo",
    race: "data race",
    other: "failed a check",
};

const SCHED_RU: SchedText = SchedText {
    choose_case: "Выбрать ветку select:",
    take_case: "Выбрать ветку",
    of_select: "в select у",
    case_word: "ветка",
    explore: "Найти плохое расписание",
    explore_title: "Перебрать много расписаний и показать запуски с взаимной блокировкой, паникой, гонкой данных, превышением лимита или выводом, отличным от fifo",
    exploring: "Перебираю расписания…",
    stop: "Остановить",
    schedules_tried: "расписаний проверено",
    none_found: "Плохих запусков не найдено.",
    found: "Плохие запуски:",
    steps: "шагов",
    replay: "Повторить",
    replay_title: "Загрузить этот запуск, чтобы пройти его по шагам",
    deadlock: "взаимная блокировка",
    panic: "паника",
    limit: "остановлен лимитом",
    wrong_output: "вывод не такой, как при fifo",
    race: "гонка данных",
    other: "не прошёл проверку",
};
// The analysis panel's words (races and leaks), kept in one block.

/// The analysis panel's fixed strings.
pub struct AnalysisText {
    pub title: &'static str,
    pub nothing: &'static str,
    /// The heading of the wait-for graph at a deadlock.
    pub wait_for: &'static str,
    /// The mark of a goroutine on a wait-for cycle.
    pub cycle: &'static str,
}

const ANALYSIS_EN: AnalysisText = AnalysisText {
    title: "Analysis",
    nothing: "No data races and no goroutines left behind so far.",
    wait_for: "Deadlock: who waits for whom",
    cycle: "on a cycle",
};

const ANALYSIS_RU: AnalysisText = AnalysisText {
    title: "Анализ",
    nothing: "Пока ни гонок данных, ни брошенных горутин.",
    wait_for: "Взаимная блокировка: кто кого ждёт",
    cycle: "в цикле",
};

impl Lang {
    /// The analysis panel's fixed strings in this language.
    pub fn analysis(self) -> &'static AnalysisText {
        match self {
            Lang::En => &ANALYSIS_EN,
            Lang::Ru => &ANALYSIS_RU,
        }
    }

    fn goroutine_name(self, goid: u64) -> String {
        match (self, goid) {
            (Lang::En, crate::sim::goroutine::MAIN_GOID) => "main".to_string(),
            (Lang::Ru, crate::sim::goroutine::MAIN_GOID) => "main".to_string(),
            (Lang::En, g) => format!("goroutine {g}"),
            (Lang::Ru, g) => format!("горутина {g}"),
        }
    }

    /// One race in a sentence: what raced, who touched it where, and how.
    pub fn race_text(self, r: &crate::sim::race_analysis::RaceView) -> String {
        let (now, before) = (&r.current, &r.previous);
        let (g1, g2) = (self.goroutine_name(now.goid), self.goroutine_name(before.goid));
        match self {
            Lang::En => format!(
                "Data race on {}: {g1} {} it at line {}, {g2} {} it at line {}, and nothing orders the two.",
                r.what,
                if now.write { "writes" } else { "reads" },
                now.line,
                if before.write { "wrote" } else { "read" },
                before.line
            ),
            Lang::Ru => {
                let what = match r.what {
                    "a map" => "map",
                    "a slice element" => "элемент среза",
                    "a package variable" => "переменная пакета",
                    _ => "переменная",
                };
                format!(
                    "Гонка данных ({what}): {g1} {} в строке {}, {g2} {} в строке {}, и ничто не упорядочивает эти обращения.",
                    if now.write { "пишет" } else { "читает" },
                    now.line,
                    if before.write { "писала" } else { "читала" },
                    before.line
                )
            }
        }
    }

    /// One goroutine left behind when main returned.
    /// One edge of the wait-for graph: who waits where, on what, for whom.
    pub fn wait_text(self, e: &crate::viz::wait_for::WaitEdge) -> String {
        let who = self.goroutine_name(e.goid);
        let holders: Vec<String> = e.waits_for.iter().map(|&g| self.goroutine_name(g)).collect();
        match self {
            Lang::En => {
                let mut t = format!("{who} waits at line {} ({}", e.line, e.reason);
                if let Some(o) = &e.object {
                    t.push_str(&format!(" on {o}"));
                }
                t.push(')');
                if !holders.is_empty() {
                    t.push_str(&format!(" → held by {}", holders.join(", ")));
                }
                t
            }
            Lang::Ru => {
                let mut t = format!("{who} ждёт в строке {} ({}", e.line, e.reason);
                if let Some(o) = &e.object {
                    t.push_str(&format!(" на {o}"));
                }
                t.push(')');
                if !holders.is_empty() {
                    t.push_str(&format!(" → держит {}", holders.join(", ")));
                }
                t
            }
        }
    }

    pub fn leak_text(self, l: &crate::sim::race_analysis::LeakView) -> String {
        match self {
            Lang::En => {
                format!("Leak: goroutine {} is left at line {} ({}) when main returns.", l.goid, l.line, l.reason)
            }
            Lang::Ru => format!(
                "Утечка: горутина {} остаётся в строке {} ({}), когда main завершается.",
                l.goid, l.line, l.reason
            ),
        }
    }
}
