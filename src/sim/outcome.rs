//! How a run ends, and the exact text Go prints for it.

/// Why the program stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `main` returned (status 0) or `os.Exit(n)` was called.
    Exit(i32),
    /// A panic nobody recovered; the text is what Go prints to stderr.
    Panic { goid: u64, stderr: String },
    /// `fatal error: all goroutines are asleep - deadlock!` and its listing.
    Deadlock { stderr: String },
    /// A Chanscope limit stopped the run; the message names it and its flag.
    Limit { stderr: String },
}

/// The status a stopped run exits with. A limit uses 3, which Go never does
/// for these programs, so scripts can tell it apart.
pub const LIMIT_EXIT_CODE: i32 = 3;

impl Outcome {
    /// The process exit status, as the compiled Go program would have it.
    pub fn exit_code(&self) -> i32 {
        match self {
            Outcome::Exit(code) => *code,
            Outcome::Panic { .. } | Outcome::Deadlock { .. } => 2,
            Outcome::Limit { .. } => LIMIT_EXIT_CODE,
        }
    }

    /// What Go prints to stderr when the run ends this way (empty for an exit).
    pub fn stderr(&self) -> &str {
        match self {
            Outcome::Exit(_) => "",
            Outcome::Panic { stderr, .. } | Outcome::Deadlock { stderr } | Outcome::Limit { stderr } => stderr,
        }
    }

    /// Short words for the UI: `exit 0`, `panic`, `deadlock`, `limit`.
    pub fn label(&self) -> String {
        match self {
            Outcome::Exit(code) => format!("exit status {code}"),
            Outcome::Panic { .. } => "panic (exit status 2)".to_string(),
            Outcome::Deadlock { .. } => "deadlock (exit status 2)".to_string(),
            Outcome::Limit { .. } => "stopped by a limit".to_string(),
        }
    }
}
