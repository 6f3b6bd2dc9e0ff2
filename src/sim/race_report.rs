//! The text Go's race detector prints for a race, in its exact layout.
//!
//! Two things cannot match real Go and are made plausible and stable
//! instead: the addresses (heap locations get `0x00c0000...` addresses
//! derived from the cell, array or map id; globals get data-segment-like
//! `0x0000005...` ones) and the `+0x..` offsets after each line (derived
//! from the instruction index). Map operations show the runtime function Go
//! shows on top (`runtime.mapassign_faststr()` ...); its line in Go's source
//! is taken from Go 1.19's runtime (checked against `go build -race`).
//!
//! Known differences from a Go 1.19 `-race` build, measured on tests/race,
//! the gallery and tests/conformance (see tests/race.rs):
//! - Go's `-race` build randomises which new goroutine runs first, so its
//!   goroutine ids in reports vary between runs; here the run is fixed.
//! - A `-race` build never reports "all goroutines are asleep" (it hangs);
//!   here a deadlock is still reported.
//! - Go's own annotations inside `sync.WaitGroup` are modelled: an `Add`
//!   from zero reads, and the first `Wait` that waits writes, the wait
//!   group's semaphore word (Add racing with Wait). Of the reads `fmt` makes while printing, those of
//!   the elements of a slice argument (numbers, strings, booleans, structs)
//!   and of the struct a pointer argument points to are; maps printed by
//!   `fmt`, pointer-shaped elements and nested values are not.
//! - `append` and `copy` check slice elements as Go's runtime does
//!   (`runtime.growslice` reads the old elements, `runtime.slicecopy` reads
//!   the source and writes the destination, one report per range at most).
//! - For a map written twice in a row by one goroutine, Go may name the
//!   earlier write as the previous access.
//! - A captured struct or array variable is one location per field for
//!   whole-value loads and stores; array elements inside it are not told apart.

use super::goroutine::{GIdx, GState};
use super::machine::Machine;
use super::race::{Access, FmtCall, FmtRead, FmtShape, KeyKind, Loc, MapOp, Race, Stack};
use std::fmt::Write;

/// The separator line Go prints around each report.
pub const RULE: &str = "==================";

/// The line Go prints at exit when races were found.
pub fn found_line(n: usize) -> String {
    format!("Found {n} data race(s)\n")
}

/// The exit status of a program whose run found races and ended normally.
pub const RACE_EXIT_CODE: i32 = 66;

/// A stable, plausible address for a location.
pub fn address(loc: Loc) -> u64 {
    match loc {
        Loc::Cell(c, f) => 0x00c0_0001_2000 + c as u64 * 0x20 + f as u64 * 8,
        Loc::Global(i) => 0x0000_005c_f6a0 + i as u64 * 8,
        Loc::Elem(a, i) => 0x00c0_000b_0000 + a as u64 * 0x200 + i as u64 * 8,
        Loc::Map(m) => 0x00c0_0007_6180 + m as u64 * 0x30,
        Loc::MapSlot(m, k) => 0x00c0_0009_0000 + m as u64 * 0x400 + k as u64 * 8,
        Loc::WgSema(w) => 0x00c0_0001_80b8 + w as u64 * 0x10,
    }
}

/// The runtime function and Go source line Go shows for a map operation or
/// a slice range access.
fn map_frame(op: MapOp, key: KeyKind) -> (&'static str, &'static str, u32) {
    match (key, op) {
        (KeyKind::Str, MapOp::Access1) => ("mapaccess1_faststr", "map_faststr.go", 13),
        (KeyKind::Str, MapOp::Access2) => ("mapaccess2_faststr", "map_faststr.go", 108),
        (KeyKind::Str, MapOp::Assign) => ("mapassign_faststr", "map_faststr.go", 203),
        (KeyKind::Str, MapOp::Delete) => ("mapdelete_faststr", "map_faststr.go", 300),
        (KeyKind::Int, MapOp::Access1) => ("mapaccess1_fast64", "map_fast64.go", 13),
        (KeyKind::Int, MapOp::Access2) => ("mapaccess2_fast64", "map_fast64.go", 53),
        (KeyKind::Int, MapOp::Assign) => ("mapassign_fast64", "map_fast64.go", 93),
        (KeyKind::Int, MapOp::Delete) => ("mapdelete_fast64", "map_fast64.go", 273),
        (_, MapOp::Access1) => ("mapaccess1", "map.go", 395),
        (_, MapOp::Access2) => ("mapaccess2", "map.go", 456),
        (_, MapOp::Assign) => ("mapassign", "map.go", 578),
        (_, MapOp::Delete) => ("mapdelete", "map.go", 696),
        (_, MapOp::Range) => ("mapiterinit", "map.go", 815),
        (_, MapOp::GrowSlice) => ("growslice", "slice.go", 178),
        (_, MapOp::SliceCopy) => ("slicecopy", "slice.go", 307),
        (_, MapOp::RaceRead) => ("raceread", "", 1),
        (_, MapOp::RaceWrite) => ("racewrite", "", 1),
    }
}

