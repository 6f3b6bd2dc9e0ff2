//! Go maps: entries kept in Go's key order (the order `fmt` prints them in),
//! with `range` starting at a seeded random entry as Go's randomised
//! iteration does.

use super::value::Value;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Index of a map in `Machine::maps`; never reused.
pub type MapId = u32;

/// A map key, ordered as Go's `fmt` sorts keys: numbers by value, strings
/// by bytes, false before true, composite keys field by field.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MapKey {
    Nil,
    Bool(bool),
    Int(i64),
    /// An `f64` as bits arranged so that the integer order is the numeric order.
    Float(u64),
    Str(Rc<str>),
    /// A channel, pointer or other object by its id.
    Ref(u8, u32),
    /// Structs and arrays, element by element.
    Composite(Vec<MapKey>),
    /// An interface key: its dynamic type, then the value.
    Typed(u32, Box<MapKey>),
}

impl MapKey {
    /// The key of a comparable value; `None` for values Go cannot hash
    /// (slices, maps, funcs), which panic as map keys.
    pub fn of(v: &Value) -> Option<MapKey> {
        Some(match v {
            Value::Nil => MapKey::Nil,
            Value::Bool(b) => MapKey::Bool(*b),
            Value::Int(i) => MapKey::Int(*i),
            Value::Float(f) => MapKey::Float(float_order_bits(*f)),
            Value::Str(s) => MapKey::Str(s.clone()),
            Value::Chan(c) => MapKey::Ref(0, *c),
            Value::Ptr(p) => MapKey::Ref(1, *p),
            Value::Mutex(m) => MapKey::Ref(2, *m),
            Value::RwMutex(m) => MapKey::Ref(3, *m),
            Value::WaitGroup(m) => MapKey::Ref(4, *m),
            Value::Object(k, id) => MapKey::Ref(5 + *k as u8, *id),
            Value::Struct(fs) | Value::Array(fs) => {
                MapKey::Composite(fs.iter().map(MapKey::of).collect::<Option<Vec<_>>>()?)
            }
            Value::Iface(b) => MapKey::Typed(b.0, Box::new(MapKey::of(&b.1)?)),
            Value::Cell(_) | Value::Func(_) | Value::Slice(_) | Value::Map(_) => return None,
        })
    }
}

/// Maps an f64 to bits whose unsigned order is the float order (-0 == +0).
fn float_order_bits(f: f64) -> u64 {
    let f = if f == 0.0 { 0.0 } else { f };
    let b = f.to_bits();
    if b >> 63 == 1 {
        !b
    } else {
        b | (1 << 63)
    }
}

#[derive(Clone, Debug, Default)]
pub struct GoMap {
    /// Key order → (the key as a value, the element).
    pub entries: BTreeMap<MapKey, (Value, Value)>,
}

impl GoMap {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries in key order, as `fmt` prints them.
    pub fn sorted(&self) -> impl Iterator<Item = &(Value, Value)> {
        self.entries.values()
    }
}
