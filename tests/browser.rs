//! Browser tests: the page's components mounted in a real DOM in headless
//! Chromium (`cargo test --target wasm32-unknown-unknown --test browser`).
#![cfg(target_arch = "wasm32")]

use chanscope::ui::highlight::highlight;
use chanscope::ui::prefs;
use chanscope::ui::state::{Action, Session, SPEEDS};
use chanscope::ui::App;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit,
};
use yew::{AppHandle, Reducible};

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// The page mounted last, unmounted before the next so that only one
    /// listens to the keyboard.
    static MOUNTED: RefCell<Option<(AppHandle<App>, Element)>> = const { RefCell::new(None) };
}

/// Mounts the whole page into a fresh element, with nothing saved from
/// earlier tests, and waits for the first render.
async fn mount() -> Element {
    prefs::clear();
    remount().await
}

/// Mounts the page again, keeping what the last one saved (a reload).
async fn remount() -> Element {
    if let Some((handle, old)) = MOUNTED.with(|m| m.borrow_mut().take()) {
        handle.destroy();
        old.remove();
        yew::scheduler::flush().await;
    }
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some((handle, root.clone())));
    yew::scheduler::flush().await;
    root
}

/// Presses a key with `target` focused (the body when `None`).
async fn press(target: Option<&Element>, key: &str) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    let body: Element = web_sys::window().unwrap().document().unwrap().body().unwrap().into();
    let not_cancelled = target.unwrap_or(&body).dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    not_cancelled
}

fn step_of(root: &Element) -> usize {
    q(root, "[data-testid=step-counter]").get_attribute("data-step").unwrap().parse().unwrap()
}

async fn set_range(root: &Element, testid: &str, value: &str) {
    let input: HtmlInputElement = q(root, &format!("[data-testid={testid}]")).dyn_into().unwrap();
    input.set_value(value);
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    yew::scheduler::flush().await;
}

