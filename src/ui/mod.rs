//! The Yew components of the page. Only this module touches the DOM; it gets
//! plain view data from `viz` and drives the engine through `state`.

mod analysis_panel;
mod app;
mod challenge_panel;
pub mod chooser;
mod console;
mod context_view;
mod editor;
pub mod explore_view;
pub mod export;
mod flight;
mod group_view;
mod help;
pub mod highlight;
pub mod i18n;
mod keyboard;
mod look;
pub mod panic_panel;
mod phrases;
mod player;
mod playhead;
pub mod prefs;
mod scene_view;
pub mod share;
mod share_bar;
pub mod startup;
pub mod state;
mod svg_export;
mod svg_raw;
mod sync_view;
mod text_fit;
mod timeline_view;
pub mod timeline_zoom;
mod toolbar;
mod widgets;

pub use app::App;

/// Mounts the page into `<body>`, after installing the panic panel.
pub fn start() {
    panic_panel::install();
    yew::Renderer::<App>::new().render();
}
