//! The types and values the generated cases refer to by name; they mirror
//! the `values` map of gen_cases.go.

use crate::ir::types::{RtField, RtKind, RtMethod, RtType, TypeId, TypeTable};
use crate::ir::SyncKind;
use crate::sim::gofmt::Env;
use crate::sim::map::{GoMap, MapKey};
use crate::sim::value::{SliceRef, Value};
use std::rc::Rc;

/// A small machine heap with named interface values.
#[derive(Default)]
pub(super) struct Fixture {
    pub types: TypeTable,
    pub arrays: Vec<Vec<Value>>,
    pub maps: Vec<GoMap>,
    pub cells: Vec<Value>,
    pub values: Vec<(&'static str, Value)>,
}

fn method(name: &str, pointer_receiver: bool) -> RtMethod {
    RtMethod { name: name.into(), func: 0, pointer_receiver }
}

fn field(name: &str, ty: TypeId) -> RtField {
    RtField { name: name.into(), ty, embedded: false }
}

fn s(x: &str) -> Value {
    Value::Str(Rc::from(x))
}

impl Fixture {
    pub fn ty(&mut self, name: Option<&str>, kind: RtKind, methods: Vec<RtMethod>) -> TypeId {
        self.types.intern(RtType { name: name.map(str::to_string), kind, methods })
    }

    pub fn slice(&mut self, elems: Vec<Value>) -> Value {
        let len = elems.len() as u32;
        self.arrays.push(elems);
        Value::Slice(SliceRef { array: self.arrays.len() as u32 - 1, offset: 0, len, cap: len })
    }

    pub fn map(&mut self, entries: Vec<(Value, Value)>) -> Value {
        let mut m = GoMap::default();
        for (k, v) in entries {
            m.entries.insert(MapKey::of(&k).expect("a comparable key"), (k, v));
        }
        self.maps.push(m);
        Value::Map(self.maps.len() as u32 - 1)
    }

    pub fn ptr(&mut self, target: Value) -> Value {
        self.cells.push(target);
        Value::Ptr(self.cells.len() as u32 - 1)
    }

    fn add(&mut self, name: &'static str, ty: TypeId, v: Value) {
        self.values.push((name, Value::Iface(Rc::new((ty, v)))));
    }

    /// The interface value named `name`; `nil` is the nil interface.
    pub fn value(&self, name: &str) -> Value {
        if name == "nil" {
            return Value::Nil;
        }
        self.values.iter().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("no value {name}")).1.clone()
    }

    /// Runs `f` with an `Env` over the fixture whose methods behave as the
    /// Go methods in gen_cases.go.
    pub fn with_env<R>(&self, f: impl FnOnce(&mut Env) -> R) -> R {
        let types = &self.types;
        let cells = &self.cells;
        let mut call = |ty: TypeId, v: &Value, m: &str| -> Option<String> {
            match (types.name(ty).as_str(), m, v) {
                ("main.Weekday", "String", Value::Int(d)) => Some(match d {
                    0 => "Sunday".into(),
                    1 => "Monday".into(),
                    2 => "Tuesday".into(),
                    _ => format!("Weekday({d})"),
                }),
                ("*main.MyErr", "Error", Value::Ptr(id)) => match &cells[*id as usize] {
                    Value::Struct(fs) => Some(format!("myerr {}", fs[0].to_go_string())),
                    _ => None,
                },
                _ => None,
            }
        };
        let mut env = Env { types, arrays: &self.arrays, maps: &self.maps, cells, call_method: &mut call };
        f(&mut env)
    }

