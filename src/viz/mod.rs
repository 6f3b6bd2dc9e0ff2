//! Pure layout: from a recorded run and a step to plain view data (scene
//! nodes with positions, timeline lanes, the explain sentence as data). No
//! DOM here, so all of it is tested natively.

pub mod contexts;
pub mod cycle;
pub mod explain;
pub mod groups;
pub mod objects;
pub mod palette;
pub mod reason;
pub mod scene;
pub mod timeline;
pub mod transfer;
pub mod wait_for;

pub use explain::{explain, explanation, explanation_at, Explanation, Part};
pub use reason::Reason;
pub use scene::{scene, scene_with, ChannelView, GoroutineView, Scene, SceneOptions, WaitEdge};
pub use timeline::{timeline, Lane, LaneGroup, Row, Timeline};
pub use transfer::{transfer, Transfer};
