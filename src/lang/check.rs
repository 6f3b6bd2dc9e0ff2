//! The checker: scopes, name resolution and types, with the Go type
//! checker's (types2) wording for the errors it finds.
//!
//! It fills an `Info` with what lowering needs: what each identifier
//! denotes, constant values, the kind of each call, which variables
//! closures capture, and each function literal's captured cells. Constructs
//! outside the supported subset are reported as "not supported yet".

use super::ast::*;
use super::library::{self, LibFunc, LibItem};
use super::types::{const_float, ConstVal, FieldInfo, FuncType, MethodInfo, NamedType, Type};

/// A method's receiver: its name (if any) and type.
type Receiver<'r> = Option<(&'r Field, Type)>;
use super::Diagnostic;
use crate::id_map::{IdMap, IdSet};
use crate::ir::types::{RtField, RtKind, RtMethod, RtType, TypeId, TypeTable};
use crate::ir::{Builtin, Conv, Zero};
use crate::sim::stdlib::go_quote;
use crate::source::Span;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Index of a variable in `Info::vars`.
pub type VarId = usize;

/// The packages a program may import.
pub const SUPPORTED_PACKAGES: &[&str] = &[
    "fmt",
    "log",
    "sync",
    "sync/atomic",
    "time",
    "context",
    "errors",
    "strings",
    "strconv",
    "sort",
    "math",
    "math/rand",
    "os",
    "runtime",
    "unicode/utf8",
];

/// What a name denotes.
#[derive(Clone, Debug, PartialEq)]
pub enum Entity {
    Var(VarId),
    /// A top-level function, by its index in `Info::funcs`.
    Func(usize),
    Const(ConstVal, Type),
    TypeName(Type),
    /// A predeclared function such as `len`, by name.
    Builtin(&'static str),
    /// An imported package, by its index in the file's imports.
    Package(usize),
    Nil,
}

/// A variable and the function that declares it.
#[derive(Clone, Debug)]
pub struct VarInfo {
    pub name: String,
    pub ty: Type,
    /// The checker's key of the declaring function (top-level or literal).
    pub owner: u32,
    /// Whether a function literal refers to it, or its address is taken,
    /// so it must live in a cell.
    pub captured: bool,
    /// Whether it is an array that is sliced, or whose address or an
    /// element's address is taken: its elements then live in a backing array
    /// the variable holds a handle to (see `sim::array_box`), so slices and
    /// pointers alias it as in Go.
    /// 0 when not; otherwise how many levels of nested arrays live in
    /// backing arrays (2 for `grid` when `grid[i][:]` is sliced).
    pub backed: u8,
    /// Its zero value.
    pub zero: Zero,
    pub span: Span,
}

/// How a call expression is carried out.
#[derive(Clone, Debug, PartialEq)]
pub enum CallKind {
    /// A call of a function value (top-level function or closure) with this many results.
    Func {
        results: u8,
    },
    /// A library function the machine implements.
    Builtin(Builtin),
    /// A method of a `sync` value; the receiver (the selector's operand) comes first.
    Method(Builtin),
    /// A call of a method of a named type (see `Info::selections`).
    MethodCall {
        results: u8,
    },
    /// A call of a method through an interface value.
    IfaceCall {
        results: u8,
    },
    /// `make(chan T)` or `make(chan T, n)`.
    MakeChan(Zero),
    /// `make([]T, len[, cap])`, with the zero value of `T`.
    MakeSlice(Zero),
    /// `make(map[K]V[, hint])`.
    MakeMap,
    /// `append(s, x...)`; `spread` for `append(s, t...)`.
    Append {
        spread: bool,
        /// The element's size in bytes, for Go's capacity growth.
        elem_size: u32,
    },
    /// `delete(m, k)`.
    Delete,
    /// `copy(dst, src)`.
    Copy,
    Close,
    /// A conversion that does not change the value's representation.
    Convert,
}

/// A member found by a selector, before it is recorded.
enum Member {
    Field(Type),
    /// A method, and whether the value it is found on is a pointer.
    Method(MethodInfo, bool),
    Sync(crate::ir::SyncKind, LibFunc),
    /// A method of an interface, called through the dynamic type.
    IfaceMethod(Rc<FuncType>),
    /// A field of a library object, read by a library call (`timer.C`).
    SyncField(Builtin, Type),
}

/// What a selector `x.f` denotes.
#[derive(Clone, Debug, PartialEq)]
pub enum Selection {
    /// A field, reached through these field indexes (embedded fields first).
    Field { path: Vec<u16> },
    /// A method of a named type, on the value reached through `path`.
    Method { func: usize, path: Vec<u16>, pointer_receiver: bool, value_is_pointer: bool },
    /// A `sync` method promoted from an embedded `sync` field.
    SyncMethod { builtin: Builtin, path: Vec<u16> },
    /// A method called through an interface value.
    IfaceMethod { name: String },
    /// A method expression `T.M`: the method's function itself.
    MethodExpr { func: usize },
    /// A method expression `(*T).M` of a value method: a wrapper (named
    /// `name`) that derefs its first argument and calls `func`, panicking
    /// with `message` (boxed as a `string`, run-time type `string`) when it is nil.
    PtrMethodExpr { func: usize, name: String, params: u8, results: u8, message: String, string: TypeId },
    /// A field of a library object, read by a library call.
    SyncField { builtin: Builtin, path: Vec<u16> },
}

/// What lowering needs to know about an index, slice, literal or range.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprInfo {
    /// `[]T{...}` with this many elements.
    SliceLit,
    /// `T{...}` for a struct: its run-time type, and the field each element sets.
    StructLit {
        ty: TypeId,
        fields: Vec<u16>,
    },
    /// `&T{...}`: the literal is boxed into a new heap cell.
    AddrOfLit,
    /// `&x` for a variable, which lives in a cell.
    AddrOfVar,
    /// `&x.f` or `&s[i]`: an interior pointer (see `sim::pointer`).
    AddrOfInterior,
    /// `*p`.
    Deref,
    /// `new(T)`: a boxed zero value of this run-time type.
    New(Zero),
    /// `sync.WaitGroup{}` and the like: a fresh object.
    SyncLit(crate::ir::SyncKind),
    /// `map[K]V{...}`.
    MapLit,
    /// `s[i]` on a slice (assignable).
    IndexSlice,
    /// `a[i]` on an array value: assigning rewrites the array.
    IndexArray,
    /// `p[i]` on a pointer to an array: assigning rewrites the pointed-to array.
    IndexArrayPtr,
    /// `[N]T{...}`: its run-time type, and the index each element sets.
    ArrayLit {
        ty: TypeId,
        indexes: Vec<u32>,
    },
    /// `s[i]` on a string: a byte.
    IndexString,
    /// `m[k]` on a map, with the element's zero value.
    IndexMap(Zero),
    /// `x[lo:hi]` on a slice or string.
    SliceExpr,
    /// The kind of a `range` loop's operand.
    RangeChan,
    RangeSlice,
    RangeMap,
    RangeString,
    RangeInt,
}

/// A library function used as a value: lowering makes a wrapper function
/// named `name` whose `params` parameters are the call's arguments (with
/// `spread`, the last one is a slice spread into the call).
#[derive(Clone, Debug, PartialEq)]
pub struct LibFuncValue {
    pub builtin: Builtin,
    pub name: String,
    pub params: u8,
    pub spread: bool,
}

/// A top-level function declaration.
#[derive(Clone, Debug)]
pub struct FuncInfo {
    pub name: String,
    /// The index of its declaration in `File::decls`.
    pub decl: usize,
    pub key: u32,
}

/// The checker's findings, for lowering.
#[derive(Debug, Default)]
pub struct Info {
    pub uses: IdMap<Entity>,
    pub consts: IdMap<ConstVal>,
    pub calls: IdMap<CallKind>,
    pub vars: Vec<VarInfo>,
    pub lit_captures: IdMap<Vec<VarId>>,
    /// The checker's key of each function literal.
    pub lit_keys: IdMap<u32>,
    pub funcs: Vec<FuncInfo>,
    pub main: Option<usize>,
    /// The named result variables of each function (by key), for bare returns.
    pub named_results: IdMap<Vec<VarId>>,
    /// The zero values of each function's results (by key), for recovery.
    pub result_zeros: IdMap<Vec<Zero>>,
    /// How index, slice and composite-literal expressions work.
    pub exprs: IdMap<ExprInfo>,
    /// What each field or method selector `x.f` denotes.
    pub selections: IdMap<Selection>,
    /// The run-time types values can have.
    pub types: TypeTable,
    /// The run-time type id of each named type, by `named_rt_key`.
    pub named_rt: IdMap<TypeId>,
    /// Named types in declaration order, to finish their method tables.
    pub named: Vec<Rc<NamedType>>,
    /// Selector operands whose type is a pointer.
    pub ptr_exprs: IdSet,
    /// Conversions that change a value's representation.
    pub convs: IdMap<Conv>,
    /// Multi-value calls passed to `fmt.Println`: how to box each result.
    pub tuple_conversions: IdMap<Vec<Option<TypeId>>>,
    /// Composite literals whose value is boxed into a new cell (`&T{}` elided in `[]*T{{...}}`).
    pub boxed_lits: IdSet,
    /// Pointers to arrays made here (`&[N]T{...}`, `new([N]T)`, `{...}` for a
    /// `*[N]T` element) and dereferences `*p` of them: a pointer to an array
    /// is a handle to a backing array (see `sim::array_box`), so it can be
    /// sliced. Also slice expressions through such a pointer (`p[lo:hi]`),
    /// which check it for nil first.
    pub array_refs: IdSet,
    /// Expressions whose value becomes an interface value: the dynamic type to box with.
    pub conversions: IdMap<TypeId>,
    /// Type assertions and type-switch cases: the asserted run-time type (`None` for `nil`).
    pub asserts: IdMap<Option<TypeId>>,
    /// The variable a type switch declares in each clause, by the clause's start.
    /// In the order checked, so few that a search is cheap (the last one counts).
    pub clause_vars: Vec<(u32, VarId)>,
    /// The kind of each `range` loop, by the id of the ranged expression.
    pub ranges: IdMap<ExprInfo>,
    /// Calls of variadic functions without `...`: how many trailing
    /// arguments are packed into the variadic parameter's slice.
    pub variadic_packs: IdMap<u8>,
    /// Slice literals with indexes (`[]int{2: 5, 7}`): lowered as an array
    /// literal (`ExprInfo::ArrayLit`) moved into a backing array.
    pub indexed_slice_lits: IdSet,
    /// Index expressions and dereferences whose value is an array: how many
    /// levels of arrays it nests (an element read from backing arrays is
    /// copied out that deep, see `sim::array_box`).
    pub array_levels: IdMap<u8>,
    /// Slice expressions on arrays (or pointers to them), with the length.
    pub array_slices: IdMap<u64>,
    /// Slices of arrays that are not variables (`s.arr[lo:hi]`, `p.buf[:n]`,
    /// `xs[i][:]`) whose value is only read before it is dropped: the
    /// operand of a conversion to a string, the source of `copy`, the spread
    /// argument of `append`. Such a slice may be over a copy of the array,
    /// which nothing else can see.
    pub array_snapshots: IdSet,
    /// Other slices of arrays that are not variables (`b.data[:n]`,
    /// `xs[i][:]`): lowered as a pointer to the array's place, sliced, so
    /// the slice reads and writes that place (see `sim::place_array`).
    pub array_place_slices: IdSet,
    /// Library functions used as values (`f := strings.ToUpper`).
    pub lib_func_values: IdMap<LibFuncValue>,
    /// Library calls whose last argument is spread (`fmt.Println(xs...)`).
    pub spread_calls: IdSet,
    /// The `init` functions (indexes into `funcs`), in source order.
    pub inits: Vec<usize>,
    /// `sync.NewCond(&k)` where `k`'s struct embeds a `sync.Mutex`: the
    /// embedded field's index, whose promoted Lock and Unlock make `*k` a Locker.
    pub embedded_lockers: IdMap<u16>,
}

/// How an operand came about, for messages and assignability.
#[derive(Clone, Debug, PartialEq)]
enum Mode {
    Invalid,
    NoValue,
    Var,
    Value,
    Const(ConstVal),
    Type,
    Builtin,
    Package,
    /// A receive, which may yield a second `ok` value.
    CommaOk,
}

#[derive(Clone, Debug)]
struct Operand {
    mode: Mode,
    ty: Type,
}

impl Operand {
    /// The same operand with another type (a literal of a named type).
    fn with_type(self, ty: Type) -> Operand {
        if self.is_invalid() {
            self
        } else {
            Operand { ty, ..self }
        }
    }

    fn invalid() -> Operand {
        Operand { mode: Mode::Invalid, ty: Type::Invalid }
    }

    fn value(ty: Type) -> Operand {
        Operand { mode: Mode::Value, ty }
    }

    /// Whether the operand is broken (an error was already reported). A
    /// call with no value is not: using it as a value is an error of its own.
    fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid || (self.ty == Type::Invalid && self.mode != Mode::NoValue)
    }
}

struct Scope {
    names: BTreeMap<String, Entity>,
}

struct FuncCtx {
    key: u32,
    results: Vec<Type>,
    free: Vec<VarId>,
    loops: u32,
    has_named_results: bool,
    labels: Labels,
}

/// The labels of one function body, checked as cmd/compile's syntax package does.
#[derive(Default)]
struct Labels {
    /// Every label declared: its name, where, and whether a branch uses it.
    declared: Vec<(String, Span, bool)>,
    /// The labelled `for`, `switch` and `select` statements around the
    /// statement being checked, and whether each is a loop.
    enclosing: Vec<(String, bool)>,
    /// Branches to labels that do not enclose them, judged at the end.
    misplaced: Vec<(String, Span, BranchKind)>,
    /// The labels `goto` statements name (a forward `goto` uses a label
    /// declared after it).
    goto_targets: Vec<String>,
}

/// Checks a parsed file; returns the facts for lowering and the errors.
pub fn check(file: &File, src: &str) -> (Info, Vec<Diagnostic>) {
    let mut c = Checker {
        src,
        info: Info::default(),
        diags: Vec::new(),
        scopes: Vec::new(),
        funcs: Vec::new(),
        next_key: 0,
        used: Vec::new(),
        imports_used: vec![false; file.imports.len()],
        import_names: Vec::new(),
        func_types: Vec::new(),
        iota: None,
        read_only_arg: None,
    };
    // The dynamic types of values the machine makes itself: errors, and
    // strings (the printed names of contexts).
    c.info.types.intern(RtType { name: None, kind: RtKind::ErrorString, methods: Vec::new() });
    c.info.types.intern(RtType { name: None, kind: RtKind::String, methods: Vec::new() });
    for name in ["runtime.plainError", "runtime.boundsError", "runtime.Error", "*runtime.TypeAssertionError"] {
        c.info.types.intern(RtType { name: Some(name.into()), kind: RtKind::RuntimeError, methods: Vec::new() });
    }
    c.check_file(file);
    let mut diags = c.diags;
    Diagnostic::sort_by_position(&mut diags);
    (c.info, diags)
}

struct Checker<'a> {
    src: &'a str,
    info: Info,
    diags: Vec<Diagnostic>,
    scopes: Vec<Scope>,
    funcs: Vec<FuncCtx>,
    next_key: u32,
    used: Vec<bool>,
    imports_used: Vec<bool>,
    import_names: Vec<String>,
    /// The signature of each top-level function, by index.
    func_types: Vec<Type>,
    /// The value of `iota` in the constant spec being checked.
    iota: Option<i128>,
    /// The argument being checked whose value is only read (see
    /// `Info::array_snapshots`), when there is one.
    read_only_arg: Option<NodeId>,
}

fn int_type(name: &str) -> Option<&'static str> {
    Some(match name {
        "int" => "int",
        "int8" => "int8",
        "int16" => "int16",
        "int32" => "int32",
        "int64" => "int64",
        "uint" => "uint",
        "uint8" => "uint8",
        "uint16" => "uint16",
        "uint32" => "uint32",
        "uint64" => "uint64",
        "uintptr" => "uintptr",
        "byte" => "byte",
        "rune" => "rune",
        _ => return None,
    })
}

const BUILTINS: &[&str] = &[
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max", "min", "new",
    "panic", "print", "println", "real", "recover",
];

/// The zero value the machine uses for a type.
pub fn zero_of(t: &Type) -> Zero {
    match t {
        Type::Int(_) | Type::UntypedInt | Type::UntypedRune => Zero::Int,
        Type::Float(_) | Type::UntypedFloat => Zero::Float,
        Type::Bool | Type::UntypedBool => Zero::Bool,
        Type::String | Type::UntypedString => Zero::Str,
        Type::Sync(k) => Zero::Sync(*k),
        _ => Zero::Nil,
    }
}

impl<'a> Checker<'a> {
    /// The zero value the machine builds for a type.
    fn zero(&mut self, t: &Type) -> Zero {
        match t.under() {
            Type::Struct(_) | Type::Array(..) => Zero::Typed(self.rt(t)),
            Type::Sync(k) => Zero::Sync(k),
            u => zero_of(&u),
        }
    }

    /// The run-time type id of a checker type.
    fn rt(&mut self, t: &Type) -> TypeId {
        let kind = match t {
            Type::Named(n) => {
                if let Some(id) = self.info.named_rt.get(&named_rt_key(n)) {
                    return *id;
                }
                // Reserve the slot first: the underlying type may refer back to this one.
                let id = self.info.types.types.len() as TypeId;
                self.info.types.types.push(RtType {
                    name: Some(if n.id == u32::MAX { n.name.clone() } else { format!("main.{}", n.name) }),
                    kind: RtKind::Bool,
                    methods: Vec::new(),
                });
                self.info.named_rt.insert(named_rt_key(n), id);
                let under = n.underlying.borrow().clone();
                let kind = self.rt_kind(&under);
                self.info.types.types[id as usize].kind = kind;
                return id;
            }
            other => self.rt_kind(other),
        };
        let name = match t {
            Type::Int("time.Duration") => Some("time.Duration".to_string()),
            Type::Int("time.Time") => Some("time.Time".to_string()),
            // The 64-bit kinds spell `int` and `uint`; these names are distinct types.
            Type::Int(n) if matches!(super::types::canonical_int(n), "int64" | "uint64" | "uintptr") => {
                Some(super::types::canonical_int(n).to_string())
            }
            // `%T` spells a function type with its signature.
            Type::Func(_) => Some(t.reflect_string()),
            _ => None,
        };
        self.info.types.intern(RtType { name, kind, methods: Vec::new() })
    }

    fn rt_kind(&mut self, t: &Type) -> RtKind {
        match t {
            Type::Bool | Type::UntypedBool => RtKind::Bool,
            Type::Int(n) => {
                let n = super::types::canonical_int(n);
                let signed = !n.starts_with('u');
                let bits = match n.trim_start_matches('u').trim_start_matches("int") {
                    "8" => 8,
                    "16" => 16,
                    "32" => 32,
                    _ => 64,
                };
                RtKind::Int { bits, signed }
            }
            Type::UntypedInt => RtKind::Int { bits: 64, signed: true },
            Type::UntypedRune => RtKind::Int { bits: 32, signed: true },
            Type::UntypedFloat => RtKind::Float { bits: 64 },
            Type::Float(n) => RtKind::Float { bits: if *n == "float32" { 32 } else { 64 } },
            Type::String | Type::UntypedString => RtKind::String,
            Type::Struct(fields) => {
                let fields = fields
                    .iter()
                    .map(|f| RtField { name: f.name.clone(), ty: self.rt(&f.ty), embedded: f.embedded })
                    .collect();
                RtKind::Struct { fields }
            }
            Type::EmptyStruct => RtKind::Struct { fields: Vec::new() },
            Type::Pointer(e) => RtKind::Pointer(self.rt(e)),
            Type::Slice(e) => RtKind::Slice(self.rt(e)),
            Type::Array(len, e) => RtKind::Array { elem: self.rt(e), len: *len },
            Type::Map(k, v) => RtKind::Map { key: self.rt(k), value: self.rt(v) },
            Type::Chan(dir, e) => {
                let dir = match dir {
                    ChanDir::Both => 0,
                    ChanDir::Send => 1,
                    ChanDir::Recv => 2,
                };
                RtKind::Chan { dir, elem: self.rt(e) }
            }
            Type::Func(_) => RtKind::Func,
            Type::Any => RtKind::Interface { methods: Vec::new() },
            Type::Interface(ms) => RtKind::Interface { methods: ms.iter().map(|(n, _)| n.clone()).collect() },
            Type::Sync(k) => RtKind::Sync(*k),
            Type::Named(_) => self.rt_kind(&t.under()),
            _ => RtKind::Interface { methods: Vec::new() },
        }
    }

    /// Declares the named types of a declaration list: first every name, so
    /// types may refer to each other, then each right-hand side.
    fn declare_types(&mut self, specs: &[&TypeSpec]) {
        let mut named = Vec::new();
        for s in specs {
            if s.type_params.is_some() {
                self.error(s.name.span, "generics are not supported yet");
                continue;
            }
            if s.alias {
                continue;
            }
            let n = Rc::new(NamedType {
                id: self.info.named.len() as u32,
                name: s.name.name.clone(),
                underlying: std::cell::RefCell::new(Type::Invalid),
                methods: std::cell::RefCell::new(Vec::new()),
            });
            self.info.named.push(n.clone());
            let scope = self.scopes.last_mut().expect("a scope is open");
            if scope.names.contains_key(&s.name.name) {
                self.error(s.name.span, format!("{} redeclared in this block", s.name.name));
                continue;
            }
            scope.names.insert(s.name.name.clone(), Entity::TypeName(Type::Named(n.clone())));
            named.push((s, n));
        }
        for s in specs.iter().filter(|s| s.alias && s.type_params.is_none()) {
            let t = self.resolve_type(&s.ty);
            let scope = self.scopes.last_mut().expect("a scope is open");
            scope.names.insert(s.name.name.clone(), Entity::TypeName(t));
        }
        for (s, n) in named {
            let t = self.resolve_type(&s.ty);
            if let Type::Named(inner) = &t {
                if inner.id == n.id {
                    self.error(s.name.span, format!("invalid recursive type {}", n.name));
                    continue;
                }
            }
            *n.underlying.borrow_mut() = t.under();
        }
    }

