//! The types the checker models, constant values, and Go's spelling of both.

use super::ast::ChanDir;
use crate::ir::SyncKind;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// A type declared with `type Name T`: its identity is the declaration.
#[derive(Debug)]
pub struct NamedType {
    /// Unique among the program's named types.
    pub id: u32,
    pub name: String,
    /// Set once the declaration's right-hand side is resolved.
    pub underlying: RefCell<Type>,
    pub methods: RefCell<Vec<MethodInfo>>,
}

impl PartialEq for NamedType {
    fn eq(&self, other: &NamedType) -> bool {
        self.id == other.id
    }
}

/// A method declared on a named type.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodInfo {
    pub name: String,
    pub sig: Rc<FuncType>,
    pub pointer_receiver: bool,
    /// Index of the method's function in `Info::funcs`.
    pub func: usize,
}

/// The predeclared `error` interface: `interface { Error() string }`.
/// Every call returns an equal type (named types compare by id).
pub fn error_type() -> Type {
    let sig = Rc::new(FuncType::new(Vec::new(), vec![Type::String]));
    Type::Named(Rc::new(NamedType {
        id: u32::MAX,
        name: "error".to_string(),
        underlying: RefCell::new(Type::Interface(Rc::new(vec![("Error".to_string(), sig)]))),
        methods: RefCell::new(Vec::new()),
    }))
}

/// A struct field.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldInfo {
    pub name: String,
    pub ty: Type,
    pub embedded: bool,
}

/// A Go type, as far as the front end models it.
#[derive(Clone, Debug)]
pub enum Type {
    /// The type of an erroneous expression; it silences follow-on errors.
    Invalid,
    /// An integer type, by name (`int`, `int64`, `uint8`, ...). The aliases
    /// keep the spelling the source used (`byte`, `rune`), as go/types
    /// prints them, and compare equal to `uint8` and `int32`.
    Int(&'static str),
    /// `float64` or `float32`.
    Float(&'static str),
    Bool,
    String,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedBool,
    UntypedString,
    UntypedNil,
    Chan(ChanDir, Rc<Type>),
    Func(Rc<FuncType>),
    /// `struct{}`.
    EmptyStruct,
    /// `any` / `interface{}`.
    Any,
    /// `sync.Mutex`, `sync.RWMutex`, `sync.WaitGroup`.
    Sync(SyncKind),
    /// A pointer; for now only to a `sync` value.
    Pointer(Rc<Type>),
    /// `[]T`.
    Slice(Rc<Type>),
    /// `[N]T`: a value holding `N` elements.
    Array(u64, Rc<Type>),
    /// `map[K]V`.
    Map(Rc<Type>, Rc<Type>),
    Named(Rc<NamedType>),
    Struct(Rc<Vec<FieldInfo>>),
    /// A non-empty interface: its methods, sorted by name.
    Interface(Rc<Vec<(String, Rc<FuncType>)>>),
    /// The results of a call with several results.
    Tuple(Vec<Type>),
}

/// The integer type an alias spelling denotes: `byte` is `uint8` and `rune`
/// is `int32`; every other name is itself.
pub fn canonical_int(name: &str) -> &str {
    match name {
        "byte" => "uint8",
        "rune" => "int32",
        other => other,
    }
}

impl PartialEq for Type {
    /// Type identity: structural, with `byte` ≡ `uint8` and `rune` ≡ `int32`.
    fn eq(&self, other: &Type) -> bool {
        use Type::*;
        match (self, other) {
            (Int(a), Int(b)) => canonical_int(a) == canonical_int(b),
            (Float(a), Float(b)) => a == b,
            (Chan(d1, a), Chan(d2, b)) => d1 == d2 && a == b,
            (Func(a), Func(b)) => a == b,
            (Sync(a), Sync(b)) => a == b,
            (Pointer(a), Pointer(b)) | (Slice(a), Slice(b)) => a == b,
            (Array(n1, a), Array(n2, b)) => n1 == n2 && a == b,
            (Map(k1, v1), Map(k2, v2)) => k1 == k2 && v1 == v2,
            (Named(a), Named(b)) => a == b,
            (Struct(a), Struct(b)) => a == b,
            (Interface(a), Interface(b)) => a == b,
            (Tuple(a), Tuple(b)) => a == b,
            (Invalid, Invalid)
            | (Bool, Bool)
            | (String, String)
            | (UntypedInt, UntypedInt)
            | (UntypedRune, UntypedRune)
            | (UntypedFloat, UntypedFloat)
            | (UntypedBool, UntypedBool)
            | (UntypedString, UntypedString)
            | (UntypedNil, UntypedNil)
            | (EmptyStruct, EmptyStruct)
            | (Any, Any) => true,
            _ => false,
        }
    }
}

/// A function signature.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Type>,
    pub results: Vec<Type>,
    /// `func(a int, xs ...T)`: the last parameter is a `[]T` that takes the
    /// call's extra arguments.
    pub variadic: bool,
}

impl FuncType {
    /// A signature that is not variadic.
    pub fn new(params: Vec<Type>, results: Vec<Type>) -> FuncType {
        FuncType { params, results, variadic: false }
    }

