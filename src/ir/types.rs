//! Run-time type descriptions: what the machine needs to know about Go
//! types to format values (`%v`, `%T`), compare them, convert them to
//! interfaces, assert them back, and dispatch methods dynamically.
//!
//! The checker's types are lowered into one `TypeTable` per program; values
//! that carry a dynamic type (interface values) refer to it by `TypeId`.

use super::{FuncId, SyncKind};

/// Index of a type in `TypeTable::types`.
pub type TypeId = u32;

/// The shape of a type.
#[derive(Clone, Debug, PartialEq)]
pub enum RtKind {
    Bool,
    /// A sized integer: `bits` 8, 16, 32 or 64; `int`/`uint` are 64 bits.
    Int {
        bits: u8,
        signed: bool,
    },
    Float {
        bits: u8,
    },
    String,
    Struct {
        fields: Vec<RtField>,
    },
    Pointer(TypeId),
    Slice(TypeId),
    Array {
        elem: TypeId,
        len: u64,
    },
    Map {
        key: TypeId,
        value: TypeId,
    },
    /// `dir`: 0 both ways, 1 send-only, 2 receive-only.
    Chan {
        dir: u8,
        elem: TypeId,
    },
    Func,
    /// An interface with these method names (empty for `any`).
    Interface {
        methods: Vec<String>,
    },
    /// `sync.Mutex` and friends, held as objects of the machine.
    Sync(SyncKind),
    /// The dynamic type of `errors.New` values (`*errors.errorString`).
    ErrorString,
    /// The dynamic type of runtime errors recovered from panics (`runtime.Error`).
    RuntimeError,
}

/// A struct field.
#[derive(Clone, Debug, PartialEq)]
pub struct RtField {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
}

/// A method of a named type (or of a pointer to it).
#[derive(Clone, Debug, PartialEq)]
pub struct RtMethod {
    pub name: String,
    pub func: FuncId,
    /// Declared with a pointer receiver `(t *T)`.
    pub pointer_receiver: bool,
}

/// One type.
#[derive(Clone, Debug, PartialEq)]
pub struct RtType {
    /// The qualified name of a named type (`main.Celsius`, `time.Duration`),
    /// `None` for a type literal.
    pub name: Option<String>,
    pub kind: RtKind,
    /// Methods declared on the named type (value and pointer receivers).
    pub methods: Vec<RtMethod>,
}

/// Every type a program's values can have at run time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TypeTable {
    pub types: Vec<RtType>,
}

impl TypeTable {
    pub fn get(&self, id: TypeId) -> &RtType {
        &self.types[id as usize]
    }

    /// Adds a type, or returns the id of an equal one already there.
    pub fn intern(&mut self, t: RtType) -> TypeId {
        if let Some(i) = self.types.iter().position(|x| *x == t) {
            return i as TypeId;
        }
        self.types.push(t);
        (self.types.len() - 1) as TypeId
    }

    /// Go's spelling of a type, as `%T` prints it: `int`, `main.T`, `*main.T`,
    /// `[]string`, `map[string]int`, `struct { A int; B string }`.
    pub fn name(&self, id: TypeId) -> String {
        let t = self.get(id);
        if let Some(n) = &t.name {
            return n.clone();
        }
        match &t.kind {
            RtKind::Bool => "bool".into(),
            RtKind::Int { bits: 64, signed: true } => "int".into(),
            RtKind::Int { bits: 64, signed: false } => "uint".into(),
            RtKind::Int { bits, signed: true } => format!("int{bits}"),
            RtKind::Int { bits, signed: false } => format!("uint{bits}"),
            RtKind::Float { bits } => format!("float{bits}"),
            RtKind::String => "string".into(),
            RtKind::Struct { fields } if fields.is_empty() => "struct {}".into(),
            RtKind::Struct { fields } => {
                let parts: Vec<String> = fields
                    .iter()
                    .map(|f| if f.embedded { self.name(f.ty) } else { format!("{} {}", f.name, self.name(f.ty)) })
                    .collect();
                format!("struct {{ {} }}", parts.join("; "))
            }
            RtKind::Pointer(e) => format!("*{}", self.name(*e)),
            RtKind::Slice(e) => format!("[]{}", self.name(*e)),
            RtKind::Array { elem, len } => format!("[{len}]{}", self.name(*elem)),
            RtKind::Map { key, value } => format!("map[{}]{}", self.name(*key), self.name(*value)),
            RtKind::Chan { dir: 1, elem } => format!("chan<- {}", self.name(*elem)),
            RtKind::Chan { dir: 2, elem } => format!("<-chan {}", self.name(*elem)),
            RtKind::Chan { elem, .. } => format!("chan {}", self.name(*elem)),
            RtKind::Func => "func()".into(),
            RtKind::Interface { methods } if methods.is_empty() => "interface {}".into(),
            RtKind::Interface { .. } => "interface { ... }".into(),
            RtKind::Sync(k) => k.go_name().into(),
            RtKind::ErrorString => "*errors.errorString".into(),
            RtKind::RuntimeError => "runtime.Error".into(),
        }
    }

    /// The method `name` callable on a value of type `id` (a pointer type
    /// also finds its element's methods).
    pub fn method(&self, id: TypeId, name: &str) -> Option<&RtMethod> {
        let t = self.get(id);
        if let Some(m) = t.methods.iter().find(|m| m.name == name) {
            return Some(m);
        }
        if let RtKind::Pointer(e) = t.kind {
            return self.get(e).methods.iter().find(|m| m.name == name);
        }
        None
    }
}
