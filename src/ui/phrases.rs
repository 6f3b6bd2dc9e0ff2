//! The engine's structured sentences (goroutine reasons, explain-bar
//! clauses, object statuses) in the page's language. English comes from
//! `viz` itself, so `data-reason` stays the same whatever the language.

use super::i18n::Lang;
use crate::sim::explore::Strategy;
use crate::viz::scene::{SyncObj, SyncView};
use crate::viz::{Explanation, Part, Reason};

/// A goroutine's reason in `lang`.
pub fn reason(lang: Lang, r: &Reason) -> String {
    if lang == Lang::En {
        return r.english();
    }
    match r {
        Reason::SendNoReceiver { ch } => format!("ждёт отправки в {ch}: ни один получатель не готов"),
        Reason::SendFull { ch, len, cap } => format!("ждёт отправки в {ch}: буфер полон ({len}/{cap})"),
        Reason::RecvNoSender { ch } => format!("ждёт получения из {ch}: ни один отправитель не готов"),
        Reason::RecvEmpty { ch } => format!("ждёт получения из {ch}: буфер пуст"),
        Reason::SendNil => "отправка в nil-канал: ждёт вечно".to_string(),
        Reason::RecvNil => "получение из nil-канала: ждёт вечно".to_string(),
        Reason::Lock { name, holder: Some(g) } => format!("ждёт блокировки {name}: её держит G{g}"),
        Reason::Lock { name, holder: None } => format!("ждёт блокировки {name}"),
        Reason::WriteLock { name } => format!("ждёт записи в {name}: его держат читатели или писатель"),
        Reason::ReadLock { name } => format!("ждёт чтения {name}: писатель держит его или ждёт"),
        Reason::WaitGroup { name, count } => format!("ждёт, пока {name} дойдёт до нуля (сейчас {count})"),
        Reason::SleepUntil { time } => format!("спит до {time} по виртуальным часам"),
        Reason::Sleep => "спит по виртуальным часам".to_string(),
        Reason::OnceDo => "ждёт, пока другая горутина закончит once.Do".to_string(),
        Reason::CondWait => "ждёт сигнала sync.Cond".to_string(),
        Reason::Select => "ждёт в select: ни один вариант не готов".to_string(),
        Reason::SelectForever => "select {} ждёт вечно".to_string(),
        Reason::Blocked => "заблокирована".to_string(),
        Reason::Running => "выполняется".to_string(),
        Reason::Runnable => "готова к запуску, ждёт своей очереди".to_string(),
        Reason::Sleeping => "спит".to_string(),
        Reason::Done => "завершена".to_string(),
        Reason::Panicked => "в панике".to_string(),
    }
}

/// One explain-bar clause in Russian.
fn part_ru(p: &Part) -> String {
    match p {
        Part::Spawn { g, child } => format!("G{g} запускает G{child} оператором go"),
        Part::MakeUnbuffered { g, ch } => format!("G{g} создаёт небуферизованный канал {ch}"),
        Part::MakeBuffered { g, ch, cap } => format!("G{g} создаёт канал {ch} с буфером на {cap}"),
        Part::SendWaits { g, ch } => {
            format!("G{g} блокируется: из {ch} пока никто не получает, поэтому отправка ждёт получателя")
        }
        Part::SendFull { g, ch, len, cap } => {
            format!("G{g} блокируется: {ch} полон ({len}/{cap}), поэтому отправка ждёт получателя")
        }
        Part::RecvWaits { g, ch } => format!("G{g} блокируется: в {ch} нечего получить, поэтому она ждёт отправителя"),
        Part::SendNil { g } => format!("G{g} отправляет в nil-канал и блокируется навсегда"),
        Part::RecvNil { g } => format!("G{g} получает из nil-канала и блокируется навсегда"),
        Part::Sleeps { g } => format!("G{g} засыпает по виртуальным часам"),
        Part::Blocks { g, why } => format!("G{g} блокируется: {}", reason(Lang::Ru, why)),
        Part::HandOff { g, value, to, ch } => format!("G{g} передаёт {value} горутине G{to} через {ch}"),
        Part::Buffers { g, value, ch, len, cap } => format!("G{g} кладёт {value} в буфер {ch} ({len}/{cap})"),
        Part::RecvClosed { g, ch } => format!("G{g} получает нулевое значение: {ch} закрыт и пуст"),
        Part::Recv { g, value, ch } => format!("G{g} получает {value} из {ch}"),
        Part::Close { g, ch } => format!("G{g} закрывает {ch}"),
        Part::Wakes { g } => format!("G{g} снова может выполняться"),
        Part::Prints { g, text } => format!("G{g} печатает {}", crate::sim::stdlib::go_quote(text)),
        Part::Race { g } => {
            format!("обращение G{g} к памяти — гонка с другой горутиной: детектор гонок сообщает о ней")
        }
        Part::Finishes { g } => format!("G{g} возвращается из своей функции и завершается"),
        Part::Panics { g, message } => format!("G{g} паникует: {message}"),
        Part::Deadlock => "все горутины заблокированы: Go сообщает о взаимной блокировке".to_string(),
        Part::Ends { label } => format!("программа завершается: {}", outcome_ru(label)),
    }
}

