//! The gallery: example programs written for the page, one per idea of the
//! course notes, each with a short explanation of what to watch for.

/// One gallery entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// Stable name used in `data-example` and links.
    pub slug: &'static str,
    pub title: &'static str,
    /// The title in Russian.
    pub title_ru: &'static str,
    pub source: &'static str,
    /// What to watch for, in English.
    pub about_en: &'static str,
    /// What to watch for, in Russian.
    pub about_ru: &'static str,
}

pub const EXAMPLES: &[Example] = &[
    Example {
        slug: "ping-pong",
        title: "Ping-pong: two goroutines take turns",
        title_ru: "Пинг-понг: две горутины по очереди",
        source: include_str!("../examples/ping-pong.go"),
        about_en: "Two goroutines take turns: each send on an unbuffered channel waits until the other side receives, so the output alternates.",
        about_ru: "Две горутины ходят по очереди: отправка в небуферизованный канал ждёт, пока другая сторона примет значение, поэтому вывод чередуется.",
    },
    Example {
        slug: "goroutines",
        title: "S1 · Goroutines, Sleep and GOMAXPROCS",
        title_ru: "S1 · Горутины, Sleep и GOMAXPROCS",
        source: include_str!("../examples/s01-goroutines.go"),
        about_en: "`go` starts a function in a new goroutine and main goes on at once. Watch the two workers sleep on the virtual clock, and main's Sleep keep the program alive: when main returns, everything stops.",
        about_ru: "`go` запускает функцию в новой горутине, а main сразу идёт дальше. Смотрите, как воркеры спят по виртуальным часам, а Sleep в main не даёт программе завершиться: когда main возвращается, всё останавливается.",
    },
    Example {
        slug: "channels",
        title: "S2 · Unbuffered vs buffered channels, close and range, a leak",
        title_ru: "S2 · Небуферизованные и буферизованные каналы, close и range, утечка",
        source: include_str!("../examples/s02-channels.go"),
        about_en: "An unbuffered send waits for its receiver; a buffered one goes ahead while there is room. `close` ends a `range` loop. The last goroutine sends where nobody listens: it stays blocked when main returns (a leak).",
        about_ru: "Отправка в небуферизованный канал ждёт получателя; в буферизованный — проходит, пока есть место. `close` завершает цикл `range`. Последняя горутина отправляет туда, где никто не слушает: она остаётся заблокированной после выхода main (утечка).",
    },
    Example {
        slug: "select",
        title: "S3 · select: default, timeout, quit channel",
        title_ru: "S3 · select: default, таймаут, канал отмены",
        source: include_str!("../examples/s03-select.go"),
        about_en: "`select` waits on several channels at once and takes a ready case; `default` makes it non-blocking; `time.After` gives a timeout; a quit channel stops a worker loop.",
        about_ru: "`select` ждёт сразу на нескольких каналах и выбирает готовый случай; `default` делает его неблокирующим; `time.After` даёт таймаут; канал quit останавливает цикл воркера.",
    },
    Example {
        slug: "timers",
        title: "S4 · Timers and tickers on the virtual clock",
        title_ru: "S4 · Таймеры и тикеры на виртуальных часах",
        source: include_str!("../examples/s04-timers.go"),
        about_en: "`time.Tick` delivers a value every period and `time.After` once. Time only moves when every goroutine waits, so the run takes no real time.",
        about_ru: "`time.Tick` присылает значение каждый период, а `time.After` — один раз. Время идёт, только когда все горутины ждут, поэтому программа не тратит реального времени.",
    },
    Example {
        slug: "context",
        title: "S5 · context: timeouts and cancellation",
        title_ru: "S5 · context: таймауты и отмена",
        source: include_str!("../examples/s05-context.go"),
        about_en: "A context carries a deadline and a Done channel: the slow call gives up when the deadline passes, and cancelling a parent cancels every context below it.",
        about_ru: "Контекст несёт дедлайн и канал Done: медленный вызов сдаётся, когда дедлайн прошёл, а отмена родителя отменяет все контексты под ним.",
    },
    Example {
        slug: "worker-pool",
        title: "S6 · Worker pool",
        title_ru: "S6 · Пул воркеров",
        source: include_str!("../examples/s06-worker-pool.go"),
        about_en: "Three workers take jobs from a buffered channel and send results back; closing `jobs` ends their `range` loops. Watch the buffer slots fill and drain.",
        about_ru: "Три воркера берут задания из буферизованного канала и отправляют результаты обратно; закрытие `jobs` завершает их циклы `range`. Смотрите, как заполняются и освобождаются слоты буфера.",
    },
    Example {
        slug: "semaphore",
        title: "S6 · Semaphore: at most two at a time",
        title_ru: "S6 · Семафор: не больше двух одновременно",
        source: include_str!("../examples/s06-semaphore.go"),
        about_en: "A buffered channel of capacity 2 is a semaphore: a goroutine puts a token in before working and takes it out after, so at most two work at once; the others block on the full buffer.",
        about_ru: "Буферизованный канал ёмкостью 2 — это семафор: горутина кладёт жетон перед работой и забирает после, поэтому одновременно работают не больше двух; остальные блокируются на полном буфере.",
    },
    Example {
        slug: "waitgroup",
        title: "S7 · WaitGroup",
        title_ru: "S7 · WaitGroup",
        source: include_str!("../examples/s07-waitgroup.go"),
        about_en: "`wg.Add` counts the work, each goroutine calls `wg.Done` (deferred) when it finishes, and `wg.Wait` blocks main until the counter is back to zero.",
        about_ru: "`wg.Add` считает работу, каждая горутина вызывает `wg.Done` (через defer) по завершении, а `wg.Wait` блокирует main, пока счётчик не вернётся к нулю.",
    },
    Example {
        slug: "mutex",
        title: "S8 · Mutex protecting shared data",
        title_ru: "S8 · Mutex защищает общие данные",
        source: include_str!("../examples/s08-mutex.go"),
        about_en: "Each deposit locks `mu` before touching `balance`; a goroutine that finds it locked waits in the mutex's queue until the owner unlocks.",
        about_ru: "Каждый депозит захватывает `mu`, прежде чем менять `balance`; горутина, нашедшая мьютекс занятым, ждёт в его очереди, пока владелец не отпустит его.",
    },
    Example {
        slug: "map-race",
        title: "S8 · A map race the run does not show",
        title_ru: "S8 · Гонка на map, которую запуск не показывает",
        source: include_str!("../examples/s08-map-race.go"),
        about_en: "Two goroutines write one map without a lock. The counts come out right here, but watch the analysis panel: the race detector reports the race on `counts` (line 21 against line 21), because nothing orders the two writers. Click the race to see the step. The fix: a `sync.Mutex` around `counts[w]++`, or one map per goroutine merged after `Wait`.",
        about_ru: "Две горутины пишут в одну map без блокировки. Здесь счётчики выходят правильными, но посмотрите на панель анализа: детектор гонок сообщает о гонке на `counts` (строка 21 против строки 21), потому что ничто не упорядочивает двух писателей. Щёлкните по гонке, чтобы перейти к шагу. Исправление: `sync.Mutex` вокруг `counts[w]++` или своя map у каждой горутины со слиянием после `Wait`.",
    },
    Example {
        slug: "rwmutex",
        title: "S8 · RWMutex: many readers, one writer",
        title_ru: "S8 · RWMutex: много читателей, один писатель",
        source: include_str!("../examples/s08-rwmutex.go"),
        about_en: "Readers share the lock with `RLock`; the writer's `Lock` waits until every reader has left, and while it waits no new reader gets in.",
        about_ru: "Читатели делят блокировку через `RLock`; `Lock` писателя ждёт, пока все читатели уйдут, и пока он ждёт, новые читатели не входят.",
    },
    Example {
        slug: "memo-cache",
        title: "S9 · Memo cache with a ready channel",
        title_ru: "S9 · Мемо-кэш с каналом ready",
        source: include_str!("../examples/s09-memo-cache.go"),
        about_en: "Four goroutines ask for the same key: the first computes it, the others wait on the entry's ready channel, which is closed once the result is in.",
        about_ru: "Четыре горутины просят один ключ: первая вычисляет его, остальные ждут на канале ready записи, который закрывается, когда результат готов.",
    },
    Example {
        slug: "batcher",
        title: "S10 · Batcher with two sync.Conds",
        title_ru: "S10 · Батчер на двух sync.Cond",
        source: include_str!("../examples/s10-batcher.go"),
        about_en: "Producers wait on notFull while a batch is pending; the consumer waits on notEmpty until a batch is full. Watch Wait release the mutex and Signal wake a waiter.",
        about_ru: "Производители ждут на notFull, пока батч не забран; потребитель ждёт на notEmpty, пока батч не наберётся. Смотрите, как Wait отпускает мьютекс, а Signal будит ждущего.",
    },
    Example {
        slug: "http-handlers",
        title: "S11 · HTTP handlers on a shared map",
        title_ru: "S11 · HTTP-обработчики и общая мапа",
        source: include_str!("../examples/s11-http-handlers.go"),
        about_en: "Each request runs its handler in its own goroutine, as net/http does; the set handler locks a Mutex before writing the shared map, so concurrent requests cannot corrupt it.",
        about_ru: "Каждый запрос выполняет обработчик в своей горутине, как в net/http; обработчик set захватывает Mutex перед записью в общую мапу, поэтому одновременные запросы её не портят.",
    },
    Example {
        slug: "gosched",
        title: "S12 · runtime.Gosched: taking turns",
        title_ru: "S12 · runtime.Gosched: по очереди",
        source: include_str!("../examples/s12-gosched.go"),
        about_en: "`runtime.Gosched` gives up the processor: the goroutine goes to the back of the run queue, so with one processor the two loops alternate.",
        about_ru: "`runtime.Gosched` уступает процессор: горутина встаёт в конец очереди, поэтому на одном процессоре два цикла чередуются.",
    },
    Example {
        slug: "deadlock",
        title: "A deadlock: nobody receives",
        title_ru: "Взаимная блокировка: никто не принимает",
        source: include_str!("../examples/deadlock.go"),
        about_en: "main sends on an unbuffered channel that nobody reads: every goroutine is asleep, so Go stops the program with a deadlock report.",
        about_ru: "main отправляет в небуферизованный канал, из которого никто не читает: все горутины спят, и Go останавливает программу с сообщением о deadlock.",
    },
];

