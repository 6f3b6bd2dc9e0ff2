//! Pure layout: from a recorded run and a step to plain view data (scene
//! nodes with positions, timeline lanes, the explain sentence). No DOM here,
//! so all of it is tested natively.

pub mod explain;
pub mod palette;
pub mod scene;
pub mod timeline;

pub use explain::explain;
pub use scene::{scene, ChannelView, GoroutineView, Scene, WaitEdge};
pub use timeline::{timeline, Lane, Timeline};