/// An outcome label (English data from `sim`) in `lang`.
pub fn outcome(lang: Lang, label: &str) -> String {
    match lang {
        Lang::En => label.to_string(),
        Lang::Ru => outcome_ru(label),
    }
}

/// How the explorer scheduled a run, in `lang`.
pub fn strategy(lang: Lang, s: &Strategy) -> String {
    match (lang, s) {
        (Lang::En, _) | (_, Strategy::Fifo) => s.describe(),
        (Lang::Ru, Strategy::Random { seed }) => format!("random, зерно {seed}"),
        (Lang::Ru, Strategy::Pct { seed, depth }) => format!("pct глубины {depth}, зерно {seed}"),
        (Lang::Ru, Strategy::Search { preemptions }) => format!("перебор, вытеснений: {preemptions}"),
    }
}

/// An outcome label in Russian (the label is English data from `sim`).
fn outcome_ru(label: &str) -> String {
    if let Some(code) = label.strip_prefix("exit status ") {
        return format!("код выхода {code}");
    }
    match label {
        "panic (exit status 2)" => "паника (код выхода 2)".to_string(),
        "deadlock (exit status 2)" => "взаимная блокировка (код выхода 2)".to_string(),
        "stopped by a limit" => "остановлена ограничением".to_string(),
        other => other.to_string(),
    }
}

/// The explain-bar sentence in `lang`.
pub fn explanation(lang: Lang, e: &Explanation) -> String {
    if lang == Lang::En {
        return e.english();
    }
    match e {
        Explanation::Start => "Программа вот-вот начнётся: G1 выполнит main.".to_string(),
        Explanation::Line { g, line, quote } if quote.is_empty() => format!("G{g} выполняет строку {line}."),
        Explanation::Line { g, line, quote } => format!("G{g} выполняет строку {line}: `{quote}`."),
        Explanation::Parts(parts) => {
            let mut s = parts.iter().map(part_ru).collect::<Vec<_>>().join("; ");
            s.push('.');
            s
        }
    }
}

/// The status line of an object box in `lang`.
pub fn object_status(lang: Lang, o: &SyncView) -> String {
    let ru = lang == Lang::Ru;
    let gs = |list: &[u64]| list.iter().map(|g| format!("G{g}")).collect::<Vec<_>>().join(", ");
    match o.kind {
        SyncObj::Mutex | SyncObj::RwMutex => match (o.owner, o.readers.len(), ru) {
            (Some(g), _, false) if o.kind == SyncObj::RwMutex => format!("write-locked by G{g}"),
            (Some(g), _, true) if o.kind == SyncObj::RwMutex => format!("на запись держит G{g}"),
            (Some(g), _, false) => format!("locked by G{g}"),
            (Some(g), _, true) => format!("держит G{g}"),
            (None, 0, false) => "unlocked".to_string(),
            (None, 0, true) => "свободен".to_string(),
            (None, n, false) => format!("{n} reader(s): {}", gs(&o.readers)),
            (None, n, true) => format!("читателей: {n}: {}", gs(&o.readers)),
        },
        SyncObj::WaitGroup if ru => format!("счётчик {}", o.count),
        SyncObj::WaitGroup => format!("counter {}", o.count),
        SyncObj::Once => match (o.done, o.owner, ru) {
            (true, _, false) => "done: the function ran".to_string(),
            (true, _, true) => "выполнено: функция отработала".to_string(),
            (false, Some(g), false) => format!("G{g} is running the function"),
            (false, Some(g), true) => format!("G{g} выполняет функцию"),
            (false, None, false) => "not run yet".to_string(),
            (false, None, true) => "ещё не выполнялось".to_string(),
        },
        SyncObj::Cond if ru => format!("замок {}", o.value),
        SyncObj::Cond => format!("lock {}", o.value),
        SyncObj::Atomic if ru => format!("значение {}", o.value),
        SyncObj::Atomic => format!("value {}", o.value),
        SyncObj::Timer => {
            let every = match (&o.period, ru) {
                (Some(p), false) => format!(", every {p}"),
                (Some(p), true) => format!(", каждые {p}"),
                (None, _) => String::new(),
            };
            match (&o.fire, ru) {
                (Some(t), false) => format!("fires at {t}{every}"),
                (Some(t), true) => format!("сработает в {t}{every}"),
                (None, false) => "stopped or fired".to_string(),
                (None, true) => "остановлен или сработал".to_string(),
            }
        }
    }
}