    /// Registers a method declaration on its receiver's named type.
    fn declare_method(&mut self, f: &FuncDecl, decl: usize, ty: Type) -> Option<usize> {
        let recv = f.recv.as_ref()?.first()?;
        let (pointer, base) = match &strip_parens(&recv.ty).kind {
            ExprKind::Star(x) => (true, &**x),
            _ => (false, &recv.ty),
        };
        let named = match &base.kind {
            ExprKind::Ident(name) => match self.lookup(name) {
                Some(Entity::TypeName(Type::Named(n))) => n,
                Some(Entity::TypeName(t)) => {
                    self.error(base.span, format!("cannot define new methods on non-local type {}", t));
                    return None;
                }
                _ => {
                    self.error(base.span, format!("undefined: {}", name));
                    return None;
                }
            },
            _ => {
                self.error(recv.ty.span, "methods on this receiver type are not supported yet");
                return None;
            }
        };
        let Type::Func(sig) = ty else { return None };
        if named.methods.borrow().iter().any(|m| m.name == f.name.name) {
            self.error(f.name.span, format!("method {}.{} already declared", named.name, f.name.name));
            return None;
        }
        if let Type::Struct(fields) = named.underlying.borrow().clone() {
            if fields.iter().any(|fd| fd.name == f.name.name) {
                self.error(f.name.span, format!("field and method with the same name {}", f.name.name));
                return None;
            }
        }
        let idx = self.info.funcs.len();
        let key = self.new_key();
        let fname = if pointer {
            format!("(*{}).{}", named.name, f.name.name)
        } else {
            format!("{}.{}", named.name, f.name.name)
        };
        self.info.funcs.push(FuncInfo { name: fname, decl, key });
        self.func_types.push(Type::Func(sig.clone()));
        named.methods.borrow_mut().push(MethodInfo {
            name: f.name.name.clone(),
            sig,
            pointer_receiver: pointer,
            func: idx,
        });
        Some(idx)
    }

    /// Copies every named type's methods into its run-time type.
    fn finish_method_tables(&mut self) {
        for n in self.info.named.clone() {
            let Some(&id) = self.info.named_rt.get(&named_rt_key(&n)) else { continue };
            let methods = n
                .methods
                .borrow()
                .iter()
                .map(|m| RtMethod { name: m.name.clone(), func: m.func as u32, pointer_receiver: m.pointer_receiver })
                .collect();
            self.info.types.types[id as usize].methods = methods;
        }
    }

    fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(span, msg));
    }

    fn text(&self, span: Span) -> &'a str {
        self.src.get(span.start as usize..span.end as usize).unwrap_or("")
    }

    /// Go's printing of an expression (spaces around binary operators).
    fn expr_string(&self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::Ident(n) => n.clone(),
            ExprKind::BasicLit(_, t) => t.clone(),
            ExprKind::Paren(x) => format!("({})", self.expr_string(x)),
            ExprKind::Binary(op, x, y) => format!("{} {} {}", self.expr_string(x), op.text(), self.expr_string(y)),
            ExprKind::Unary(op, x) => {
                let o = match op {
                    UnaryOp::Neg => "-",
                    UnaryOp::Plus => "+",
                    UnaryOp::Not => "!",
                    UnaryOp::Xor => "^",
                    UnaryOp::Addr => "&",
                    UnaryOp::Recv => "<-",
                    UnaryOp::Tilde => "~",
                };
                format!("{}{}", o, self.expr_string(x))
            }
            ExprKind::Selector(x, sel) => format!("{}.{}", self.expr_string(x), sel.name),
            ExprKind::Call { func, args, ellipsis } => {
                let args: Vec<String> = args.iter().map(|a| self.expr_string(a)).collect();
                format!("{}({}{})", self.expr_string(func), args.join(", "), if *ellipsis { "..." } else { "" })
            }
            ExprKind::FuncLit(..) => "func literal".into(),
            // Go shortens a composite literal's elements to `…`.
            ExprKind::CompositeLit(ty, elts) => {
                let ty = ty.as_ref().map(|t| self.expr_string(t)).unwrap_or_default();
                format!("{}{{{}}}", ty, if elts.is_empty() { "" } else { "…" })
            }
            _ => self.text(e.span).to_string(),
        }
    }

    /// Go's description of an operand: `x (variable of type int)`.
    fn describe(&self, e: &Expr, op: &Operand) -> String {
        let shown = match &op.mode {
            Mode::Const(v) => v.to_string(),
            _ => String::new(),
        };
        self.describe_shown(e, op, shown)
    }

    /// Reports a constant that cannot be converted to `to`; `digits` is a float
    /// constant the conversion made an integer, which Go shows digit by digit.
    #[cold]
    #[inline(never)]
    fn cannot_convert(&mut self, arg: &Expr, op: &Operand, digits: Option<f64>, to: &Type) -> Operand {
        let d = match digits {
            Some(f) => self.describe_shown(arg, op, integer_digits(f)),
            None => self.describe(arg, op),
        };
        self.error(arg.span, format!("cannot convert {} to type {}", d, to));
        Operand::invalid()
    }

    /// `describe` with the text of a constant's value given (`shown`).
    fn describe_shown(&self, e: &Expr, op: &Operand, shown: String) -> String {
        let text = self.expr_string(e);
        match &op.mode {
            Mode::Var => format!("{} (variable of type {})", text, op.ty),
            Mode::NoValue => format!("{} (no value)", text),
            Mode::Const(_) => {
                if op.ty == Type::UntypedNil {
                    return "nil".into();
                }
                // Go shows the value when its text differs from the expression's
                // (`0x10 (untyped int constant 16)`, `1e100 (untyped float constant 1e+100)`).
                let lit = shown == text;
                if op.ty.is_untyped() {
                    if lit {
                        format!("{} ({} constant)", text, op.ty)
                    } else {
                        format!("{} ({} constant {})", text, op.ty, shown)
                    }
                } else if lit {
                    format!("{} (constant of type {})", text, op.ty)
                } else {
                    format!("{} (constant {} of type {})", text, shown, op.ty)
                }
            }
            _ if matches!(self.info.exprs.get(&strip_parens(e).id), Some(ExprInfo::IndexMap(_))) => {
                format!("{} (map index expression of type {})", text, op.ty)
            }
            _ => format!("{} (value of type {})", text, op.ty),
        }
    }

    // ----- Scopes -----

    fn push_scope(&mut self) {
        self.scopes.push(Scope { names: BTreeMap::new() });
    }

    fn pop_scope(&mut self) {
        if let Some(scope) = self.scopes.pop() {
            let mut unused: Vec<VarId> = scope
                .names
                .values()
                .filter_map(|e| match e {
                    Entity::Var(v) if !self.used[*v] => Some(*v),
                    _ => None,
                })
                .collect();
            crate::stable_sort::sort_by(&mut unused, |a, b| a < b);
            for v in unused {
                let span = self.info.vars[v].span;
                let name = self.info.vars[v].name.clone();
                self.error(span, format!("declared and not used: {}", name));
            }
        }
    }

    fn lookup(&self, name: &str) -> Option<Entity> {
        for s in self.scopes.iter().rev() {
            if let Some(e) = s.names.get(name) {
                return Some(e.clone());
            }
        }
        universe(name)
    }

    /// Declares a variable in the innermost scope; `report_unused` is false
    /// for parameters.
    fn declare_var(&mut self, ident: &Ident, ty: Type, report_unused: bool) -> Option<VarId> {
        if ident.name == "_" {
            return None;
        }
        let owner = self.funcs.last().map(|f| f.key).unwrap_or(0);
        // Package-level variables are never reported as unused.
        let report_unused = report_unused && owner != 0;
        let id = self.info.vars.len();
        let zero = self.zero(&ty);
        self.info.vars.push(VarInfo {
            name: ident.name.clone(),
            ty,
            owner,
            captured: false,
            backed: 0,
            span: ident.span,
            zero,
        });
        self.used.push(!report_unused);
        self.info.uses.insert(ident.id, Entity::Var(id));
        let scope = self.scopes.last_mut().expect("a scope is open");
        if scope.names.contains_key(&ident.name) {
            self.used[id] = true;
            self.error(ident.span, format!("{} redeclared in this block", ident.name));
        } else {
            scope.names.insert(ident.name.clone(), Entity::Var(id));
        }
        Some(id)
    }

    /// Records a use of a variable, noting captures by function literals.
    fn use_var(&mut self, v: VarId, mark_used: bool) {
        if mark_used {
            self.used[v] = true;
        }
        let owner = self.info.vars[v].owner;
        if owner == 0 {
            // A package-level variable: every function reaches it directly.
            return;
        }
        for ctx in self.funcs.iter_mut().rev() {
            if ctx.key == owner {
                break;
            }
            self.info.vars[v].captured = true;
            if !ctx.free.contains(&v) {
                ctx.free.push(v);
            }
        }
    }

    // ----- Files and declarations -----

    fn check_file(&mut self, file: &File) {
        let Some(pkg) = &file.package else { return };
        if pkg.name != "main" {
            self.error(pkg.span, format!("package {} is not a main package", pkg.name));
        }
        self.push_scope();
        for (i, imp) in file.imports.iter().enumerate() {
            let default_name = imp.path.rsplit('/').next().unwrap_or("").to_string();
            let name = imp.name.as_ref().map(|n| n.name.clone()).unwrap_or(default_name);
            self.import_names.push(imp.path.clone());
            if !SUPPORTED_PACKAGES.contains(&imp.path.as_str()) {
                self.imports_used[i] = true;
                self.error(
                    imp.path_span,
                    format!(
                        "package {} is not supported by Chanscope (supported: {})",
                        imp.path,
                        SUPPORTED_PACKAGES.join(", ")
                    ),
                );
            }
            if name == "_" || name == "." {
                self.imports_used[i] = true;
                if name == "." {
                    self.error(imp.path_span, "dot imports are not supported yet");
                }
                continue;
            }
            let scope = self.scopes.last_mut().expect("package scope");
            if scope.names.insert(name.clone(), Entity::Package(i)).is_some() {
                let span = imp.name.as_ref().map(|n| n.span).unwrap_or(imp.path_span);
                self.error(span, format!("{} redeclared in this block", name));
            }
        }
        // Named types first, so every signature and body may use them.
        let type_specs: Vec<&TypeSpec> = file
            .decls
            .iter()
            .filter_map(|d| match d {
                Decl::Type(specs) => Some(specs.iter()),
                _ => None,
            })
            .flatten()
            .collect();
        self.declare_types(&type_specs);
        // Declare the top-level functions first, so bodies may refer to any of them.
        let mut sigs = Vec::new();
        for (i, d) in file.decls.iter().enumerate() {
            match d {
                Decl::Func(f) => {
                    if f.recv.is_some() {
                        let ty = self.signature(&f.sig);
                        if let Some(idx) = self.declare_method(f, i, ty.clone()) {
                            sigs.push((idx, ty));
                        }
                        continue;
                    }
                    if f.type_params.is_some() {
                        self.error(f.name.span, "generics are not supported yet");
                        continue;
                    }
                    let ty = self.signature(&f.sig);
                    if f.name.name == "init" {
                        // `init` functions run in source order before main; Go
                        // names them `main.init.0`, `main.init.1`, ... and no
                        // code may refer to them.
                        if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                            self.error(f.name.span, "func init must have no arguments and no return values");
                        }
                        let idx = self.info.funcs.len();
                        let key = self.new_key();
                        let name = format!("init.{}", self.info.inits.len());
                        self.info.funcs.push(FuncInfo { name, decl: i, key });
                        sigs.push((idx, ty.clone()));
                        self.func_types.push(ty.clone());
                        self.info.inits.push(idx);
                        continue;
                    }
                    if f.name.name == "main" && (!f.sig.params.is_empty() || !f.sig.results.is_empty()) {
                        self.error(f.name.span, "func main must have no arguments and no return values");
                    }
                    if f.name.name == "_" {
                        continue;
                    }
                    let idx = self.info.funcs.len();
                    let key = self.new_key();
                    self.info.funcs.push(FuncInfo { name: f.name.name.clone(), decl: i, key });
                    sigs.push((idx, ty.clone()));
                    self.func_types.push(ty.clone());
                    self.info.uses.insert(f.name.id, Entity::Func(idx));
                    let scope = self.scopes.last_mut().expect("package scope");
                    if scope.names.contains_key(&f.name.name) {
                        self.error(f.name.span, format!("{} redeclared in this block", f.name.name));
                    } else {
                        scope.names.insert(f.name.name.clone(), Entity::Func(idx));
                    }
                    if f.name.name == "main" {
                        self.info.main = Some(idx);
                    }
                }
                Decl::Var(_) => {}
                Decl::Const(specs) => self.const_decl(specs),
                Decl::Type(_) => {}
            }
        }
        // Package-level variables, in source order, before any function body.
        for d in &file.decls {
            if let Decl::Var(specs) = d {
                for spec in specs {
                    self.var_spec(spec);
                }
            }
        }
        for (idx, ty) in sigs {
            let decl = self.info.funcs[idx].decl;
            let key = self.info.funcs[idx].key;
            if let Decl::Func(f) = &file.decls[decl] {
                match &f.body {
                    Some(body) => {
                        let recv = f.recv.as_ref().and_then(|r| r.first()).map(|r| {
                            let t = self.resolve_type(&r.ty);
                            (r, t)
                        });
                        self.func_body(key, &f.sig, &ty, body, recv);
                    }
                    None => self.error(f.name.span, "missing function body"),
                }
            }
        }
        self.finish_method_tables();
        if self.info.main.is_none() {
            self.error(Span::default(), "function main is undeclared in the main package");
        }
        for (i, imp) in file.imports.iter().enumerate() {
            if !self.imports_used[i] {
                let msg = match &imp.name {
                    Some(n) => format!("{} imported as {} and not used", go_quote(&imp.path), n.name),
                    None => format!("{} imported and not used", go_quote(&imp.path)),
                };
                // Go reports an unused import where its spec starts: at the name when there is one.
                let at = imp.name.as_ref().map_or(imp.path_span, |n| n.span);
                self.error(at, msg);
            }
        }
        self.scopes.pop();
    }

    fn new_key(&mut self) -> u32 {
        self.next_key += 1;
        self.next_key
    }

    fn type_spec(&mut self, s: &TypeSpec) {
        self.declare_types(&[s]);
    }

    fn const_decl(&mut self, specs: &[ValueSpec]) {
        let mut prev: Option<&ValueSpec> = None;
        for (index, s) in specs.iter().enumerate() {
            // A spec without values repeats the previous one's type and expressions.
            let src = if s.values.is_empty() && s.ty.is_none() { prev.unwrap_or(s) } else { s };
            prev = Some(src);
            let ty = src.ty.as_ref().map(|t| self.resolve_type(t));
            for (i, name) in s.names.iter().enumerate() {
                let Some(e) = src.values.get(i) else {
                    self.error(name.span, "missing init expr for const declaration");
                    continue;
                };
                self.iota = Some(index as i128);
                let op = self.expr(e);
                self.iota = None;
                let entity = match &op.mode {
                    Mode::Const(v) => {
                        let t = match &ty {
                            Some(t) => {
                                self.assignable(e, &op, t, "constant declaration");
                                t.clone()
                            }
                            None => op.ty.clone(),
                        };
                        Entity::Const(v.clone(), t)
                    }
                    Mode::Invalid => Entity::Const(ConstVal::Int(0), Type::Invalid),
                    _ => {
                        let d = self.describe(e, &op);
                        self.error(e.span, format!("{} is not constant", d));
                        Entity::Const(ConstVal::Int(0), Type::Invalid)
                    }
                };
                if name.name == "_" {
                    continue;
                }
                self.info.uses.insert(name.id, entity.clone());
                let scope = self.scopes.last_mut().expect("a scope is open");
                if scope.names.insert(name.name.clone(), entity).is_some() {
                    self.error(name.span, format!("{} redeclared in this block", name.name));
                }
            }
            if s.values.len() > s.names.len() {
                self.error(s.values[s.names.len()].span, "extra init expr");
            }
        }
    }

    fn signature(&mut self, sig: &Signature) -> Type {
        let mut params = Vec::new();
        let mut variadic = false;
        for (k, f) in sig.params.iter().enumerate() {
            let t = match &f.ty.kind {
                // `xs ...T`: the parameter is a `[]T`.
                ExprKind::Ellipsis(Some(elem)) => {
                    if k + 1 < sig.params.len() || f.names.len() > 1 {
                        self.error(f.ty.span, "can only use ... with final parameter in list");
                    }
                    variadic = true;
                    match self.resolve_type(elem) {
                        Type::Invalid => Type::Invalid,
                        t => Type::Slice(Rc::new(t)),
                    }
                }
                _ => self.resolve_type(&f.ty),
            };
            for _ in 0..f.names.len().max(1) {
                params.push(t.clone());
            }
        }
        let mut results = Vec::new();
        for f in &sig.results {
            let t = self.resolve_type(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t.clone());
            }
        }
        Type::Func(Rc::new(FuncType { params, results, variadic }))
    }

    /// The type a type expression denotes.
    fn resolve_type(&mut self, e: &Expr) -> Type {
        match &e.kind {
            ExprKind::Ident(name) => match self.lookup(name) {
                Some(Entity::TypeName(t)) => t,
                Some(_) => {
                    self.error(e.span, format!("{} is not a type", name));
                    Type::Invalid
                }
                None => {
                    self.error(e.span, format!("undefined: {}", name));
                    Type::Invalid
                }
            },
            ExprKind::Paren(x) => self.resolve_type(x),
            ExprKind::ChanType(dir, elem) => {
                let t = self.resolve_type(elem);
                if t == Type::Invalid {
                    return Type::Invalid;
                }
                Type::Chan(*dir, Rc::new(t))
            }
            ExprKind::FuncType(sig) => self.signature(sig),
            ExprKind::StructType(fields) if fields.is_empty() => Type::EmptyStruct,
            ExprKind::StructType(fields) => {
                let mut out: Vec<FieldInfo> = Vec::new();
                for f in fields {
                    let t = self.resolve_type(&f.ty);
                    if f.names.is_empty() {
                        // An embedded field is named after its type.
                        let name = match &strip_parens(&f.ty).kind {
                            ExprKind::Star(x) => self.expr_string(x),
                            _ => self.expr_string(&f.ty),
                        };
                        let name = name.rsplit('.').next().unwrap_or("").to_string();
                        out.push(FieldInfo { name, ty: t, embedded: true });
                    } else {
                        for n in &f.names {
                            if out.iter().any(|o| o.name == n.name) {
                                self.error(n.span, format!("{} redeclared", n.name));
                            }
                            out.push(FieldInfo { name: n.name.clone(), ty: t.clone(), embedded: false });
                        }
                    }
                }
                Type::Struct(Rc::new(out))
            }
            ExprKind::Selector(x, sel) => {
                if let ExprKind::Ident(pkg) = &x.kind {
                    if let Some(Entity::Package(i)) = self.lookup(pkg) {
                        self.imports_used[i] = true;
                        self.info.uses.insert(x.id, Entity::Package(i));
                        let path = self.import_names.get(i).cloned().unwrap_or_default();
                        if let Some(LibItem::Type(t)) = library::lookup(&path, &sel.name) {
                            return t;
                        }
                        self.missing_package_name(e.span, pkg, sel, &path);
                        return Type::Invalid;
                    }
                }
                self.error(e.span, format!("{} is not a type", self.expr_string(e)));
                Type::Invalid
            }
            ExprKind::Bad => Type::Invalid,
            ExprKind::Star(x) => {
                let t = self.resolve_type(x);
                match t {
                    Type::Invalid => Type::Invalid,
                    _ => Type::Pointer(Rc::new(t)),
                }
            }
            ExprKind::InterfaceType(methods) if methods.is_empty() => Type::Any,
            ExprKind::InterfaceType(elems) => {
                let mut ms: Vec<(String, Rc<FuncType>)> = Vec::new();
                for f in elems {
                    if f.names.is_empty() {
                        // An embedded interface contributes its methods.
                        let t = self.resolve_type(&f.ty);
                        ms.extend(t.interface_methods());
                        continue;
                    }
                    let Type::Func(sig) = self.resolve_type(&f.ty) else { continue };
                    for n in &f.names {
                        ms.push((n.name.clone(), sig.clone()));
                    }
                }
                crate::stable_sort::sort_by(&mut ms, |a, b| a.0 < b.0);
                ms.dedup_by(|a, b| a.0 == b.0);
                Type::Interface(Rc::new(ms))
            }
            ExprKind::ArrayType(None, elem) => {
                let t = self.resolve_type(elem);
                if t == Type::Invalid {
                    return Type::Invalid;
                }
                Type::Slice(Rc::new(t))
            }
            ExprKind::ArrayType(Some(len), elem) => {
                if let ExprKind::Ellipsis(None) = len.kind {
                    self.error(e.span, "invalid use of [...] array (outside a composite literal)");
                    return Type::Invalid;
                }
                let n = self.array_length(len);
                let t = self.resolve_type(elem);
                match (n, t) {
                    (Some(n), t) if t != Type::Invalid => Type::Array(n, Rc::new(t)),
                    _ => Type::Invalid,
                }
            }
            ExprKind::MapType(k, v) => {
                let kt = self.resolve_type(k);
                let vt = self.resolve_type(v);
                if kt == Type::Invalid || vt == Type::Invalid {
                    return Type::Invalid;
                }
                if matches!(kt, Type::Slice(_) | Type::Map(..) | Type::Func(_)) {
                    self.error(k.span, format!("invalid map key type {}", kt));
                    return Type::Invalid;
                }
                Type::Map(Rc::new(kt), Rc::new(vt))
            }
            _ => {
                let what = match &e.kind {
                    ExprKind::ArrayType(None, _) => "slices are",
                    ExprKind::ArrayType(Some(_), _) => "arrays are",
                    ExprKind::MapType(..) => "maps are",
                    ExprKind::StructType(_) => "struct types are",
                    ExprKind::InterfaceType(_) => "interface types are",
                    ExprKind::Star(_) => "pointers are",
                    ExprKind::Index(..) => "generics are",
                    _ => {
                        self.error(e.span, format!("{} is not a type", self.expr_string(e)));
                        return Type::Invalid;
                    }
                };
                self.error(e.span, format!("{} not supported yet", what));
                Type::Invalid
            }
        }
    }

    /// The length of an array type: a non-negative integer constant.
    fn array_length(&mut self, e: &Expr) -> Option<u64> {
        let op = self.expr(e);
        if op.is_invalid() {
            return None;
        }
        let d = self.describe(e, &op);
        match op.mode {
            Mode::Const(ConstVal::Int(n)) if op.ty.is_integer() => {
                if !(0..1 << 40).contains(&n) {
                    self.error(e.span, format!("invalid array length {}", d));
                    return None;
                }
                Some(n as u64)
            }
            Mode::Const(_) => {
                self.error(e.span, format!("array length {} must be integer", d));
                None
            }
            _ => {
                self.error(e.span, format!("array length {} must be constant", d));
                None
            }
        }
    }

    /// Checks a function body; returns the variables it captures from outside.
    fn func_body(&mut self, key: u32, sig: &Signature, ty: &Type, body: &Block, recv: Receiver) -> Vec<VarId> {
        let Type::Func(ft) = ty else { return Vec::new() };
        let mut has_named = false;
        self.funcs.push(FuncCtx {
            key,
            results: ft.results.clone(),
            free: Vec::new(),
            loops: 0,
            has_named_results: false,
            labels: Labels::default(),
        });
        self.push_scope();
        if let Some((field, t)) = recv {
            if let Some(n) = field.names.first() {
                self.declare_var(n, t, false);
            }
        }
        let mut i = 0;
        for f in &sig.params {
            for n in &f.names {
                self.declare_var(n, ft.params.get(i).cloned().unwrap_or(Type::Invalid), false);
                i += 1;
            }
            if f.names.is_empty() {
                i += 1;
            }
        }
        let mut named = Vec::new();
        let mut r = 0;
        for f in &sig.results {
            for n in &f.names {
                has_named = true;
                let t = ft.results.get(r).cloned().unwrap_or(Type::Invalid);
                if let Some(v) = self.declare_var(n, t, false) {
                    named.push(v);
                }
                r += 1;
            }
            if f.names.is_empty() {
                r += 1;
            }
        }
        if has_named {
            self.info.named_results.insert(key, named);
        }
        let zeros: Vec<Zero> = ft.results.iter().map(|t| self.zero(t)).collect();
        self.info.result_zeros.insert(key, zeros);
        if let Some(ctx) = self.funcs.last_mut() {
            ctx.has_named_results = has_named;
        }
        self.stmts(&body.stmts);
        self.finish_labels();
        for (span, msg) in super::goto_check::check(body, self.src) {
            self.error(span, msg);
        }
        self.pop_scope();
        if !ft.results.is_empty() && !is_terminating_list(&body.stmts) {
            self.error(body.rbrace, "missing return");
        }
        self.funcs.pop().map(|f| f.free).unwrap_or_default()
    }

    // ----- Statements -----

    fn block(&mut self, b: &Block) {
        self.push_scope();
        self.stmts(&b.stmts);
        self.pop_scope();
    }

    fn stmts(&mut self, list: &[Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Expr(e) => {
                let op = self.expr_multi(e);
                let is_call = matches!(strip_parens(e).kind, ExprKind::Call { .. });
                let is_recv = matches!(strip_parens(e).kind, ExprKind::Unary(UnaryOp::Recv, _));
                if !op.is_invalid() && !is_call && !is_recv {
                    let d = self.describe(e, &op);
                    self.error(e.span, format!("{} is not used", d));
                } else if is_call && matches!(self.info.calls.get(&strip_parens(e).id), Some(CallKind::Convert)) {
                    let d = self.describe(e, &op);
                    self.error(e.span, format!("{} is not used", d));
                } else if is_call {
                    if let ExprKind::Call { func, .. } = &strip_parens(e).kind {
                        if let ExprKind::Ident(name) = &func.kind {
                            if matches!(self.lookup(name), Some(Entity::Builtin(b)) if matches!(b, "len" | "cap" | "make"))
                            {
                                let d = self.describe(e, &op);
                                self.error(e.span, format!("{} is not used", d));
                            }
                        }
                    }
                }
            }
            StmtKind::Send { chan, value } => {
                let ch = self.expr(chan);
                let v = self.expr(value);
                if ch.is_invalid() || v.is_invalid() {
                    return;
                }
                match &ch.ty {
                    Type::Chan(dir, elem) => {
                        if *dir == ChanDir::Recv {
                            let d = self.describe(chan, &ch);
                            self.error(s.span, format!("invalid operation: cannot send to receive-only channel {}", d));
                            return;
                        }
                        let elem = (**elem).clone();
                        self.assignable(value, &v, &elem, "send");
                    }
                    _ => {
                        let d = self.describe(chan, &ch);
                        self.error(s.span, format!("invalid operation: cannot send to non-channel {}", d));
                    }
                }
            }
            StmtKind::IncDec { x, inc, .. } => {
                let op = self.expr(x);
                if op.is_invalid() {
                    return;
                }
                if !op.ty.is_numeric() {
                    let d = self.describe(x, &op);
                    let o = if *inc { "++" } else { "--" };
                    self.error(
                        x.span,
                        format!("invalid operation: {}{} (non-numeric type {})", self.expr_string(x), o, op.ty),
                    );
                    let _ = d;
                    return;
                }
                self.check_assignable_target(x, &op);
            }
            StmtKind::Assign { lhs, op, op_span, rhs } => self.assign(s, lhs, *op, *op_span, rhs),
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let call = strip_parens(e);
                if let ExprKind::Call { .. } = call.kind {
                    let op = self.expr_multi(call);
                    if !op.is_invalid() {
                        match self.info.calls.get(&call.id) {
                            Some(
                                CallKind::Func { .. }
                                | CallKind::MethodCall { .. }
                                | CallKind::IfaceCall { .. }
                                | CallKind::Builtin(_)
                                | CallKind::Method(_)
                                | CallKind::Close,
                            ) => {}
                            _ => {
                                let word = if matches!(s.kind, StmtKind::Defer(_)) { "defer" } else { "go" };
                                let d = self.describe(call, &op);
                                self.error(e.span, format!("{} discards result of {}", word, d));
                            }
                        }
                    }
                }
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch(kind, Some(label)) => self.labelled_branch(*kind, label),
            StmtKind::Branch(kind, None) => {
                let loops = self.funcs.last().map(|f| f.loops).unwrap_or(0);
                match kind {
                    BranchKind::Break if loops == 0 => self.error(s.span, "break is not in a loop, switch, or select"),
                    BranchKind::Continue if loops == 0 => self.error(s.span, "continue is not in a loop"),
                    BranchKind::Fallthrough => self.error(s.span, "fallthrough statement out of place"),
                    _ => {}
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If { init, cond, then, els } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    let op = self.expr(c);
                    if !op.is_invalid() && !op.ty.is_bool() {
                        let d = self.describe(c, &op);
                        self.error(c.span, format!("non-boolean condition in if statement"));
                        let _ = d;
                    }
                }
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.pop_scope();
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                match tag.as_deref().map(type_switch_guard) {
                    Some(Some((bind, x))) => self.type_switch(bind, x, clauses),
                    _ => self.expr_switch(tag.as_deref(), clauses),
                }
                self.pop_scope();
            }
            StmtKind::Select(clauses) => self.select_stmt(clauses),
            StmtKind::For { init, cond, post, body } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    let op = self.expr(c);
                    if !op.is_invalid() && !op.ty.is_bool() {
                        self.error(c.span, "non-boolean condition in for statement");
                    }
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.loop_body(body);
                self.pop_scope();
            }
            StmtKind::Range { key, value, define, expr, body } => {
                let op = self.expr(expr);
                self.push_scope();
                let mut range_value = Type::Invalid;
                let elem = match &op.ty {
                    _ if op.is_invalid() => Type::Invalid,
                    Type::Chan(dir, elem) => {
                        if *dir == ChanDir::Send {
                            let d = self.describe(expr, &op);
                            self.error(expr.span, format!("cannot range over {} (receive from send-only channel)", d));
                        }
                        self.info.ranges.insert(expr.id, ExprInfo::RangeChan);
                        if value.is_some() {
                            let at = value.as_ref().map(|v| v.span).unwrap_or(s.span);
                            let d = self.describe(expr, &op);
                            self.error(at, format!("range over {} permits only one iteration variable", d));
                        }
                        (**elem).clone()
                    }
                    Type::Int(_) | Type::UntypedInt => {
                        self.info.ranges.insert(expr.id, ExprInfo::RangeInt);
                        if value.is_some() {
                            let d = self.describe(expr, &op);
                            self.error(expr.span, format!("range over {} permits only one iteration variable", d));
                        }
                        op.ty.default_type()
                    }
                    Type::String | Type::UntypedString => {
                        self.info.ranges.insert(expr.id, ExprInfo::RangeString);
                        range_value = Type::Int("rune");
                        Type::Int("int")
                    }
                    Type::Slice(elem) => {
                        self.info.ranges.insert(expr.id, ExprInfo::RangeSlice);
                        range_value = (**elem).clone();
                        Type::Int("int")
                    }
                    t if array_of(t).is_some() => {
                        self.info.ranges.insert(expr.id, ExprInfo::RangeSlice);
                        range_value = array_of(t).map(|(_, elem, _)| elem).unwrap_or(Type::Invalid);
                        Type::Int("int")
                    }
                    Type::Map(k, v) => {
                        self.info.ranges.insert(expr.id, ExprInfo::RangeMap);
                        range_value = (**v).clone();
                        (**k).clone()
                    }
                    _ => {
                        let d = self.describe(expr, &op);
                        self.error(expr.span, format!("cannot range over {}", d));
                        Type::Invalid
                    }
                };
                if let Some(k) = key {
                    self.range_var(k, *define, &elem.default_type(), expr);
                }
                if let Some(v) = value {
                    self.range_var(v, *define, &range_value, v);
                }
                self.loop_body(body);
                self.pop_scope();
            }
            StmtKind::Decl(d) => match d {
                Decl::Var(specs) => {
                    for spec in specs {
                        self.var_spec(spec);
                    }
                }
                Decl::Const(specs) => self.const_decl(specs),
                Decl::Type(specs) => {
                    for spec in specs {
                        self.type_spec(spec);
                    }
                }
                Decl::Func(_) => {}
            },
            StmtKind::Labeled(label, inner) => self.labelled_stmt(label, inner),
        }
    }

    /// `L: stmt`: declares the label; a labelled loop, switch or select is
    /// a target of `break L` (and a loop of `continue L`) inside it.
    fn labelled_stmt(&mut self, label: &Ident, inner: &Stmt) {
        let Some(ctx) = self.funcs.last_mut() else { return };
        if label.name == "_" {
            self.stmt(inner);
            return;
        }
        let labels = &mut ctx.labels;
        let previous = labels.declared.iter().find(|(n, ..)| *n == label.name).map(|(_, span, _)| *span);
        labels.declared.push((label.name.clone(), label.span, false));
        let is_loop = matches!(inner.kind, StmtKind::For { .. } | StmtKind::Range { .. });
        let is_target = is_loop || matches!(inner.kind, StmtKind::Switch { .. } | StmtKind::Select(_));
        if is_target {
            labels.enclosing.push((label.name.clone(), is_loop));
        }
        if let Some(at) = previous {
            let line = self.src[..at.start as usize].matches('\n').count() + 1;
            self.error(label.span, format!("label {} already defined at line {}", label.name, line));
        }
        self.stmt(inner);
        if let (true, Some(ctx)) = (is_target, self.funcs.last_mut()) {
            ctx.labels.enclosing.pop();
        }
    }

    /// `break L`, `continue L` or `goto L`.
    fn labelled_branch(&mut self, kind: BranchKind, label: &Ident) {
        let Some(ctx) = self.funcs.last_mut() else { return };
        let labels = &mut ctx.labels;
        for d in labels.declared.iter_mut().filter(|(n, ..)| *n == label.name) {
            d.2 = true;
        }
        if kind == BranchKind::Goto {
            labels.goto_targets.push(label.name.clone());
            return;
        }
        match labels.enclosing.iter().rev().find(|(n, _)| *n == label.name) {
            Some((_, false)) if kind == BranchKind::Continue => {
                self.error(label.span, format!("invalid continue label {}", label.name));
            }
            Some(_) => {}
            None => labels.misplaced.push((label.name.clone(), label.span, kind)),
        }
    }

    /// At the end of a function body: branches to labels that do not
    /// enclose them, and labels no branch uses.
    fn finish_labels(&mut self) {
        let Some(ctx) = self.funcs.last_mut() else { return };
        let labels = std::mem::take(&mut ctx.labels);
        for (name, span, kind) in &labels.misplaced {
            let word = if *kind == BranchKind::Break { "break" } else { "continue" };
            let declared = labels.declared.iter().any(|(n, ..)| n == name);
            let msg = if declared {
                format!("invalid {} label {}", word, name)
            } else {
                format!("{} label not defined: {}", word, name)
            };
            self.error(*span, msg);
        }
        for (name, span, used) in &labels.declared {
            let used = *used || labels.misplaced.iter().any(|(n, ..)| n == name) || labels.goto_targets.contains(name);
            if !used {
                self.error(*span, format!("label {} defined and not used", name));
            }
        }
    }

    /// A `select`: each case a send or a receive (possibly assigned), at
    /// most one `default`; `break` leaves the select.
    fn select_stmt(&mut self, clauses: &[CaseClause]) {
        let mut seen_default = false;
        for c in clauses {
            self.push_scope();
            match &c.comm {
                None => {
                    if seen_default {
                        self.error(c.span, "multiple defaults in select");
                    }
                    seen_default = true;
                }
                Some(comm) => {
                    let is_comm = match &comm.kind {
                        StmtKind::Send { .. } => true,
                        StmtKind::Expr(e) => matches!(strip_parens(e).kind, ExprKind::Unary(UnaryOp::Recv, _)),
                        StmtKind::Assign { rhs, op, lhs, .. } => {
                            matches!(op, AssignOp::Define | AssignOp::Assign)
                                && rhs.len() == 1
                                && lhs.len() <= 2
                                && matches!(strip_parens(&rhs[0]).kind, ExprKind::Unary(UnaryOp::Recv, _))
                        }
                        _ => false,
                    };
                    if is_comm {
                        self.stmt(comm);
                    } else {
                        self.error(comm.span, "select case must be send or receive (possibly with assignment)");
                    }
                }
            }
            if let Some(f) = self.funcs.last_mut() {
                f.loops += 1;
            }
            self.stmts(&c.body);
            if let Some(f) = self.funcs.last_mut() {
                f.loops -= 1;
            }
            self.pop_scope();
        }
    }

    /// A `range` loop's key or value: declared with `:=`, or assigned.
    /// `blame` is the expression an assignment error points at.
    fn range_var(&mut self, target: &Expr, define: bool, ty: &Type, blame: &Expr) {
        if define {
            match &target.kind {
                ExprKind::Ident(name) => {
                    let ident = Ident { id: target.id, name: name.clone(), span: target.span };
                    self.declare_var(&ident, ty.clone(), true);
                }
                _ => self.error(target.span, format!("non-name {} on left side of :=", self.expr_string(target))),
            }
        } else {
            let op = self.lhs_expr(target);
            if !op.is_invalid() && *ty != Type::Invalid {
                self.assignable(blame, &Operand::value(ty.clone()), &op.ty.clone(), "range");
            }
        }
    }

    /// `switch [tag] { case a, b: ... default: ... }`.
    fn expr_switch(&mut self, tag: Option<&Stmt>, clauses: &[CaseClause]) {
        let tag_op = match tag.map(|t| &t.kind) {
            Some(StmtKind::Expr(e)) => {
                let op = self.expr(e);
                Some((e, Operand { ty: op.ty.default_type(), ..op }))
            }
            _ => None,
        };
        let mut seen_default = false;
        let mut seen_consts: Vec<String> = Vec::new();
        for (k, c) in clauses.iter().enumerate() {
            match &c.exprs {
                None => {
                    if seen_default {
                        self.error(c.span, "multiple defaults in switch");
                    }
                    seen_default = true;
                }
                Some(exprs) => {
                    for x in exprs {
                        let op = self.expr(x);
                        if op.is_invalid() {
                            continue;
                        }
                        if let (Mode::Const(c), Some(_)) = (&op.mode, &tag_op) {
                            let key = c.to_string();
                            if seen_consts.contains(&key) {
                                let d = self.describe(x, &Operand { mode: op.mode.clone(), ty: op.ty.default_type() });
                                self.error(x.span, format!("duplicate case {} in expression switch", d));
                            }
                            seen_consts.push(key);
                        }
                        match &tag_op {
                            Some((_, t)) if !t.is_invalid() => {
                                if !assignable_type(&op.ty, &t.ty) && !assignable_type(&t.ty, &op.ty) {
                                    let d = self.describe(x, &op);
                                    self.error(
                                        x.span,
                                        format!(
                                            "invalid case {} in switch on {} (mismatched types {} and {})",
                                            self.expr_string(x),
                                            self.expr_string(tag_op.as_ref().unwrap().0),
                                            op.ty,
                                            t.ty
                                        ),
                                    );
                                    let _ = d;
                                } else if t.ty.is_interface() && !op.ty.is_interface() && op.ty != Type::UntypedNil {
                                    let dynamic = self.rt(&op.ty.default_type());
                                    self.info.conversions.insert(x.id, dynamic);
                                }
                            }
                            None => {
                                if !op.ty.is_bool() {
                                    let d = self.describe(x, &op);
                                    self.error(
                                        x.span,
                                        format!(
                                            "invalid case {} in switch (mismatched types {} and bool)",
                                            self.expr_string(x),
                                            op.ty
                                        ),
                                    );
                                    let _ = d;
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
            self.case_body(c, k + 1 == clauses.len());
        }
    }

    /// `switch v := x.(type) { case T: ... }`.
    fn type_switch(&mut self, bind: Option<&Expr>, x: &Expr, clauses: &[CaseClause]) {
        let op = self.expr(x);
        if op.is_invalid() {
            return;
        }
        if !op.ty.is_interface() {
            let d = self.describe(x, &op);
            self.error(x.span, format!("{} is not an interface", d));
            return;
        }
        let src = self.rt(&op.ty);
        self.info.asserts.insert(x.id, Some(src));
        let mut any_use = false;
        let mut vars = Vec::new();
        for c in clauses {
            self.push_scope();
            let mut single: Option<Type> = None;
            if let Some(exprs) = &c.exprs {
                for t in exprs {
                    if let ExprKind::Ident(n) = &t.kind {
                        if n == "nil" && matches!(self.lookup(n), Some(Entity::Nil)) {
                            self.info.asserts.insert(t.id, None);
                            single = if exprs.len() == 1 { Some(op.ty.clone()) } else { None };
                            continue;
                        }
                    }
                    let ty = self.resolve_type(t);
                    if ty == Type::Invalid {
                        continue;
                    }
                    if !ty.is_interface() {
                        if let Some(why) = self.missing_method(&ty, &op.ty) {
                            self.error(
                                t.span,
                                format!(
                                    "impossible type switch case: {} cannot have dynamic type {} ({})",
                                    self.expr_string(x),
                                    ty,
                                    why
                                ),
                            );
                        }
                    }
                    let rt = self.rt(&ty);
                    self.info.asserts.insert(t.id, Some(rt));
                    if exprs.len() == 1 {
                        single = Some(ty);
                    }
                }
            }
            if let Some(b) = bind {
                if let ExprKind::Ident(name) = &b.kind {
                    let ident = Ident { id: b.id, name: name.clone(), span: b.span };
                    let ty = single.unwrap_or_else(|| op.ty.clone());
                    if let Some(v) = self.declare_var(&ident, ty, false) {
                        self.info.clause_vars.push((c.span.start, v));
                        vars.push(v);
                    }
                }
            }
            self.case_body(c, false);
            any_use |= vars.iter().any(|v| self.used[*v]);
            self.pop_scope();
        }
        if let (Some(b), false) = (bind, any_use) {
            if let ExprKind::Ident(name) = &b.kind {
                self.error(b.span, format!("declared and not used: {}", name));
            }
        }
    }

    /// A switch clause's body, in its own scope; `break` leaves the switch.
    fn case_body(&mut self, c: &CaseClause, last: bool) {
        self.push_scope();
        if let Some(f) = self.funcs.last_mut() {
            f.loops += 1;
        }
        for (i, st) in c.body.iter().enumerate() {
            if let StmtKind::Branch(BranchKind::Fallthrough, _) = st.kind {
                if last {
                    self.error(st.span, "cannot fallthrough final case in switch");
                } else if i + 1 != c.body.len() {
                    self.error(st.span, "fallthrough statement out of place");
                }
                continue;
            }
            self.stmt(st);
        }
        if let Some(f) = self.funcs.last_mut() {
            f.loops -= 1;
        }
        self.pop_scope();
    }

    fn loop_body(&mut self, body: &Block) {
        if let Some(f) = self.funcs.last_mut() {
            f.loops += 1;
        }
        self.block(body);
        if let Some(f) = self.funcs.last_mut() {
            f.loops -= 1;
        }
    }

    fn var_spec(&mut self, spec: &ValueSpec) {
        let declared = spec.ty.as_ref().map(|t| self.resolve_type(t));
        let mut types = Vec::new();
        if spec.values.is_empty() {
            types = vec![declared.clone().unwrap_or(Type::Invalid); spec.names.len()];
        } else if spec.values.len() == 1 && spec.names.len() > 1 {
            let op = self.expr_multi(&spec.values[0]);
            match (&op.mode, &op.ty) {
                (_, Type::Tuple(ts)) if ts.len() == spec.names.len() => {
                    for t in ts {
                        match &declared {
                            Some(d) => {
                                self.assignable(&spec.values[0], &Operand::value(t.clone()), d, "variable declaration");
                                types.push(d.clone());
                            }
                            None => types.push(t.clone()),
                        }
                    }
                }
                (Mode::CommaOk, t) if spec.names.len() == 2 => {
                    types.push(declared.clone().unwrap_or(t.clone()));
                    types.push(Type::Bool);
                }
                _ => {
                    if !op.is_invalid() {
                        self.assign_mismatch(&spec.values, spec.names.len(), &op);
                    }
                    types = vec![Type::Invalid; spec.names.len()];
                }
            }
        } else {
            if spec.values.len() != spec.names.len() {
                let n = spec.values.len();
                let msg = if n > spec.names.len() {
                    format!("assignment mismatch: {} but {}", plural(spec.names.len(), "variable"), plural(n, "value"))
                } else {
                    format!("assignment mismatch: {} but {}", plural(spec.names.len(), "variable"), plural(n, "value"))
                };
                self.error(spec.names[0].span, msg);
            }
            for (i, _) in spec.names.iter().enumerate() {
                let Some(e) = spec.values.get(i) else {
                    types.push(Type::Invalid);
                    continue;
                };
                let op = self.expr_multi(e);
                if let (Type::Tuple(_), 1) = (&op.ty, spec.values.len()) {
                    self.assign_mismatch(&spec.values, spec.names.len(), &op);
                    types.push(Type::Invalid);
                    continue;
                }
                let op = if op.mode == Mode::CommaOk { Operand::value(op.ty) } else { op };
                types.push(self.value_type(e, &op, declared.as_ref(), "variable declaration"));
            }
            for e in spec.values.iter().skip(spec.names.len()) {
                self.expr(e);
            }
        }
        for (n, t) in spec.names.iter().zip(types) {
            self.declare_var(n, t, true);
        }
    }

    /// The type a new variable gets from an initializer (checking it against
    /// a declared type when there is one).
    fn value_type(&mut self, e: &Expr, op: &Operand, declared: Option<&Type>, context: &str) -> Type {
        if op.is_invalid() {
            return declared.cloned().unwrap_or(Type::Invalid);
        }
        if !self.single_value(e, op) {
            return Type::Invalid;
        }
        match declared {
            Some(d) => {
                self.assignable(e, op, d, context);
                d.clone()
            }
            None => {
                if op.ty == Type::UntypedNil {
                    self.error(e.span, format!("use of untyped nil in {}", context));
                    return Type::Invalid;
                }
                op.ty.default_type()
            }
        }
    }

    /// Reports a value that is not a single value (no value, tuple, type).
    fn single_value(&mut self, e: &Expr, op: &Operand) -> bool {
        match (&op.mode, &op.ty) {
            (Mode::NoValue, _) => {
                self.error(e.span, format!("{} (no value) used as value", self.expr_string(e)));
                false
            }
            (_, Type::Tuple(ts)) => {
                self.error(
                    e.span,
                    format!(
                        "multiple-value {} (value of type {}) in single-value context",
                        self.expr_string(e),
                        Type::Tuple(ts.clone())
                    ),
                );
                false
            }
            (Mode::Type, _) => {
                self.error(e.span, format!("{} (type) is not an expression", self.expr_string(e)));
                false
            }
            (Mode::Builtin, _) => {
                self.error(
                    e.span,
                    format!("{} (built-in function {}) must be called", self.expr_string(e), self.expr_string(e)),
                );
                false
            }
            (Mode::Package, _) => {
                self.error(e.span, format!("use of package {} without selector", self.expr_string(e)));
                false
            }
            _ => true,
        }
    }

    fn assign_mismatch(&mut self, rhs: &[Expr], vars: usize, op: &Operand) {
        let r0 = &rhs[0];
        let count = match &op.ty {
            Type::Tuple(ts) => ts.len(),
            _ if op.mode == Mode::NoValue => 0,
            _ => 1,
        };
        if let ExprKind::Call { func, .. } = &strip_parens(r0).kind {
            let f = self.expr_string(func);
            self.error(
                r0.span,
                format!(
                    "assignment mismatch: {} but {} returns {}",
                    plural(vars, "variable"),
                    f,
                    plural(count, "value")
                ),
            );
        } else {
            self.error(
                r0.span,
                format!("assignment mismatch: {} but {}", plural(vars, "variable"), plural(rhs.len(), "value")),
            );
        }
    }

    fn assign(&mut self, s: &Stmt, lhs: &[Expr], op: AssignOp, op_span: Span, rhs: &[Expr]) {
        let _ = s;
        if let AssignOp::Op(bop) = op {
            let l = self.expr(&lhs[0]);
            let r = self.expr(&rhs[0]);
            if l.is_invalid() || r.is_invalid() {
                return;
            }
            let fake = Expr {
                id: u32::MAX,
                span: lhs[0].span.to(rhs[0].span),
                kind: ExprKind::Binary(bop, Box::new(lhs[0].clone()), Box::new(rhs[0].clone())),
            };
            let res = self.binary_operands(&fake, bop, &lhs[0], l.clone(), &rhs[0], r);
            if !res.is_invalid() {
                self.check_assignable_target(&lhs[0], &l);
            }
            return;
        }
        // Evaluate the right-hand side first.
        let mut rtypes: Vec<(Operand, usize)> = Vec::new();
        let mut ok = true;
        if rhs.len() == 1 && lhs.len() > 1 {
            let r = self.expr_multi(&rhs[0]);
            match (&r.mode, &r.ty) {
                (_, Type::Tuple(ts)) if ts.len() == lhs.len() => {
                    for t in ts {
                        rtypes.push((Operand::value(t.clone()), 0));
                    }
                }
                (Mode::CommaOk, t) if lhs.len() == 2 => {
                    rtypes.push((Operand::value(t.clone()), 0));
                    rtypes.push((Operand::value(Type::UntypedBool), 0));
                }
                _ => {
                    if !r.is_invalid() {
                        self.assign_mismatch(rhs, lhs.len(), &r);
                    }
                    ok = false;
                }
            }
        } else {
            for (i, e) in rhs.iter().enumerate() {
                let r = self.expr_multi(e);
                if let (Type::Tuple(_), 1) = (&r.ty, rhs.len()) {
                    self.assign_mismatch(rhs, lhs.len(), &r);
                    rtypes.push((Operand::invalid(), i));
                    ok = false;
                    continue;
                }
                let r = if r.mode == Mode::CommaOk { Operand::value(r.ty) } else { r };
                if !r.is_invalid() && !self.single_value(e, &r) {
                    rtypes.push((Operand::invalid(), i));
                } else {
                    rtypes.push((r, i));
                }
            }
            if rhs.len() != lhs.len() {
                self.error(
                    rhs[0].span,
                    format!(
                        "assignment mismatch: {} but {}",
                        plural(lhs.len(), "variable"),
                        plural(rhs.len(), "value")
                    ),
                );
                ok = false;
            }
        }
        if op == AssignOp::Define {
            let mut any_new = false;
            let mut bad = false;
            let mut seen: Vec<&str> = Vec::new();
            for (i, l) in lhs.iter().enumerate() {
                let ExprKind::Ident(name) = &l.kind else {
                    self.error(l.span, format!("non-name {} on left side of :=", self.expr_string(l)));
                    bad = true;
                    continue;
                };
                let rt = if ok { rtypes.get(i).cloned() } else { None };
                if name == "_" {
                    any_new |= false;
                    continue;
                }
                if seen.contains(&name.as_str()) {
                    self.error(l.span, format!("{} repeated on left side of :=", name));
                    bad = true;
                    continue;
                }
                seen.push(name);
                let existing = self.scopes.last().and_then(|sc| sc.names.get(name).cloned());
                match existing {
                    Some(Entity::Var(v)) => {
                        self.info.uses.insert(l.id, Entity::Var(v));
                        self.use_var(v, false);
                        if let Some((r, ri)) = rt {
                            let target = self.info.vars[v].ty.clone();
                            let re = rhs.get(ri).unwrap_or(&rhs[0]);
                            if !r.is_invalid() {
                                self.assignable(re, &r, &target, "assignment");
                            }
                        }
                    }
                    _ => {
                        any_new = true;
                        let ty = match rt {
                            Some((r, ri)) => {
                                let re = rhs.get(ri).unwrap_or(&rhs[0]);
                                if r.mode == Mode::Value && rhs.len() == 1 && lhs.len() > 1 {
                                    r.ty.default_type()
                                } else {
                                    self.value_type(re, &r, None, "assignment")
                                }
                            }
                            None => Type::Invalid,
                        };
                        let ident = Ident { id: l.id, name: name.clone(), span: l.span };
                        // A variable whose initialiser failed is not reported unused, as in Go.
                        let report_unused = ty != Type::Invalid;
                        self.declare_var(&ident, ty, report_unused);
                    }
                }
            }
            if !any_new && !bad {
                self.error(op_span, "no new variables on left side of :=");
            }
            return;
        }
        for (i, l) in lhs.iter().enumerate() {
            if let ExprKind::Ident(n) = &l.kind {
                if n == "_" {
                    if let Some((r, ri)) = rtypes.get(i).cloned() {
                        let re = rhs.get(ri).unwrap_or(&rhs[0]);
                        if r.ty == Type::UntypedNil {
                            self.error(re.span, "use of untyped nil in assignment");
                        }
                    }
                    continue;
                }
            }
            let lop = self.lhs_expr(l);
            if lop.is_invalid() || !ok {
                continue;
            }
            if let Some((r, ri)) = rtypes.get(i).cloned() {
                if r.is_invalid() {
                    continue;
                }
                let re = rhs.get(ri).unwrap_or(&rhs[0]);
                self.assignable(re, &r, &lop.ty, "assignment");
            }
        }
    }

    /// Checks an assignment target; a variable assigned is not thereby used.
    fn lhs_expr(&mut self, e: &Expr) -> Operand {
        if let ExprKind::Ident(name) = &e.kind {
            if let Some(Entity::Var(v)) = self.lookup(name) {
                self.info.uses.insert(e.id, Entity::Var(v));
                self.use_var(v, false);
                return Operand { mode: Mode::Var, ty: self.info.vars[v].ty.clone() };
            }
        }
        let op = self.expr(e);
        self.check_assignable_target(e, &op);
        op
    }

    fn check_assignable_target(&mut self, e: &Expr, op: &Operand) {
        if op.is_invalid() || op.mode == Mode::Var {
            return;
        }
        if matches!(self.info.exprs.get(&strip_parens(e).id), Some(ExprInfo::IndexMap(_))) {
            return;
        }
        let d = self.expr_string(e);
        self.error(e.span, format!("cannot assign to {} (neither addressable nor a map index expression)", d));
    }

    fn return_stmt(&mut self, s: &Stmt, results: &[Expr]) {
        let want = self.funcs.last().map(|f| f.results.clone()).unwrap_or_default();
        let named = self.funcs.last().map(|f| f.has_named_results).unwrap_or(false);
        if results.is_empty() {
            if !want.is_empty() && !named {
                self.error(s.span, format!("not enough return values\n\thave ()\n\twant {}", Type::Tuple(want)));
            }
            return;
        }
        let mut have = Vec::new();
        let mut ops = Vec::new();
        if results.len() == 1 && want.len() != 1 {
            let op = self.expr_multi(&results[0]);
            if op.is_invalid() {
                return;
            }
            match &op.ty {
                Type::Tuple(ts) => {
                    have = ts.clone();
                    for t in ts {
                        ops.push((Operand::value(t.clone()), 0));
                    }
                }
                _ if op.mode == Mode::NoValue => {}
                t => {
                    have.push(t.clone());
                    ops.push((op.clone(), 0));
                }
            }
        } else {
            for (i, e) in results.iter().enumerate() {
                let op = self.expr(e);
                if op.is_invalid() {
                    return;
                }
                if !self.single_value(e, &op) {
                    return;
                }
                have.push(op.ty.clone());
                ops.push((op, i));
            }
        }
        if have.len() != want.len() {
            let msg = if have.len() > want.len() { "too many return values" } else { "not enough return values" };
            let have_s: Vec<String> = have
                .iter()
                .map(|t| if t.is_untyped() && *t != Type::UntypedNil { "number".to_string() } else { t.to_string() })
                .collect();
            let have_s: Vec<String> = have_s
                .iter()
                .zip(have.iter())
                .map(|(s, t)| {
                    if *t == Type::UntypedString {
                        "string".into()
                    } else if *t == Type::UntypedBool {
                        "bool".into()
                    } else {
                        s.clone()
                    }
                })
                .collect();
            // Go points at the first extra value, or at the first value when some are missing.
            let at = if have.len() > want.len() && results.len() > want.len() {
                results[want.len()].span
            } else {
                results[0].span
            };
            self.error(at, format!("{}\n\thave ({})\n\twant {}", msg, have_s.join(", "), Type::Tuple(want)));
            return;
        }
        for ((op, i), t) in ops.iter().zip(want.iter()) {
            let e = &results[*i];
            self.assignable(e, op, t, "return statement");
        }
    }

    // ----- Assignability -----

    /// Whether `op` may be assigned to `target`; reports when not.
    fn assignable(&mut self, e: &Expr, op: &Operand, target: &Type, context: &str) -> bool {
        if op.is_invalid() || *target == Type::Invalid {
            return true;
        }
        if target.is_interface() && !op.ty.is_interface() && op.ty != Type::UntypedNil {
            if let Some(missing) = self.missing_method(&op.ty, target) {
                let d = self.describe(e, op);
                self.error(e.span, format!("cannot use {} as {} value in {}:\n\t{}", d, target, context, missing));
                return false;
            }
            let dynamic = self.rt(&op.ty.default_type());
            self.info.conversions.insert(e.id, dynamic);
            return true;
        }
        if target.is_interface() && op.ty.is_interface() {
            if let Some(missing) = self.missing_method(&op.ty, target) {
                let d = self.describe(e, op);
                self.error(e.span, format!("cannot use {} as {} value in {}:\n\t{}", d, target, context, missing));
                return false;
            }
            return true;
        }
        if target.is_float() {
            self.float_const(e);
        }
        let mut op = op.clone();
        self.int_from_float(e, &mut op, target);
        let op = &op;
        if assignable_type(&op.ty, target) {
            if let Mode::Const(ConstVal::Float(v)) = &op.mode {
                if !float_fits(*v, &target.under()) {
                    let d = self.describe(e, op);
                    self.error(e.span, format!("cannot use {} as {} value in {} (overflows)", d, target, context));
                    return false;
                }
            }
            if let (Mode::Const(ConstVal::Int(v)), Type::Int(name)) = (&op.mode, target) {
                if !fits(*v, name) {
                    let d = self.describe(e, op);
                    self.error(e.span, format!("cannot use {} as {} value in {} (overflows)", d, target, context));
                    return false;
                }
            }
            return true;
        }
        let d = self.describe(e, op);
        let msg = if op.ty == Type::UntypedNil {
            format!("cannot use nil as {} value in {}", target, context)
        } else if matches!(op.mode, Mode::Const(ConstVal::Float(_))) && target.under().is_integer() {
            // Go calls every float constant that is not a valid integer "truncated".
            format!("cannot use {} as {} value in {} (truncated)", d, target, context)
        } else {
            format!("cannot use {} as {} value in {}", d, target, context)
        };
        self.error(e.span, msg);
        false
    }

    /// An untyped float constant with an integral value that fits is an
    /// untyped integer constant where an integer of type `target` is wanted
    /// (`var n int = 2.0`, `s[1.0]`, `1 << 2.0`): Go's constants are exact.
    fn int_from_float(&mut self, e: &Expr, op: &mut Operand, target: &Type) {
        if let (Mode::Const(ConstVal::Float(f)), Type::Int(name)) = (&op.mode, target.under()) {
            if op.ty == Type::UntypedFloat && f.fract() == 0.0 && fits(*f as i128, name) {
                let v = ConstVal::Int(*f as i128);
                self.info.consts.insert(e.id, v.clone());
                *op = Operand { mode: Mode::Const(v), ty: Type::UntypedInt };
            }
        }
    }

    /// An integer constant used where a float is expected becomes a float constant.
    fn float_const(&mut self, e: &Expr) {
        if let Some(ConstVal::Int(v)) = self.info.consts.get(&e.id) {
            let f = *v as f64;
            self.info.consts.insert(e.id, ConstVal::Float(f));
        }
    }

    /// Why values of type `t` do not implement interface `iface`, if they do not.
    fn missing_method(&self, t: &Type, iface: &Type) -> Option<String> {
        for (name, sig) in iface.interface_methods() {
            let found = if t.is_interface() {
                t.interface_methods().iter().find(|(n, _)| *n == name).map(|(_, s)| (s.clone(), false))
            } else {
                match self.find_member(t, &name) {
                    Some((Member::Method(m, is_ptr), _)) => Some((m.sig.clone(), m.pointer_receiver && !is_ptr)),
                    _ => None,
                }
            };
            match found {
                None => return Some(format!("{} does not implement {} (missing method {})", t, iface, name)),
                Some((_, true)) => {
                    return Some(format!("{} does not implement {} (method {} has pointer receiver)", t, iface, name))
                }
                Some((s, false)) if *s != *sig => {
                    return Some(format!("{} does not implement {} (wrong type for method {})", t, iface, name))
                }
                _ => {}
            }
        }
        None
    }

    // ----- Expressions -----

    /// An expression that must be a single value (or no value, for calls).
    fn expr(&mut self, e: &Expr) -> Operand {
        let op = self.expr_multi(e);
        if let Type::Tuple(_) = op.ty {
            self.single_value(e, &op);
            return Operand::invalid();
        }
        if op.mode == Mode::CommaOk {
            return Operand::value(op.ty);
        }
        op
    }

    /// An expression that may have several values (calls, comma-ok receives).
    fn expr_multi(&mut self, e: &Expr) -> Operand {
        let op = self.expr_inner(e);
        if let Mode::Const(v) = &op.mode {
            self.info.consts.insert(e.id, v.clone());
        }
        op
    }

    fn expr_inner(&mut self, e: &Expr) -> Operand {
        match &e.kind {
            ExprKind::Bad => Operand::invalid(),
            ExprKind::Ident(name) => self.ident(e, name),
            ExprKind::BasicLit(kind, text) => match kind {
                LitKind::Int => match super::lexer::int_value(text) {
                    Some(v) => Operand { mode: Mode::Const(ConstVal::Int(v as i128)), ty: Type::UntypedInt },
                    None => {
                        self.error(e.span, format!("integer constant overflow: {}", text));
                        Operand::invalid()
                    }
                },
                LitKind::String => Operand {
                    mode: Mode::Const(ConstVal::Str(super::lexer::string_value(text).into())),
                    ty: Type::UntypedString,
                },
                LitKind::Char => Operand {
                    mode: Mode::Const(ConstVal::Int(super::lexer::rune_value(text) as i128)),
                    ty: Type::UntypedRune,
                },
                LitKind::Float => match parse_float(&text.replace('_', "")) {
                    Ok(v) => Operand { mode: Mode::Const(ConstVal::Float(v)), ty: Type::UntypedFloat },
                    Err(_) => {
                        self.error(e.span, format!("floating-point literals like {} are not supported yet", text));
                        Operand::invalid()
                    }
                },
                LitKind::Imag => {
                    self.error(e.span, "complex numbers are not supported yet");
                    Operand::invalid()
                }
            },
            ExprKind::Paren(x) => self.expr_multi(x),
            ExprKind::FuncLit(sig, body) => {
                let ty = self.signature(sig);
                let key = self.new_key();
                let free = self.func_body(key, sig, &ty, body, None);
                self.info.lit_captures.insert(e.id, free);
                self.info.lit_keys.insert(e.id, key);
                Operand::value(ty)
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Call { func, args, ellipsis } => self.call(e, func, args, *ellipsis),
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, x, y) => {
                if matches!(op, BinaryOp::LAnd | BinaryOp::LOr) {
                    let l = self.expr(x);
                    let r = self.expr(y);
                    return self.binary_operands(e, *op, x, l, y, r);
                }
                let l = self.expr(x);
                let r = self.expr(y);
                self.binary_operands(e, *op, x, l, y, r)
            }
            ExprKind::CompositeLit(Some(t), elts)
                if elts.is_empty() && matches!(&strip_parens(t).kind, ExprKind::StructType(f) if f.is_empty()) =>
            {
                // `struct{}{}`, the value of channels that only signal.
                Operand::value(Type::EmptyStruct)
            }
            ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::MapType(..)
            | ExprKind::ArrayType(..)
            | ExprKind::InterfaceType(..)
            | ExprKind::StructType(..) => {
                // A type in expression position, as in the conversion `interface{}(x)`.
                let t = self.resolve_type(e);
                if t == Type::Invalid {
                    return Operand::invalid();
                }
                Operand { mode: Mode::Type, ty: t }
            }
            ExprKind::CompositeLit(Some(t), elts) => {
                if let ExprKind::ArrayType(Some(len), elem) = &strip_parens(t).kind {
                    if let ExprKind::Ellipsis(None) = len.kind {
                        // `[...]T{...}`: the elements decide the length.
                        return match self.resolve_type(elem) {
                            Type::Invalid => self.composite_lit(e, &Type::Invalid, elts),
                            elem => self.array_lit(e, None, u64::MAX, &elem, elts),
                        };
                    }
                }
                let ty = self.resolve_type(t);
                self.composite_lit(e, &ty, elts)
            }
            ExprKind::Index(x, idx) if idx.len() == 1 => self.index_expr(e, x, &idx[0]),
            ExprKind::TypeAssert(x, Some(t)) => {
                let op = self.expr(x);
                let target = self.resolve_type(t);
                if op.is_invalid() || target == Type::Invalid {
                    return Operand::invalid();
                }
                if !op.ty.is_interface() {
                    let d = self.describe(x, &op);
                    self.error(x.span, format!("invalid operation: {} is not an interface", d));
                    return Operand::invalid();
                }
                if !target.is_interface() {
                    if let Some(why) = self.missing_method(&target, &op.ty) {
                        self.error(t.span, format!("impossible type assertion: {}\n\t{}", self.expr_string(e), why));
                        return Operand::invalid();
                    }
                }
                let rt = self.rt(&target);
                let src = self.rt(&op.ty);
                self.info.asserts.insert(e.id, Some(rt));
                self.info.asserts.insert(x.id, Some(src));
                Operand { mode: Mode::CommaOk, ty: target }
            }
            ExprKind::TypeAssert(_, None) => {
                self.error(e.span, "invalid syntax tree: use of .(type) outside type switch");
                Operand::invalid()
            }
            ExprKind::Star(x) => {
                let op = self.expr_multi(x);
                match (&op.mode, op.ty.under()) {
                    (Mode::Invalid, _) => op,
                    (Mode::Type, _) => Operand { mode: Mode::Type, ty: Type::Pointer(Rc::new(op.ty)) },
                    (_, Type::Pointer(elem)) => {
                        if !matches!(*elem, Type::Sync(_)) {
                            self.info.exprs.insert(e.id, ExprInfo::Deref);
                        }
                        if matches!(elem.under(), Type::Array(..)) {
                            self.info.array_refs.insert(e.id);
                            self.info.array_levels.insert(e.id, array_levels(&elem));
                        }
                        Operand { mode: Mode::Var, ty: (*elem).clone() }
                    }
                    _ => {
                        let d = self.describe(x, &op);
                        self.error(e.span, format!("invalid operation: cannot indirect {}", d));
                        Operand::invalid()
                    }
                }
            }
            ExprKind::Slice(x, [lo, hi, max]) => {
                let xop = self.expr(x);
                let mut consts = [None; 3];
                for (k, b) in [lo, hi, max].into_iter().enumerate() {
                    let Some(b) = b else { continue };
                    let mut bop = self.expr(b);
                    self.int_from_float(b, &mut bop, &Type::Int("int"));
                    if let Mode::Const(ConstVal::Int(n)) = bop.mode {
                        consts[k] = Some((n, b.span));
                    }
                    if !bop.is_invalid() && !bop.ty.is_integer() {
                        let d = self.describe(b, &bop);
                        self.error(b.span, not_integer(&bop, "invalid argument: index", d, "int"));
                    }
                }
                // Constant indices must not decrease: Go reports the first smaller one.
                'swapped: for i in 0..3 {
                    let Some((x, _)) = consts[i] else { continue };
                    if x <= 0 {
                        continue;
                    }
                    for (y, span) in consts[i + 1..].iter().flatten() {
                        if *y >= 0 && *y < x {
                            self.error(*span, format!("invalid slice indices: {} < {}", y, x));
                            break 'swapped;
                        }
                    }
                }
                if xop.is_invalid() {
                    return xop;
                }
                if max.is_some() && xop.ty.is_string() {
                    let d = self.describe(x, &xop);
                    self.error(e.span, format!("invalid operation: 3-index slice of string ({})", d));
                    return Operand::invalid();
                }
                match &xop.ty.under() {
                    Type::Slice(_) if max.is_some() => {
                        self.info.calls.insert(e.id, CallKind::Builtin(Builtin::Std(crate::ir::stdlib::StdFn::Slice3)));
                        Operand::value(xop.ty.clone())
                    }
                    Type::Slice(_) | Type::String => {
                        self.info.exprs.insert(e.id, ExprInfo::SliceExpr);
                        Operand::value(xop.ty.clone())
                    }
                    Type::UntypedString => {
                        self.info.exprs.insert(e.id, ExprInfo::SliceExpr);
                        Operand::value(Type::String)
                    }
                    t if array_of(t).is_some() => self.slice_array(e, x, &xop, consts),
                    _ => {
                        let d = self.describe(x, &xop);
                        self.error(e.span, format!("cannot slice {}", d));
                        Operand::invalid()
                    }
                }
            }
            _ => {
                let what = match &e.kind {
                    ExprKind::CompositeLit(..) => "composite literals are",
                    ExprKind::Index(..) => "index expressions are",
                    ExprKind::Slice(..) => "slice expressions are",
                    ExprKind::TypeAssert(..) => "type assertions are",
                    ExprKind::Star(..) => "pointers are",
                    ExprKind::ArrayType(None, _) => "slices are",
                    ExprKind::ArrayType(..) => "arrays are",
                    ExprKind::MapType(..) => "maps are",
                    ExprKind::StructType(..) => "struct types are",
                    ExprKind::InterfaceType(..) => "interface types are",
                    _ => "this expression is",
                };
                self.error(e.span, format!("{} not supported yet", what));
                Operand::invalid()
            }
        }
    }

    /// `[]T{...}` and `map[K]V{...}`.
    fn composite_lit(&mut self, e: &Expr, ty: &Type, elts: &[Expr]) -> Operand {
        match ty {
            Type::Invalid => {
                for x in elts {
                    self.expr(x);
                }
                Operand::invalid()
            }
            Type::Slice(elem) if elts.iter().any(|x| matches!(x.kind, ExprKind::KeyValue(..))) => {
                // `[]T{2: x, y}`: an array literal of the needed length, sliced whole.
                self.array_lit(e, None, u64::from(u32::MAX), elem, elts);
                self.info.indexed_slice_lits.insert(e.id);
                Operand::value(ty.clone())
            }
            Type::Slice(elem) => {
                for x in elts {
                    self.element(x, elem, "slice literal");
                }
                self.info.exprs.insert(e.id, ExprInfo::SliceLit);
                Operand::value(ty.clone())
            }
            Type::Map(k, v) => {
                for x in elts {
                    let ExprKind::KeyValue(key, val) = &x.kind else {
                        self.error(x.span, "missing key in map literal");
                        continue;
                    };
                    self.element(key, k, "map literal");
                    self.element(val, v, "map literal");
                }
                self.info.exprs.insert(e.id, ExprInfo::MapLit);
                Operand::value(ty.clone())
            }
            other => match other.under() {
                Type::Struct(fields) => self.struct_lit(e, ty, &fields, elts),
                Type::Array(len, elem) => self.array_lit(e, Some(ty), len, &elem, elts),
                Type::Sync(kind) if elts.is_empty() => {
                    self.info.exprs.insert(e.id, ExprInfo::SyncLit(kind));
                    Operand::value(ty.clone())
                }
                Type::EmptyStruct if elts.is_empty() => {
                    let rt = self.rt(ty);
                    self.info.exprs.insert(e.id, ExprInfo::StructLit { ty: rt, fields: Vec::new() });
                    Operand::value(ty.clone())
                }
                Type::Slice(_) | Type::Map(..) => self.composite_lit(e, &other.under(), elts).with_type(ty.clone()),
                _ => {
                    self.error(e.span, format!("invalid composite literal type {}", other));
                    Operand::invalid()
                }
            },
        }
    }

    /// `T{a, b}` or `T{A: a}` for a struct type.
    fn struct_lit(&mut self, e: &Expr, ty: &Type, fields: &[FieldInfo], elts: &[Expr]) -> Operand {
        let keyed = elts.first().is_some_and(|x| matches!(x.kind, ExprKind::KeyValue(..)));
        let mut set = Vec::new();
        for (i, x) in elts.iter().enumerate() {
            match (&x.kind, keyed) {
                (ExprKind::KeyValue(k, v), true) => {
                    let ExprKind::Ident(name) = &k.kind else {
                        self.error(k.span, format!("invalid field name {} in struct literal", self.expr_string(k)));
                        continue;
                    };
                    let Some(fi) = fields.iter().position(|f| &f.name == name) else {
                        self.error(k.span, format!("unknown field '{}' in struct literal of type {}", name, ty));
                        self.expr(v);
                        continue;
                    };
                    if set.contains(&(fi as u16)) {
                        self.error(k.span, format!("duplicate field name {} in struct literal", name));
                    }
                    let ft = fields[fi].ty.clone();
                    self.element(v, &ft, "struct literal");
                    set.push(fi as u16);
                }
                (ExprKind::KeyValue(..), false) | (_, true) => {
                    self.error(x.span, "mixture of field:value and value elements in struct literal");
                }
                (_, false) => {
                    let Some(f) = fields.get(i) else {
                        self.error(x.span, format!("too many values in struct literal of type {}", ty));
                        break;
                    };
                    let ft = f.ty.clone();
                    self.element(x, &ft, "struct literal");
                    set.push(i as u16);
                }
            }
        }
        if !keyed && !elts.is_empty() && elts.len() < fields.len() {
            self.error(e.span.to(e.span), format!("too few values in struct literal of type {}", ty));
        }
        let rt = self.rt(ty);
        self.info.exprs.insert(e.id, ExprInfo::StructLit { ty: rt, fields: set });
        Operand::value(ty.clone())
    }

    /// `[N]T{a, b}` or `[N]T{2: x}`: each element's index, within the length.
    /// Without a type (`[...]T{...}`) the length is one past the largest index.
    fn array_lit(&mut self, e: &Expr, ty: Option<&Type>, len: u64, elem: &Type, elts: &[Expr]) -> Operand {
        let mut indexes: Vec<u32> = Vec::new();
        let mut next: i128 = 0;
        for x in elts {
            let v = match &x.kind {
                ExprKind::KeyValue(k, v) => {
                    let kop = self.expr(k);
                    match kop.mode {
                        Mode::Const(ConstVal::Int(i)) if kop.ty.is_integer() && i >= 0 => next = i,
                        _ if kop.is_invalid() => {}
                        _ => {
                            let d = self.describe(k, &kop);
                            self.error(k.span, format!("index {} must be integer constant", d));
                        }
                    }
                    if next >= len as i128 {
                        self.error(k.span, format!("invalid argument: index {} out of bounds [0:{}]", next, len));
                    }
                    &**v
                }
                _ => {
                    if next >= len as i128 {
                        self.error(x.span, format!("index {} is out of bounds (>= {})", next, len));
                    }
                    x
                }
            };
            if indexes.contains(&(next as u32)) {
                // Go reports a keyed element at its colon.
                let at = match &x.kind {
                    ExprKind::KeyValue(k, _) => {
                        let colon = self.src[k.span.end as usize..].find(':').unwrap_or(0) as u32 + k.span.end;
                        Span { start: colon, end: colon + 1 }
                    }
                    _ => x.span,
                };
                self.error(at, format!("duplicate index {} in array or slice literal", next));
            }
            self.element(v, elem, "array or slice literal");
            indexes.push(next as u32);
            next += 1;
        }
        let ty = match ty {
            Some(t) => t.clone(),
            None => {
                let n = indexes.iter().map(|&i| u64::from(i) + 1).max().unwrap_or(0);
                Type::Array(n, Rc::new(elem.clone()))
            }
        };
        let rt = self.rt(&ty);
        self.info.exprs.insert(e.id, ExprInfo::ArrayLit { ty: rt, indexes });
        Operand::value(ty)
    }

    /// One element of a composite literal, checked against the element type.
    fn element(&mut self, x: &Expr, t: &Type, context: &str) {
        // An element may elide its type: `{1, 2}` inside `[][]int{...}`.
        if let ExprKind::CompositeLit(None, inner) = &x.kind {
            // `{...}` for a `*T` element means `&T{...}`.
            if let Type::Pointer(elem) = t.under() {
                self.composite_lit(x, &elem, inner);
                if !matches!(*elem, Type::Sync(_)) {
                    self.info.boxed_lits.insert(x.id);
                }
                if matches!(elem.under(), Type::Array(..)) {
                    self.info.array_refs.insert(x.id);
                }
                return;
            }
            self.composite_lit(x, t, inner);
            return;
        }
        let op = self.expr(x);
        if !op.is_invalid() && self.single_value(x, &op) {
            self.assignable(x, &op, t, context);
        }
    }

    /// `x[i]` on a slice, string or map.
    fn index_expr(&mut self, e: &Expr, x: &Expr, i: &Expr) -> Operand {
        let xop = self.expr(x);
        let mut iop = self.expr(i);
        if xop.is_invalid() || iop.is_invalid() {
            return Operand::invalid();
        }
        match &xop.ty {
            Type::Map(k, v) => {
                self.assignable(i, &iop, k, "map index");
                let zero = self.zero(v);
                self.info.exprs.insert(e.id, ExprInfo::IndexMap(zero));
                return Operand { mode: Mode::CommaOk, ty: (**v).clone() };
            }
            Type::Slice(_) | Type::String | Type::UntypedString => {}
            _ if array_of(&xop.ty).is_some() => {}
            _ => {
                let d = self.describe(x, &xop);
                self.error(e.span, format!("invalid operation: cannot index {}", d));
                return Operand::invalid();
            }
        }
        self.int_from_float(i, &mut iop, &Type::Int("int"));
        if !iop.ty.is_integer() {
            let d = self.describe(i, &iop);
            self.error(i.span, not_integer(&iop, "invalid argument: index", d, "int"));
            return Operand::invalid();
        }
        if let Mode::Const(ConstVal::Int(n)) = iop.mode {
            if n < 0 {
                let d = self.describe(i, &iop);
                self.error(i.span, format!("invalid argument: index {} must not be negative", d));
                return Operand::invalid();
            }
        }
        if let Some((len, elem, through_ptr)) = array_of(&xop.ty) {
            return self.index_array(e, i, &iop, &xop, len, elem, through_ptr);
        }
        match &xop.ty {
            Type::Slice(elem) => {
                self.info.exprs.insert(e.id, ExprInfo::IndexSlice);
                Operand { mode: Mode::Var, ty: (**elem).clone() }
            }
            _ => {
                self.info.exprs.insert(e.id, ExprInfo::IndexString);
                Operand::value(Type::Int("byte"))
            }
        }
    }

    /// `a[i]` on an array or a pointer to one: a constant index must be in
    /// range; the element is assignable when the array is.
    #[allow(clippy::too_many_arguments)]
    fn index_array(
        &mut self,
        e: &Expr,
        i: &Expr,
        iop: &Operand,
        xop: &Operand,
        len: u64,
        elem: Type,
        through_ptr: bool,
    ) -> Operand {
        if let Mode::Const(ConstVal::Int(n)) = iop.mode {
            if n >= len as i128 {
                self.error(i.span, format!("invalid argument: index {} out of bounds [0:{}]", n, len));
                return Operand::invalid();
            }
        }
        let info = if through_ptr { ExprInfo::IndexArrayPtr } else { ExprInfo::IndexArray };
        self.info.exprs.insert(e.id, info);
        if array_levels(&elem) > 0 {
            self.info.array_levels.insert(e.id, array_levels(&elem));
        }
        let mode = if through_ptr || xop.mode == Mode::Var { Mode::Var } else { Mode::Value };
        Operand { mode, ty: elem }
    }

    fn ident(&mut self, e: &Expr, name: &str) -> Operand {
        if name == "_" {
            self.error(e.span, "cannot use _ as value");
            return Operand::invalid();
        }
        let Some(ent) = self.lookup(name) else {
            if name == "iota" {
                return self.iota_operand(e);
            }
            self.error(e.span, format!("undefined: {}", name));
            return Operand::invalid();
        };
        self.info.uses.insert(e.id, ent.clone());
        match ent {
            Entity::Var(v) => {
                self.use_var(v, true);
                Operand { mode: Mode::Var, ty: self.info.vars[v].ty.clone() }
            }
            Entity::Func(i) => {
                let _ = i;
                Operand::value(self.func_type_of(i))
            }
            Entity::Const(v, t) => {
                if t == Type::Invalid {
                    return Operand::invalid();
                }
                Operand { mode: Mode::Const(v), ty: t }
            }
            Entity::TypeName(t) => Operand { mode: Mode::Type, ty: t },
            Entity::Builtin(_) => Operand { mode: Mode::Builtin, ty: Type::Invalid },
            Entity::Package(i) => {
                self.imports_used[i] = true;
                Operand { mode: Mode::Package, ty: Type::Invalid }
            }
            Entity::Nil => Operand { mode: Mode::Value, ty: Type::UntypedNil },
        }
    }

    /// The predeclared `iota`: the index of the constant spec being checked.
    fn iota_operand(&mut self, e: &Expr) -> Operand {
        match self.iota {
            Some(v) => Operand { mode: Mode::Const(ConstVal::Int(v)), ty: Type::UntypedInt },
            None => {
                self.error(e.span, "cannot use iota outside constant declaration");
                Operand::invalid()
            }
        }
    }

    fn func_type_of(&self, idx: usize) -> Type {
        self.func_types.get(idx).cloned().unwrap_or(Type::Invalid)
    }

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &Ident) -> Operand {
        if let ExprKind::Ident(pkg) = &x.kind {
            if let Some(Entity::Package(i)) = self.lookup(pkg) {
                self.imports_used[i] = true;
                self.info.uses.insert(x.id, Entity::Package(i));
                let path = self.import_names.get(i).cloned().unwrap_or_default();
                if !SUPPORTED_PACKAGES.contains(&path.as_str()) {
                    return Operand::invalid();
                }
                match library::lookup(&path, &sel.name) {
                    Some(LibItem::Const(v, t)) => {
                        self.info.consts.insert(e.id, v.clone());
                        return Operand { mode: Mode::Const(v), ty: t };
                    }
                    Some(LibItem::Type(t)) => return Operand { mode: Mode::Type, ty: t },
                    Some(LibItem::Var(builtin, t)) => {
                        self.info.calls.insert(e.id, CallKind::Builtin(builtin));
                        return Operand { mode: Mode::Value, ty: t };
                    }
                    Some(LibItem::Func(f)) => return self.lib_func_value(e, pkg, sel, &path, f),
                    None => self.missing_package_name(e.span, pkg, sel, &path),
                }
                return Operand::invalid();
            }
        }
        let op = self.expr(x);
        if op.is_invalid() {
            return op;
        }
        if op.mode == Mode::Type {
            return self.method_expr(e, x, sel, &op.ty);
        }
        if let Type::Pointer(_) = op.ty.under() {
            self.info.ptr_exprs.insert(strip_parens(x).id);
        }
        match self.find_member(&op.ty, &sel.name) {
            Some((Member::Field(ty), path)) => {
                self.info.selections.insert(e.id, Selection::Field { path });
                let through_pointer = matches!(op.ty.under(), Type::Pointer(_));
                let mode = if op.mode == Mode::Var || through_pointer { Mode::Var } else { Mode::Value };
                Operand { mode, ty }
            }
            Some((Member::Method(m, value_is_pointer), path)) => {
                self.info.selections.insert(
                    e.id,
                    Selection::Method { func: m.func, path, pointer_receiver: m.pointer_receiver, value_is_pointer },
                );
                Operand { mode: Mode::Value, ty: Type::Func(m.sig.clone()) }
            }
            Some((Member::SyncField(builtin, ty), path)) => {
                self.info.selections.insert(e.id, Selection::SyncField { builtin, path });
                Operand { mode: Mode::Value, ty }
            }
            Some((Member::IfaceMethod(sig), _)) => {
                self.info.selections.insert(e.id, Selection::IfaceMethod { name: sel.name.clone() });
                Operand { mode: Mode::Value, ty: Type::Func(sig) }
            }
            Some((Member::Sync(kind, f), path)) => {
                let _ = kind;
                self.info.selections.insert(e.id, Selection::SyncMethod { builtin: f.builtin, path });
                Operand {
                    mode: Mode::Value,
                    ty: Type::Func(Rc::new(FuncType::new(f.params.clone(), f.results.clone()))),
                }
            }
            None => {
                let x_text = self.expr_string(x);
                self.error(
                    sel.span,
                    format!("{}.{} undefined (type {} has no field or method {})", x_text, sel.name, op.ty, sel.name),
                );
                Operand::invalid()
            }
        }
    }

    /// Whether `x` (a field selector chain or slice element) is addressable
    /// in a way interior pointers support: it ends at a variable (which then
    /// lives in a cell), a pointer, or a slice element.
    fn mark_addressable(&mut self, x: &Expr) -> bool {
        let mut cur = strip_parens(x);
        loop {
            if self.info.ptr_exprs.contains(&cur.id) && !std::ptr::eq(cur, strip_parens(x)) {
                return true;
            }
            match &cur.kind {
                ExprKind::Selector(inner, _) => {
                    if !matches!(self.info.selections.get(&cur.id), Some(Selection::Field { .. })) {
                        return false;
                    }
                    if self.info.ptr_exprs.contains(&strip_parens(inner).id) {
                        return true;
                    }
                    cur = strip_parens(inner);
                }
                ExprKind::Index(inner, _) => {
                    return match self.info.exprs.get(&cur.id) {
                        Some(ExprInfo::IndexSlice) | Some(ExprInfo::IndexArrayPtr) => true,
                        // `&a[i]` of an array variable: its elements move to a backing array.
                        Some(ExprInfo::IndexArray) => match self.backing_var(inner) {
                            Some((v, depth)) => {
                                self.mark_backed(v, depth);
                                true
                            }
                            // An array inside an addressable struct: a pointer into its place.
                            None => self.mark_addressable(inner),
                        },
                        _ => false,
                    };
                }
                ExprKind::Ident(_) => {
                    return match self.info.uses.get(&cur.id).cloned() {
                        Some(Entity::Var(v)) => {
                            self.info.vars[v].captured = true;
                            true
                        }
                        _ => false,
                    };
                }
                // `(*p).f`, `(*p)[i]`: inside what the pointer points to.
                ExprKind::Star(_) => return true,
                _ => return false,
            }
        }
    }

    /// Whether Go considers `e` addressable: a variable, a pointer
    /// indirection, a slice element, or a field or element of an
    /// addressable struct or array (`e` has been checked).
    fn go_addressable(&self, e: &Expr) -> bool {
        let e = strip_parens(e);
        match &e.kind {
            ExprKind::Ident(_) => matches!(self.info.uses.get(&e.id), Some(Entity::Var(_))),
            ExprKind::Star(_) => true,
            ExprKind::Index(x, _) => match self.info.exprs.get(&e.id) {
                Some(ExprInfo::IndexSlice) | Some(ExprInfo::IndexArrayPtr) => true,
                Some(ExprInfo::IndexArray) => self.go_addressable(x),
                _ => false,
            },
            ExprKind::Selector(x, _) => match self.info.selections.get(&e.id) {
                Some(Selection::Field { .. }) => {
                    self.info.ptr_exprs.contains(&strip_parens(x).id) || self.go_addressable(x)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// The array variable `x` names (depth 1), or whose element (depth 2),
    /// element's element (3), ... `x` is: its elements can move to backing
    /// arrays, that many levels deep.
    fn backing_var(&self, x: &Expr) -> Option<(VarId, u8)> {
        let x = strip_parens(x);
        match &x.kind {
            ExprKind::Ident(_) => match self.info.uses.get(&x.id) {
                Some(Entity::Var(v)) if matches!(self.info.vars[*v].ty.under(), Type::Array(..)) => Some((*v, 1)),
                _ => None,
            },
            ExprKind::Index(inner, _) if matches!(self.info.exprs.get(&x.id), Some(ExprInfo::IndexArray)) => {
                let (v, depth) = self.backing_var(inner)?;
                Some((v, depth.saturating_add(1)))
            }
            _ => None,
        }
    }

    /// Marks an array variable as living in backing arrays, `depth` levels
    /// deep (no effect on other variables).
    fn mark_backed(&mut self, v: VarId, depth: u8) {
        if matches!(self.info.vars[v].ty.under(), Type::Array(..)) {
            let b = &mut self.info.vars[v].backed;
            *b = (*b).max(depth);
        }
    }

    /// Checks `e`, an argument whose value is only read: a slice of an
    /// array that is not a variable may then be over a copy of it.
    fn read_only_expr(&mut self, e: &Expr) -> Operand {
        let saved = self.read_only_arg.replace(strip_parens(e).id);
        let op = self.expr(e);
        self.read_only_arg = saved;
        op
    }

    /// `a[lo:hi(:max)]` on an array or a pointer to one: the array must be
    /// addressable; a variable's elements move to a backing array, which the
    /// slice shares. Constant bounds are checked against the length.
    fn slice_array(&mut self, e: &Expr, x: &Expr, xop: &Operand, consts: [Option<(i128, Span)>; 3]) -> Operand {
        let Some((len, elem, through_ptr)) = array_of(&xop.ty) else { return Operand::invalid() };
        for (n, span) in consts.into_iter().flatten() {
            if n > len as i128 {
                self.error(span, format!("invalid argument: index {} out of bounds [0:{}]", n, len + 1));
                return Operand::invalid();
            }
        }
        if through_ptr {
            // Lowering checks the pointer for nil first.
            self.info.array_refs.insert(e.id);
        } else {
            if xop.mode != Mode::Var {
                let d = self.describe(x, xop);
                self.error(e.span, format!("invalid operation: {} (slice of unaddressable value)", d));
                return Operand::invalid();
            }
            let star = matches!(strip_parens(x).kind, ExprKind::Star(_));
            match self.backing_var(x) {
                Some((v, depth)) => self.mark_backed(v, depth),
                // `(*p)[lo:hi]` slices what the pointer points to.
                None if star => {}
                // Only read: a slice over a copy of the array is the same.
                None if self.read_only_arg == Some(e.id) && self.go_addressable(x) => {
                    self.info.array_snapshots.insert(e.id);
                }
                // Any other use: a slice over the array's place.
                None if self.go_addressable(x) && self.mark_addressable(x) => {
                    self.info.array_place_slices.insert(e.id);
                }
                None => {
                    self.error(e.span, "slicing an array that is not a variable is not supported yet");
                    return Operand::invalid();
                }
            }
        }
        self.info.exprs.insert(e.id, ExprInfo::SliceExpr);
        self.info.array_slices.insert(e.id, len);
        Operand::value(Type::Slice(Rc::new(elem)))
    }

    /// A method expression `T.M` or `(*T).M`: the method as a function whose
    /// first parameter is the receiver.
    fn method_expr(&mut self, e: &Expr, x: &Expr, sel: &Ident, recv: &Type) -> Operand {
        let (named, through_pointer) = match recv {
            Type::Pointer(p) => ((**p).clone(), true),
            t => (t.clone(), false),
        };
        let method = match &named {
            Type::Named(n) => n.methods.borrow().iter().find(|m| m.name == sel.name).cloned(),
            _ => None,
        };
        let text = self.expr_string(x);
        let Some(m) = method else {
            self.error(sel.span, format!("{}.{} undefined (type {} has no method {})", text, sel.name, recv, sel.name));
            return Operand::invalid();
        };
        if m.pointer_receiver && !through_pointer {
            self.error(
                e.span,
                format!(
                    "invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                    text, sel.name, named, sel.name
                ),
            );
            return Operand::invalid();
        }
        if through_pointer && !m.pointer_receiver {
            // `(*T).M` for a value method: a wrapper derefs the pointer, and
            // panics as Go's does when it is nil.
            let tname = match &named {
                Type::Named(n) => n.name.clone(),
                other => other.to_string(),
            };
            let message = format!("value method main.{}.{} called using nil *{} pointer", tname, sel.name, tname);
            let string = self.rt(&Type::String);
            self.info.selections.insert(
                e.id,
                Selection::PtrMethodExpr {
                    func: m.func,
                    name: format!("main.(*{}).{}", tname, sel.name),
                    params: m.sig.params.len() as u8,
                    results: m.sig.results.len() as u8,
                    message,
                    string,
                },
            );
        } else {
            self.info.selections.insert(e.id, Selection::MethodExpr { func: m.func });
        }
        let mut params = vec![recv.clone()];
        params.extend(m.sig.params.iter().cloned());
        let sig = FuncType { params, results: m.sig.results.clone(), variadic: m.sig.variadic };
        Operand { mode: Mode::Value, ty: Type::Func(Rc::new(sig)) }
    }

    /// Finds field or method `name` of a value of type `t`, looking through
    /// one pointer and, breadth first, through embedded fields, as Go does.
    fn find_member(&self, t: &Type, name: &str) -> Option<(Member, Vec<u16>)> {
        let deref = |t: &Type| -> (Type, bool) {
            match t.under() {
                Type::Pointer(e) => ((*e).clone(), true),
                _ => (t.clone(), false),
            }
        };
        if t.is_interface() {
            return t
                .interface_methods()
                .into_iter()
                .find(|(n, _)| n == name)
                .map(|(_, sig)| (Member::IfaceMethod(sig), Vec::new()));
        }
        if let Some(f) = library::basic_method(t, name) {
            return Some((Member::Sync(crate::ir::SyncKind::Mutex, f), Vec::new()));
        }
        let mut level = vec![(deref(t), Vec::<u16>::new())];
        for _ in 0..8 {
            let mut next = Vec::new();
            for ((ty, is_ptr), path) in &level {
                if let Type::Named(n) = ty {
                    if let Some(m) = n.methods.borrow().iter().find(|m| m.name == name) {
                        return Some((Member::Method(m.clone(), *is_ptr), path.clone()));
                    }
                }
                if let Type::Sync(k) = ty.under() {
                    if let Some(f) = library::method(k, name) {
                        return Some((Member::Sync(k, f), path.clone()));
                    }
                    if let Some((builtin, t)) = library::field(k, name) {
                        return Some((Member::SyncField(builtin, t), path.clone()));
                    }
                }
                if let Type::Struct(fields) = ty.under() {
                    for (i, f) in fields.iter().enumerate() {
                        let mut p = path.clone();
                        p.push(i as u16);
                        if f.name == name {
                            return Some((Member::Field(f.ty.clone()), p));
                        }
                        if f.embedded {
                            next.push((deref(&f.ty), p));
                        }
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        None
    }

    /// A method call on a `sync` value, if `func` is one.
    fn sync_method(&mut self, func: &Expr) -> Option<Option<LibFunc>> {
        let ExprKind::Selector(x, sel) = &strip_parens(func).kind else { return None };
        if let ExprKind::Ident(name) = &x.kind {
            if matches!(self.lookup(name), Some(Entity::Package(_))) {
                return None;
            }
        }
        let op = self.expr(x);
        if op.is_invalid() {
            return Some(None);
        }
        let kind = op.ty.sync_kind()?;
        match library::method(kind, &sel.name) {
            Some(m) => Some(Some(m)),
            None => {
                let d = self.describe(x, &op);
                self.error(
                    sel.span,
                    format!(
                        "{}.{} undefined (type {} has no field or method {})",
                        self.expr_string(x),
                        sel.name,
                        op.ty,
                        sel.name
                    ),
                );
                let _ = d;
                Some(None)
            }
        }
    }

    /// Checks call arguments against a library signature; returns the call's operand.
    fn lib_call(&mut self, e: &Expr, name: &str, f: &LibFunc, args: &[Expr]) -> Operand {
        let mut ok = true;
        if f.variadic_any && args.len() == 1 {
            // `fmt.Println(f())`: every result of a multi-value call is an argument.
            let saved = self.read_only_arg.replace(strip_parens(&args[0]).id);
            let op = self.expr_multi(&args[0]);
            self.read_only_arg = saved;
            if let Type::Tuple(ts) = &op.ty {
                let ids: Vec<TypeId> = ts.iter().map(|t| self.rt(&t.default_type())).collect();
                let boxes: Vec<Option<TypeId>> =
                    ts.iter().zip(ids).map(|(t, id)| (!t.is_interface()).then_some(id)).collect();
                self.info.tuple_conversions.insert(args[0].id, boxes);
                return match f.results.len() {
                    0 => Operand { mode: Mode::NoValue, ty: Type::Invalid },
                    1 => Operand::value(f.results[0].clone()),
                    _ => Operand::value(Type::Tuple(f.results.clone())),
                };
            }
            if op.is_invalid() || !self.single_value(&args[0], &op) {
                return Operand::invalid();
            }
            let op = if op.mode == Mode::CommaOk { Operand::value(op.ty) } else { op };
            if op.ty != Type::UntypedNil {
                self.assignable(&args[0], &op, &Type::Any, "argument");
            }
        } else if f.variadic_any {
            // The formatting functions only read their arguments.
            for a in args {
                let op = self.read_only_expr(a);
                if op.is_invalid() || !self.single_value(a, &op) {
                    ok = false;
                } else if op.ty != Type::UntypedNil {
                    self.assignable(a, &op, &Type::Any, "argument");
                }
            }
        } else if args.len() != f.params.len() {
            for a in args {
                self.expr(a);
            }
            let msg = if args.len() < f.params.len() { "not enough arguments" } else { "too many arguments" };
            self.error(e.span, format!("{} in call to {}", msg, name));
            ok = false;
        } else {
            // `strings.Join` only reads its slice.
            let reads = matches!(f.builtin, Builtin::Std(crate::ir::stdlib::StdFn::StringsJoin));
            for (a, t) in args.iter().zip(f.params.iter()) {
                let op = if reads { self.read_only_expr(a) } else { self.expr(a) };
                if op.is_invalid() || !self.single_value(a, &op) {
                    ok = false;
                    continue;
                }
                if f.builtin == Builtin::NewCond {
                    if let Some(i) = embedded_mutex(&op.ty) {
                        self.info.embedded_lockers.insert(a.id, i);
                        continue;
                    }
                }
                if !self.assignable(a, &op, t, &format!("argument to {}", name)) {
                    ok = false;
                }
            }
        }
        if !ok {
            return Operand::invalid();
        }
        match f.results.len() {
            0 => Operand { mode: Mode::NoValue, ty: Type::Invalid },
            1 => Operand::value(f.results[0].clone()),
            _ => Operand::value(Type::Tuple(f.results.clone())),
        }
    }

    /// A library function used as a value (`f := strings.ToUpper`): a
    /// wrapper function that makes the call. A formatting function takes
    /// its trailing arguments as one `[]any`, as its Go signature says.
    fn lib_func_value(&mut self, e: &Expr, pkg: &str, sel: &Ident, path: &str, f: LibFunc) -> Operand {
        let (params, variadic) = if f.variadic_any {
            match sel.name.as_str() {
                n if n.starts_with("Fprint") => {
                    self.error(e.span, format!("{}.{} as a function value is not supported yet", pkg, sel.name));
                    return Operand::invalid();
                }
                _ if path == "errors" => (vec![Type::Slice(Rc::new(super::types::error_type()))], true),
                n if n.ends_with('f') => (vec![Type::String, Type::Slice(Rc::new(Type::Any))], true),
                _ => (vec![Type::Slice(Rc::new(Type::Any))], true),
            }
        } else {
            (f.params.clone(), false)
        };
        self.info.lib_func_values.insert(
            e.id,
            LibFuncValue {
                builtin: f.builtin,
                name: format!("{}.{}", path, sel.name),
                params: params.len() as u8,
                spread: variadic,
            },
        );
        let sig = FuncType { params, results: f.results.clone(), variadic };
        Operand::value(Type::Func(Rc::new(sig)))
    }

    /// `fmt.Println(xs...)`, `fmt.Printf(format, xs...)`: a formatting
    /// function's fixed arguments, then a `[]any` whose elements are the rest.
    fn lib_spread_call(&mut self, e: &Expr, name: &str, f: &LibFunc, args: &[Expr]) -> Operand {
        if !f.variadic_any {
            self.error(e.span, format!("cannot use ... in call to non-variadic {}", name));
            for a in args {
                self.expr(a);
            }
            return Operand::invalid();
        }
        // The fixed parameters before `a ...any`: `w io.Writer` and `format string`.
        let short = name.rsplit('.').next().unwrap_or(name);
        let fixed = match short {
            "Fprintf" => 2,
            "Fprint" | "Fprintln" => 1,
            n if n.ends_with('f') => 1,
            _ => 0,
        };
        if args.len() != fixed + 1 {
            for a in args {
                self.expr(a);
            }
            let msg = if args.len() < fixed + 1 { "not enough arguments" } else { "too many arguments" };
            self.error(e.span, format!("{} in call to {}", msg, name));
            return Operand::invalid();
        }
        let mut ok = true;
        for a in &args[..fixed] {
            let op = self.expr(a);
            if op.is_invalid() || !self.single_value(a, &op) {
                ok = false;
            } else if op.ty != Type::UntypedNil {
                self.assignable(a, &op, &Type::Any, "argument");
            }
        }
        let last = &args[fixed];
        let op = self.expr(last);
        if op.is_invalid() || !self.single_value(last, &op) {
            return Operand::invalid();
        }
        // `errors.Join(errs...)` spreads a `[]error`; the formatting functions a `[]any`.
        let elem = if name.ends_with("errors.Join") { super::types::error_type() } else { Type::Any };
        if !self.assignable(last, &op, &Type::Slice(Rc::new(elem)), &format!("argument to {}", name)) || !ok {
            return Operand::invalid();
        }
        match f.results.len() {
            0 => Operand { mode: Mode::NoValue, ty: Type::Invalid },
            1 => Operand::value(f.results[0].clone()),
            _ => Operand::value(Type::Tuple(f.results.clone())),
        }
    }

    /// Reports `pkg.Name` that the library lacks: Go's `undefined: pkg.Name`
    /// (at the name) when Go 1.19's package has no such export, otherwise
    /// "not supported yet" for the whole selector.
    fn missing_package_name(&mut self, span: Span, pkg: &str, sel: &Ident, path: &str) {
        if super::exports::exists(path, &sel.name) {
            self.error(span, format!("{}.{} is not supported yet", pkg, sel.name));
        } else {
            self.error(sel.span, format!("undefined: {}.{}", pkg, sel.name));
        }
    }

    /// The library function a `pkg.Name` call denotes, if the machine has it.
    fn package_func(&mut self, func: &Expr) -> Option<Option<LibFunc>> {
        let ExprKind::Selector(x, sel) = &func.kind else {
            return None;
        };
        let ExprKind::Ident(pkg) = &x.kind else { return None };
        let Some(Entity::Package(i)) = self.lookup(pkg) else {
            return None;
        };
        self.imports_used[i] = true;
        self.info.uses.insert(x.id, Entity::Package(i));
        let path = self.import_names.get(i).cloned().unwrap_or_default();
        match library::lookup(&path, &sel.name) {
            Some(LibItem::Func(f)) => Some(Some(f)),
            // A conversion such as `time.Duration(n)` is not a library call.
            Some(LibItem::Type(_)) => None,
            Some(LibItem::Var(..)) => {
                self.error(func.span, format!("invalid operation: cannot call non-function {}.{}", pkg, sel.name));
                Some(None)
            }
            Some(LibItem::Const(..)) => {
                self.error(func.span, format!("invalid operation: cannot call non-function {}.{}", pkg, sel.name));
                Some(None)
            }
            None => {
                if SUPPORTED_PACKAGES.contains(&path.as_str()) {
                    self.missing_package_name(func.span, pkg, sel, &path);
                }
                Some(None)
            }
        }
    }

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], ellipsis: bool) -> Operand {
        let lib = match self.package_func(func) {
            Some(f) => Some((f, false)),
            None => self.sync_method(func).map(|f| (f, true)),
        };
        if let Some((f, is_method)) = lib {
            let Some(f) = f else {
                for a in args {
                    self.expr(a);
                }
                return Operand::invalid();
            };
            let name = self.expr_string(func);
            if ellipsis {
                let op = self.lib_spread_call(e, &name, &f, args);
                if !op.is_invalid() {
                    let kind = if is_method { CallKind::Method(f.builtin) } else { CallKind::Builtin(f.builtin) };
                    self.info.calls.insert(e.id, kind);
                    self.info.spread_calls.insert(e.id);
                }
                return op;
            }
            let op = self.lib_call(e, &name, &f, args);
            let kind = if is_method { CallKind::Method(f.builtin) } else { CallKind::Builtin(f.builtin) };
            self.info.calls.insert(e.id, kind);
            return op;
        }
        let fop = self.expr_multi(func);
        match fop.mode {
            Mode::Invalid => {
                for a in args {
                    self.expr(a);
                }
                return Operand::invalid();
            }
            Mode::Builtin => {
                let ExprKind::Ident(name) = &strip_parens(func).kind else {
                    return Operand::invalid();
                };
                if ellipsis && name != "append" {
                    self.error(e.span, format!("invalid operation: invalid use of ... with built-in {}", name));
                    return Operand::invalid();
                }
                return self.builtin_call(e, name, args, ellipsis);
            }
            Mode::Type => {
                // A conversion.
                if args.len() != 1 {
                    let msg = if args.is_empty() {
                        "missing argument in conversion to"
                    } else {
                        "too many arguments in conversion to"
                    };
                    self.error(e.span, format!("{} {}", msg, fop.ty));
                    return Operand::invalid();
                }
                let a = if fop.ty.is_string() { self.read_only_expr(&args[0]) } else { self.expr(&args[0]) };
                if a.is_invalid() {
                    return a;
                }
                if let Some(std) = string_conversion(&a.ty, &fop.ty) {
                    self.info.calls.insert(e.id, CallKind::Builtin(Builtin::Std(std)));
                    return Operand::value(fop.ty);
                }
                if fop.ty.is_interface() && !a.ty.is_interface() && a.ty != Type::UntypedNil {
                    // A conversion to an interface boxes the value, as an assignment does.
                    if let Some(missing) = self.missing_method(&a.ty, &fop.ty) {
                        let d = self.describe(&args[0], &a);
                        self.error(args[0].span, format!("cannot convert {} to type {}:\n\t{}", d, fop.ty, missing));
                        return Operand::invalid();
                    }
                    let dynamic = self.rt(&a.ty.default_type());
                    self.info.conversions.insert(args[0].id, dynamic);
                    self.info.calls.insert(e.id, CallKind::Convert);
                    return Operand::value(fop.ty);
                }
                let ok = match (&a.ty, &fop.ty) {
                    (f, t) if f.is_numeric() && t.is_numeric() => true,
                    (f, t) if f.is_integer() && t.is_string() && !f.is_untyped() || *f == Type::UntypedRune => true,
                    (f, t) if assignable_type(f, t) => true,
                    (f, t) if f.under() == t.under() => true,
                    _ => false,
                };
                if !ok {
                    {
                        let d = self.describe(&args[0], &a);
                        self.error(args[0].span, format!("cannot convert {} to type {}", d, fop.ty));
                    }
                    return Operand::invalid();
                }
                self.info.calls.insert(e.id, CallKind::Convert);
                if let Some(conv) = conversion(&a.ty, &fop.ty) {
                    if let Mode::Const(c) = &a.mode {
                        // A constant conversion is done now.
                        let folded = match (c, conv) {
                            (ConstVal::Int(i), Conv::ToFloat) => Some(ConstVal::Float(*i as f64)),
                            (ConstVal::Float(f), Conv::ToInt { .. }) if f.fract() == 0.0 => {
                                Some(ConstVal::Int(*f as i128))
                            }
                            (ConstVal::Int(i), Conv::RuneToString) => {
                                Some(ConstVal::Str(char::from_u32(*i as u32).unwrap_or('\u{FFFD}').to_string().into()))
                            }
                            (ConstVal::Float(f), Conv::ToFloat32) => Some(ConstVal::Float(*f as f32 as f64)),
                            _ => None,
                        };
                        let fits_target = match (&folded, &fop.ty.under()) {
                            (Some(ConstVal::Int(i)), Type::Int(name)) => fits(*i, name),
                            (Some(ConstVal::Float(f)), t) => float_fits(*f, t),
                            _ => true,
                        };
                        if !fits_target {
                            // Go shows a float constant that the conversion made an
                            // integer with all its digits.
                            let digits = match (c, &folded) {
                                (ConstVal::Float(f), Some(ConstVal::Int(_))) => Some(*f),
                                _ => None,
                            };
                            return self.cannot_convert(&args[0], &a, digits, &fop.ty);
                        }
                        if let Some(v) = folded {
                            return Operand { mode: Mode::Const(v), ty: fop.ty };
                        }
                        if let (ConstVal::Float(_), Conv::ToInt { .. }) = (c, conv) {
                            return self.cannot_convert(&args[0], &a, None, &fop.ty);
                        }
                    }
                    self.info.convs.insert(e.id, conv);
                }
                if let Mode::Const(ConstVal::Int(v)) = &a.mode {
                    if let Type::Int(name) = &fop.ty {
                        if !fits(*v, name) {
                            return self.cannot_convert(&args[0], &a, None, &fop.ty);
                        }
                    }
                }
                if let Mode::Const(v) = a.mode {
                    return Operand { mode: Mode::Const(v), ty: fop.ty };
                }
                return Operand::value(fop.ty);
            }
            Mode::Package => {
                self.error(func.span, format!("use of package {} without selector", self.expr_string(func)));
                return Operand::invalid();
            }
            _ => {}
        }
        match self.info.selections.get(&strip_parens(func).id).cloned() {
            Some(Selection::SyncMethod { builtin, .. }) => {
                let Type::Func(ft) = &fop.ty else { return Operand::invalid() };
                let f =
                    LibFunc { builtin, params: ft.params.clone(), results: ft.results.clone(), variadic_any: false };
                let name = self.expr_string(func);
                let op = self.lib_call(e, &name, &f, args);
                self.info.calls.insert(e.id, CallKind::Method(builtin));
                return op;
            }
            Some(Selection::Method { pointer_receiver: true, value_is_pointer: false, path, .. }) => {
                // `v.M()` with `func (t *T) M()`: Go takes `&v`, so v must live in a cell.
                let ExprKind::Selector(x, sel) = &strip_parens(func).kind else { return Operand::invalid() };
                let root = strip_parens(x);
                if !self.go_addressable(root) {
                    // Go's error; the operand is checked again only to name its type.
                    let t = self.expr(root).ty;
                    self.error(sel.span, format!("cannot call pointer method {} on {}", sel.name, t));
                    return Operand::invalid();
                }
                match (path.is_empty(), &root.kind, self.info.uses.get(&root.id).cloned()) {
                    (true, ExprKind::Ident(_), Some(Entity::Var(v))) => {
                        self.info.vars[v].captured = true;
                        self.mark_backed(v, 1);
                    }
                    _ if self.info.ptr_exprs.contains(&root.id) || self.mark_addressable(root) => {}
                    _ => {
                        self.error(
                            func.span,
                            "calling a pointer method on this value is not supported yet: call it through a pointer",
                        );
                        return Operand::invalid();
                    }
                }
            }
            _ => {}
        }
        let fty = fop.ty.under();
        let Type::Func(sig) = &fty else {
            if fop.ty != Type::Invalid {
                let d = self.describe(func, &fop);
                self.error(e.span, format!("invalid operation: cannot call non-function {}", d));
            }
            return Operand::invalid();
        };
        let sig = sig.clone();
        let mut failed = false;
        if ellipsis && !sig.variadic {
            self.error(e.span, format!("cannot use ... in call to non-variadic {}", self.expr_string(func)));
            failed = true;
        }
        // Arguments: either one multi-value call or one expression per parameter.
        let mut have: Vec<(Operand, usize)> = Vec::new();
        let multi_value_arg = args.len() == 1
            && (sig.params.len() > 1 || sig.variadic && matches!(strip_parens(&args[0]).kind, ExprKind::Call { .. }));
        if multi_value_arg {
            let op = self.expr_multi(&args[0]);
            match &op.ty {
                Type::Tuple(ts) => {
                    for t in ts {
                        have.push((Operand::value(t.clone()), 0));
                    }
                }
                _ if op.is_invalid() => failed = true,
                _ => have.push((op, 0)),
            }
        } else {
            for (i, a) in args.iter().enumerate() {
                let op = self.expr(a);
                if op.is_invalid() {
                    failed = true;
                } else if !self.single_value(a, &op) {
                    failed = true;
                }
                have.push((op, i));
            }
        }
        let results = sig.results.len();
        let result_op = match results {
            0 => Operand { mode: Mode::NoValue, ty: Type::Invalid },
            1 => Operand::value(sig.results[0].clone()),
            _ => Operand::value(Type::Tuple(sig.results.clone())),
        };
        let kind = match self.info.selections.get(&strip_parens(func).id) {
            Some(Selection::Method { .. }) => CallKind::MethodCall { results: results as u8 },
            Some(Selection::IfaceMethod { .. }) => CallKind::IfaceCall { results: results as u8 },
            _ => CallKind::Func { results: results as u8 },
        };
        self.info.calls.insert(e.id, kind);
        if failed {
            return result_op;
        }
        // A variadic call without `...` packs the extra arguments into a slice.
        let fixed = sig.params.len() - usize::from(sig.variadic);
        let mut want = sig.params.clone();
        if sig.variadic && !ellipsis && have.len() >= fixed {
            let elem = match sig.params.last() {
                Some(Type::Slice(elem)) => (**elem).clone(),
                _ => Type::Invalid,
            };
            want.truncate(fixed);
            want.resize(have.len(), elem);
            self.info.variadic_packs.insert(e.id, (have.len() - fixed) as u8);
        }
        if have.len() != want.len() {
            let msg = if have.len() < want.len() { "not enough arguments" } else { "too many arguments" };
            let have_s: Vec<String> = have
                .iter()
                .map(|(o, _)| match &o.ty {
                    Type::UntypedInt | Type::UntypedRune | Type::UntypedFloat => "number".to_string(),
                    t => t.default_type().to_string(),
                })
                .collect();
            let at = if have.len() < want.len() {
                // Go points at the last argument, or at `)` when there is none.
                match args.last() {
                    Some(a) => a.span,
                    None => Span { start: e.span.end.saturating_sub(1), end: e.span.end },
                }
            } else {
                args[want.len().min(args.len() - 1)].span
            };
            self.error(
                at,
                format!(
                    "{} in call to {}\n\thave ({})\n\twant {}",
                    msg,
                    self.expr_string(func),
                    have_s.join(", "),
                    sig.params_string()
                ),
            );
            return result_op;
        }
        let fname = self.expr_string(func);
        for ((op, i), t) in have.iter().zip(want.iter()) {
            let a = &args[*i];
            self.assignable(a, op, t, &format!("argument to {}", fname));
        }
        result_op
    }

    fn builtin_call(&mut self, e: &Expr, name: &str, args: &[Expr], ellipsis_call: bool) -> Operand {
        let nargs = |c: &mut Self, min: usize, max: usize| -> bool {
            if args.len() < min {
                c.error(
                    e.span,
                    format!("not enough arguments for {} (expected {}, found {})", c.expr_string(e), min, args.len()),
                );
                false
            } else if args.len() > max {
                c.error(
                    e.span,
                    format!("too many arguments for {} (expected {}, found {})", c.expr_string(e), max, args.len()),
                );
                false
            } else {
                true
            }
        };
        match name {
            "len" | "cap" => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let op = self.read_only_expr(&args[0]);
                if op.is_invalid() {
                    return op;
                }
                if let Some((len, _, _)) = array_of(&op.ty) {
                    // The length of an array is a constant when evaluating it has no effects.
                    if is_plain_operand(&args[0]) || without_calls(&args[0]) {
                        return Operand { mode: Mode::Const(ConstVal::Int(len as i128)), ty: Type::Int("int") };
                    }
                }
                let ok = match &op.ty.under() {
                    t if array_of(t).is_some() => true,
                    Type::Chan(..) | Type::Slice(_) => true,
                    Type::String | Type::UntypedString | Type::Map(..) => name == "len",
                    _ => false,
                };
                if !ok {
                    let d = self.describe(&args[0], &op);
                    self.error(args[0].span, format!("invalid argument: {} for built-in {}", d, name));
                    return Operand::invalid();
                }
                if let (Mode::Const(ConstVal::Str(s)), "len") = (&op.mode, name) {
                    return Operand { mode: Mode::Const(ConstVal::Int(s.len() as i128)), ty: Type::Int("int") };
                }
                let b = if name == "len" { Builtin::Len } else { Builtin::Cap };
                self.info.calls.insert(e.id, CallKind::Builtin(b));
                Operand::value(Type::Int("int"))
            }
            "make" => {
                if args.is_empty() {
                    self.error(
                        e.span,
                        format!("not enough arguments for {} (expected 1, found 0)", self.expr_string(e)),
                    );
                    return Operand::invalid();
                }
                let t = self.resolve_type(&args[0]);
                if t == Type::Invalid {
                    return Operand::invalid();
                }
                if let Type::Slice(_) | Type::Map(..) = &t {
                    return self.make_slice_or_map(e, t, args);
                }
                let Type::Chan(_, elem) = &t else {
                    if t != Type::Invalid {
                        self.error(
                            args[0].span,
                            format!(
                                "invalid argument: cannot make {}; type must be slice, map, or channel",
                                self.expr_string(&args[0])
                            ),
                        );
                    }
                    return Operand::invalid();
                };
                if args.len() > 2 {
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: {} expects 1 or 2 arguments; found {}",
                            self.expr_string(e),
                            args.len()
                        ),
                    );
                    return Operand::invalid();
                }
                if let Some(n) = args.get(1) {
                    let mut op = self.expr(n);
                    if op.is_invalid() {
                        return Operand::invalid();
                    }
                    self.int_from_float(n, &mut op, &Type::Int("int"));
                    if !op.ty.is_integer() {
                        let d = self.describe(n, &op);
                        self.error(n.span, size_not_integer(&op, d));
                        return Operand::invalid();
                    }
                    if let Mode::Const(ConstVal::Int(v)) = op.mode {
                        if v < 0 {
                            self.error(
                                n.span,
                                format!(
                                    "invalid argument: index {} (constant of type int) must not be negative",
                                    self.expr_string(n)
                                ),
                            );
                            return Operand::invalid();
                        }
                    }
                }
                let zero = self.zero(elem);
                self.info.calls.insert(e.id, CallKind::MakeChan(zero));
                Operand::value(t)
            }
            "append" => {
                if args.is_empty() {
                    self.error(e.span, "not enough arguments for append() (expected 1, found 0)");
                    return Operand::invalid();
                }
                let sop = self.expr(&args[0]);
                if sop.is_invalid() {
                    return sop;
                }
                let Type::Slice(elem) = &sop.ty.under() else {
                    let d = self.describe(&args[0], &sop);
                    self.error(args[0].span, format!("invalid argument: {} is not a slice", d));
                    return Operand::invalid();
                };
                let elem = (**elem).clone();
                if ellipsis_call {
                    if args.len() != 2 {
                        self.error(e.span, "can only use ... with final argument in list");
                        return Operand::invalid();
                    }
                    let op = self.read_only_expr(&args[1]);
                    // Go's special case: `append(bytes, text...)` appends a string's bytes.
                    let string_to_bytes = matches!(elem.under(), Type::Int("uint8" | "byte")) && op.ty.is_string();
                    if !op.is_invalid() && !string_to_bytes {
                        self.assignable(&args[1], &op, &sop.ty, "argument to append");
                    }
                } else {
                    for a in &args[1..] {
                        self.element(a, &elem, "argument to append");
                    }
                }
                let elem_size = super::go_size::size_align(&elem).0.min(u64::from(u32::MAX)) as u32;
                self.info.calls.insert(e.id, CallKind::Append { spread: ellipsis_call, elem_size });
                Operand::value(sop.ty)
            }
            "delete" => {
                if !nargs(self, 2, 2) {
                    return Operand::invalid();
                }
                let mop = self.expr(&args[0]);
                let kop = self.expr(&args[1]);
                if mop.is_invalid() || kop.is_invalid() {
                    return Operand::invalid();
                }
                let Type::Map(k, _) = &mop.ty.under() else {
                    let d = self.describe(&args[0], &mop);
                    self.error(args[0].span, format!("invalid argument: {} is not a map", d));
                    return Operand::invalid();
                };
                let k = (**k).clone();
                self.assignable(&args[1], &kop, &k, "argument to delete");
                self.info.calls.insert(e.id, CallKind::Delete);
                Operand { mode: Mode::NoValue, ty: Type::Invalid }
            }
            "copy" => {
                if !nargs(self, 2, 2) {
                    return Operand::invalid();
                }
                let d = self.expr(&args[0]);
                let s = self.read_only_expr(&args[1]);
                if d.is_invalid() || s.is_invalid() {
                    return Operand::invalid();
                }
                // `copy(dst []byte, src string)` copies the string's bytes.
                let bytes_from_string = matches!(d.ty.under(), Type::Slice(ref el) if matches!(**el, Type::Int("byte") | Type::Int("uint8")))
                    && (s.ty.is_string() || s.ty == Type::UntypedString);
                if !bytes_from_string && (!matches!(d.ty, Type::Slice(_)) || d.ty != s.ty) {
                    self.error(
                        e.span,
                        format!("invalid argument: copy expects slice arguments; found {} and {}", d.ty, s.ty),
                    );
                    return Operand::invalid();
                }
                self.info.calls.insert(e.id, CallKind::Copy);
                Operand::value(Type::Int("int"))
            }
            "close" => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let op = self.expr(&args[0]);
                if op.is_invalid() {
                    return Operand::invalid();
                }
                match &op.ty {
                    Type::Chan(ChanDir::Recv, _) => {
                        let d = self.describe(&args[0], &op);
                        self.error(args[0].span, format!("invalid operation: cannot close receive-only channel {}", d));
                        return Operand::invalid();
                    }
                    Type::Chan(..) => {}
                    _ => {
                        let d = self.describe(&args[0], &op);
                        self.error(args[0].span, format!("invalid operation: cannot close non-channel {}", d));
                        return Operand::invalid();
                    }
                }
                self.info.calls.insert(e.id, CallKind::Close);
                Operand { mode: Mode::NoValue, ty: Type::Invalid }
            }
            "panic" => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let op = self.expr(&args[0]);
                if op.is_invalid() || !self.single_value(&args[0], &op) {
                    return Operand::invalid();
                }
                self.assignable(&args[0], &op, &Type::Any, "argument to panic");
                self.info.calls.insert(e.id, CallKind::Builtin(Builtin::Panic));
                Operand { mode: Mode::NoValue, ty: Type::Invalid }
            }
            "new" => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let t = self.resolve_type(&args[0]);
                if t == Type::Invalid {
                    return Operand::invalid();
                }
                let zero = self.zero(&t);
                self.info.exprs.insert(e.id, ExprInfo::New(zero));
                if matches!(t.under(), Type::Array(..)) {
                    self.info.array_refs.insert(e.id);
                }
                self.info.calls.insert(e.id, CallKind::Convert);
                Operand::value(Type::Pointer(Rc::new(t)))
            }
            "recover" => {
                if !nargs(self, 0, 0) {
                    return Operand::invalid();
                }
                self.info.calls.insert(e.id, CallKind::Builtin(Builtin::Recover));
                Operand::value(Type::Any)
            }
            "print" => {
                for a in args {
                    let op = self.expr(a);
                    if op.is_invalid() || !self.single_value(a, &op) {
                        return Operand::invalid();
                    }
                }
                self.info.calls.insert(e.id, CallKind::Builtin(Builtin::Print));
                Operand { mode: Mode::NoValue, ty: Type::Invalid }
            }
            "println" => {
                for a in args {
                    let op = self.expr(a);
                    if op.is_invalid() || !self.single_value(a, &op) {
                        return Operand::invalid();
                    }
                }
                self.info.calls.insert(e.id, CallKind::Builtin(Builtin::Println));
                Operand { mode: Mode::NoValue, ty: Type::Invalid }
            }
            other => {
                for a in args {
                    let _ = a;
                }
                self.error(e.span, format!("built-in {} is not supported yet", other));
                Operand::invalid()
            }
        }
    }

    /// `make([]T, len[, cap])` and `make(map[K]V[, hint])`.
    fn make_slice_or_map(&mut self, e: &Expr, t: Type, args: &[Expr]) -> Operand {
        let is_slice = matches!(t, Type::Slice(_));
        let (min, max) = if is_slice { (2, 3) } else { (1, 2) };
        if args.len() < min || args.len() > max {
            let what = if args.len() < min { "not enough" } else { "too many" };
            self.error(e.span, format!("invalid operation: {} arguments for {}", what, self.expr_string(e)));
            return Operand::invalid();
        }
        for n in &args[1..] {
            let mut op = self.expr(n);
            if op.is_invalid() {
                return Operand::invalid();
            }
            self.int_from_float(n, &mut op, &Type::Int("int"));
            if !op.ty.is_integer() {
                let d = self.describe(n, &op);
                self.error(n.span, size_not_integer(&op, d));
                return Operand::invalid();
            }
        }
        let kind = match &t {
            Type::Slice(elem) => CallKind::MakeSlice(self.zero(elem)),
            _ => CallKind::MakeMap,
        };
        self.info.calls.insert(e.id, kind);
        Operand::value(t)
    }

    fn unary(&mut self, e: &Expr, op: UnaryOp, x: &Expr) -> Operand {
        if op == UnaryOp::Recv {
            let ch = self.expr(x);
            if ch.is_invalid() {
                return ch;
            }
            return match &ch.ty {
                Type::Chan(ChanDir::Send, _) => {
                    let d = self.describe(x, &ch);
                    self.error(x.span, format!("invalid operation: cannot receive from send-only channel {}", d));
                    Operand::invalid()
                }
                Type::Chan(_, elem) => Operand { mode: Mode::CommaOk, ty: (**elem).clone() },
                _ => {
                    let d = self.describe(x, &ch);
                    self.error(e.span, format!("invalid operation: cannot receive from non-channel {}", d));
                    Operand::invalid()
                }
            };
        }
        let v = self.expr(x);
        if v.is_invalid() || !self.single_value(x, &v) {
            return Operand::invalid();
        }
        let (ok, sym) = match op {
            UnaryOp::Neg | UnaryOp::Plus => (v.ty.is_numeric(), if op == UnaryOp::Neg { "-" } else { "+" }),
            UnaryOp::Not => (v.ty.is_bool(), "!"),
            UnaryOp::Xor => (v.ty.is_integer(), "^"),
            UnaryOp::Addr => {
                if matches!(v.ty, Type::Sync(_)) {
                    // `&mu` and `&sync.WaitGroup{}` are the object's handle itself.
                    return Operand::value(Type::Pointer(Rc::new(v.ty)));
                }
                let inner = strip_parens(x);
                if let ExprKind::CompositeLit(..) = inner.kind {
                    self.info.exprs.insert(e.id, ExprInfo::AddrOfLit);
                    if matches!(v.ty.under(), Type::Array(..)) {
                        self.info.array_refs.insert(e.id);
                    }
                    return Operand::value(Type::Pointer(Rc::new(v.ty)));
                }
                if let (ExprKind::Ident(_), Some(Entity::Var(var))) =
                    (&inner.kind, self.info.uses.get(&inner.id).cloned())
                {
                    // The variable lives in a cell, which the pointer refers to
                    // (a package-level one holds the pointer in its global slot);
                    // an array's elements live in a backing array instead.
                    self.info.vars[var].captured = true;
                    self.mark_backed(var, 1);
                    self.info.exprs.insert(e.id, ExprInfo::AddrOfVar);
                    return Operand::value(Type::Pointer(Rc::new(v.ty)));
                }
                if v.mode != Mode::Var {
                    let d = self.describe(x, &v);
                    self.error(x.span, format!("invalid operation: cannot take address of {}", d));
                } else if self.mark_addressable(x) {
                    self.info.exprs.insert(e.id, ExprInfo::AddrOfInterior);
                    return Operand::value(Type::Pointer(Rc::new(v.ty)));
                } else {
                    self.error(e.span, "taking the address of an array element is not supported yet");
                }
                return Operand::invalid();
            }
            _ => (false, "~"),
        };
        if !ok {
            let d = self.describe(x, &v);
            self.error(e.span, format!("invalid operation: operator {} not defined on {}", sym, d));
            return Operand::invalid();
        }
        if let Mode::Const(c) = &v.mode {
            let r = match (op, c) {
                (UnaryOp::Neg, ConstVal::Int(i)) => Some(ConstVal::Int(-i)),
                (UnaryOp::Neg, ConstVal::Float(f)) => Some(const_float(-f)),
                (UnaryOp::Plus, ConstVal::Float(f)) => Some(ConstVal::Float(*f)),
                (UnaryOp::Plus, ConstVal::Int(i)) => Some(ConstVal::Int(*i)),
                (UnaryOp::Not, ConstVal::Bool(b)) => Some(ConstVal::Bool(!b)),
                (UnaryOp::Xor, ConstVal::Int(i)) if v.ty.is_untyped() || v.ty == Type::Int("int") => {
                    Some(ConstVal::Int(!i))
                }
                _ => None,
            };
            if let Some(r) = r {
                return Operand { mode: Mode::Const(r), ty: v.ty };
            }
        }
        Operand::value(v.ty)
    }

    fn binary_operands(&mut self, e: &Expr, op: BinaryOp, x: &Expr, l: Operand, y: &Expr, r: Operand) -> Operand {
        if l.is_invalid() || r.is_invalid() {
            return Operand::invalid();
        }
        if !self.single_value(x, &l) || !self.single_value(y, &r) {
            return Operand::invalid();
        }
        let text = self.expr_string(e);
        let (mut l, mut r) = (l, r);
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            self.int_from_float(y, &mut r, &Type::Int("uint"));
        } else if l.ty.is_untyped() != r.ty.is_untyped() {
            // An integral float constant beside an integer operand is an integer (`n * 2.0`).
            if l.ty.is_untyped() {
                self.int_from_float(x, &mut l, &r.ty.clone());
            } else {
                self.int_from_float(y, &mut r, &l.ty.clone());
            }
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            if let (Mode::Const(ConstVal::Int(a)), Mode::Const(ConstVal::Int(b))) = (&l.mode, &r.mode) {
                if (0..100).contains(b) {
                    let v = if op == BinaryOp::Shl { a.checked_shl(*b as u32).unwrap_or(0) } else { a >> b };
                    return Operand { mode: Mode::Const(ConstVal::Int(v)), ty: l.ty };
                }
            }
            // A shift's type is its left operand's; the count must be an integer.
            if !l.ty.is_integer() {
                let d = self.describe(x, &l);
                self.error(e.span, format!("invalid operation: shifted operand {} must be integer", d));
                return Operand::invalid();
            }
            if !r.ty.is_integer() {
                let d = self.describe(y, &r);
                self.error(y.span, not_integer(&r, "invalid operation: shift count", d, "uint"));
                return Operand::invalid();
            }
            return Operand::value(l.ty.default_type());
        }
        // Bring untyped operands to the other side's type.
        let ty = match (l.ty.is_untyped(), r.ty.is_untyped()) {
            (false, false) => {
                if l.ty != r.ty {
                    self.error(e.span, format!("invalid operation: {} (mismatched types {} and {})", text, l.ty, r.ty));
                    return Operand::invalid();
                }
                l.ty.clone()
            }
            (true, true) => {
                if l.ty == Type::UntypedNil || r.ty == Type::UntypedNil {
                    if op.is_comparison() && l.ty == r.ty {
                        self.error(
                            e.span,
                            format!("invalid operation: {} (operator {} not defined on nil)", text, op.text()),
                        );
                    } else {
                        self.error(
                            e.span,
                            format!("invalid operation: {} (mismatched types {} and {})", text, l.ty, r.ty),
                        );
                    }
                    return Operand::invalid();
                }
                let rank = |t: &Type| match t {
                    Type::UntypedInt => 1,
                    Type::UntypedRune => 2,
                    Type::UntypedFloat => 3,
                    _ => 0,
                };
                if rank(&l.ty) > 0 && rank(&r.ty) > 0 {
                    if rank(&l.ty) >= rank(&r.ty) {
                        l.ty.clone()
                    } else {
                        r.ty.clone()
                    }
                } else if l.ty == r.ty {
                    l.ty.clone()
                } else {
                    self.error(e.span, format!("invalid operation: {} (mismatched types {} and {})", text, l.ty, r.ty));
                    return Operand::invalid();
                }
            }
            (true, false) | (false, true) => {
                let (u, ue, t) = if l.ty.is_untyped() { (&l, x, &r.ty) } else { (&r, y, &l.ty) };
                if !assignable_type(&u.ty, t) {
                    if u.ty == Type::UntypedNil {
                        self.error(
                            e.span,
                            format!("invalid operation: {} (mismatched types {} and untyped nil)", text, t),
                        );
                    } else if matches!(u.mode, Mode::Const(ConstVal::Float(_))) && t.under().is_integer() {
                        let d = self.describe(ue, u);
                        // Go names the underlying type here (`truncated to int64` for a `time.Duration`).
                        let under = match t.under() {
                            Type::Int("time.Duration") => "int64".to_string(),
                            u => u.to_string(),
                        };
                        self.error(ue.span, format!("{} truncated to {}", d, under));
                    } else if matches!(u.mode, Mode::Const(_)) && compatible_kind(&u.ty, t) {
                        let d = self.describe(ue, u);
                        self.error(ue.span, format!("cannot use {} as {} value in {}", d, t, "expression"));
                    } else {
                        let (a, b) = if l.ty.is_untyped() { (&u.ty, t) } else { (t, &u.ty) };
                        self.error(e.span, format!("invalid operation: {} (mismatched types {} and {})", text, a, b));
                    }
                    return Operand::invalid();
                }
                t.clone()
            }
        };
        if ty.is_float() {
            self.float_const(x);
            self.float_const(y);
        }
        // Operator applicability.
        let ok = match op {
            BinaryOp::Add => ty.is_numeric() || ty.is_string(),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo => ty.is_numeric(),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => ty.is_integer(),
            BinaryOp::LAnd | BinaryOp::LOr => ty.is_bool(),
            BinaryOp::Eql | BinaryOp::Neq => {
                !matches!(ty, Type::Func(_)) || r.ty == Type::UntypedNil || l.ty == Type::UntypedNil
            }
            BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq => ty.is_ordered(),
            _ => false,
        };
        if !ok {
            let (oe, oo) = if l.ty.is_untyped() && !r.ty.is_untyped() { (y, &r) } else { (x, &l) };
            let d = self.describe(oe, oo);
            if op.is_comparison() && matches!(ty, Type::Func(_)) {
                self.error(e.span, format!("invalid operation: {} (func can only be compared to nil)", text));
            } else {
                self.error(e.span, format!("invalid operation: operator {} not defined on {}", op.text(), d));
            }
            return Operand::invalid();
        }
        if matches!(op, BinaryOp::Quo | BinaryOp::Rem) {
            if let Mode::Const(ConstVal::Int(0)) = r.mode {
                self.error(y.span, "invalid operation: division by zero");
                return Operand::invalid();
            }
        }
        let result_ty = if op.is_comparison() { Type::UntypedBool } else { ty.clone() };
        if let (Mode::Const(a), Mode::Const(b)) = (&l.mode, &r.mode) {
            let float = result_ty.is_float();
            if let Some(v) = fold(op, a, b).map(|v| match (v, float) {
                (ConstVal::Int(i), true) => ConstVal::Float(i as f64),
                (v, _) => v,
            }) {
                if let (ConstVal::Int(i), Type::Int(name)) = (&v, &result_ty) {
                    if !fits(*i, name) {
                        self.error(e.span, format!("constant {} overflows {}", i, name));
                        return Operand::invalid();
                    }
                }
                return Operand { mode: Mode::Const(v), ty: result_ty };
            }
        }
        Operand::value(if op.is_comparison() { Type::UntypedBool } else { ty.default_type() })
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {}", word)
    } else {
        format!("{} {}s", n, word)
    }
}

/// Whether an untyped constant of kind `u` could in principle be a `t`.
fn compatible_kind(u: &Type, t: &Type) -> bool {
    (u.is_numeric() && t.is_numeric()) || (u.is_string() && t.is_string()) || (u.is_bool() && t.is_bool())
}

/// Whether a value of type `from` may be assigned to `to`.
pub fn assignable_type(from: &Type, to: &Type) -> bool {
    if from == to {
        return true;
    }
    match (from, to) {
        (Type::UntypedInt | Type::UntypedRune, Type::Int(_)) => true,
        (Type::UntypedInt | Type::UntypedRune | Type::UntypedFloat, Type::Float(_)) => true,
        (f, Type::Named(_)) if f.is_untyped() && *f != Type::UntypedNil => assignable_type(f, &to.under()),
        // Identical underlying types, and at least one side is not a named type.
        (f, t)
            if !f.is_untyped()
                && (!matches!(f, Type::Named(_)) || !matches!(t, Type::Named(_)))
                && matches!(
                    f.under(),
                    Type::Func(_)
                        | Type::Slice(_)
                        | Type::Map(..)
                        | Type::Chan(..)
                        | Type::Struct(_)
                        | Type::Pointer(_)
                )
                && f.under() == t.under() =>
        {
            true
        }
        (Type::UntypedBool, Type::Bool) => true,
        (Type::UntypedString, Type::String) => true,
        (Type::UntypedNil, t) => t.is_nillable(),
        (Type::Tuple(_) | Type::Invalid, Type::Any) => false,
        (_, Type::Any) => true,
        (Type::Chan(ChanDir::Both, a), Type::Chan(_, b)) => a == b,
        _ => false,
    }
}

/// Go's message for a non-integer where an integer must be: an untyped float
/// constant is "truncated to" the integer type (`1.5 (untyped float
/// constant) truncated to int`), anything else "must be integer".
fn not_integer(op: &Operand, what: &str, d: String, int: &str) -> String {
    if matches!(op.mode, Mode::Const(ConstVal::Float(_))) && op.ty == Type::UntypedFloat {
        format!("{} truncated to {}", d, int)
    } else {
        format!("{} {} must be integer", what, d)
    }
}

/// Go 1.19's message for a size (`make`'s length or capacity) that is not an
/// integer: an untyped constant is converted to `int` and fails, anything
/// else is checked as an index.
fn size_not_integer(op: &Operand, d: String) -> String {
    match op.mode {
        Mode::Const(ConstVal::Float(_)) if op.ty == Type::UntypedFloat => format!("{} truncated to int", d),
        Mode::Const(_) if op.ty.is_untyped() => format!("cannot convert {} to int", d),
        _ => format!("invalid argument: index {} must be integer", d),
    }
}

/// Whether a float constant is finite as a value of type `t` (its
/// underlying type): `float32` overflows past about 3.4e38.
fn float_fits(v: f64, t: &Type) -> bool {
    match t {
        Type::Float(name) if *name == "float32" => (v as f32).is_finite(),
        Type::Float(_) | Type::UntypedFloat => v.is_finite(),
        _ => true,
    }
}

/// The decimal digits of an integral float constant, as Go prints an exact
/// integer (`10000…0` for `1e100`): the shortest digits that read back as
/// `v`, padded with zeros.
fn integer_digits(v: f64) -> String {
    let e = crate::float_format::format_float(v, b'e', -1, 64);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let (sign, mant) = if let Some(m) = mant.strip_prefix('-') { ("-", m) } else { ("", mant) };
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = format!("{}{}", sign, digits);
    for _ in digits.len() as i64..exp + 1 {
        out.push('0');
    }
    out
}

/// Whether an integer constant fits the named integer type.
fn fits(v: i128, name: &str) -> bool {
    let (lo, hi): (i128, i128) = match super::types::canonical_int(name) {
        "int8" => (i8::MIN as i128, i8::MAX as i128),
        "int16" => (i16::MIN as i128, i16::MAX as i128),
        "int32" => (i32::MIN as i128, i32::MAX as i128),
        "uint8" => (0, u8::MAX as i128),
        "uint16" => (0, u16::MAX as i128),
        "uint32" => (0, u32::MAX as i128),
        "uint" | "uint64" | "uintptr" => (0, u64::MAX as i128),
        _ => (i64::MIN as i128, i64::MAX as i128),
    };
    v >= lo && v <= hi
}

fn fold(op: BinaryOp, a: &ConstVal, b: &ConstVal) -> Option<ConstVal> {
    use BinaryOp::*;
    Some(match (a, b) {
        (ConstVal::Int(x), ConstVal::Int(y)) => match op {
            Add => ConstVal::Int(x.checked_add(*y)?),
            Sub => ConstVal::Int(x.checked_sub(*y)?),
            Mul => ConstVal::Int(x.checked_mul(*y)?),
            Quo => ConstVal::Int(x.checked_div(*y)?),
            Rem => ConstVal::Int(x.checked_rem(*y)?),
            And => ConstVal::Int(x & y),
            Or => ConstVal::Int(x | y),
            Xor => ConstVal::Int(x ^ y),
            AndNot => ConstVal::Int(x & !y),
            Eql => ConstVal::Bool(x == y),
            Neq => ConstVal::Bool(x != y),
            Lss => ConstVal::Bool(x < y),
            Leq => ConstVal::Bool(x <= y),
            Gtr => ConstVal::Bool(x > y),
            Geq => ConstVal::Bool(x >= y),
            _ => return None,
        },
        (ConstVal::Float(_), ConstVal::Float(_) | ConstVal::Int(_)) | (ConstVal::Int(_), ConstVal::Float(_)) => {
            let f = |c: &ConstVal| match c {
                ConstVal::Float(v) => *v,
                ConstVal::Int(v) => *v as f64,
                _ => 0.0,
            };
            let (x, y) = (f(a), f(b));
            match op {
                Add => const_float(x + y),
                Sub => const_float(x - y),
                Mul => const_float(x * y),
                Quo if y != 0.0 => const_float(x / y),
                Eql => ConstVal::Bool(x == y),
                Neq => ConstVal::Bool(x != y),
                Lss => ConstVal::Bool(x < y),
                Leq => ConstVal::Bool(x <= y),
                Gtr => ConstVal::Bool(x > y),
                Geq => ConstVal::Bool(x >= y),
                _ => return None,
            }
        }
        (ConstVal::Str(x), ConstVal::Str(y)) => match op {
            Add => ConstVal::Str(format!("{}{}", x, y).into()),
            Eql => ConstVal::Bool(x == y),
            Neq => ConstVal::Bool(x != y),
            Lss => ConstVal::Bool(x < y),
            Leq => ConstVal::Bool(x <= y),
            Gtr => ConstVal::Bool(x > y),
            Geq => ConstVal::Bool(x >= y),
            _ => return None,
        },
        (ConstVal::Bool(x), ConstVal::Bool(y)) => match op {
            LAnd => ConstVal::Bool(*x && *y),
            LOr => ConstVal::Bool(*x || *y),
            Eql => ConstVal::Bool(x == y),
            Neq => ConstVal::Bool(x != y),
            _ => return None,
        },
        _ => return None,
    })
}

/// The run-time work a conversion from `from` to `to` needs, if any.
fn conversion(from: &Type, to: &Type) -> Option<Conv> {
    let width = |t: &Type| match t.under() {
        Type::Int(n) => {
            let n = super::types::canonical_int(n);
            let signed = !n.starts_with('u');
            let bits = match n.trim_start_matches('u').trim_start_matches("int") {
                "8" => 8,
                "16" => 16,
                "32" => 32,
                _ => 64,
            };
            (bits, signed)
        }
        _ => (64, true),
    };
    if to.is_float() && !from.is_float() && from.is_integer() {
        return Some(Conv::ToFloat);
    }
    if to.is_float() && to.under() == Type::Float("float32") && from.is_float() {
        return Some(Conv::ToFloat32);
    }
    if from.is_float() && to.is_integer() {
        let (bits, signed) = width(to);
        return Some(Conv::ToInt { bits, signed });
    }
    if from.is_integer() && to.is_integer() {
        let (bits, signed) = width(to);
        return (bits < 64 || !signed).then_some(Conv::Wrap { bits, signed });
    }
    if from.is_integer() && to.is_string() {
        return Some(Conv::RuneToString);
    }
    None
}

/// The library call that converts between a string and a byte or rune
/// slice (`[]byte(s)`, `[]rune(s)`, `string(b)`, `string(r)`), if `from` to
/// `to` is one of those conversions.
fn string_conversion(from: &Type, to: &Type) -> Option<crate::ir::stdlib::StdFn> {
    use crate::ir::stdlib::StdFn;
    let elem = |t: &Type| match t.under() {
        Type::Slice(e) => match e.under() {
            Type::Int(n) => Some(super::types::canonical_int(n).to_string()),
            _ => None,
        },
        _ => None,
    };
    if from.is_string() {
        return match elem(to)?.as_str() {
            "uint8" => Some(StdFn::StringToBytes),
            "int32" => Some(StdFn::StringToRunes),
            _ => None,
        };
    }
    if to.is_string() && !to.is_untyped() {
        return match elem(from)?.as_str() {
            "uint8" => Some(StdFn::BytesToString),
            "int32" => Some(StdFn::RunesToString),
            _ => None,
        };
    }
    None
}

/// The length and element type of an array type, or of the array a pointer
/// points to (and whether it is through a pointer).
/// How many levels of arrays `t` nests: 0 for a non-array, 2 for `[3][3]int`.
/// The key of a named type in `Info::named_rt`: its id plus one, so the
/// predeclared `error` (id `u32::MAX`) is 0 and the keys stay dense.
fn named_rt_key(n: &NamedType) -> u32 {
    n.id.wrapping_add(1)
}

pub fn array_levels(t: &Type) -> u8 {
    match t.under() {
        Type::Array(_, elem) => array_levels(&elem).saturating_add(1),
        _ => 0,
    }
}

fn array_of(t: &Type) -> Option<(u64, Type, bool)> {
    match t.under() {
        Type::Array(n, elem) => Some((n, (*elem).clone(), false)),
        Type::Pointer(p) => match p.under() {
            Type::Array(n, elem) => Some((n, (*elem).clone(), true)),
            _ => None,
        },
        _ => None,
    }
}

/// A decimal or hexadecimal (`0x1.8p3`) floating-point literal's value.
fn parse_float(text: &str) -> Result<f64, ()> {
    let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) else {
        return crate::float_parse::parse_f64(text).ok_or(());
    };
    let (mantissa, exp) = hex.split_once(['p', 'P']).ok_or(())?;
    let exp: i32 = exp.parse().map_err(|_| ())?;
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() && frac.is_empty() {
        return Err(());
    }
    let mut v = 0f64;
    for c in int.chars() {
        v = v * 16.0 + f64::from(c.to_digit(16).ok_or(())?);
    }
    let mut scale = 1.0 / 16.0;
    for c in frac.chars() {
        v += f64::from(c.to_digit(16).ok_or(())?) * scale;
        scale /= 16.0;
    }
    Ok(v * 2f64.powi(exp))
}

/// Whether an expression has no function calls or channel receives, so the
/// length of an array it denotes is a constant (`len(grid[i])`).
fn without_calls(e: &Expr) -> bool {
    match &strip_parens(e).kind {
        ExprKind::Ident(_) | ExprKind::BasicLit(..) => true,
        ExprKind::Selector(x, _) | ExprKind::Star(x) => without_calls(x),
        ExprKind::Index(x, idx) => without_calls(x) && idx.iter().all(without_calls),
        ExprKind::Unary(op, x) => *op != UnaryOp::Recv && without_calls(x),
        ExprKind::Binary(_, x, y) => without_calls(x) && without_calls(y),
        _ => false,
    }
}

/// Whether an operand is a name or a field of one, so evaluating it has no effects.
fn is_plain_operand(e: &Expr) -> bool {
    match &strip_parens(e).kind {
        ExprKind::Ident(_) => true,
        ExprKind::Selector(x, _) => is_plain_operand(x),
        _ => false,
    }
}

/// Predeclared names.
fn universe(name: &str) -> Option<Entity> {
    if let Some(n) = int_type(name) {
        return Some(Entity::TypeName(Type::Int(n)));
    }
    Some(match name {
        "error" => Entity::TypeName(super::types::error_type()),
        "float64" => Entity::TypeName(Type::Float("float64")),
        "float32" => Entity::TypeName(Type::Float("float32")),
        "any" => Entity::TypeName(Type::Any),
        "bool" => Entity::TypeName(Type::Bool),
        "string" => Entity::TypeName(Type::String),
        "true" => Entity::Const(ConstVal::Bool(true), Type::UntypedBool),
        "false" => Entity::Const(ConstVal::Bool(false), Type::UntypedBool),
        "nil" => Entity::Nil,
        _ => {
            if let Some(b) = BUILTINS.iter().find(|b| **b == name) {
                return Some(Entity::Builtin(b));
            }
            return None;
        }
    })
}

/// The parts of a type switch guard `v := x.(type)` or `x.(type)`.
pub fn type_switch_guard(s: &Stmt) -> Option<(Option<&Expr>, &Expr)> {
    match &s.kind {
        StmtKind::Expr(e) => match &strip_parens(e).kind {
            ExprKind::TypeAssert(x, None) => Some((None, x)),
            _ => None,
        },
        StmtKind::Assign { lhs, op: AssignOp::Define, rhs, .. } if lhs.len() == 1 && rhs.len() == 1 => {
            match &strip_parens(&rhs[0]).kind {
                ExprKind::TypeAssert(x, None) => Some((Some(&lhs[0]), x)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The expression inside any parentheses.
pub fn strip_parens(mut e: &Expr) -> &Expr {
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
}

/// Go's terminating statements, for `missing return`.
pub fn is_terminating_list(list: &[Stmt]) -> bool {
    list.last().map(is_terminating).unwrap_or(false)
}

fn is_terminating(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_) => true,
        StmtKind::Branch(BranchKind::Goto, _) => true,
        StmtKind::Expr(e) => {
            if let ExprKind::Call { func, .. } = &strip_parens(e).kind {
                if let ExprKind::Ident(n) = &func.kind {
                    return n == "panic";
                }
            }
            false
        }
        StmtKind::Block(b) => is_terminating_list(&b.stmts),
        StmtKind::If { then, els: Some(els), .. } => is_terminating_list(&then.stmts) && is_terminating(els),
        StmtKind::For { cond: None, body, .. } => !has_break(&body.stmts),
        StmtKind::Labeled(_, s) => is_terminating(s),
        StmtKind::Select(clauses) => clauses.iter().all(|c| is_terminating_list(&c.body) && !has_break(&c.body)),
        StmtKind::Switch { clauses, .. } => {
            clauses.iter().any(|c| c.exprs.is_none())
                && clauses.iter().all(|c| {
                    (is_terminating_list(&c.body)
                        || matches!(c.body.last().map(|s| &s.kind), Some(StmtKind::Branch(BranchKind::Fallthrough, _))))
                        && !has_break(&c.body)
                })
        }
        _ => false,
    }
}

/// Whether a statement list has an unlabelled `break` for the enclosing statement.
fn has_break(list: &[Stmt]) -> bool {
    list.iter().any(|s| match &s.kind {
        StmtKind::Branch(BranchKind::Break, _) => true,
        StmtKind::Block(b) => has_break(&b.stmts),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts) || els.as_ref().map(|e| has_break(std::slice::from_ref(e))).unwrap_or(false)
        }
        StmtKind::Labeled(_, s) => has_break(std::slice::from_ref(s)),
        _ => false,
    })
}

/// For a pointer to a struct that embeds `sync.Mutex`, the embedded field's
/// index: such a pointer is a `sync.Locker` through the promoted methods.
fn embedded_mutex(t: &Type) -> Option<u16> {
    let Type::Pointer(inner) = t.under() else { return None };
    let Type::Struct(fields) = inner.under() else { return None };
    let i = fields.iter().position(|f| f.embedded && f.ty == Type::Sync(crate::ir::SyncKind::Mutex))?;
    u16::try_from(i).ok()
}