/// The example the page opens on.
pub fn default_example() -> &'static Example {
    &EXAMPLES[0]
}

pub fn find(slug: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.slug == slug)
}

/// The trace hash of an example's run under `policy` and `seed` (FNV-1a of
/// its `chanscope-trace` JSON), or `None` if it does not compile.
pub fn trace_hash_of(source: &str, policy: crate::sim::Policy, seed: u64) -> Option<u64> {
    let program = crate::lang::compile(source).ok()?;
    let config = crate::sim::Config { seed, policy, ..crate::sim::Config::default() };
    let recording = crate::sim::Recording::run(std::rc::Rc::new(program), config);
    Some(crate::sim::trace_json::trace_hash(&recording))
}

/// Checks a table of blessed trace hashes (`slug policy seed hash` lines,
/// `#` comments, as in tests/trace_hashes.txt) against this build: how many
/// lines were checked, and one description for each line that differs.
/// Native, Node and browser tests share it, so all compare the same runs.
pub fn check_trace_hashes(table: &str) -> (usize, Vec<String>) {
    let mut checked = 0;
    let mut wrong = Vec::new();
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        checked += 1;
        let f: Vec<&str> = line.split_whitespace().collect();
        let parsed = (f.len() == 4)
            .then(|| Some((find(f[0])?, crate::sim::Policy::parse(f[1])?, f[2].parse::<u64>().ok()?)))
            .flatten();
        let Some((ex, policy, seed)) = parsed else {
            wrong.push(format!("{line}: not `slug policy seed hash` of a gallery example"));
            continue;
        };
        let got = trace_hash_of(ex.source, policy, seed).map(|h| format!("{h:016x}"));
        if got.as_deref() != Some(f[3]) {
            wrong.push(format!("{} {} {seed}: {} != {}", f[0], f[1], got.unwrap_or_default(), f[3]));
        }
    }
    (checked, wrong)
}