    /// The parameter list as Go spells it: `(int, ...string)`.
    pub fn params_string(&self) -> String {
        let parts: Vec<String> = self
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| match p {
                Type::Slice(elem) if self.variadic && i + 1 == self.params.len() => format!("...{}", elem),
                p => p.to_string(),
            })
            .collect();
        format!("({})", parts.join(", "))
    }
}

impl Type {
    pub fn is_untyped(&self) -> bool {
        matches!(
            self,
            Type::UntypedInt
                | Type::UntypedRune
                | Type::UntypedFloat
                | Type::UntypedBool
                | Type::UntypedString
                | Type::UntypedNil
        )
    }

    /// The underlying type: itself, except for named types.
    pub fn under(&self) -> Type {
        match self {
            Type::Named(n) => n.underlying.borrow().under(),
            other => other.clone(),
        }
    }

    pub fn is_integer(&self) -> bool {
        match self {
            Type::Named(_) => self.under().is_integer(),
            _ => matches!(self, Type::Int(_) | Type::UntypedInt | Type::UntypedRune),
        }
    }

    pub fn is_numeric(&self) -> bool {
        self.is_integer() || self.is_float()
    }

    pub fn is_float(&self) -> bool {
        match self {
            Type::Named(_) => self.under().is_float(),
            _ => matches!(self, Type::Float(_) | Type::UntypedFloat),
        }
    }

    pub fn is_string(&self) -> bool {
        match self {
            Type::Named(_) => self.under().is_string(),
            _ => matches!(self, Type::String | Type::UntypedString),
        }
    }

    pub fn is_bool(&self) -> bool {
        match self {
            Type::Named(_) => self.under().is_bool(),
            _ => matches!(self, Type::Bool | Type::UntypedBool),
        }
    }

    pub fn is_ordered(&self) -> bool {
        self.is_numeric() || self.is_string()
    }

    /// The type an untyped constant takes when nothing else decides it.
    pub fn default_type(&self) -> Type {
        match self {
            Type::UntypedInt => Type::Int("int"),
            Type::UntypedRune => Type::Int("rune"),
            Type::UntypedFloat => Type::Float("float64"),
            Type::UntypedBool => Type::Bool,
            Type::UntypedString => Type::String,
            other => other.clone(),
        }
    }

    /// Whether values of this type can be nil.
    pub fn is_nillable(&self) -> bool {
        match self {
            Type::Named(_) => self.under().is_nillable(),
            _ => matches!(
                self,
                Type::Chan(..)
                    | Type::Func(_)
                    | Type::Any
                    | Type::Pointer(_)
                    | Type::Slice(_)
                    | Type::Map(..)
                    | Type::Interface(_)
            ),
        }
    }

    /// Whether values of this type are interface values.
    pub fn is_interface(&self) -> bool {
        matches!(self.under(), Type::Any | Type::Interface(_))
    }

    /// The methods of an interface type (none for `any`).
    pub fn interface_methods(&self) -> Vec<(String, Rc<FuncType>)> {
        match self.under() {
            Type::Interface(ms) => (*ms).clone(),
            _ => Vec::new(),
        }
    }

    /// The `sync` object behind a value or pointer of this type.
    pub fn sync_kind(&self) -> Option<SyncKind> {
        match self {
            Type::Sync(k) => Some(*k),
            Type::Pointer(t) => match &**t {
                Type::Sync(k) => Some(*k),
                _ => None,
            },
            _ => None,
        }
    }
}

