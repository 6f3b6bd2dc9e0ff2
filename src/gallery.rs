//! The gallery: example programs written for the page, one per idea of the
//! course notes, each with a short explanation of what to watch for.

/// One gallery entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// Stable name used in `data-example` and links.
    pub slug: &'static str,
    pub title: &'static str,
    pub source: &'static str,
    /// What to watch for, in English.
    pub about_en: &'static str,
    /// What to watch for, in Russian.
    pub about_ru: &'static str,
}

pub const EXAMPLES: &[Example] = &[
    Example {
        slug: "ping-pong",
        title: "Ping-pong over unbuffered channels",
        source: include_str!("../examples/ping-pong.go"),
        about_en: "Two goroutines take turns: each send on an unbuffered channel waits until the other side receives.",
        about_ru: "Две горутины ходят по очереди: отправка в небуферизованный канал ждёт, пока другая сторона примет значение.",
    },
    Example {
        slug: "worker-pool",
        title: "Worker pool with buffered channels",
        source: include_str!("../examples/worker-pool.go"),
        about_en: "Three workers take jobs from a buffered channel; closing `jobs` ends their range loops.",
        about_ru: "Три воркера берут задания из буферизованного канала; закрытие `jobs` завершает их циклы range.",
    },
    Example {
        slug: "deadlock",
        title: "A deadlock: nobody receives",
        source: include_str!("../examples/deadlock.go"),
        about_en: "main sends on an unbuffered channel that nobody reads: every goroutine is asleep, so Go reports a deadlock.",
        about_ru: "main отправляет в небуферизованный канал, из которого никто не читает: все горутины спят, и Go сообщает о deadlock.",
    },
];

/// The example the page opens on.
pub fn default_example() -> &'static Example {
    &EXAMPLES[0]
}

pub fn find(slug: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.slug == slug)
}
