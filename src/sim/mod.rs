//! The machine: goroutines on a deterministic scheduler, channels with wait
//! queues, Go's deadlock and panic reports, and a recording of every step.
//!
//! The run is a pure function of the program, the seed, the policy and the
//! manual choices. Nothing here reads a real clock, an unseeded random source
//! or iterates a hash map, and nothing imports the browser.

pub mod array_box;
pub mod atomic_value;
pub mod channel;
pub mod choice;
pub mod collections;
pub mod decode;
pub mod duration;
pub mod event;
pub mod event_log;
pub mod explore;
pub mod footprint;
pub mod gofmt;
pub mod goroutine;
pub mod iface;
pub mod loop_kernel;
pub mod loop_kernel_lanes;
pub mod machine;
pub mod map;
pub mod map_write;
pub mod mutex;
pub mod objects;
pub mod outcome;
pub mod place_array;
pub mod pointer;
pub mod printing;
pub mod race;
pub mod race_analysis;
mod race_hooks;
pub mod race_report;
pub mod recording;
pub mod rng;
pub mod run_output;
pub mod sched;
pub mod slice_growth;
pub mod stdlib;
pub mod timer;
pub mod trace_json;
pub mod traceback;
pub mod unicode_case;
pub mod value;
pub mod waitgroup;

pub use choice::Choice;
pub use event::{AtomicOp, Event, EventKind, ObjRef, StepRecord, Stream, TimerSource};
pub use goroutine::{GIdx, GState, WaitReason};
pub use machine::{Config, Limits, Machine};
pub use outcome::Outcome;
pub use recording::Recording;
pub use sched::Policy;

#[cfg(test)]
mod loop_kernel_tests;
#[cfg(test)]
mod sched_tests;
#[cfg(test)]
mod tests;
