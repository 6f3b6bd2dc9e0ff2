//! The Yew components of the page. Only this module touches the DOM; it gets
//! plain view data from `viz` and drives the engine through `state`.

mod app;
mod console;
mod editor;
pub mod panic_panel;
mod scene_view;
pub mod state;
mod timeline_view;
mod toolbar;

pub use app::App;

/// Mounts the page into `<body>`, after installing the panic panel.
pub fn start() {
    panic_panel::install();
    yew::Renderer::<App>::new().render();
}
