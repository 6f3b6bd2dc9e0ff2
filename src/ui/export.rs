//! Export: the recorded trace as JSON in the Chrome Trace Event format, which
//! Perfetto and chrome://tracing open. Each step is one complete event ("X")
//! on its goroutine's lane (pid 1, tid = the goroutine's id), one microsecond
//! long at ts = its step index; a value handed from a sender to a receiver
//! is a flow arrow between their steps.

use crate::sim::{EventKind, GIdx, Recording};
use std::fmt::Write;

/// The file name the download gets.
pub const FILE_NAME: &str = "chanscope-trace.json";

/// The trace of every recorded step.
pub fn trace_json(rec: &Recording) -> String {
    let program = rec.program();
    let end = rec.machine_at(rec.len());
    let goid = |g: GIdx| end.goroutines.get(g as usize).map(|gr| gr.goid).unwrap_or(g as u64);
    let source_lines: Vec<&str> = program.source.lines().collect();
    // The steps each goroutine ran, in order, for the flow arrows.
    let mut steps_of: Vec<Vec<usize>> = Vec::new();
    for (i, s) in rec.steps.iter().enumerate() {
        if steps_of.len() <= s.g as usize {
            steps_of.resize(s.g as usize + 1, Vec::new());
        }
        steps_of[s.g as usize].push(i + 1);
    }
    let mut out = String::from("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n");
    out.push_str("{\"ph\":\"M\",\"pid\":1,\"name\":\"process_name\",\"args\":{\"name\":\"Go program\"}}");
    for (g, _) in steps_of.iter().enumerate() {
        let id = goid(g as GIdx);
        let _ = write!(
            out,
            ",\n{{\"ph\":\"M\",\"pid\":1,\"tid\":{id},\"name\":\"thread_name\",\"args\":{{\"name\":\"G{id}\"}}}}"
        );
    }
    let mut flow_id = 0u64;
    for (i, s) in rec.steps.iter().enumerate() {
        let step = i + 1;
        let line = program.line_of(s.func, s.pc as usize);
        let events = rec.events_of(step);
        let kinds: Vec<&str> = events.iter().map(|e| kind_name(&e.kind)).collect();
        let text = source_lines.get(line.saturating_sub(1) as usize).map(|l| l.trim()).unwrap_or("");
        let name =
            if text.is_empty() { kinds.first().copied().unwrap_or("step").to_string() } else { text.to_string() };
        let _ = write!(
            out,
            ",\n{{\"ph\":\"X\",\"pid\":1,\"tid\":{},\"ts\":{},\"dur\":1,\"name\":{},\"cat\":{},\"args\":{{\"step\":{step},\"line\":{line},\"virtual_time_ns\":{},\"events\":[{}]}}}}",
            goid(s.g),
            step - 1,
            json_string(&name),
            json_string(kinds.first().copied().unwrap_or("step")),
            s.time,
            kinds.iter().map(|k| json_string(k)).collect::<Vec<_>>().join(",")
        );
        for e in events {
            // A hand-over: from the sender's step to the receiver's.
            let pair = match e.kind {
                EventKind::Send { to: Some(r), .. } => next_step(&steps_of, r, step).map(|to| ((s.g, step), (r, to))),
                EventKind::Recv { from: Some(snd), .. } => {
                    last_step_before(&steps_of, snd, step).map(|from| ((snd, from), (s.g, step)))
                }
                _ => None,
            };
            if let Some(((g1, at1), (g2, at2))) = pair {
                flow_id += 1;
                let _ = write!(
                    out,
                    ",\n{{\"ph\":\"s\",\"id\":{flow_id},\"pid\":1,\"tid\":{},\"ts\":{}.5,\"name\":\"value\",\"cat\":\"chan\"}}\
                     ,\n{{\"ph\":\"f\",\"bp\":\"e\",\"id\":{flow_id},\"pid\":1,\"tid\":{},\"ts\":{}.5,\"name\":\"value\",\"cat\":\"chan\"}}",
                    goid(g1),
                    at1 - 1,
                    goid(g2),
                    at2 - 1
                );
            }
        }
    }
    out.push_str("\n]}\n");
    out
}

/// The first step `g` ran after `step`.
fn next_step(steps_of: &[Vec<usize>], g: GIdx, step: usize) -> Option<usize> {
    let list = steps_of.get(g as usize)?;
    list.get(list.partition_point(|s| *s <= step)).copied()
}

/// The last step `g` ran before `step`.
fn last_step_before(steps_of: &[Vec<usize>], g: GIdx, step: usize) -> Option<usize> {
    let list = steps_of.get(g as usize)?;
    list[..list.partition_point(|s| *s < step)].last().copied()
}

fn kind_name(kind: &EventKind) -> &'static str {
    match kind {
        EventKind::Spawn { .. } => "go",
        EventKind::MakeChan { .. } => "make chan",
        EventKind::Block { .. } => "block",
        EventKind::Wake { .. } => "wake",
        EventKind::Send { .. } => "send",
        EventKind::Recv { .. } => "receive",
        EventKind::Close { .. } => "close",
        EventKind::Output { .. } => "print",
        EventKind::Lock { read: false, .. } => "lock",
        EventKind::Lock { read: true, .. } => "rlock",
        EventKind::Unlock { read: false, .. } => "unlock",
        EventKind::Unlock { read: true, .. } => "runlock",
        EventKind::WaitGroupAdd { done: false, .. } => "wg add",
        EventKind::WaitGroupAdd { done: true, .. } => "wg done",
        EventKind::WaitGroupWait { .. } => "wg wait",
        EventKind::OnceDo { .. } => "once",
        EventKind::CondWait { .. } => "cond wait",
        EventKind::CondSignal { all: false, .. } => "cond signal",
        EventKind::CondSignal { all: true, .. } => "cond broadcast",
        EventKind::Atomic { .. } => "atomic",
        EventKind::TimerFire { .. } => "timer",
        EventKind::ContextCancel { .. } => "cancel",
        EventKind::Select { .. } => "select",
        EventKind::Exit { .. } => "exit",
        EventKind::Goexit => "goexit",
        EventKind::Finish => "finish",
        EventKind::Panic { .. } => "panic",
        EventKind::End => "end",
    }
}

/// A JSON string literal.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Offers `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = wasm_bindgen::JsCast::unchecked_into(a);
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The address is freed once the browser has surely started the download.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