impl Type {
    /// The type as Go's `reflect` (and so `%T`) spells it: named types
    /// qualified by their package, aliases resolved (`byte` is `uint8`).
    pub fn reflect_string(&self) -> String {
        match self {
            Type::Named(n) if n.id != u32::MAX && !n.name.contains('.') => format!("main.{}", n.name),
            Type::Int(name) => canonical_int(name).to_string(),
            Type::Any => "interface {}".to_string(),
            Type::Pointer(t) => format!("*{}", t.reflect_string()),
            Type::Slice(t) => format!("[]{}", t.reflect_string()),
            Type::Array(n, t) => format!("[{}]{}", n, t.reflect_string()),
            Type::Map(k, v) => format!("map[{}]{}", k.reflect_string(), v.reflect_string()),
            Type::Chan(dir, elem) => {
                let prefix = match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                };
                format!("{}{}", prefix, elem.reflect_string())
            }
            Type::Func(sig) => {
                let n = sig.params.len();
                let params: Vec<String> = sig
                    .params
                    .iter()
                    .enumerate()
                    .map(|(i, p)| match p {
                        Type::Slice(e) if sig.variadic && i + 1 == n => format!("...{}", e.reflect_string()),
                        p => p.reflect_string(),
                    })
                    .collect();
                let results: Vec<String> = sig.results.iter().map(Type::reflect_string).collect();
                match results.len() {
                    0 => format!("func({})", params.join(", ")),
                    1 => format!("func({}) {}", params.join(", "), results[0]),
                    _ => format!("func({}) ({})", params.join(", "), results.join(", ")),
                }
            }
            other => other.to_string(),
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Invalid => write!(f, "invalid type"),
            Type::Int(name) | Type::Float(name) => write!(f, "{}", name),
            Type::Bool => write!(f, "bool"),
            Type::String => write!(f, "string"),
            Type::UntypedInt => write!(f, "untyped int"),
            Type::UntypedRune => write!(f, "untyped rune"),
            Type::UntypedFloat => write!(f, "untyped float"),
            Type::UntypedBool => write!(f, "untyped bool"),
            Type::UntypedString => write!(f, "untyped string"),
            Type::UntypedNil => write!(f, "untyped nil"),
            Type::Chan(dir, elem) => {
                let prefix = match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                };
                // `chan (<-chan int)` needs parentheses to stay unambiguous.
                if *dir != ChanDir::Send && matches!(&**elem, Type::Chan(ChanDir::Recv, _)) {
                    write!(f, "{}({})", prefix, elem)
                } else {
                    write!(f, "{}{}", prefix, elem)
                }
            }
            Type::Func(sig) => {
                write!(f, "func{}", sig.params_string())?;
                match sig.results.len() {
                    0 => Ok(()),
                    1 => write!(f, " {}", sig.results[0]),
                    _ => write!(f, " {}", Type::Tuple(sig.results.clone())),
                }
            }
            Type::EmptyStruct => write!(f, "struct{{}}"),
            Type::Any => write!(f, "any"),
            Type::Sync(k) => write!(f, "{}", k.go_name()),
            Type::Pointer(t) => write!(f, "*{}", t),
            Type::Slice(t) => write!(f, "[]{}", t),
            Type::Array(n, t) => write!(f, "[{}]{}", n, t),
            Type::Named(n) => write!(f, "{}", n.name),
            Type::Interface(ms) => {
                write!(f, "interface{{")?;
                for (i, (name, sig)) in ms.iter().enumerate() {
                    if i > 0 {
                        write!(f, "; ")?;
                    }
                    let t = Type::Func(sig.clone()).to_string();
                    write!(f, "{}{}", name, t.trim_start_matches("func"))?;
                }
                write!(f, "}}")
            }
            Type::Struct(fields) => {
                write!(f, "struct{{")?;
                for (i, fd) in fields.iter().enumerate() {
                    if i > 0 {
                        write!(f, "; ")?;
                    }
                    if fd.embedded {
                        write!(f, "{}", fd.ty)?;
                    } else {
                        write!(f, "{} {}", fd.name, fd.ty)?;
                    }
                }
                write!(f, "}}")
            }
            Type::Map(k, v) => write!(f, "map[{}]{}", k, v),
            Type::Tuple(ts) => {
                write!(f, "(")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{}", t)?;
                }
                write!(f, ")")
            }
        }
    }
}

/// The value of a constant expression.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    Int(i128),
    Float(f64),
    Bool(bool),
    Str(Rc<str>),
}

/// A constant as Go's `go/constant` prints it in messages: floats as `%.6g`
/// (`1e+100`, `0.333333`), strings quoted as `strconv.Quote` does and cut to
/// 72 characters with `...`.
impl fmt::Display for ConstVal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstVal::Int(v) => write!(f, "{}", v),
            ConstVal::Float(v) => f.write_str(&crate::float_format::format_float(*v, b'g', 6, 64)),
            ConstVal::Bool(b) => write!(f, "{}", b),
            ConstVal::Str(s) => f.write_str(&short_quote(s)),
        }
    }
}

/// Go's `constant.StringVal.String()`: the quoted string, and when the quoted
/// form is longer than 72 characters, its first 69 and `...`.
fn short_quote(s: &str) -> String {
    const MAX_LEN: usize = 72;
    let quoted = crate::sim::stdlib::go_quote(s);
    if quoted.chars().count() <= MAX_LEN {
        return quoted;
    }
    let mut cut: String = quoted.chars().take(MAX_LEN - 3).collect();
    cut.push_str("...");
    cut
}

/// Negative zero does not exist among Go's constants (they are exact), so a
/// folded float constant that came out as `-0.0` is zero.
pub(crate) fn const_float(v: f64) -> ConstVal {
    ConstVal::Float(if v == 0.0 { 0.0 } else { v })
}