/// The waiting line of an object box in `lang`.
pub fn waiting(lang: Lang, waiters: &[u64]) -> String {
    if waiters.is_empty() {
        return String::new();
    }
    let list = goroutine_list(waiters);
    match lang {
        Lang::En => format!("waiting: {list}"),
        Lang::Ru => format!("ждут: {list}"),
    }
}

/// The page's own words for the parts this module draws.
pub struct Words {
    pub export_scene: &'static str,
    pub export_timeline: &'static str,
}

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => {
            &Words { export_scene: "Download the scene as SVG", export_timeline: "Download the timeline as SVG" }
        }
        Lang::Ru => &Words {
            export_scene: "Скачать сцену в SVG", export_timeline: "Скачать временную шкалу в SVG"
        },
    }
}

/// Goroutines a queue holds, `G3, G4, G5 +12`: at most three named, so a
/// long queue stays inside its box.
pub fn goroutine_list(gs: &[u64]) -> String {
    const SHOWN: usize = 3;
    let mut list = gs.iter().take(SHOWN).map(|g| format!("G{g}")).collect::<Vec<_>>().join(", ");
    if gs.len() > SHOWN {
        list.push_str(&format!(" +{}", gs.len() - SHOWN));
    }
    list
}

/// Why a share link could not be opened, in `lang` (`share::decode` and
/// `Session::open_shared` say it in English; the numbers are kept).
pub fn share_error(lang: Lang, why: &str) -> String {
    if lang == Lang::En {
        return why.to_string();
    }
    let fixed = match why {
        "it is not valid base64" => Some("это не base64"),
        "its compressed data is damaged" => Some("сжатые данные повреждены"),
        "its text is not UTF-8" => Some("её текст не в UTF-8"),
        "it was made by an unknown version of Chanscope" => Some("она сделана неизвестной версией Chanscope"),
        "its policy is unknown" => Some("неизвестная политика планировщика"),
        "its seed is not a number" => Some("зерно — не число"),
        "its step is not a number" => Some("шаг — не число"),
        "its program does not compile, so it has no steps" => Some("её программа не компилируется, шагов нет"),
        "it has manual choices but not the manual policy" => Some("в ней есть ручные выборы, но политика не manual"),
        _ => None,
    };
    if let Some(text) = fixed {
        return text.to_string();
    }
    let number = |s: &str| s.split(|c: char| !c.is_ascii_digit()).find(|w| !w.is_empty()).unwrap_or("?").to_string();
    if let Some(what) = why.strip_prefix("the ").and_then(|s| s.strip_suffix(" is missing")) {
        let part = match what {
            "header" => "заголовок",
            "policy" => "политика",
            "seed" => "зерно",
            "step" => "шаг",
            "choices" => "выборы",
            _ => "программа",
        };
        return format!("нет части «{part}»");
    }
    if let Some(rest) = why.strip_prefix("its choice at step ") {
        return format!("её выбор на шаге {} называет горутину, которая не может выполняться", number(rest));
    }
    if let Some(rest) = why.strip_prefix("its step ") {
        let total = rest.split_once('(').map(|(_, t)| number(t)).unwrap_or_default();
        return format!("её шаг {} дальше конца запуска ({total} шагов)", number(rest));
    }
    if why.starts_with("a choice is wrong") {
        return "в ней неверный выбор".to_string();
    }
    why.to_string()
}
