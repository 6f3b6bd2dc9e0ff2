//! Scheduling choices: what was decided at each step of a run, and the short
//! text form that replays it (`--replay`, share links, the explorer's report).
//!
//! Every step decides which goroutine runs. A step whose `select` finds
//! several cases ready also decides which case proceeds. A replay is the list
//! of those decisions, one per step, from the first step on; when it runs out
//! the run goes on under `fifo`.
//!
//! The text form is a comma-separated list of tokens `G[.C][*N]`: `G` is the
//! goroutine's index in the machine (0 is main), `C` the select case chosen
//! in that step, and `N` how many steps in a row made the same choice. For
//! example `0*12,1,0.1,1*3` runs main for twelve steps, then goroutine 1, then
//! main taking case 1 of its select, then goroutine 1 for three steps.

use super::goroutine::GIdx;

/// One step's decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Choice {
    /// The goroutine that runs the step.
    pub g: GIdx,
    /// The `select` case taken, when the step's select had several ready cases.
    pub case: Option<u16>,
}

impl Choice {
    pub fn run(g: GIdx) -> Choice {
        Choice { g, case: None }
    }
}

/// The longest replay accepted from text, so a hostile link cannot fill memory.
pub const MAX_CHOICES: usize = 10_000_000;

/// Writes choices in the short text form (run-length encoded).
pub fn encode(choices: &[Choice]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < choices.len() {
        let c = choices[i];
        let mut n = 1;
        while i + n < choices.len() && choices[i + n] == c {
            n += 1;
        }
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(&c.g.to_string());
        if let Some(k) = c.case {
            out.push('.');
            out.push_str(&k.to_string());
        }
        if n > 1 {
            out.push('*');
            out.push_str(&n.to_string());
        }
        i += n;
    }
    out
}

/// A token of the text form quoted in an error, as Go would quote it.
fn quote(token: &str) -> String {
    super::stdlib::go_quote(token)
}

/// Reads the short text form, or says in plain words what is wrong with it.
pub fn decode(text: &str) -> Result<Vec<Choice>, String> {
    let mut out = Vec::new();
    for token in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        let (choice, count) = match token.split_once('*') {
            Some((c, n)) => {
                (c, n.parse::<usize>().map_err(|_| format!("{}: the count after * is not a number", quote(token)))?)
            }
            None => (token, 1),
        };
        let (g, case) = match choice.split_once('.') {
            Some((g, k)) => {
                (g, Some(k.parse::<u16>().map_err(|_| format!("{}: the case is not a number", quote(token)))?))
            }
            None => (choice, None),
        };
        let g = g.parse::<GIdx>().map_err(|_| format!("{}: the goroutine is not a number", quote(token)))?;
        if count > MAX_CHOICES.saturating_sub(out.len()) {
            return Err(format!("the replay is longer than {MAX_CHOICES} steps"));
        }
        out.extend(std::iter::repeat_n(Choice { g, case }, count));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_form_round_trips_and_compresses_runs() {
        let cs = vec![
            Choice::run(0),
            Choice::run(0),
            Choice::run(0),
            Choice::run(1),
            Choice { g: 0, case: Some(1) },
            Choice::run(2),
            Choice::run(2),
        ];
        let text = encode(&cs);
        assert_eq!(text, "0*3,1,0.1,2*2");
        assert_eq!(decode(&text), Ok(cs));
        assert_eq!(decode(""), Ok(Vec::new()));
        assert_eq!(decode("0,0,2,1").unwrap().len(), 4);
        assert!(decode("x").is_err());
        assert!(decode("1.y").is_err());
        assert!(decode("1*99999999999").is_err());
    }
}