    /// The fixture of gen_cases.go.
    pub fn new() -> Fixture {
        let mut fx = Fixture::default();
        let int = fx.ty(None, RtKind::Int { bits: 64, signed: true }, vec![]);
        let int8 = fx.ty(None, RtKind::Int { bits: 8, signed: true }, vec![]);
        let uint8 = fx.ty(None, RtKind::Int { bits: 8, signed: false }, vec![]);
        let uint16 = fx.ty(None, RtKind::Int { bits: 16, signed: false }, vec![]);
        let int32 = fx.ty(None, RtKind::Int { bits: 32, signed: true }, vec![]);
        let uint32 = fx.ty(None, RtKind::Int { bits: 32, signed: false }, vec![]);
        let int64 = fx.ty(Some("int64"), RtKind::Int { bits: 64, signed: true }, vec![]);
        let uint64 = fx.ty(Some("uint64"), RtKind::Int { bits: 64, signed: false }, vec![]);
        let float64 = fx.ty(None, RtKind::Float { bits: 64 }, vec![]);
        let float32 = fx.ty(None, RtKind::Float { bits: 32 }, vec![]);
        let string = fx.ty(None, RtKind::String, vec![]);
        let boolean = fx.ty(None, RtKind::Bool, vec![]);
        let any = fx.ty(None, RtKind::Interface { methods: vec![] }, vec![]);
        let error = fx.ty(Some("error"), RtKind::Interface { methods: vec!["Error".into()] }, vec![]);
        let t = fx.ty(Some("main.T"), RtKind::Struct { fields: vec![field("A", int), field("B", string)] }, vec![]);
        let pt = fx.ty(None, RtKind::Pointer(t), vec![]);
        let u = fx.ty(Some("main.U"), RtKind::Struct { fields: vec![field("X", any), field("y", int)] }, vec![]);
        let v = fx.ty(Some("main.V"), RtKind::Struct { fields: vec![field("F", float64), field("U", uint8)] }, vec![]);
        let weekday =
            fx.ty(Some("main.Weekday"), RtKind::Int { bits: 64, signed: true }, vec![method("String", false)]);
        let w =
            fx.ty(Some("main.W"), RtKind::Struct { fields: vec![field("D", weekday), field("d", weekday)] }, vec![]);
        let myerr =
            fx.ty(Some("main.MyErr"), RtKind::Struct { fields: vec![field("Code", int)] }, vec![method("Error", true)]);
        let pmyerr = fx.ty(None, RtKind::Pointer(myerr), vec![]);
        let e = fx.ty(Some("main.E"), RtKind::Struct { fields: vec![field("Err", error)] }, vec![]);
        let celsius = fx.ty(Some("main.Celsius"), RtKind::Float { bits: 64 }, vec![]);
        let errstr = fx.ty(None, RtKind::ErrorString, vec![]);
        let ints = fx.ty(None, RtKind::Slice(int), vec![]);
        let strings = fx.ty(None, RtKind::Slice(string), vec![]);
        let bytes = fx.ty(None, RtKind::Slice(uint8), vec![]);
        let arr = fx.ty(None, RtKind::Array { elem: int, len: 3 }, vec![]);
        let msi = fx.ty(None, RtKind::Map { key: string, value: int }, vec![]);
        let mis = fx.ty(None, RtKind::Map { key: int, value: string }, vec![]);
        let anys = fx.ty(None, RtKind::Slice(any), vec![]);
        let ts = fx.ty(None, RtKind::Slice(t), vec![]);
        let mst = fx.ty(None, RtKind::Map { key: string, value: t }, vec![]);
        let wds = fx.ty(None, RtKind::Slice(weekday), vec![]);
        let pints = fx.ty(None, RtKind::Pointer(ints), vec![]);
        let pmsi = fx.ty(None, RtKind::Pointer(msi), vec![]);

        let i = Value::Int;
        let f = Value::Float;
        for (name, n) in [("i0", 0), ("i5", 5), ("i42", 42), ("ineg", -42), ("i255", 255), ("ibig", 1234567)] {
            fx.add(name, int, i(n));
        }
        fx.add("i8neg", int8, i(-1));
        fx.add("u8", uint8, i(200));
        fx.add("u64max", uint64, i(-1));
        fx.add("u32", uint32, i(4000000000));
        fx.add("r65", int32, i(65));
        fx.add("rhan", int32, i('世' as i64));
        fx.add("u16", uint16, i(0xbeef));
        fx.add("i64min", int64, i(i64::MIN));
        fx.add("rnl", int32, i(10));
        let floats = [
            ("f0", 0.0),
            ("f1", 1.0),
            ("f15", 1.5),
            ("fpi", std::f64::consts::PI),
            ("f1e6", 1e6),
            ("f1e21", 1e21),
            ("f1em5", 1e-5),
            ("fsmall", 0.000123),
            ("fneg", -2.5),
            ("finf", f64::INFINITY),
            ("fninf", f64::NEG_INFINITY),
            ("fnan", f64::NAN),
            ("f123456", 123456.0),
            ("f1234567", 1234567.0),
            ("fneg0", -0.0),
            ("f2675", 2.675),
            ("f100", 100.0),
            ("fthird", 1.0 / 3.0),
            ("f1e20", 1e20),
            ("f1e5", 1e5),
            ("f123456789", 123456789.0),
            ("f1em4", 1e-4),
            ("fmax", f64::MAX),
            ("fmin", 5e-324),
            ("f0005", 0.0005),
            ("f0015", 0.0015),
            ("fnegsmall", -1.5e-7),
        ];
        for (name, x) in floats {
            fx.add(name, float64, f(x));
        }
        fx.add("f32", float32, f(f64::from(0.1f32)));
        fx.add("f32big", float32, f(16777216.0));
        fx.add("f32third", float32, f(f64::from(1.0f32 / 3.0)));
        fx.add("f32big1", float32, f(f64::from(1e10f32)));
        fx.add("f32max", float32, f(f64::from(f32::MAX)));
        fx.add("rbad", int32, i(0x110000));
        fx.add("rsurr", int32, i(0xd800));
        fx.add("r0", int32, i(0));
        fx.add("rtab", int32, i(9));
        fx.add("rdel", int32, i(0x7f));
        fx.add("u64big", uint64, i(i64::MIN));
        // -758.81011962890625, exactly halfway between two shortest candidates.
        fx.add("ftie", float64, f(f64::from_bits(13873257817072205824)));
        fx.add("f32tie", float32, f(2992610.25));
        fx.add("runassigned", int32, i(0x19c29));
        let strs = [
            ("s", "hi"),
            ("sempty", ""),
            ("sq", "a\"b\tc\n"),
            ("suni", "héllo, 世界"),
            ("sctl", "\x01\x7f"),
            ("semoji", "😀"),
            ("sbq", "back`tick"),
            ("snbsp", "a\u{a0}b\u{200b}c"),
            ("sbs", "a\\b"),
            ("sunassigned", "a\u{19c29}\u{378}"),
        ];
        for (name, x) in strs {
            fx.add(name, string, s(x));
        }
        fx.add("bt", boolean, Value::Bool(true));
        fx.add("bf", boolean, Value::Bool(false));
        let tv = |a: i64, b: &str| Value::Struct(Rc::new(vec![i(a), s(b)]));
        fx.add("t", t, tv(1, "x"));
        let p = fx.ptr(tv(2, "y"));
        fx.add("pt", pt, p);
        fx.add("ptnil", pt, Value::Nil);
        let sl = fx.slice(vec![i(1), i(2), i(3)]);
        fx.add("sl", ints, sl);
        fx.add("slnil", ints, Value::Nil);
        let empty = fx.slice(vec![]);
        fx.add("slempty", ints, empty);
        let ss = fx.slice(vec![s("a"), s("b c")]);
        fx.add("ss", strings, ss);
        let bs = fx.slice(vec![i(104), i(105)]);
        fx.add("bs", bytes, bs);
        fx.add("bsnil", bytes, Value::Nil);
        fx.add("arr", arr, Value::Array(Rc::new(vec![i(1), i(2), i(3)])));
        let m = fx.map(vec![(s("b"), i(2)), (s("a"), i(1))]);
        fx.add("m", msi, m);
        fx.add("mnil", msi, Value::Nil);
        let mi = fx.map(vec![(i(2), s("two")), (i(1), s("one"))]);
        fx.add("mi", mis, mi);
        fx.add("wd", weekday, i(1));
        fx.add("wdbad", weekday, i(9));
        fx.add("e", errstr, s("boom"));
        let me = fx.ptr(Value::Struct(Rc::new(vec![i(7)])));
        fx.add("me", pmyerr, me);
        fx.add("mev", myerr, Value::Struct(Rc::new(vec![i(7)])));
        let five = Value::Iface(Rc::new((int, i(5))));
        fx.add("u", u, Value::Struct(Rc::new(vec![five, i(3)])));
        fx.add("unil", u, Value::Struct(Rc::new(vec![Value::Nil, i(0)])));
        fx.add("w", w, Value::Struct(Rc::new(vec![i(1), i(2)])));
        fx.add("v", v, Value::Struct(Rc::new(vec![f(1.5), i(7)])));
        let elems = vec![
            Value::Iface(Rc::new((int, i(1)))),
            Value::Iface(Rc::new((string, s("a")))),
            Value::Nil,
            Value::Iface(Rc::new((float64, f(2.5)))),
        ];
        let a = fx.slice(elems);
        fx.add("anys", anys, a);
        let tsv = fx.slice(vec![tv(1, "x"), tv(2, "y")]);
        fx.add("ts", ts, tsv);
        let mt = fx.map(vec![(s("k"), tv(3, "z"))]);
        fx.add("mt", mst, mt);
        let inner = Value::Iface(Rc::new((errstr, s("inner"))));
        fx.add("ee", e, Value::Struct(Rc::new(vec![inner])));
        fx.add("eenil", e, Value::Struct(Rc::new(vec![Value::Nil])));
        let wdsv = fx.slice(vec![i(0), i(2)]);
        fx.add("wds", wds, wdsv);
        fx.add("cel", celsius, f(36.6));
        let ps = fx.slice(vec![i(4), i(5)]);
        let ps = fx.ptr(ps);
        fx.add("ps", pints, ps);
        let pm = fx.map(vec![(s("z"), i(26))]);
        let pm = fx.ptr(pm);
        fx.add("pm", pmsi, pm);
        fx.more(Types { int, string, uint8, any, t, pt, ts, msi, weekday, ints, strings })
    }

