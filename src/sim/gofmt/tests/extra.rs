//! Hand-written cases: the machine's fake addresses (Go prints real ones,
//! different each run), `format_value`, and methods the machine cannot call.

use super::fixture::Fixture;
use crate::ir::types::{RtKind, RtMethod};
use crate::sim::gofmt::{format_value, sprint, sprintf};
use crate::sim::value::{Closure, Value};
use std::rc::Rc;

fn iface(ty: u32, v: Value) -> Value {
    Value::Iface(Rc::new((ty, v)))
}

#[test]
fn references_print_as_stable_fake_addresses() {
    let mut fx = Fixture::new();
    let int = fx.ty(None, RtKind::Int { bits: 64, signed: true }, vec![]);
    let pint = fx.ty(None, RtKind::Pointer(int), vec![]);
    let chan = fx.ty(None, RtKind::Chan { dir: 0, elem: int }, vec![]);
    let func = fx.ty(None, RtKind::Func, vec![]);
    let ints = fx.ty(None, RtKind::Slice(int), vec![]);
    let pints = fx.ty(None, RtKind::Slice(pint), vec![]);
    let cells_before = fx.cells.len() as u32;
    let p = fx.ptr(Value::Int(7));
    let sl = fx.slice(vec![p.clone()]);
    let ints_v = fx.slice(vec![Value::Int(1)]);
    let closure = Value::Func(Rc::new(Closure { func: 2, env: Rc::from(Vec::new()), bound: None }));
    let addr = format!("0x{:x}", 0xc000010000u64 + u64::from(cells_before) * 16);
    let args =
        [iface(pint, p.clone()), iface(pint, p.clone()), iface(pint, p), iface(pints, sl.clone()), iface(pints, sl)];
    let got = fx.with_env(|env| sprintf(env, "%v %p %#p %v %#v", &args));
    assert_eq!(got, format!("{addr} {addr} {} [{addr}] []*int{{(*int)({addr})}}", &addr[2..]));
    let args = [iface(chan, Value::Chan(1)), iface(func, closure.clone()), iface(func, closure)];
    let got = fx.with_env(|env| sprintf(env, "%v %v %#v", &args));
    assert_eq!(got, "0xc000020060 0x47e040 (func())(0x47e040)");
    let arrays = fx.arrays.len() as u64 - 1;
    let got = fx.with_env(|env| sprintf(env, "%p", &[iface(ints, ints_v)]));
    assert_eq!(got, format!("0x{:x}", 0xc000040000u64 + arrays * 0x1000));
}

#[test]
fn format_value_prints_one_value_of_a_static_type() {
    let fx = Fixture::new();
    let t = (0..fx.types.types.len() as u32).find(|&i| fx.types.name(i) == "*main.T").unwrap();
    let pt = fx.value("pt");
    let Value::Iface(b) = &pt else { panic!("an interface value") };
    assert_eq!(fx.with_env(|env| format_value(env, t, &b.1)), "&{2 y}");
    let any = (0..fx.types.types.len() as u32).find(|&i| fx.types.name(i) == "interface {}").unwrap();
    assert_eq!(fx.with_env(|env| format_value(env, any, &Value::Nil)), "<nil>");
    assert_eq!(fx.with_env(|env| format_value(env, any, &fx.value("wd"))), "Monday");
    let error = (0..fx.types.types.len() as u32).find(|&i| fx.types.name(i) == "error").unwrap();
    assert_eq!(fx.with_env(|env| format_value(env, error, &fx.value("e"))), "boom");
    let weekday = (0..fx.types.types.len() as u32).find(|&i| fx.types.name(i) == "main.Weekday").unwrap();
    assert_eq!(fx.with_env(|env| format_value(env, weekday, &Value::Int(2))), "Tuesday");
}

#[test]
fn a_method_the_machine_cannot_call_leaves_the_value_to_the_formatter() {
    let mut fx = Fixture::new();
    let string = method_less(&mut fx);
    let args = [iface(string, Value::Str("raw".into())), iface(string, Value::Str("raw".into()))];
    assert_eq!(fx.with_env(|env| sprint(env, &args)), "rawraw");
    assert_eq!(fx.with_env(|env| sprintf(env, "%q %x", &args)), "\"raw\" 726177");
}

/// A named string type whose `String` method the test machine does not know.
fn method_less(fx: &mut Fixture) -> u32 {
    let m = RtMethod { name: "String".into(), func: 9, pointer_receiver: false };
    fx.ty(Some("main.Opaque"), RtKind::String, vec![m])
}

#[test]
fn a_raw_operand_where_an_interface_was_expected_still_prints() {
    let fx = Fixture::new();
    assert_eq!(fx.with_env(|env| sprintf(env, "%v|%5v", &[Value::Int(3), Value::Bool(true)])), "3| true");
}
