//! The syntax tree, shaped like go/ast and cmd/compile's syntax package.
//!
//! Types are expressions (as in go/ast), so conversions and composite
//! literals parse without knowing what a name denotes. Every node has a
//! span; expressions and identifiers also have a `NodeId`, the key of the
//! checker's side tables.

use crate::source::Span;

/// A number unique to each expression in a file.
pub type NodeId = u32;

/// A parsed source file.
#[derive(Clone, Debug, Default)]
pub struct File {
    pub package: Option<Ident>,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    /// The number of node ids handed out.
    pub node_count: u32,
}

/// An identifier.
#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub name: String,
    pub span: Span,
}

/// `import name "path"`.
#[derive(Clone, Debug)]
pub struct ImportSpec {
    pub name: Option<Ident>,
    pub path: String,
    pub path_span: Span,
}

/// A top-level or local declaration.
#[derive(Clone, Debug)]
pub enum Decl {
    Func(FuncDecl),
    Var(Vec<ValueSpec>),
    Const(Vec<ValueSpec>),
    Type(Vec<TypeSpec>),
}

/// `func (recv) name[T any](params) results { body }`.
#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Vec<Field>>,
    pub name: Ident,
    pub type_params: Option<Vec<Field>>,
    pub sig: Signature,
    pub body: Option<Block>,
    pub span: Span,
}

/// Parameters and results of a function or function type.
#[derive(Clone, Debug, Default)]
pub struct Signature {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

/// A parameter, result or struct field group: `a, b int`, or an unnamed `int`.
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub span: Span,
}

/// `names T = values` in a `var` or `const` declaration.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

/// `type Name[T any] = T` or `type Name T`.
#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Option<Vec<Field>>,
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

/// A `{ ... }` block.
#[derive(Clone, Debug, Default)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
    /// The span of the closing brace.
    pub rbrace: Span,
}

/// An expression (or a type in expression position).
#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

/// Channel directions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// Binary operators, from the tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

impl BinaryOp {
    pub fn text(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
        }
    }

    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eql | Neq | Lss | Leq | Gtr | Geq)
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Plus,
    Not,
    Xor,
    Addr,
    Recv,
    Tilde,
}

/// Literal kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(String),
    /// A literal with its source text.
    BasicLit(LitKind, String),
    FuncLit(Signature, Block),
    CompositeLit(Option<Box<Expr>>, Vec<Expr>),
    KeyValue(Box<Expr>, Box<Expr>),
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    Index(Box<Expr>, Vec<Expr>),
    Slice(Box<Expr>, [Option<Box<Expr>>; 3]),
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: bool,
    },
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(Signature),
    ArrayType(Option<Box<Expr>>, Box<Expr>),
    MapType(Box<Expr>, Box<Expr>),
    StructType(Vec<Field>),
    InterfaceType(Vec<Field>),
    Ellipsis(Option<Box<Expr>>),
    /// A syntax error; already reported.
    Bad,
}

/// Assignment operators: `=`, `:=` and `op=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    Define,
    Op(BinaryOp),
}

/// Branch keywords.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

/// A statement.
#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

/// A `case`/`default` clause of a switch or select.
#[derive(Clone, Debug)]
pub struct CaseClause {
    /// `None` for `default`.
    pub exprs: Option<Vec<Expr>>,
    /// The communication of a select case.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    Send { chan: Expr, value: Expr },
    IncDec { x: Expr, inc: bool, op_span: Span },
    Assign { lhs: Vec<Expr>, op: AssignOp, op_span: Span, rhs: Vec<Expr> },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch(BranchKind, Option<Ident>),
    Block(Block),
    If { init: Option<Box<Stmt>>, cond: Option<Expr>, then: Block, els: Option<Box<Stmt>> },
    Switch { init: Option<Box<Stmt>>, tag: Option<Box<Stmt>>, clauses: Vec<CaseClause> },
    Select(Vec<CaseClause>),
    For { init: Option<Box<Stmt>>, cond: Option<Expr>, post: Option<Box<Stmt>>, body: Block },
    Range { key: Option<Expr>, value: Option<Expr>, define: bool, expr: Expr, body: Block },
    Decl(Decl),
    Labeled(Ident, Box<Stmt>),
    Bad,
}
