//! The browser entry point: mounts the Chanscope page.

#[cfg(target_arch = "wasm32")]
fn main() {
    chanscope::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("chanscope-web runs in the browser: build it with `trunk build`.");
    std::process::exit(1);
}