/// The frames Go 1.19 shows above the caller when `fmt` reads an argument:
/// `reflect` copying the value out (`Value.Interface`), the `printValue`
/// that walks it, `printArg`, and the call's own chain. Lines are Go 1.19's
/// (checked against `go build -race`).
fn fmt_frames(read: FmtRead) -> Vec<(&'static str, &'static str, u32)> {
    let (call, shape) = (read.call, read.shape);
    let mut frames = vec![
        ("reflect.typedmemmove", "runtime/mbarrier.go", 178),
        ("reflect.packEface", "reflect/value.go", 123),
        ("reflect.valueInterface", "reflect/value.go", 1508),
        ("reflect.Value.Interface", "reflect/value.go", 1478),
        ("fmt.(*pp).printValue", "fmt/print.go", 753),
        ("fmt.(*pp).printValue", "fmt/print.go", if shape == FmtShape::SliceElem { 896 } else { 907 }),
        ("fmt.(*pp).printArg", "fmt/print.go", 743),
    ];
    let doer = match call {
        FmtCall::Print | FmtCall::Sprint | FmtCall::Fprint => "fmt.(*pp).doPrint",
        FmtCall::Println | FmtCall::Sprintln | FmtCall::Fprintln => "fmt.(*pp).doPrintln",
        FmtCall::Printf | FmtCall::Sprintf | FmtCall::Errorf | FmtCall::Fprintf => "fmt.(*pp).doPrintf",
    };
    frames.push((doer, "fmt/print.go", read.line as u32));
    frames.extend_from_slice(match call {
        FmtCall::Print => &[("fmt.Fprint", "fmt/print.go", 242), ("fmt.Print", "fmt/print.go", 252)][..],
        FmtCall::Println => &[("fmt.Fprintln", "fmt/print.go", 284), ("fmt.Println", "fmt/print.go", 294)][..],
        FmtCall::Printf => &[("fmt.Fprintf", "fmt/print.go", 204), ("fmt.Printf", "fmt/print.go", 213)][..],
        FmtCall::Sprint => &[("fmt.Sprint", "fmt/print.go", 259)][..],
        FmtCall::Sprintln => &[("fmt.Sprintln", "fmt/print.go", 301)][..],
        FmtCall::Sprintf => &[("fmt.Sprintf", "fmt/print.go", 219)][..],
        FmtCall::Errorf => &[("fmt.Errorf", "fmt/errors.go", 20)][..],
        FmtCall::Fprint => &[("fmt.Fprint", "fmt/print.go", 242)][..],
        FmtCall::Fprintln => &[("fmt.Fprintln", "fmt/print.go", 284)][..],
        FmtCall::Fprintf => &[("fmt.Fprintf", "fmt/print.go", 204)][..],
    });
    frames
}

/// The frames of `stack`, then the wrapper closure Go 1.19 runs goroutine
/// `g` through when it was started as `go f(args)`.
fn write_stack(out: &mut String, m: &Machine, stack: &Stack, g: Option<GIdx>) {
    let program = &m.program;
    for &(func, pc) in stack.iter() {
        let name = &program.funcs[func as usize].name;
        let line = program.line_of(func, pc as usize);
        let _ = writeln!(out, "  {name}()\n      {}:{line} +0x{:x}", program.file_name, 0x1c + pc * 4);
    }
    if let Some((name, line)) = g.and_then(|g| m.race.as_ref()?.wrapper(g)) {
        let _ = writeln!(out, "  {name}()\n      {}:{line} +0x{:x}", program.file_name, 0x2c + line * 4);
    }
}

fn who(m: &Machine, a: &Access) -> String {
    if m.goroutines.get(a.g as usize).map(|g| g.goid) == Some(super::goroutine::MAIN_GOID) {
        "main goroutine".to_string()
    } else {
        format!("goroutine {}", a.goid)
    }
}

fn write_access(out: &mut String, m: &Machine, a: &Access, addr: u64, previous: bool) {
    let kind = match (previous, a.write) {
        (false, false) => "Read",
        (false, true) => "Write",
        (true, false) => "Previous read",
        (true, true) => "Previous write",
    };
    let _ = writeln!(out, "{kind} at 0x{addr:012x} by {}:", who(m, a));
    if let Some((op, key)) = a.map_op {
        let (f, file, line) = map_frame(op, key);
        if file.is_empty() {
            // An annotation call the compiler generated.
            let _ = writeln!(out, "  runtime.{f}()\n      <autogenerated>:{line} +0x1d");
        } else {
            let _ = writeln!(out, "  runtime.{f}()\n      /usr/lib/go-1.19/src/runtime/{file}:{line} +0x0");
        }
    }
    if let Some(read) = a.fmt {
        for (i, (f, file, line)) in fmt_frames(read).into_iter().enumerate() {
            let off = if i == 0 { 0 } else { 0x40 + line * 2 };
            let _ = writeln!(out, "  {f}()\n      /usr/lib/go-1.19/src/{file}:{line} +0x{off:x}");
        }
    }
    write_stack(out, m, &a.stack, Some(a.g));
}

fn write_created(out: &mut String, m: &Machine, g: GIdx) {
    let Some(gr) = m.goroutines.get(g as usize) else { return };
    if gr.goid == super::goroutine::MAIN_GOID {
        return;
    }
    let Some(race) = m.race.as_ref() else { return };
    let Some(stack) = race.created_at(g) else { return };
    let status = if gr.state == GState::Done { "finished" } else { "running" };
    let _ = writeln!(out, "\nGoroutine {} ({status}) created at:", gr.goid);
    write_stack(out, m, stack, race.creator(g));
}

/// Go's whole report for one race, from the first rule to the last.
pub fn report_text(m: &Machine, race: &Race) -> String {
    let addr = address(race.loc);
    let mut out = format!("{RULE}\nWARNING: DATA RACE\n");
    write_access(&mut out, m, &race.current, addr, false);
    out.push('\n');
    write_access(&mut out, m, &race.previous, addr, true);
    write_created(&mut out, m, race.current.g);
    write_created(&mut out, m, race.previous.g);
    let _ = writeln!(out, "{RULE}");
    out
}