    /// The values added with the second batch of cases.
    fn more(mut self, ty: Types) -> Fixture {
        let (i, s) = (Value::Int, s);
        let fields = vec![field("In", ty.t), field("P", ty.pt), field("L", ty.ts), field("M", ty.msi)];
        let outer = self.ty(Some("main.Outer"), RtKind::Struct { fields }, vec![]);
        let tv = |a: i64, b: &str| Value::Struct(Rc::new(vec![i(a), s(b)]));
        let p = self.ptr(tv(2, "y"));
        let l = self.slice(vec![tv(3, "z")]);
        let m = self.map(vec![(s("k"), i(1))]);
        self.add("nested", outer, Value::Struct(Rc::new(vec![tv(1, "x"), p, l, m])));
        let msany = self.ty(None, RtKind::Map { key: ty.string, value: ty.any }, vec![]);
        let one = Value::Iface(Rc::new((ty.int, i(1))));
        let x = Value::Iface(Rc::new((ty.string, s("x"))));
        let mif = self.map(vec![(s("a"), one), (s("b"), x), (s("c"), Value::Nil)]);
        self.add("mif", msany, mif);
        let bsarr = self.ty(None, RtKind::Array { elem: ty.uint8, len: 3 }, vec![]);
        self.add("bsarr", bsarr, Value::Array(Rc::new(vec![i(97), i(98), i(99)])));
        let empty = self.ty(Some("main.Empty"), RtKind::Struct { fields: vec![] }, vec![]);
        self.add("emptyt", empty, Value::Struct(Rc::new(vec![])));
        let sss = self.ty(None, RtKind::Slice(ty.strings), vec![]);
        let a = self.slice(vec![s("a")]);
        let b = self.slice(vec![]);
        let ssl = self.slice(vec![a, b, Value::Nil]);
        self.add("ssl", sss, ssl);
        let msints = self.ty(None, RtKind::Map { key: ty.string, value: ty.ints }, vec![]);
        let one = self.slice(vec![i(1)]);
        let mnest = self.map(vec![(s("x"), one), (s("y"), Value::Nil)]);
        self.add("mnest", msints, mnest);
        let stringer = self.ty(Some("fmt.Stringer"), RtKind::Interface { methods: vec!["String".into()] }, vec![]);
        let holder = self.ty(
            Some("main.Holder"),
            RtKind::Struct { fields: vec![field("V", ty.any), field("W", stringer)] },
            vec![],
        );
        let v = Value::Iface(Rc::new((ty.t, tv(1, "x"))));
        let w = Value::Iface(Rc::new((ty.weekday, i(2))));
        self.add("anyt", holder, Value::Struct(Rc::new(vec![v, w])));
        let chan = self.ty(None, RtKind::Chan { dir: 0, elem: ty.int }, vec![]);
        self.add("chnil", chan, Value::Nil);
        let func = self.ty(None, RtKind::Func, vec![]);
        self.add("fnnil", func, Value::Nil);
        let pint = self.ty(None, RtKind::Pointer(ty.int), vec![]);
        self.add("pinil", pint, Value::Nil);
        self.sync_values(ty.int)
    }

