//! Chanscope: real Go source, run on a deterministic simulated scheduler and
//! shown step by step.
//!
//! Data flows one way: `lang` turns source text into an `ir::Program` (or
//! diagnostics), `sim` runs it into a `Recording` of events and snapshots,
//! `viz` turns a snapshot into plain view data, and `ui` draws that in the
//! browser. Only `ui` knows about the DOM.

pub mod base64url;
mod big_uint;
pub mod challenges;
pub mod deflate;
pub mod float_format;
pub mod float_parse;
pub mod gallery;
pub mod id_map;
pub mod ir;
pub mod lang;
pub mod share_link;
pub mod sim;
pub mod source;
pub mod stable_sort;
pub mod viz;

#[cfg(target_arch = "wasm32")]
pub mod ui;
