//! Running a machine to its end one step at a time and keeping what it
//! printed, as the tests and tools that compare a run with Go's output need.

use super::{EventKind, GIdx, Machine, Stream};

impl Machine {
    /// Runs to the end, one step at a time, with `pick` choosing the
    /// goroutine of each step (`None` leaves it to the policy), and returns
    /// Go's exit status, stdout and stderr; stderr ends with the outcome's
    /// text (a panic, a deadlock, a fatal error, a race summary).
    pub fn run_to_end_with(&mut self, mut pick: impl FnMut(&Machine) -> Option<GIdx>) -> (i32, String, String) {
        let (mut out, mut err) = (String::new(), String::new());
        loop {
            let choice = pick(self);
            if self.step(choice).is_none() {
                break;
            }
            for e in self.events.drain(..) {
                if let EventKind::Output { stream, text } = e.kind {
                    match stream {
                        Stream::Stdout => out.push_str(&text),
                        Stream::Stderr => err.push_str(&text),
                    }
                }
            }
        }
        let Some(outcome) = self.outcome.as_ref() else { return (0, out, err) };
        err.push_str(outcome.stderr());
        (outcome.exit_code(), out, err)
    }

    /// `run_to_end_with` where the policy chooses every step.
    pub fn run_to_end(&mut self) -> (i32, String, String) {
        self.run_to_end_with(|_| None)
    }
}