    /// Pointers to unlocked `sync` objects and a struct holding a mutex.
    fn sync_values(mut self, int: TypeId) -> Fixture {
        let mutex = self.ty(None, RtKind::Sync(SyncKind::Mutex), vec![]);
        let rwmutex = self.ty(None, RtKind::Sync(SyncKind::RWMutex), vec![]);
        let waitgroup = self.ty(None, RtKind::Sync(SyncKind::WaitGroup), vec![]);
        for (name, t, v) in
            [("mu", mutex, Value::Mutex(0)), ("rw", rwmutex, Value::RwMutex(0)), ("wg", waitgroup, Value::WaitGroup(0))]
        {
            let pt = self.ty(None, RtKind::Pointer(t), vec![]);
            self.add(name, pt, v);
        }
        let guard =
            self.ty(Some("main.Guard"), RtKind::Struct { fields: vec![field("Mu", mutex), field("N", int)] }, vec![]);
        let pguard = self.ty(None, RtKind::Pointer(guard), vec![]);
        let g = self.ptr(Value::Struct(Rc::new(vec![Value::Mutex(1), Value::Int(3)])));
        self.add("guard", pguard, g);
        self
    }
}

/// Types of the first batch that the second batch builds on.
struct Types {
    int: TypeId,
    string: TypeId,
    uint8: TypeId,
    any: TypeId,
    t: TypeId,
    pt: TypeId,
    ts: TypeId,
    msi: TypeId,
    weekday: TypeId,
    ints: TypeId,
    strings: TypeId,
}