async fn choose(root: &Element, testid: &str, value: &str) {
    let select: HtmlSelectElement = q(root, &format!("[data-testid={testid}]")).dyn_into().unwrap();
    select.set_value(value);
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    yew::scheduler::flush().await;
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

#[wasm_bindgen_test]
fn highlighting_keeps_the_text_and_classes_go_tokens() {
    let src = "package main\n\n// hi\nfunc main() {\n\tx := len(\"a\") + 42\n}\n";
    let lines = highlight(src);
    let joined: Vec<String> = lines.iter().map(|l| l.iter().map(|p| p.text.as_str()).collect()).collect();
    assert_eq!(joined.join("\n"), src);
    let class = |text: &str| lines.iter().flatten().find(|p| p.text == text).and_then(|p| p.class);
    assert_eq!(class("package"), Some("tok-keyword"));
    assert_eq!(class("func"), Some("tok-keyword"));
    assert_eq!(class("// hi"), Some("tok-comment"));
    assert_eq!(class("len"), Some("tok-builtin"));
    assert_eq!(class("\"a\""), Some("tok-string"));
    assert_eq!(class("42"), Some("tok-number"));
    assert_eq!(class(":="), Some("tok-operator"));
    assert_eq!(class("x"), Some("tok-ident"));
}

#[wasm_bindgen_test]
async fn the_editor_draws_highlighting_and_underlines_error_lines() {
    let root = mount().await;
    assert!(!all(&root, ".highlight .tok-keyword").is_empty());
    type_source(&root, "package main\n\nfunc main() {\n\tx := 1\n}\n").await;
    let lines = all(&root, ".highlight .hl-line");
    assert_eq!(lines.len(), 6);
    let bad = &lines[3];
    assert!(bad.get_attribute("class").unwrap().contains("has-error"));
    assert!(bad.get_attribute("title").unwrap().contains("declared and not used: x"));
    assert_eq!(bad.query_selector(".squiggle").unwrap().unwrap().text_content().unwrap(), "x := 1");
    assert!(!lines[2].get_attribute("class").unwrap().contains("has-error"));
}

#[wasm_bindgen_test]
async fn tab_in_the_editor_inserts_a_tab() {
    let root = mount().await;
    type_source(&root, "package main\n").await;
    let editor: HtmlTextAreaElement = q(&root, "[data-testid=editor]").dyn_into().unwrap();
    editor.set_selection_range(0, 0).unwrap();
    let not_cancelled = press(Some(&editor.clone().into()), "Tab").await;
    assert!(!not_cancelled, "the browser's Tab is cancelled");
    assert_eq!(editor.value(), "\tpackage main\n");
    assert_eq!(editor.selection_start().unwrap(), Some(1));
}

#[wasm_bindgen_test]
async fn an_edit_and_the_settings_survive_a_reload() {
    let root = mount().await;
    let edited = "package main\n\nfunc main() {\n\tprintln(\"kept\")\n}\n";
    type_source(&root, edited).await;
    choose(&root, "policy", "random").await;
    choose(&root, "lang", "ru").await;
    set_range(&root, "speed", "5").await;
    let root = remount().await;
    let editor: HtmlTextAreaElement = q(&root, "[data-testid=editor]").dyn_into().unwrap();
    assert_eq!(editor.value(), edited);
    let policy: HtmlSelectElement = q(&root, "[data-testid=policy]").dyn_into().unwrap();
    assert_eq!(policy.value(), "random");
    let speed: HtmlInputElement = q(&root, "[data-testid=speed]").dyn_into().unwrap();
    assert_eq!(speed.value(), "5");
    assert!(text(&root, "run").contains("Запуск"));
    // A gallery example is remembered by name.
    choose(&root, "gallery", "deadlock").await;
    let root = remount().await;
    let gallery: HtmlSelectElement = q(&root, "[data-testid=gallery]").dyn_into().unwrap();
    assert_eq!(gallery.value(), "deadlock");
    prefs::clear();
}

#[wasm_bindgen_test]
async fn keyboard_shortcuts_drive_the_player_and_the_help() {
    let root = mount().await;
    press(None, "ArrowRight").await;
    press(None, "ArrowRight").await;
    assert_eq!(step_of(&root), 2);
    press(None, "ArrowLeft").await;
    assert_eq!(step_of(&root), 1);
    press(None, "Home").await;
    assert_eq!(step_of(&root), 0);
    press(None, " ").await;
    assert!(q(&root, "[data-testid=run]").has_attribute("hidden"), "playing hides Run");
    assert!(!q(&root, "[data-testid=pause]").has_attribute("hidden"));
    press(None, " ").await;
    assert!(q(&root, "[data-testid=pause]").has_attribute("hidden"), "paused again");
    press(None, "?").await;
    q(&root, "[data-testid=help-overlay]");
    press(None, "Escape").await;
    assert!(all(&root, "[data-testid=help-overlay]").is_empty());
    // The help button opens it too, focused on its close button, and the
    // focus returns to the help button when it closes.
    let help: HtmlElement = q(&root, "[data-testid=help]").dyn_into().unwrap();
    help.focus().unwrap();
    click(&root, "help").await;
    let document = web_sys::window().unwrap().document().unwrap();
    assert_eq!(document.active_element().unwrap().get_attribute("data-testid").as_deref(), Some("help-close"));
    click(&root, "help-close").await;
    assert!(all(&root, "[data-testid=help-overlay]").is_empty());
    assert_eq!(document.active_element().unwrap().get_attribute("data-testid").as_deref(), Some("help"));
    help.blur().unwrap();
    // Keys typed in the editor are text, not shortcuts.
    let editor = q(&root, "[data-testid=editor]");
    let at = step_of(&root);
    press(Some(&editor), "ArrowRight").await;
    press(Some(&editor), "?").await;
    assert_eq!(step_of(&root), at);
    assert!(all(&root, "[data-testid=help-overlay]").is_empty());
}

#[wasm_bindgen_test]
async fn switching_to_russian_translates_the_controls() {
    let root = mount().await;
    assert!(text(&root, "step").contains("Step"));
    choose(&root, "lang", "ru").await;
    assert!(text(&root, "run").contains("Запуск"));
    assert!(text(&root, "step").contains("Шаг"));
    assert!(text(&root, "step-counter").starts_with("шаг 0 / "));
    assert!(text(&root, "about").contains("горутины"));
    assert_eq!(q(&root, "[data-testid=lang]").get_attribute("aria-label").as_deref(), Some("Язык"));
    let html = web_sys::window().unwrap().document().unwrap().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ru"));
    choose(&root, "lang", "en").await;
    assert!(text(&root, "run").contains("Run"));
}

#[wasm_bindgen_test]
async fn the_theme_and_presentation_buttons_set_the_root_attributes() {
    let root = mount().await;
    let html = web_sys::window().unwrap().document().unwrap().document_element().unwrap();
    let before = html.get_attribute("data-theme").unwrap();
    click(&root, "theme").await;
    let after = html.get_attribute("data-theme").unwrap();
    assert_ne!(before, after);
    assert!(["light", "dark"].contains(&after.as_str()));
    click(&root, "present").await;
    assert_eq!(html.get_attribute("data-size").as_deref(), Some("large"));
    assert_eq!(q(&root, "[data-testid=present]").get_attribute("aria-pressed").as_deref(), Some("true"));
    click(&root, "present").await;
    assert_eq!(html.get_attribute("data-size").as_deref(), Some("normal"));
    prefs::clear();
}

#[wasm_bindgen_test]
async fn every_control_has_an_accessible_name() {
    let root = mount().await;
    for el in all(&root, "button, select, input, textarea") {
        let name = el.get_attribute("aria-label").or_else(|| el.text_content()).unwrap_or_default();
        assert!(!name.trim().is_empty(), "no name: {}", el.outer_html());
    }
}

#[wasm_bindgen_test]
async fn the_seek_slider_and_console_lines_seek() {
    let root = mount().await;
    let total = q(&root, "[data-testid=step-counter]").get_attribute("data-total").unwrap();
    set_range(&root, "seek", "5").await;
    assert_eq!(step_of(&root), 5);
    set_range(&root, "seek", &total).await;
    assert_eq!(step_of(&root).to_string(), total);
    let lines = all(&root, "[data-testid=console] .console-line");
    assert!(lines.len() >= 2, "ping-pong prints");
    let first = lines[0].clone().dyn_into::<HtmlElement>().unwrap();
    let step: usize = first.get_attribute("data-step").unwrap().parse().unwrap();
    first.click();
    yew::scheduler::flush().await;
    assert_eq!(step_of(&root), step);
    assert_eq!(all(&root, "[data-testid=console] .console-line").len(), 1, "output up to that step");
    // Space on a focused line seeks to it and is not a play shortcut.
    set_range(&root, "seek", &total).await;
    let last = all(&root, "[data-testid=console] .console-line").pop().unwrap();
    let last_step: usize = last.get_attribute("data-step").unwrap().parse().unwrap();
    set_range(&root, "seek", "0").await;
    assert!(all(&root, "[data-testid=console] .console-line").is_empty());
    set_range(&root, "seek", &total).await;
    let last = all(&root, "[data-testid=console] .console-line").pop().unwrap();
    press(Some(&last), " ").await;
    assert_eq!(step_of(&root), last_step);
    assert!(q(&root, "[data-testid=pause]").has_attribute("hidden"), "not playing");
}

#[wasm_bindgen_test]
fn the_max_speed_moves_a_batch_of_steps_per_frame() {
    let s = Rc::new(Session::initial());
    let s = s.reduce(Action::SetSpeed(SPEEDS.len() - 1)).reduce(Action::Run);
    assert!(s.max_speed() && s.playing);
    let s = s.reduce(Action::Frame);
    assert_eq!(s.cursor, s.frame_batch().min(s.total()));
    assert!(s.cursor >= 4);
    let s = s.reduce(Action::TogglePlay);
    assert!(!s.playing);
}

/// Two goroutines race to send their names on one channel; main prints the
/// first it receives.
const RACE: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan string)\n\tgo func() { ch <- \"A\" }()\n\tgo func() { ch <- \"B\" }()\n\tfmt.Println(<-ch)\n}\n";

/// Sets the page's address fragment without reloading.
fn set_fragment(fragment: &str) {
    let w = web_sys::window().unwrap();
    let base = chanscope::ui::share::page_address();
    w.history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{base}{fragment}")))
        .unwrap();
}

#[wasm_bindgen_test]
fn a_share_link_round_trips_and_a_changed_one_is_refused() {
    use chanscope::ui::share::{decode, encode, Shared};
    let shared = Shared {
        source: RACE.to_string(),
        policy: chanscope::sim::Policy::Manual,
        seed: 42,
        choices: vec![0, 0, 2, 1],
        cases: vec![(2, 1)],
        step: 3,
    };
    let packed = encode(&shared);
    assert!(packed.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "URL-safe: {packed}");
    assert_eq!(decode(&packed), Ok(shared));
    // Changing any one character is caught (base64, inflate or checksum).
    for i in [0, packed.len() / 2, packed.len() - 1] {
        let mut bytes = packed.clone().into_bytes();
        bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
        assert!(decode(&String::from_utf8(bytes).unwrap()).is_err(), "changed at {i}");
    }
    assert!(decode("not a link!").is_err());
}

#[wasm_bindgen_test]
fn opening_a_shared_manual_run_replays_its_choices() {
    let s = Rc::new(Session::new(RACE.to_string(), None)).reduce(Action::SetPolicy(chanscope::sim::Policy::Manual));
    // Run main until both goroutines exist, then pick the second one first.
    let mut s = s;
    for _ in 0..3 {
        s = s.reduce(Action::Step);
    }
    let second = *s.recording.as_ref().unwrap().borrow().runnable_now().last().unwrap();
    let s = s.reduce(Action::Choose(second)).reduce(Action::Step).reduce(Action::StepBack);
    let shared = chanscope::ui::share::snapshot(&s);
    assert_eq!(shared.choices.len(), s.total());
    let opened = Session::initial().open_shared(&shared).unwrap();
    assert_eq!(opened.cursor, s.cursor);
    assert_eq!(opened.source, RACE);
    let steps = |s: &Session| s.recording.as_ref().unwrap().borrow().steps.iter().map(|st| st.g).collect::<Vec<_>>();
    assert_eq!(steps(&opened), steps(&s));
    // A choice of a goroutine that cannot run is refused.
    let mut bad = shared.clone();
    bad.choices[0] = 7;
    assert!(Session::initial().open_shared(&bad).is_err());
}

#[wasm_bindgen_test]
async fn the_share_button_shows_a_link_that_reopens_the_same_view() {
    let root = mount().await;
    for _ in 0..4 {
        click(&root, "step").await;
    }
    let sorted = |root: &Element| {
        scene_attrs(root)
            .into_iter()
            .map(|a| {
                let mut parts: Vec<&str> = a.split(' ').collect();
                parts.sort();
                parts.join(" ")
            })
            .collect::<Vec<_>>()
    };
    let before = sorted(&root);
    click(&root, "share").await;
    let url = q(&root, "[data-testid=share-url]").get_attribute("href").unwrap();
    let fragment = &url[url.find("#s=").expect("a #s= fragment")..];
    // The user's own work, which opening a link must not overwrite.
    let mine = "package main\n\nfunc main() {\n\tprintln(\"mine\")\n}\n";
    type_source(&root, mine).await;
    set_fragment(fragment);
    let root = remount().await;
    assert_eq!(step_of(&root), 4);
    assert_eq!(sorted(&root), before);
    assert!(all(&root, "[data-testid=share-error]").is_empty());
    assert_eq!(prefs::load().source.as_deref(), Some(mine), "saved work untouched");
    // A changed link shows a message and the saved work.
    set_fragment(&format!("{}x{}", &fragment[..10], &fragment[11..]));
    let root = remount().await;
    assert!(text(&root, "share-error").contains("cannot be opened"));
    let editor: HtmlTextAreaElement = q(&root, "[data-testid=editor]").dyn_into().unwrap();
    assert_eq!(editor.value(), mine);
    assert_eq!(prefs::load().source.as_deref(), Some(mine));
    set_fragment("");
    prefs::clear();
}

#[wasm_bindgen_test]
fn the_exported_trace_is_json_with_one_complete_event_per_step() {
    let s = Session::new(RACE.to_string(), None);
    let rec = s.recording.as_ref().unwrap().borrow();
    let json = chanscope::ui::export::trace_json(&rec);
    let parsed = js_sys::JSON::parse(&json).expect("valid JSON");
    let events: js_sys::Array = js_sys::Reflect::get(&parsed, &"traceEvents".into()).unwrap().dyn_into().unwrap();
    let field = |e: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(e, &k.into()).unwrap();
    let complete: Vec<wasm_bindgen::JsValue> =
        events.iter().filter(|e| field(e, "ph").as_string().as_deref() == Some("X")).collect();
    assert_eq!(complete.len(), rec.len());
    assert_eq!(field(&complete[0], "tid").as_f64(), Some(1.0), "main is goroutine 1");
    assert_eq!(field(&complete[0], "name").as_string().as_deref(), Some("ch := make(chan string)"));
    let flows = events.iter().filter(|e| field(e, "ph").as_string().as_deref() == Some("s")).count();
    assert_eq!(flows, 1, "one value handed from a sender to main");
}

#[wasm_bindgen_test]
async fn the_timeline_zooms_in_and_out() {
    let root = mount().await;
    type_source(&root, "package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tgo func() {\n\t\tfor i := 0; i < 300; i++ {\n\t\t\tch <- i\n\t\t}\n\t}()\n\tfor i := 0; i < 300; i++ {\n\t\t<-ch\n\t}\n}\n").await;
    let tl = || q(&root, "[data-testid=timeline]");
    let total: usize = q(&root, "[data-testid=step-counter]").get_attribute("data-total").unwrap().parse().unwrap();
    assert_eq!(tl().get_attribute("data-zoom").as_deref(), Some("1"));
    click(&root, "zoom-in").await;
    click(&root, "zoom-in").await;
    yew::scheduler::flush().await;
    assert_eq!(tl().get_attribute("data-zoom").as_deref(), Some("4"));
    let last: usize = tl().get_attribute("data-last").unwrap().parse().unwrap();
    assert!(last < total, "only part of the run is visible ({last} of {total})");
    click(&root, "zoom-fit").await;
    assert_eq!(tl().get_attribute("data-zoom").as_deref(), Some("1"));
}

#[wasm_bindgen_test]
fn the_timeline_window_draws_at_most_one_span_per_pixel() {
    use chanscope::ui::timeline_zoom::Window;
    // 100,000 alternating one-step runs on a lane.
    let runs: Vec<(usize, usize)> = (0..50_000).map(|i| (2 * i + 1, 2 * i + 2)).collect();
    let w = Window { width: 800.0, total: 100_000, zoom: 1.0, scroll: 0.0 };
    assert!(w.spans(&runs).len() <= 800);
    let z = w.zoomed(1000.0, 400.0);
    let (first, last) = z.visible();
    assert!(last - first < 1000, "a zoomed window shows few steps");
    assert!(!z.spans(&runs).is_empty());
    assert_eq!(z.step_at(0.0), first.max(z.step_at(0.0)));
    assert!(w.follow(90_000).is_none(), "at zoom 1 everything is visible");
    assert!(z.follow(10).is_some(), "a far cursor is brought into view");
}

#[wasm_bindgen_test]
fn the_timeline_window_draws_a_count_as_at_most_one_segment_per_pixel() {
    use chanscope::ui::timeline_zoom::Window;
    // A count that changes at every one of 100,000 steps, on 800 pixels.
    let points: Vec<(usize, u32)> = (0..100_000).map(|b| (b, (b % 7) as u32)).collect();
    let w = Window { width: 800.0, total: 100_000, zoom: 1.0, scroll: 0.0 };
    let segs = w.levels(&points);
    assert!(segs.len() <= 801, "{}", segs.len());
    assert!(segs.iter().all(|s| s.2 == 6), "each pixel keeps its peak");
    let flat = Window { width: 100.0, total: 1000, zoom: 1.0, scroll: 0.0 }.levels(&[(0, 3), (500, 0)]);
    assert_eq!(flat.len(), 1);
    assert!((flat[0].1 - 50.0).abs() < 1e-9, "{flat:?}");
}

#[wasm_bindgen_test]
async fn the_timeline_draws_a_go_statement_as_one_lane_that_opens() {
    let root = mount().await;
    let src = "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 60; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t}()\n\t}\n\twg.Wait()\n}\n";
    type_source(&root, src).await;
    let tl = || q(&root, "[data-testid=timeline]");
    assert_eq!(tl().get_attribute("data-rows").as_deref(), Some("2"), "main and one group lane");
    let group = q(&root, "[data-testid=timeline-group]");
    assert_eq!(group.get_attribute("data-count").as_deref(), Some("60"));
    assert_eq!(group.get_attribute("data-expanded").as_deref(), Some("false"));
    assert_eq!(all(&root, ".timeline .lane-group").len(), 1);
    group.dispatch_event(&web_sys::MouseEvent::new("click").unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(tl().get_attribute("data-rows").as_deref(), Some("62"), "opened into its 60 lanes");
    assert_eq!(q(&root, "[data-testid=timeline-group]").get_attribute("data-expanded").as_deref(), Some("true"));
    q(&root, "[data-testid=timeline-group]").dispatch_event(&web_sys::MouseEvent::new("click").unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(tl().get_attribute("data-rows").as_deref(), Some("2"), "and folded");
}

/// Clicks the runnable goroutine `prefer` picks among the offered ones
/// (Go's numbers), until the run ends; returns how many choices it made.
async fn play_by_hand(root: &Element, prefer: impl Fn(&[u64]) -> u64) -> usize {
    let mut made = 0;
    loop {
        let buttons = all(root, "[data-testid=choose-goroutine]");
        let gids: Vec<u64> = buttons.iter().map(|b| b.get_attribute("data-gid").unwrap().parse().unwrap()).collect();
        if gids.is_empty() || made > 200 {
            return made;
        }
        let pick = prefer(&gids);
        let i = gids.iter().position(|g| *g == pick).unwrap_or(0);
        buttons[i].clone().dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
        made += 1;
    }
}

#[wasm_bindgen_test]
async fn a_challenge_loads_in_manual_mode_and_says_when_its_goal_is_reached() {
    let root = mount().await;
    assert_eq!(all(&root, "[data-testid=challenge-item]").len(), 4, "four challenges in the menu");
    assert!(all(&root, "[data-testid=challenge]").is_empty(), "no challenge before one is chosen");
    choose(&root, "gallery", "challenge:order").await;
    let panel = || q(&root, "[data-testid=challenge]");
    assert_eq!(panel().get_attribute("data-challenge").as_deref(), Some("order"));
    assert_eq!(panel().get_attribute("data-reached").as_deref(), Some("false"));
    let policy: HtmlSelectElement = q(&root, "[data-testid=policy]").dyn_into().unwrap();
    assert_eq!(policy.value(), "manual");
    // Main first until the goroutine that prints B (G6: the program imports
    // fmt, so Go's finalizer goroutine is 5) can run, then G6 whenever it can.
    play_by_hand(&root, |gids| if gids.contains(&6) { 6 } else { gids[0] }).await;
    assert_eq!(panel().get_attribute("data-finished").as_deref(), Some("true"));
    assert_eq!(panel().get_attribute("data-reached").as_deref(), Some("true"), "B was printed before A");
    assert!(text(&root, "challenge").contains("Goal reached"));
    choose(&root, "lang", "ru").await;
    assert!(text(&root, "challenge").contains("Цель достигнута"), "{}", text(&root, "challenge"));
    choose(&root, "lang", "en").await;
    // Reset and let the goroutine started last run first: A comes first.
    click(&root, "reset").await;
    choose(&root, "gallery", "challenge:order").await;
    play_by_hand(&root, |gids| if gids.contains(&7) { 7 } else { gids[0] }).await;
    assert_eq!(panel().get_attribute("data-finished").as_deref(), Some("true"));
    assert_eq!(panel().get_attribute("data-reached").as_deref(), Some("false"));
    // A reload keeps the challenge, in manual mode.
    let root = remount().await;
    assert_eq!(q(&root, "[data-testid=challenge]").get_attribute("data-challenge").as_deref(), Some("order"));
    let policy: HtmlSelectElement = q(&root, "[data-testid=policy]").dyn_into().unwrap();
    assert_eq!(policy.value(), "manual");
    // Editing the program ends the challenge, also after a reload.
    type_source(&root, "package main\n\nfunc main() {}\n").await;
    assert!(all(&root, "[data-testid=challenge]").is_empty());
    let root = remount().await;
    assert!(all(&root, "[data-testid=challenge]").is_empty());
}

#[wasm_bindgen_test]
async fn manual_policy_lists_the_runnable_goroutines_as_buttons() {
    let root = mount().await;
    type_source(&root, RACE).await;
    choose(&root, "policy", "manual").await;
    let buttons = all(&root, "[data-testid=choose-goroutine]");
    assert_eq!(buttons.len(), 1, "only main at first");
    for _ in 0..3 {
        all(&root, "[data-testid=choose-goroutine]")[0].clone().dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
    }
    assert_eq!(step_of(&root), 3);
    let gids: Vec<String> =
        all(&root, "[data-testid=choose-goroutine]").iter().map(|b| b.get_attribute("data-gid").unwrap()).collect();
    assert!(gids.len() >= 2, "both senders may run: {gids:?}");
    prefs::clear();
}

#[wasm_bindgen_test]
async fn embed_mode_hides_the_chrome_but_keeps_the_controls() {
    mount().await;
    let w = web_sys::window().unwrap();
    let base = chanscope::ui::share::page_address();
    let sep = if base.contains('?') { "&" } else { "?" };
    w.history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{base}{sep}embed=1")))
        .unwrap();
    let root = remount().await;
    assert!(q(&root, ".app").get_attribute("class").unwrap().contains("embed"));
    assert!(all(&root, "[data-testid=share]").is_empty());
    q(&root, "[data-testid=step]");
    q(&root, "[data-testid=scene]");
    q(&root, "[data-testid=console]");
    w.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&base)).unwrap();
    let root = remount().await;
    assert!(!q(&root, ".app").get_attribute("class").unwrap().contains("embed"));
}

/// Native and wasm record byte-identical traces: the hash of every gallery
/// example's trace (fifo and random, seeds 0 to 3), computed here in the
/// browser, equals the one the native test committed.
#[wasm_bindgen_test]
fn trace_hashes_match_the_native_ones() {
    let (checked, wrong) = chanscope::gallery::check_trace_hashes(include_str!("trace_hashes.txt"));
    assert!(checked >= 100, "only {checked} hashes");
    assert!(wrong.is_empty(), "trace hashes differ from the native ones:\n{}", wrong.join("\n"));
}

#[wasm_bindgen_test]
async fn the_explain_bar_and_reasons_follow_the_language_but_data_reason_stays() {
    let root = mount().await;
    for _ in 0..4 {
        click(&root, "step").await;
    }
    let english = text(&root, "explain");
    let reasons = scene_attrs(&root);
    choose(&root, "lang", "ru").await;
    let russian = text(&root, "explain");
    assert_ne!(english, russian);
    assert!(russian.chars().any(|c| ('а'..='я').contains(&c)), "{russian}");
    assert_eq!(scene_attrs(&root), reasons, "data-* attributes do not depend on the language");
    choose(&root, "lang", "en").await;
    assert_eq!(text(&root, "explain"), english);
}

#[wasm_bindgen_test]
async fn many_goroutines_are_grouped_and_a_group_opens_on_click() {
    let root = mount().await;
    let src = "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 60; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t}()\n\t}\n\twg.Wait()\n}\n";
    type_source(&root, src).await;
    // The last step: every goroutine has been started.
    let total = q(&root, "[data-testid=step-counter]").get_attribute("data-total").unwrap();
    set_range(&root, "seek", &total).await;
    let groups = all(&root, "[data-testid=goroutine-group]");
    assert!(!groups.is_empty(), "grouped at step {}", step_of(&root));
    let count_all: usize =
        groups.iter().map(|g| g.get_attribute("data-count").unwrap().parse::<usize>().unwrap()).sum();
    assert_eq!(count_all, 60);
    let cards = all(&root, "[data-testid=goroutine]").len();
    let first = groups[0].clone();
    let count: usize = first.get_attribute("data-count").unwrap().parse().unwrap();
    let event = web_sys::MouseEvent::new("click").unwrap();
    first.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(all(&root, "[data-testid=goroutine]").len(), cards + count);
}

// ---- Scheduling: select-case choices, replays and the explorer ----

const TWO_READY: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta := make(chan int, 1)\n\tb := make(chan int, 1)\n\ta <- 1\n\tb <- 2\n\tselect {\n\tcase v := <-a:\n\t\tfmt.Println(\"a\", v)\n\tcase v := <-b:\n\t\tfmt.Println(\"b\", v)\n\t}\n}\n";

/// Waits (letting timers run) until `done` holds, for at most `ms` milliseconds.
async fn wait_until(ms: u64, mut done: impl FnMut() -> bool) {
    let mut waited = 0;
    while !done() {
        assert!(waited < ms, "gave up waiting after {ms} ms");
        yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
        yew::scheduler::flush().await;
        waited += 20;
    }
}

fn stdout_lines(root: &Element) -> Vec<String> {
    all(root, "[data-testid=console] [data-stream=stdout]")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn manual_select_case_choice_changes_the_output() {
    let root = mount().await;
    type_source(&root, TWO_READY).await;
    choose(&root, "policy", "manual").await;
    for (case, want) in [("1", "b 2"), ("0", "a 1")] {
        // Editing the program starts a fresh manual run.
        type_source(&root, &format!("{TWO_READY}\n")).await;
        let mut picked = false;
        for _ in 0..40 {
            let cases = all(&root, "[data-testid=choose-case]");
            if !picked && !cases.is_empty() {
                assert_eq!(cases.len(), 2, "both cases are ready");
                let button = cases.iter().find(|b| b.get_attribute("data-case").as_deref() == Some(case)).unwrap();
                assert!(button.get_attribute("aria-label").unwrap().contains("G1"));
                let label = button.text_content().unwrap();
                assert!(label.contains(if case == "1" { "<-b" } else { "<-a" }), "{label}");
                button.clone().dyn_into::<HtmlElement>().unwrap().click();
                yew::scheduler::flush().await;
                picked = true;
                continue;
            }
            let Some(b) = all(&root, "[data-testid=choose-goroutine]").into_iter().next() else { break };
            b.dyn_into::<HtmlElement>().unwrap().click();
            yew::scheduler::flush().await;
        }
        assert!(picked, "the chooser offered the select's cases");
        assert_eq!(stdout_lines(&root), vec![want.to_string()]);
    }
    prefs::clear();
}

#[wasm_bindgen_test]
fn a_shared_manual_run_keeps_its_select_case_choices() {
    let mut s =
        Rc::new(Session::new(TWO_READY.to_string(), None)).reduce(Action::SetPolicy(chanscope::sim::Policy::Manual));
    for _ in 0..20 {
        let cases = s.recording.as_ref().unwrap().borrow().select_cases_for(0);
        s = if cases.is_empty() { s.reduce(Action::Choose(0)) } else { s.reduce(Action::ChooseCase(0, 1)) };
    }
    let shared = chanscope::ui::share::snapshot(&s);
    assert_eq!(shared.cases.len(), 1);
    let packed = chanscope::ui::share::encode(&shared);
    let opened = Session::initial().open_shared(&chanscope::ui::share::decode(&packed).unwrap()).unwrap();
    let out = |s: &Session| s.recording.as_ref().unwrap().borrow().stream_text(chanscope::sim::Stream::Stdout);
    assert_eq!(out(&opened), "b 2\n");
    assert_eq!(out(&s), "b 2\n");
}

#[wasm_bindgen_test]
async fn the_explorer_finds_a_failing_run_and_replaying_it_reproduces_it() {
    let root = mount().await;
    choose(&root, "gallery", "gosched").await;
    click(&root, "explore").await;
    let result = || root.query_selector("[data-testid=explore-result]").unwrap();
    wait_until(60_000, || result().is_some_and(|r| r.get_attribute("data-running").as_deref() == Some("false"))).await;
    let r = result().unwrap();
    assert_eq!(r.get_attribute("data-tried").unwrap(), chanscope::ui::explore_view::EXPLORE_RUNS.to_string());
    let runs = all(&root, "[data-testid=explore-run]");
    assert!(!runs.is_empty(), "a failing run is found");
    let kind = runs[0].get_attribute("data-kind").unwrap();
    let steps: usize = runs[0].get_attribute("data-steps").unwrap().parse().unwrap();
    let printed = runs[0].query_selector(".explore-stdout").unwrap().map(|c| c.text_content().unwrap());
    runs[0].query_selector("[data-testid=explore-replay]").unwrap().unwrap().dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    let policy: HtmlSelectElement = q(&root, "[data-testid=policy]").dyn_into().unwrap();
    assert_eq!(policy.value(), "replay");
    // The replayed run has the same length and outcome; at its end the console shows the same output.
    wait_until(20_000, || {
        q(&root, "[data-testid=step-counter]").get_attribute("data-total").as_deref() == Some(&steps.to_string())
    })
    .await;
    let seek: HtmlInputElement = q(&root, "[data-testid=seek]").dyn_into().unwrap();
    seek.set_value(&steps.to_string());
    seek.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(step_of(&root), steps);
    if let Some(line) = printed {
        assert_eq!(stdout_lines(&root).first(), Some(&line), "{kind}");
    }
    q(&root, "[data-testid=outcome]");
    prefs::clear();
}

#[wasm_bindgen_test]
fn a_loaded_replay_is_offered_in_the_policy_menu_and_survives_a_share_link() {
    use chanscope::sim::{choice, Policy};
    // RACE's second sender (goroutine 2) wins when it runs before the first.
    let choices: Rc<[chanscope::sim::Choice]> = Rc::from(choice::decode("0*4,2,1,0").unwrap());
    let s = Rc::new(Session::new(RACE.to_string(), None)).reduce(Action::LoadReplay { seed: 5, choices });
    assert_eq!((s.policy, s.seed), (Policy::Replay, 5));
    let out = |s: &Session| {
        let rec = s.recording.as_ref().unwrap();
        while rec.borrow_mut().advance_with(None) {}
        rec.borrow().stream_text(chanscope::sim::Stream::Stdout)
    };
    let printed = out(&s);
    assert!(printed == "A\n" || printed == "B\n", "{printed}");
    let shared = chanscope::ui::share::snapshot(&s);
    let opened = Session::initial()
        .open_shared(&chanscope::ui::share::decode(&chanscope::ui::share::encode(&shared)).unwrap())
        .unwrap();
    assert_eq!(opened.policy, Policy::Replay);
    assert_eq!(out(&opened), printed);
    // Another policy keeps the loaded choices on offer.
    let fifo = Rc::new(opened).reduce(Action::SetPolicy(Policy::Fifo));
    assert!(fifo.script.is_some());
}

#[wasm_bindgen_test]
fn select_case_texts_are_read_from_the_select_block() {
    use chanscope::ui::chooser::select_case_texts;
    let line = TWO_READY.lines().position(|l| l.trim() == "select {").unwrap() as u32 + 1;
    assert_eq!(select_case_texts(TWO_READY, line), vec!["case v := <-a".to_string(), "case v := <-b".to_string()]);
    let src = "select {\ncase ch <- 1:\n\tx()\ndefault:\ncase <-done: return\n}\nfoo()\ncase nope:\n";
    assert_eq!(select_case_texts(src, 1), vec!["case ch <- 1".to_string(), "case <-done".to_string()]);
    assert_eq!(select_case_texts(src, 2).len(), 2, "from the first case's line");
    assert!(select_case_texts("a()\nb()\n", 2).is_empty(), "not a select");
}

/// A program with one data race (line 9 against line 13) and one goroutine
/// left blocked on a send (line 10) when main returns.
const RACE_AND_LEAK: &str = "package main\n\nimport \"time\"\n\nfunc main() {\n\tx := 0\n\tch := make(chan int)\n\tgo func() {\n\t\tx = 1\n\t\tch <- 1\n\t}()\n\ttime.Sleep(time.Second)\n\tprintln(x)\n}\n";

#[wasm_bindgen_test]
async fn the_analysis_panel_lists_races_and_leaks_and_seeks_to_them() {
    let root = mount().await;
    type_source(&root, RACE_AND_LEAK).await;
    let panel = q(&root, "[data-testid=analysis]");
    let races = all(&panel, "[data-testid=race]");
    let leaks = all(&panel, "[data-testid=leak]");
    assert_eq!(races.len(), 1, "{}", panel.outer_html());
    assert_eq!(leaks.len(), 1, "{}", panel.outer_html());
    assert_eq!(races[0].get_attribute("data-lines").as_deref(), Some("9,13"));
    assert_eq!(leaks[0].get_attribute("data-lines").as_deref(), Some("10"));
    assert!(races[0].text_content().unwrap().contains("line 13"));
    // At the end of the run, the race report is on the console as Go prints it.
    let total = q(&root, "[data-testid=step-counter]").get_attribute("data-total").unwrap();
    set_range(&root, "seek", &total).await;
    assert!(text(&root, "console").contains("WARNING: DATA RACE"));
    // A click seeks to the step of the race's second access.
    let race_step: usize = races[0].get_attribute("data-step").unwrap().parse().unwrap();
    set_range(&root, "seek", "0").await;
    races[0].clone().dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(step_of(&root), race_step);
    // Both lines of the race are highlighted in the editor.
    let lit: Vec<usize> = all(&root, ".hl-line")
        .iter()
        .enumerate()
        .filter(|(_, e)| e.get_attribute("class").unwrap_or_default().split_whitespace().any(|c| c == "current"))
        .map(|(i, _)| i + 1)
        .collect();
    assert!(lit.contains(&9) && lit.contains(&13), "highlighted lines {lit:?}");
    // Enter on the leak seeks to the end of the run.
    let total: usize = total.parse().unwrap();
    let leak = all(&root, "[data-testid=analysis] [data-testid=leak]").pop().unwrap();
    press(Some(&leak), "Enter").await;
    assert_eq!(step_of(&root), total);
    // Russian words too.
    choose(&root, "lang", "ru").await;
    assert!(text(&root, "analysis").contains("Гонка данных"));
    choose(&root, "lang", "en").await;
}

/// Two goroutines take two mutexes in opposite orders: `fifo` deadlocks.
const LOCK_ORDER_DEADLOCK: &str = "package main\n\nimport (\n\t\"sync\"\n\t\"time\"\n)\n\nfunc main() {\n\tvar a, b sync.Mutex\n\tgo func() {\n\t\ta.Lock()\n\t\ttime.Sleep(time.Millisecond)\n\t\tb.Lock()\n\t}()\n\tb.Lock()\n\ttime.Sleep(time.Millisecond)\n\ta.Lock()\n}\n";

#[wasm_bindgen_test]
async fn the_analysis_panel_shows_the_wait_for_graph_at_a_deadlock_and_holds_the_explorer() {
    let root = mount().await;
    type_source(&root, LOCK_ORDER_DEADLOCK).await;
    let panel = q(&root, "[data-testid=analysis]");
    let graph = q(&panel, "[data-testid=wait-for]");
    assert_eq!(graph.get_attribute("data-cycle").as_deref(), Some("2"), "{}", panel.outer_html());
    let edges = all(&graph, "[data-testid=wait-for-edge]");
    assert_eq!(edges.len(), 2);
    let main = edges.iter().find(|e| e.get_attribute("data-goid").as_deref() == Some("1")).expect("main waits");
    let other = edges.iter().find(|e| e.get_attribute("data-goid").as_deref() != Some("1")).unwrap();
    assert_eq!(main.get_attribute("data-line").as_deref(), Some("17"));
    assert_eq!(main.get_attribute("data-waits-for"), other.get_attribute("data-goid"));
    assert_eq!(other.get_attribute("data-waits-for").as_deref(), Some("1"));
    assert!(main.text_content().unwrap().contains("line 17 (sync.Mutex.Lock on a)"), "{}", main.outer_html());
    assert_eq!(all(&graph, "[data-testid=wait-for-cycle]").len(), 2);
    // A click on an edge seeks to the end of the run, where the deadlock is.
    set_range(&root, "seek", "0").await;
    let total: usize = q(&root, "[data-testid=step-counter]").get_attribute("data-total").unwrap().parse().unwrap();
    all(&root, "[data-testid=wait-for-edge]")[0].clone().dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(step_of(&root), total);
    // Russian words too.
    choose(&root, "lang", "ru").await;
    assert!(text(&root, "wait-for").contains("кто кого ждёт"));
    choose(&root, "lang", "en").await;
    // The explorer lives in the panel, and finds the deadlock there.
    let panel = q(&root, "[data-testid=analysis]");
    q(&panel, "[data-testid=explore]").dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    let result = || q(&root, "[data-testid=analysis]").query_selector("[data-testid=explore-result]").unwrap();
    wait_until(60_000, || result().is_some_and(|r| r.get_attribute("data-running").as_deref() == Some("false"))).await;
    let kinds: Vec<String> = all(&result().unwrap(), "[data-testid=explore-run]")
        .iter()
        .map(|r| r.get_attribute("data-kind").unwrap())
        .collect();
    assert!(kinds.iter().any(|k| k == "deadlock"), "{kinds:?}");
    prefs::clear();
}

/// A counter incremented by two goroutines without a lock: every schedule
/// prints 2, yet the explorer lists the race.
const RACY_INCREMENT: &str = include_str!("explore/racy-increment.go");

#[wasm_bindgen_test]
async fn the_explorer_lists_a_race_even_when_the_output_never_differs() {
    let root = mount().await;
    type_source(&root, RACY_INCREMENT).await;
    click(&root, "explore").await;
    let result = || root.query_selector("[data-testid=analysis] [data-testid=explore-result]").unwrap();
    wait_until(60_000, || result().is_some_and(|r| r.get_attribute("data-running").as_deref() == Some("false"))).await;
    let runs = all(&result().unwrap(), "[data-testid=explore-run]");
    let race = runs.iter().find(|r| r.get_attribute("data-kind").as_deref() == Some("race")).expect("a race run");
    let words = q(race, "[data-testid=explore-race]").text_content().unwrap();
    assert!(words.contains("line 18"), "{words}");
    prefs::clear();
}

#[wasm_bindgen_test]
async fn the_outcome_is_in_russian_but_data_outcome_stays_english() {
    let root = mount().await;
    type_source(&root, "package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n").await;
    for _ in 0..5 {
        click(&root, "step").await;
    }
    assert_eq!(text(&root, "outcome").trim(), "deadlock (exit status 2)");
    choose(&root, "lang", "ru").await;
    assert_eq!(text(&root, "outcome").trim(), "взаимная блокировка (код выхода 2)");
    let outcome = q(&root, "[data-testid=outcome]");
    assert_eq!(outcome.get_attribute("data-outcome").as_deref(), Some("deadlock (exit status 2)"));
    choose(&root, "lang", "en").await;
}

#[wasm_bindgen_test]
async fn a_mutex_in_a_struct_field_is_named_by_its_selector() {
    let root = mount().await;
    let src = "package main\n\nimport \"sync\"\n\ntype Cache struct {\n\tmu sync.Mutex\n}\n\nfunc main() {\n\tc := &Cache{}\n\tc.mu.Lock()\n\tc.mu.Unlock()\n}\n";
    type_source(&root, src).await;
    for _ in 0..4 {
        click(&root, "step").await;
    }
    let names: Vec<String> =
        all(&root, "[data-testid=mutex]").iter().filter_map(|e| e.get_attribute("data-name")).collect();
    assert_eq!(names, ["c.mu"]);
}
