//! Challenges: small programs with a goal ("make it deadlock", "make the
//! counter wrong", "leak a goroutine", "print B before A") that the default
//! schedule does not reach and the user reaches by choosing who runs next in
//! manual mode. Whether a run reached its goal is read from the engine's own
//! verdicts: the outcome (a deadlock), the analysis (a leak) and the output.

use crate::sim::race_analysis::Analysis;
use crate::sim::Outcome;

/// What the user must make the program do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    /// The run ends in Go's "all goroutines are asleep" deadlock.
    Deadlock,
    /// main returns while another goroutine is left blocked (one that was
    /// merely about to run does not count).
    Leak,
    /// The run ends normally with exactly this standard output.
    Stdout(&'static str),
}

/// One challenge: a program, its goal, and what the page says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Challenge {
    /// Stable name for links and tests (`data-challenge`).
    pub slug: &'static str,
    pub title_en: &'static str,
    pub title_ru: &'static str,
    /// The goal and a hint, in one or two sentences.
    pub goal_en: &'static str,
    pub goal_ru: &'static str,
    pub source: &'static str,
    pub goal: Goal,
}

pub const CHALLENGES: &[Challenge] = &[
    Challenge {
        slug: "deadlock",
        title_en: "Make it deadlock",
        title_ru: "Устройте взаимную блокировку",
        goal_en: "Two goroutines take the locks a and b in opposite orders. Choose who runs so that each holds one lock and waits for the other.",
        goal_ru: "Две горутины берут блокировки a и b в разном порядке. Выбирайте, кто работает, чтобы каждая держала одну блокировку и ждала другую.",
        source: include_str!("../challenges/deadlock.go"),
        goal: Goal::Deadlock,
    },
    Challenge {
        slug: "counter",
        title_en: "Make the counter wrong",
        title_ru: "Испортите счётчик",
        goal_en: "Two goroutines each add 1 to counter in two steps: read, then write. Make the program print counter = 1.",
        goal_ru: "Две горутины прибавляют 1 к counter в два шага: прочитать, затем записать. Добейтесь, чтобы программа напечатала counter = 1.",
        source: include_str!("../challenges/counter.go"),
        goal: Goal::Stdout("counter = 1\n"),
    },
    Challenge {
        slug: "leak",
        title_en: "Leak a goroutine",
        title_ru: "Оставьте горутину навсегда",
        goal_en: "main stops at the first error it receives. Make it return while a checker is still waiting to send.",
        goal_ru: "main останавливается на первой полученной ошибке. Сделайте так, чтобы она вернулась, пока проверяющая горутина ещё ждёт отправки.",
        source: include_str!("../challenges/leak.go"),
        goal: Goal::Leak,
    },
    Challenge {
        slug: "order",
        title_en: "Print B before A",
        title_ru: "Напечатайте B раньше A",
        goal_en: "Go runs the goroutine started last first, so A usually comes out first. Make the program print B, then A.",
        goal_ru: "Go сначала запускает последнюю созданную горутину, поэтому обычно первой печатается A. Добейтесь, чтобы программа напечатала B, потом A.",
        source: include_str!("../challenges/order.go"),
        goal: Goal::Stdout("B\nA\n"),
    },
];

/// The challenge with this slug.
pub fn find(slug: &str) -> Option<&'static Challenge> {
    CHALLENGES.iter().find(|c| c.slug == slug)
}

/// Whether a finished run reached `goal`: its outcome, the standard output it
/// printed, and the engine's analysis of its end (for leaks). A run that has
/// not finished has not reached any goal.
pub fn reached(goal: Goal, outcome: Option<&Outcome>, stdout: &str, analysis: &Analysis) -> bool {
    match (goal, outcome) {
        (_, None) => false,
        (Goal::Deadlock, Some(o)) => matches!(o, Outcome::Deadlock { .. }),
        (Goal::Leak, Some(o)) => matches!(o, Outcome::Exit(_)) && analysis.leaks.iter().any(|l| l.reason != "runnable"),
        (Goal::Stdout(text), Some(o)) => matches!(o, Outcome::Exit(_)) && stdout == text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::explore::Explorer;
    use crate::sim::race_analysis::analyse;
    use crate::sim::{Config, Limits, Machine, Recording, Stream};
    use std::rc::Rc;

    /// The standard output of a finished machine's run.
    fn finished(rec: &Recording) -> (Option<Outcome>, String, Analysis) {
        let stdout =
            rec.output_until(rec.len()).into_iter().filter(|o| o.stream == Stream::Stdout).map(|o| o.text).collect();
        (rec.outcome().cloned(), stdout, analyse(&rec.machine_at(rec.len())))
    }

    fn leaks(m: &Machine) -> Option<String> {
        reached(Goal::Leak, m.outcome.as_ref(), "", &analyse(m)).then(|| "a goroutine leaked".to_string())
    }

    #[test]
    fn the_default_schedule_misses_every_goal_and_some_schedule_reaches_it() {
        for c in CHALLENGES {
            let program = Rc::new(crate::lang::compile(c.source).unwrap_or_else(|e| panic!("{}: {e:?}", c.slug)));
            let config = Config { race: true, ..Config::default() };
            let rec = Recording::run(program.clone(), config);
            let (outcome, stdout, analysis) = finished(&rec);
            assert!(outcome.is_some(), "{}: the fifo run ends", c.slug);
            assert!(!reached(c.goal, outcome.as_ref(), &stdout, &analysis), "{}: fifo already reaches it", c.slug);
            // The explorer finds a schedule that reaches the goal; replayed
            // as the page would, the goal is reached.
            let mut explorer = Explorer::new(program.clone(), 1, 300, Limits::default());
            explorer.add_check("leak", leaks);
            explorer.run_all();
            let hit = explorer.failures.iter().find(|f| {
                let mut replay = Recording::replay(
                    program.clone(),
                    Config { seed: f.run.seed, policy: crate::sim::Policy::Replay, ..config },
                    &f.run.choices,
                );
                while replay.advance(None) {}
                let (outcome, stdout, analysis) = finished(&replay);
                reached(c.goal, outcome.as_ref(), &stdout, &analysis)
            });
            assert!(hit.is_some(), "{}: no schedule found reaches the goal: {:?}", c.slug, explorer.failures);
        }
    }

    #[test]
    fn an_unfinished_run_has_reached_nothing() {
        let a = Analysis { races: Vec::new(), leaks: Vec::new() };
        assert!(!reached(Goal::Deadlock, None, "", &a));
        assert!(!reached(Goal::Stdout(""), None, "", &a));
    }
}
