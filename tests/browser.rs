//! Browser tests: the page's components mounted in a real DOM in headless
//! Chromium (`cargo test --target wasm32-unknown-unknown --test browser`).
#![cfg(target_arch = "wasm32")]

use chanscope::ui::state::{Action, Session};
use chanscope::ui::App;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the whole page into a fresh element and waits for the first render.
async fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn q(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap()).collect()
}

async fn click(root: &Element, testid: &str) {
    q(root, &format!("[data-testid={testid}]")).dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

fn text(root: &Element, testid: &str) -> String {
    q(root, &format!("[data-testid={testid}]")).text_content().unwrap_or_default()
}

async fn type_source(root: &Element, source: &str) {
    let editor: HtmlTextAreaElement = q(root, "[data-testid=editor]").dyn_into().unwrap();
    editor.set_value(source);
    let event = web_sys::InputEvent::new("input").unwrap();
    editor.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn scene_attrs(root: &Element) -> Vec<String> {
    all(root, "[data-testid=goroutine], [data-testid=channel]")
        .iter()
        .map(|e| {
            let names = e.get_attribute_names();
            (0..names.length())
                .map(|i| names.get(i).as_string().unwrap())
                .filter(|n| n.starts_with("data-"))
                .map(|n| format!("{n}={}", e.get_attribute(&n).unwrap()))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[wasm_bindgen_test]
async fn page_opens_on_an_example_at_step_zero() {
    let root = mount().await;
    assert!(text(&root, "step-counter").starts_with("step 0 / "));
    assert_eq!(all(&root, "[data-testid=goroutine]").len(), 1);
    assert!(all(&root, "[data-testid=gallery-item]").len() >= 3);
    for id in
        ["run", "pause", "step", "step-back", "reset", "speed", "policy", "seed", "timeline", "console", "explain"]
    {
        q(&root, &format!("[data-testid={id}]"));
    }
}

#[wasm_bindgen_test]
async fn step_and_step_back_restore_the_same_scene() {
    let root = mount().await;
    click(&root, "step").await;
    click(&root, "step").await;
    let at2 = scene_attrs(&root);
    let explain2 = text(&root, "explain");
    for _ in 0..6 {
        click(&root, "step").await;
    }
    assert!(text(&root, "step-counter").starts_with("step 8 / "));
    for _ in 0..6 {
        click(&root, "step-back").await;
    }
    assert!(text(&root, "step-counter").starts_with("step 2 / "));
    assert_eq!(scene_attrs(&root), at2);
    assert_eq!(text(&root, "explain"), explain2);
    click(&root, "reset").await;
    assert!(text(&root, "step-counter").starts_with("step 0 / "));
}

#[wasm_bindgen_test]
async fn typing_a_broken_program_lists_the_error_with_its_line() {
    let root = mount().await;
    type_source(&root, "package main\n\nfunc main() {\n\tx := 1\n}\n").await;
    let diags = all(&root, "[data-testid=diagnostic]");
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].get_attribute("data-line").as_deref(), Some("4"));
    assert!(diags[0].text_content().unwrap().contains("declared and not used: x"));
    assert!(all(&root, "[data-testid=goroutine]").is_empty());
}

#[wasm_bindgen_test]
async fn a_deadlock_ends_with_go_report_on_stderr() {
    let root = mount().await;
    type_source(&root, "package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n").await;
    for _ in 0..5 {
        click(&root, "step").await;
    }
    let stderr: Vec<String> =
        all(&root, "[data-testid=console] [data-stream=stderr]").iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(stderr[0], "fatal error: all goroutines are asleep - deadlock!");
    assert_eq!(stderr[2], "goroutine 1 [chan send]:");
    let g = q(&root, "[data-testid=goroutine]");
    assert_eq!(g.get_attribute("data-state").as_deref(), Some("blocked"));
}

#[wasm_bindgen_test]
fn reducer_seek_is_clamped_and_step_back_stops_at_zero() {
    let s = Rc::new(Session::initial());
    let total = s.total();
    let s = s.reduce(Action::Seek(total + 100));
    assert_eq!(s.cursor, total);
    let s = s.reduce(Action::Reset).reduce(Action::StepBack);
    assert_eq!(s.cursor, 0);
}

#[wasm_bindgen_test]
fn the_error_panel_shows_a_message() {
    chanscope::ui::panic_panel::show("boom from a test");
    let document = web_sys::window().unwrap().document().unwrap();
    let panel = document.query_selector("[data-testid=error-panel]").unwrap().expect("panel");
    assert!(panel.text_content().unwrap().contains("boom from a test"));
    panel.remove();
}
