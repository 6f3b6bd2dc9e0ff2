//! Runtime values and how Go prints them.
//!
//! Values hold typed ids into the machine's arenas (channels, cells), never
//! shared mutable pointers, so cloning the machine makes an exact snapshot.

use crate::ir::{FuncId, Zero};
use std::rc::Rc;

/// Index of a channel in `Machine::chans`; never reused.
pub type ChanId = u32;
/// Index of a heap cell (a captured variable) in `Machine::cells`; never reused.
pub type CellId = u32;

/// A slice: a window onto a backing array in `Machine::arrays`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceRef {
    pub array: u32,
    pub offset: u32,
    pub len: u32,
    pub cap: u32,
}

/// A function value: code plus the cells it closes over.
#[derive(Clone, Debug, PartialEq)]
pub struct Closure {
    pub func: FuncId,
    pub env: Rc<[CellId]>,
    /// The receiver of a method value (`f := v.Method`), passed first.
    pub bound: Option<Value>,
}

impl Closure {
    /// A function (or a method value with its receiver) that closes over
    /// nothing; not inlined, since the machine makes them in many places.
    #[inline(never)]
    pub fn plain(func: FuncId, bound: Option<Value>) -> Rc<Closure> {
        Rc::new(Closure { func, env: Rc::from([]), bound })
    }
}

/// One Go value as the machine holds it.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Value {
    /// The zero value of reference types: a nil channel or func.
    #[default]
    Nil,
    Bool(bool),
    Int(i64),
    Str(Rc<str>),
    Chan(ChanId),
    /// A reference to a heap cell; only ever in local slots, never seen by Go code.
    Cell(CellId),
    Func(Rc<Closure>),
    /// A `sync.Mutex` (or a pointer to one: both are the object's handle).
    Mutex(u32),
    RwMutex(u32),
    WaitGroup(u32),
    Float(f64),
    /// A struct value; copied on write, so assignment keeps value semantics.
    Struct(Rc<Vec<Value>>),
    /// An array value, copied on write like a struct.
    Array(Rc<Vec<Value>>),
    /// A non-nil slice (a nil slice is `Nil`).
    Slice(SliceRef),
    /// A non-nil map, by its id in `Machine::maps` (a nil map is `Nil`).
    Map(u32),
    /// A pointer to a heap cell (a variable whose address was taken, or a
    /// value made by `new` or `&T{...}`).
    Ptr(u32),
    /// A non-nil interface value: its dynamic type and the value.
    Iface(Rc<(crate::ir::types::TypeId, Value)>),
    /// A `sync.Once`, `sync.Cond`, `context.Context` or atomic value, by kind and id.
    Object(crate::ir::SyncKind, u32),
}

impl Value {
    pub fn zero(z: Zero) -> Value {
        match z {
            Zero::Int => Value::Int(0),
            Zero::Float => Value::Float(0.0),
            Zero::Bool => Value::Bool(false),
            Zero::Str => Value::Str(Rc::from("")),
            Zero::Nil | Zero::Sync(_) | Zero::Typed(_) => Value::Nil,
        }
    }

    /// The zero value of the same kind as `v` (to pad a grown slice).
    pub fn zero_like(v: Option<&Value>) -> Value {
        match v {
            Some(Value::Int(_)) => Value::Int(0),
            Some(Value::Bool(_)) => Value::Bool(false),
            Some(Value::Str(_)) => Value::Str(Rc::from("")),
            Some(Value::Float(_)) => Value::Float(0.0),
            _ => Value::Nil,
        }
    }

    pub fn is_string(&self) -> bool {
        matches!(self, Value::Str(_))
    }

    /// The value as `fmt.Println` and `%v` print it.
    pub fn to_go_string(&self) -> String {
        match self {
            Value::Nil => "<nil>".to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Str(s) => s.to_string(),
            Value::Chan(id) => fake_address(0xc000_0200_00, *id),
            Value::Cell(id) => fake_address(0xc000_0140_00, *id),
            Value::Func(c) => fake_address(0x0047_e000, c.func),
            Value::Mutex(_) => "{0 0}".to_string(),
            Value::RwMutex(_) | Value::WaitGroup(_) => "{...}".to_string(),
            // Go's `print` of a float: `+1.500000e+000`.
            Value::Float(f) => crate::float_format::runtime_print_float(*f),
            Value::Struct(_) | Value::Array(_) | Value::Slice(_) | Value::Map(_) => "{...}".to_string(),
            Value::Ptr(id) => fake_address(0xc000_0180_00, *id),
            Value::Iface(b) => b.1.to_go_string(),
            Value::Object(_, id) => fake_address(0xc000_0300_00, *id),
        }
    }

    /// A short form for the scene and the explain bar: strings quoted as Go's `%q`.
    pub fn to_display(&self) -> String {
        match self {
            Value::Str(s) => super::stdlib::go_quote(s),
            Value::Nil => "nil".to_string(),
            other => other.to_go_string(),
        }
    }
}

/// A stable, address-looking number for values Go prints as pointers.
fn fake_address(base: u64, id: u32) -> String {
    format!("{:#x}", base + u64::from(id) * 0x60)
}

/// Joins operands the way `fmt.Println` does: always a space between them.
pub fn sprintln(args: &[Value]) -> String {
    let mut s = args.iter().map(Value::to_go_string).collect::<Vec<_>>().join(" ");
    s.push('\n');
    s
}

/// Joins operands the way `fmt.Print` does: a space only between two operands
/// when neither is a string.
pub fn sprint(args: &[Value]) -> String {
    let mut s = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 && !a.is_string() && !args[i - 1].is_string() {
            s.push(' ');
        }
        s.push_str(&a.to_go_string());
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn println_and_print_spacing_follow_fmt() {
        let args = [Value::Str("a".into()), Value::Int(1), Value::Int(2), Value::Str("b".into())];
        assert_eq!(sprintln(&args), "a 1 2 b\n");
        assert_eq!(sprint(&args), "a1 2b");
        assert_eq!(sprintln(&[Value::Nil, Value::Bool(true)]), "<nil> true\n");
    }
}
