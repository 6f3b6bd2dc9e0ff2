//! Lowering: a checked syntax tree to the stack machine's `ir::Program`.
//!
//! One `ir::Function` per top-level function (`main.NAME`) and per function
//! literal (`main.main.func1`, nested `main.main.func1.1`). Variables that a
//! closure captures live in cells: `BoxNew` at the declaration, then
//! `LoadBoxed`/`StoreBoxed` in the owner and `LoadCapture`/`StoreCapture` in
//! closures. Go 1.22 loop variables get a fresh cell per iteration.

use super::ast::*;
use super::check::{CallKind, Entity, ExprInfo, Info, Selection, VarId};
use super::types::ConstVal;
use crate::id_map::IdMap;
use crate::ir::stdlib::StdFn;
use crate::ir::{BinOp, Builtin, Capture, FuncId, Function, Instr, PlaceStep, Program, SelectCase, UnOp, VarRef};
use crate::source::{LineIndex, Span};
use std::rc::Rc;

/// Lowers a file that checked without errors.
pub fn lower(file: &File, info: &Info, src: &str, file_name: &str) -> Program {
    // Package-level variables get global slots in declaration order.
    let mut globals: IdMap<u32, VarId> = IdMap::new();
    for (v, _) in info.vars.iter().enumerate().filter(|(_, v)| v.owner == 0) {
        globals.insert(v, globals.len() as u32);
    }
    let global_specs: Vec<&ValueSpec> = file
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Var(specs) => Some(specs.iter()),
            _ => None,
        })
        .flatten()
        .collect();
    let mut l = Lowerer { info, funcs: Vec::new(), globals, global_specs, pending_recv: Vec::new() };
    for _ in &info.funcs {
        l.funcs.push(None);
    }
    for (i, f) in info.funcs.iter().enumerate() {
        if let Decl::Func(d) = &file.decls[f.decl] {
            if let Some(body) = &d.body {
                let name = format!("main.{}", f.name);
                // A method's receiver is its first parameter.
                l.pending_recv = d.recv.clone().unwrap_or_default();
                let func = l.function(name, true, f.key, &d.sig, body, d.span, Vec::new());
                l.funcs[i] = Some(func);
            }
        }
    }
    let funcs = l
        .funcs
        .into_iter()
        .map(|f| {
            f.unwrap_or_else(|| Function {
                name: "main.missing".into(),
                params: 0,
                locals: 0,
                captures: 0,
                code: vec![Instr::Return { results: 0 }],
                spans: vec![Span::default()],
                stmt_start: vec![true],
                span: Span::default(),
                recover_pc: 0,
                named_results: false,
            })
        })
        .collect();
    Program {
        funcs,
        main: info.main.unwrap_or(0) as FuncId,
        source: Rc::from(src),
        lines: LineIndex::new(src),
        file_name: file_name.to_string(),
        globals: l.globals.len() as u32,
        types: info.types.clone(),
        first_goid: crate::ir::first_user_goid(file.imports.iter().map(|i| i.path.as_str())),
    }
}

struct Lowerer<'a> {
    info: &'a Info,
    funcs: Vec<Option<Function>>,
    /// The global slot of each package-level variable.
    globals: IdMap<u32, VarId>,
    /// Package-level variable declarations, initialised at the start of `main.main`.
    global_specs: Vec<&'a ValueSpec>,
    /// The receiver of the method being lowered next.
    pending_recv: Vec<Field>,
}

#[derive(Default)]
struct Loop {
    breaks: Vec<usize>,
    continues: Vec<usize>,
    /// A `select` takes `break` but passes `continue` to the enclosing loop.
    is_select: bool,
    /// The label of a labelled loop, switch or select.
    label: Option<String>,
}

/// The function being built.
struct Builder {
    name: String,
    top_level: bool,
    code: Vec<Instr>,
    spans: Vec<Span>,
    stmt_start: Vec<bool>,
    pending_start: bool,
    locals: u16,
    slots: IdMap<u16, VarId>,
    captures: Vec<VarId>,
    lits: u32,
    loops: Vec<Loop>,
    named_results: Vec<VarId>,
    /// The variable a `make(chan ...)` being lowered is assigned to.
    chan_name: Option<Rc<str>>,
    /// The label of the statement being lowered, for the loop it starts.
    pending_label: Option<String>,
    /// Where each label's statement begins, for `goto` (few: searched; the last one counts).
    label_pcs: Vec<(String, usize)>,
    /// `goto` jumps to patch once every label is placed: (jump, label).
    gotos: Vec<(usize, String)>,
}

impl Builder {
    fn emit(&mut self, instr: Instr, span: Span) -> usize {
        self.code.push(instr);
        self.spans.push(span);
        self.stmt_start.push(std::mem::take(&mut self.pending_start));
        self.code.len() - 1
    }

    fn mark(&mut self) {
        self.pending_start = true;
    }

    fn pc(&self) -> usize {
        self.code.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        match &mut self.code[at] {
            Instr::Jump(t) | Instr::JumpIfFalse(t) => *t = target as u32,
            _ => {}
        }
    }

    fn new_slot(&mut self) -> u16 {
        self.locals = self.locals.saturating_add(1);
        self.locals - 1
    }
}

impl<'a> Lowerer<'a> {
    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        name: String,
        top_level: bool,
        key: u32,
        sig: &Signature,
        body: &Block,
        span: Span,
        captures: Vec<VarId>,
    ) -> Function {
        let mut b = Builder {
            name: name.clone(),
            top_level,
            code: Vec::new(),
            spans: Vec::new(),
            stmt_start: Vec::new(),
            pending_start: false,
            locals: 0,
            slots: IdMap::new(),
            captures,
            lits: 0,
            loops: Vec::new(),
            named_results: self.info.named_results.get(&key).cloned().unwrap_or_default(),
            chan_name: None,
            pending_label: None,
            label_pcs: Vec::new(),
            gotos: Vec::new(),
        };
        // Parameters occupy the first slots; captured ones move into cells at entry.
        let mut params = 0u16;
        let mut boxed = Vec::new();
        let recv = std::mem::take(&mut self.pending_recv);
        for f in recv.iter().chain(sig.params.iter()) {
            let n = f.names.len().max(1);
            for i in 0..n {
                let slot = b.new_slot();
                params += 1;
                if let Some(ident) = f.names.get(i) {
                    if let Some(Entity::Var(v)) = self.info.uses.get(&ident.id) {
                        b.slots.insert(*v, slot);
                        if self.info.vars[*v].captured {
                            boxed.push((slot, ident.span));
                        }
                    }
                }
            }
        }
        let param_slots: Vec<(VarId, u16)> = b.slots.iter().map(|(v, &slot)| (v, slot)).collect();
        for (v, slot) in param_slots {
            let depth = self.info.vars[v].backed;
            if depth > 0 {
                // An array parameter that is sliced or address-taken moves to a backing array.
                let span = self.info.vars[v].span;
                b.mark();
                b.emit(Instr::Load(slot), span);
                b.emit(Instr::PushInt(i64::from(depth)), span);
                b.emit(array_box(StdFn::ArrayToBacking, 2), span);
                b.emit(Instr::Store(slot), span);
            }
        }
        for (slot, span) in boxed {
            b.mark();
            b.emit(Instr::BoxNew(slot), span);
        }
        for v in b.named_results.clone() {
            let span = self.info.vars[v].span;
            b.mark();
            b.emit(Instr::PushZero(self.info.vars[v].zero), span);
            self.declare(&mut b, v, span);
        }
        if name == "main.main" {
            // Go initialises package-level variables before main runs.
            for spec in self.global_specs.clone() {
                b.mark();
                self.var_spec(&mut b, spec);
            }
            // Then the `init` functions run, in source order.
            let brace = Span { start: body.span.start, end: body.span.start + 1 };
            for &f in &self.info.inits {
                b.mark();
                b.emit(Instr::FuncRef(f as FuncId), brace);
                b.emit(Instr::Call { args: 0, results: 0 }, brace);
            }
        }
        self.stmts(&mut b, &body.stmts);
        for (at, label) in std::mem::take(&mut b.gotos) {
            if let Some(&(_, target)) = b.label_pcs.iter().rev().find(|(name, _)| *name == label) {
                b.patch(at, target);
            }
        }
        b.mark();
        b.emit(Instr::Return { results: 0 }, body.rbrace);
        // Where a recovered panic resumes: return the named results, or zero values.
        let recover_pc = b.pc() as u32;
        b.mark();
        let results = if b.named_results.is_empty() {
            let zeros = self.info.result_zeros.get(&key).cloned().unwrap_or_default();
            for z in &zeros {
                b.emit(Instr::PushZero(*z), body.rbrace);
            }
            zeros.len()
        } else {
            for v in b.named_results.clone() {
                self.load(&mut b, v, body.rbrace);
            }
            b.named_results.len()
        };
        b.emit(Instr::Return { results: results as u8 }, body.rbrace);
        Function {
            name,
            params,
            locals: b.locals,
            captures: b.captures.len() as u16,
            code: b.code,
            spans: b.spans,
            stmt_start: b.stmt_start,
            span,
            recover_pc,
            named_results: !b.named_results.is_empty(),
        }
    }

    // ----- Variables -----

    fn var_of(&self, id: NodeId) -> Option<VarId> {
        match self.info.uses.get(&id) {
            Some(Entity::Var(v)) => Some(*v),
            _ => None,
        }
    }

    /// Stores the value on the stack into a new variable (a new cell when captured).
    fn declare(&mut self, b: &mut Builder, v: VarId, span: Span) {
        let depth = self.info.vars[v].backed;
        if depth > 0 {
            b.emit(Instr::PushInt(i64::from(depth)), span);
            b.emit(array_box(StdFn::ArrayToBacking, 2), span);
        }
        if let Some(&g) = self.globals.get(&v) {
            if self.info.vars[v].captured {
                // An address-taken package-level variable lives in a cell;
                // its global slot holds the pointer.
                b.emit(Instr::BoxValue, span);
            }
            b.emit(Instr::StoreGlobal(g), span);
            return;
        }
        let slot = b.new_slot();
        b.slots.insert(v, slot);
        b.emit(Instr::Store(slot), span);
        if self.info.vars[v].captured {
            b.emit(Instr::BoxNew(slot), span);
        }
    }

    /// Pushes variable `v`'s value (an array in a backing array is copied out).
    fn load(&mut self, b: &mut Builder, v: VarId, span: Span) {
        self.load_raw(b, v, span);
        if self.info.vars[v].backed > 0 {
            let levels = super::check::array_levels(&self.info.vars[v].ty);
            b.emit(Instr::PushInt(i64::from(levels)), span);
            b.emit(array_box(StdFn::ArrayValue, 2), span);
        }
    }

    /// Pushes what variable `v`'s home holds: for an array in a backing
    /// array, the handle to it.
    fn load_raw(&mut self, b: &mut Builder, v: VarId, span: Span) {
        if let Some(&g) = self.globals.get(&v) {
            b.emit(Instr::LoadGlobal(g), span);
            if self.info.vars[v].captured {
                b.emit(Instr::Deref, span);
            }
        } else if let Some(&slot) = b.slots.get(&v) {
            let i = if self.info.vars[v].captured { Instr::LoadBoxed(slot) } else { Instr::Load(slot) };
            b.emit(i, span);
        } else if let Some(idx) = b.captures.iter().position(|&c| c == v) {
            b.emit(Instr::LoadCapture(idx as u16), span);
        } else {
            b.emit(Instr::PushNil, span);
        }
    }

    fn store(&mut self, b: &mut Builder, v: VarId, span: Span) {
        if self.info.vars[v].backed > 0 {
            // The new elements are written into the backing array, which slices share.
            let tmp = b.new_slot();
            b.emit(Instr::Store(tmp), span);
            self.load_raw(b, v, span);
            b.emit(Instr::Load(tmp), span);
            b.emit(array_box(StdFn::ArrayAssign, 2), span);
            return;
        }
        if let Some(&g) = self.globals.get(&v) {
            if self.info.vars[v].captured {
                // Write through the pointer the global slot holds.
                let tmp = b.new_slot();
                b.emit(Instr::Store(tmp), span);
                b.emit(Instr::LoadGlobal(g), span);
                b.emit(Instr::Load(tmp), span);
                b.emit(Instr::StorePtrPath(Vec::new().into()), span);
            } else {
                b.emit(Instr::StoreGlobal(g), span);
            }
        } else if let Some(&slot) = b.slots.get(&v) {
            let i = if self.info.vars[v].captured { Instr::StoreBoxed(slot) } else { Instr::Store(slot) };
            b.emit(i, span);
        } else if let Some(idx) = b.captures.iter().position(|&c| c == v) {
            b.emit(Instr::StoreCapture(idx as u16), span);
        } else {
            b.emit(Instr::Pop, span);
        }
    }

    /// Stores the value on the stack into an assignment target: a new
    /// variable (for `:=`), an existing one, or `_`.
    fn store_target(&mut self, b: &mut Builder, target: &Expr, define: bool, span: Span) {
        let t = super::check::strip_parens(target);
        if let ExprKind::Selector(..) | ExprKind::Star(_) = t.kind {
            self.store_path(b, t, span);
            return;
        }
        if let Some((var, steps, indexes)) = self.array_place(b, t) {
            // `a[i] = v` on an array variable (or a field or element of one):
            // the indexes are evaluated, then the variable is written in place.
            let tmp = b.new_slot();
            b.emit(Instr::Store(tmp), span);
            for e in indexes {
                self.expr(b, e);
            }
            b.emit(Instr::Load(tmp), span);
            b.emit(Instr::StorePlace { var, steps: steps.into() }, span);
            return;
        }
        if let ExprKind::Index(x, idx) = &t.kind {
            // `x[i] = v`: the value waits in a temporary while x and i are evaluated.
            let tmp = b.new_slot();
            b.emit(Instr::Store(tmp), span);
            self.expr(b, x);
            self.expr(b, &idx[0]);
            b.emit(Instr::Load(tmp), span);
            self.store_index(b, t, x, span);
            return;
        }
        match self.var_of(target.id) {
            Some(v) => {
                let is_new = define
                    && self.info.vars[v].span == target.span
                    && !b.slots.contains_key(&v)
                    && !self.globals.contains_key(&v);
                if is_new {
                    self.declare(b, v, span);
                } else {
                    self.store(b, v, span);
                }
            }
            None => {
                b.emit(Instr::Pop, span);
            }
        }
    }

    /// For an element of an array that lives in a variable (`a[i]`,
    /// `s.arr[i]`, `a[i][j]`, `a[i].arr[j]`): the variable, the steps down to
    /// the element, and the index expressions in order; `None` for any other
    /// target (through a pointer, a slice, a call's result).
    fn array_place<'e>(&self, b: &Builder, t: &'e Expr) -> Option<(VarRef, Vec<PlaceStep>, Vec<&'e Expr>)> {
        let mut steps = Vec::new();
        let mut indexes = Vec::new();
        let mut cur = t;
        loop {
            match &cur.kind {
                ExprKind::Index(x, idx) if matches!(self.info.exprs.get(&cur.id), Some(ExprInfo::IndexArray)) => {
                    steps.push(PlaceStep::Index);
                    indexes.push(idx.first()?);
                    cur = super::check::strip_parens(x);
                }
                ExprKind::Selector(x, _) if !steps.is_empty() => {
                    let Some(Selection::Field { path }) = self.info.selections.get(&cur.id) else { return None };
                    steps.extend(path.iter().rev().map(|f| PlaceStep::Field(*f)));
                    cur = super::check::strip_parens(x);
                    if self.through_pointer(cur) {
                        // `p.arr[i]`: the pointer, evaluated first, is the root.
                        steps.reverse();
                        indexes.push(cur);
                        indexes.reverse();
                        return Some((VarRef::Pointer, steps, indexes));
                    }
                }
                ExprKind::Ident(_) if !steps.is_empty() => break,
                _ => return None,
            }
        }
        steps.reverse();
        indexes.reverse();
        let v = self.var_of(cur.id)?;
        let captured = self.info.vars[v].captured;
        let var = if let Some(&g) = self.globals.get(&v) {
            if captured {
                VarRef::GlobalBoxed(g)
            } else {
                VarRef::Global(g)
            }
        } else if let Some(&slot) = b.slots.get(&v) {
            if captured {
                VarRef::Boxed(slot)
            } else {
                VarRef::Local(slot)
            }
        } else {
            VarRef::Capture(b.captures.iter().position(|&c| c == v)? as u16)
        };
        Some((var, steps, indexes))
    }

    /// Evaluates the indexes of an array place (see `array_place`) once,
    /// into temporaries, for a store that comes later.
    fn pre_place(&mut self, b: &mut Builder, t: &Expr) -> Option<(VarRef, Rc<[PlaceStep]>, Vec<u16>)> {
        let t = super::check::strip_parens(t);
        let (var, steps, indexes) = self.array_place(b, t)?;
        let mut temps = Vec::with_capacity(indexes.len());
        for e in indexes {
            self.expr(b, e);
            let tmp = b.new_slot();
            b.emit(Instr::Store(tmp), t.span);
            temps.push(tmp);
        }
        Some((var, steps.into(), temps))
    }

    /// Pushes the element an array place (with its indexes in `temps`) holds.
    fn load_place(&mut self, b: &mut Builder, var: VarRef, steps: &[PlaceStep], temps: &[u16], span: Span) {
        let mut temps = temps.iter();
        match var {
            VarRef::Pointer => b.emit(Instr::Load(temps.next().copied().unwrap_or(0)), span),
            VarRef::Local(slot) => b.emit(Instr::Load(slot), span),
            VarRef::Boxed(slot) => b.emit(Instr::LoadBoxed(slot), span),
            VarRef::Capture(i) => b.emit(Instr::LoadCapture(i), span),
            VarRef::Global(g) => b.emit(Instr::LoadGlobal(g), span),
            VarRef::GlobalBoxed(g) => {
                b.emit(Instr::LoadGlobal(g), span);
                b.emit(Instr::Deref, span)
            }
        };
        for step in steps {
            match step {
                PlaceStep::Field(f) => b.emit(Instr::Field(*f), span),
                PlaceStep::Index => {
                    b.emit(Instr::Load(temps.next().copied().unwrap_or(0)), span);
                    b.emit(Instr::Index, span)
                }
            };
        }
    }

    /// Writes the value on the stack into an array place whose indexes are in `temps`.
    fn store_place(&mut self, b: &mut Builder, var: VarRef, steps: Rc<[PlaceStep]>, temps: &[u16], span: Span) {
        let tmp = b.new_slot();
        b.emit(Instr::Store(tmp), span);
        for &t in temps {
            b.emit(Instr::Load(t), span);
        }
        b.emit(Instr::Load(tmp), span);
        b.emit(Instr::StorePlace { var, steps }, span);
    }

    /// `x op= v` (and `x++` with `rhs` absent): an array place's indexes are
    /// evaluated once, as Go does; other targets are read, then stored.
    fn update(&mut self, b: &mut Builder, x: &Expr, op: BinOp, rhs: Option<&Expr>, span: Span) {
        if let Some((var, steps, temps)) = self.pre_place(b, x) {
            self.load_place(b, var, &steps, &temps, span);
            match rhs {
                Some(r) => self.expr(b, r),
                None => {
                    b.emit(Instr::PushInt(1), span);
                }
            }
            b.emit(Instr::Binary(op), span);
            self.store_place(b, var, steps, &temps, span);
            return;
        }
        self.expr(b, x);
        match rhs {
            Some(r) => self.expr(b, r),
            None => {
                b.emit(Instr::PushInt(1), span);
            }
        }
        b.emit(Instr::Binary(op), span);
        self.store_target(b, x, false, span);
    }

    /// Stores into `x[i]` (the index expression `t`) with `[x i v]` on the stack.
    fn store_index(&mut self, b: &mut Builder, t: &Expr, x: &Expr, span: Span) {
        match self.info.exprs.get(&t.id) {
            // An array is a value: the changed copy is stored back where it came from.
            Some(ExprInfo::IndexArray) => {
                b.emit(Instr::SetIndex, span);
                self.store_target(b, x, false, span);
            }
            // Through a pointer the array is changed in place.
            Some(ExprInfo::IndexArrayPtr) => {
                b.emit(Instr::SetIndex, span);
                b.emit(Instr::Pop, span);
            }
            info => {
                let map = matches!(info, Some(ExprInfo::IndexMap(_)));
                b.emit(Instr::StoreIndex { map }, span);
            }
        }
    }

    /// Stores the value on the stack into a field path or through a pointer:
    /// `v.f.g = x` rewrites the variable `v`; `p.f = x` and `*p = x` write the
    /// cell `p` points to; `s[i].f = x` writes a slice element.
    fn store_path(&mut self, b: &mut Builder, target: &Expr, span: Span) {
        let t_v = b.new_slot();
        b.emit(Instr::Store(t_v), span);
        // Walk down to the root, collecting field steps that stay inside one value.
        let mut path: Vec<u16> = Vec::new();
        let mut cur = target;
        loop {
            match &cur.kind {
                ExprKind::Selector(x, _) => {
                    let Some(Selection::Field { path: p }) = self.info.selections.get(&cur.id).cloned() else { break };
                    let through_pointer = self.through_pointer(x);
                    for step in p.iter().rev() {
                        path.insert(0, *step);
                    }
                    cur = super::check::strip_parens(x);
                    if through_pointer {
                        // `p.f...`: write inside the pointed-to cell.
                        self.expr(b, cur);
                        b.emit(Instr::Load(t_v), span);
                        b.emit(Instr::StorePtrPath(path.into()), span);
                        return;
                    }
                }
                ExprKind::Star(p) => {
                    self.expr(b, p);
                    b.emit(Instr::Load(t_v), span);
                    if path.is_empty() && self.info.array_refs.contains(&cur.id) {
                        // `*p = a` for a pointer to an array.
                        b.emit(array_box(StdFn::ArrayAssign, 2), span);
                    } else {
                        b.emit(Instr::StorePtrPath(path.into()), span);
                    }
                    return;
                }
                ExprKind::Index(s, idx) if matches!(self.info.exprs.get(&cur.id), Some(ExprInfo::IndexSlice)) => {
                    self.expr(b, s);
                    self.expr(b, &idx[0]);
                    b.emit(Instr::Load(t_v), span);
                    b.emit(Instr::StoreIndexPath(path.into()), span);
                    return;
                }
                _ => break,
            }
        }
        // A variable holding the struct: read, rebuild, write back.
        self.expr(b, cur);
        b.emit(Instr::Load(t_v), span);
        b.emit(Instr::SetPath(path.into()), span);
        self.store_target(b, cur, false, span);
    }

    /// Whether the operand of a selector is a pointer (so fields live in its cell).
    fn through_pointer(&self, x: &Expr) -> bool {
        self.info.ptr_exprs.contains(&super::check::strip_parens(x).id)
    }

    // ----- Statements -----

    fn stmts(&mut self, b: &mut Builder, list: &[Stmt]) {
        for s in list {
            self.stmt(b, s);
        }
    }

    fn stmt(&mut self, b: &mut Builder, s: &Stmt) {
        b.mark();
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Expr(e) => {
                let n = self.expr_multi(b, e);
                for _ in 0..n {
                    b.emit(Instr::Pop, s.span);
                }
            }
            StmtKind::Send { chan, value } => {
                self.expr(b, chan);
                self.expr(b, value);
                b.emit(Instr::Send, s.span);
            }
            StmtKind::IncDec { x, inc, .. } => {
                self.update(b, x, if *inc { BinOp::Add } else { BinOp::Sub }, None, s.span);
            }
            StmtKind::Assign { lhs, op, rhs, .. } => self.assign(b, s.span, lhs, *op, rhs),
            StmtKind::Go(e) => {
                let call = super::check::strip_parens(e);
                if let ExprKind::Call { func, args, .. } = &call.kind {
                    // `go wg.Wait()`, `go close(ch)`: a small wrapper function makes the call.
                    let library = match self.info.calls.get(&call.id) {
                        Some(CallKind::Builtin(bi)) => Some((*bi, false)),
                        Some(CallKind::Method(bi)) => Some((*bi, true)),
                        Some(CallKind::Close) => Some((Builtin::ChanClose, false)),
                        _ => None,
                    };
                    if let Some((builtin, method)) = library {
                        let n = if method { self.method_receiver(b, func) } else { 0 } + self.args(b, args);
                        let spread = self.info.spread_calls.contains(&call.id);
                        let wrapper = self.go_wrapper(b, builtin, n, spread, s.span);
                        b.emit(Instr::FuncRef(wrapper), s.span);
                        // The function value goes below its arguments.
                        b.emit(Instr::Rotate(n), s.span);
                        b.emit(Instr::Go { args: n }, s.span);
                        return;
                    }
                    self.expr(b, func);
                    let n = self.call_args(b, call, args);
                    b.emit(Instr::Go { args: n }, s.span);
                }
            }
            StmtKind::Defer(e) => {
                let call = super::check::strip_parens(e);
                if let ExprKind::Call { func, args, .. } = &call.kind {
                    match self.info.calls.get(&call.id).cloned() {
                        Some(CallKind::Builtin(builtin)) if self.info.spread_calls.contains(&call.id) => {
                            // `defer fmt.Println(xs...)`: a wrapper spreads the slice when it runs.
                            let n = self.args(b, args);
                            let wrapper = self.go_wrapper(b, builtin, n, true, s.span);
                            b.emit(Instr::FuncRef(wrapper), s.span);
                            b.emit(Instr::Rotate(n), s.span);
                            b.emit(Instr::Defer { args: n }, s.span);
                        }
                        Some(CallKind::Builtin(builtin)) => {
                            let n = self.args(b, args);
                            b.emit(Instr::DeferBuiltin { builtin, args: n }, s.span);
                        }
                        Some(CallKind::Method(builtin)) => {
                            let n = self.method_receiver(b, func) + self.args(b, args);
                            b.emit(Instr::DeferBuiltin { builtin, args: n }, s.span);
                        }
                        Some(CallKind::Close) => {
                            let n = self.args(b, args);
                            b.emit(Instr::DeferBuiltin { builtin: Builtin::ChanClose, args: n }, s.span);
                        }
                        _ => {
                            self.expr(b, func);
                            let n = self.call_args(b, call, args);
                            b.emit(Instr::Defer { args: n }, s.span);
                        }
                    }
                }
            }
            StmtKind::Switch { init, tag, clauses } => self.switch(b, s, init.as_deref(), tag.as_deref(), clauses),
            StmtKind::Labeled(label, inner) => {
                b.label_pcs.push((label.name.clone(), b.pc()));
                // Only a loop, switch or select is the target of a labelled branch.
                if let StmtKind::For { .. } | StmtKind::Range { .. } | StmtKind::Switch { .. } | StmtKind::Select(_) =
                    inner.kind
                {
                    b.pending_label = Some(label.name.clone());
                }
                self.stmt(b, inner);
                b.pending_label = None;
            }
            StmtKind::Return(results) => {
                let mut n = 0;
                if results.is_empty() {
                    for v in b.named_results.clone() {
                        self.load(b, v, s.span);
                        n += 1;
                    }
                } else {
                    for r in results {
                        n += self.expr_multi(b, r);
                    }
                    if !b.named_results.is_empty() {
                        // `return x` assigns the named results first, so
                        // deferred calls see (and may change) them.
                        for v in b.named_results.clone().into_iter().rev() {
                            self.store(b, v, s.span);
                        }
                        for v in b.named_results.clone() {
                            self.load(b, v, s.span);
                        }
                    }
                }
                b.emit(Instr::Return { results: n }, s.span);
            }
            StmtKind::Branch(BranchKind::Goto, Some(label)) => {
                let at = b.emit(Instr::Jump(0), s.span);
                b.gotos.push((at, label.name.clone()));
            }
            StmtKind::Branch(kind, label) => {
                let at = b.emit(Instr::Jump(0), s.span);
                let label = label.as_ref().map(|l| l.name.as_str());
                // A labelled branch goes to the statement with that label; a
                // plain one to the innermost (loop, for `continue`).
                let target = b.loops.iter_mut().rev().find(|l| match label {
                    Some(name) => l.label.as_deref() == Some(name),
                    None => *kind == BranchKind::Break || !l.is_select,
                });
                if let Some(l) = target {
                    match kind {
                        BranchKind::Break => l.breaks.push(at),
                        _ => l.continues.push(at),
                    }
                }
            }
            StmtKind::Select(clauses) => self.select(b, s, clauses),
            StmtKind::Block(block) => self.stmts(b, &block.stmts),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(b, i);
                }
                b.mark();
                let jf = match cond {
                    Some(c) => {
                        self.expr(b, c);
                        Some(b.emit(Instr::JumpIfFalse(0), c.span))
                    }
                    None => None,
                };
                self.stmts(b, &then.stmts);
                match els {
                    Some(e) => {
                        let j = b.emit(Instr::Jump(0), then.rbrace);
                        let here = b.pc();
                        if let Some(jf) = jf {
                            b.patch(jf, here);
                        }
                        self.stmt(b, e);
                        let end = b.pc();
                        b.patch(j, end);
                    }
                    None => {
                        let here = b.pc();
                        if let Some(jf) = jf {
                            b.patch(jf, here);
                        }
                    }
                }
            }
            StmtKind::For { init, cond, post, body } => self.for_stmt(b, s, init, cond, post, body),
            StmtKind::Range { key, value, expr, define, body } => match self.info.ranges.get(&expr.id) {
                Some(ExprInfo::RangeChan) | None => self.range(b, s, key.as_ref(), expr, *define, body),
                Some(kind) => {
                    let kind = kind.clone();
                    self.range_indexed(b, s, &kind, key.as_ref(), value.as_ref(), expr, *define, body)
                }
            },
            StmtKind::Decl(Decl::Var(specs)) => {
                for spec in specs {
                    self.var_spec(b, spec);
                }
            }
            StmtKind::Decl(_) => {}
        }
    }

    fn var_spec(&mut self, b: &mut Builder, spec: &ValueSpec) {
        if spec.values.is_empty() {
            for n in &spec.names {
                let Some(v) = self.var_of(n.id) else { continue };
                match self.info.vars[v].zero {
                    crate::ir::Zero::Sync(kind) => {
                        b.emit(Instr::NewSync { kind, name: Some(Rc::from(n.name.as_str())) }, spec.span)
                    }
                    z => b.emit(Instr::PushZero(z), spec.span),
                };
                self.declare(b, v, spec.span);
            }
            return;
        }
        let targets: Vec<Expr> =
            spec.names.iter().map(|n| Expr { id: n.id, span: n.span, kind: ExprKind::Ident(n.name.clone()) }).collect();
        self.assign(b, spec.span, &targets, AssignOp::Define, &spec.values);
    }

    fn assign(&mut self, b: &mut Builder, span: Span, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        if let AssignOp::Op(bop) = op {
            self.update(b, &lhs[0], binop(bop), Some(&rhs[0]), span);
            return;
        }
        let define = op == AssignOp::Define;
        if lhs.len() == 2 && rhs.len() == 1 {
            let r = super::check::strip_parens(&rhs[0]);
            if let (ExprKind::Index(m, k), Some(ExprInfo::IndexMap(zero))) = (&r.kind, self.info.exprs.get(&r.id)) {
                self.expr(b, m);
                self.expr(b, &k[0]);
                b.emit(Instr::MapIndex { zero: *zero, with_ok: true }, r.span);
                self.store_target(b, &lhs[1], define, span);
                self.store_target(b, &lhs[0], define, span);
                return;
            }
            if let ExprKind::TypeAssert(x, Some(_)) = &r.kind {
                self.type_assert(b, r, x, true);
                self.store_target(b, &lhs[1], define, span);
                self.store_target(b, &lhs[0], define, span);
                return;
            }
            if let ExprKind::Unary(UnaryOp::Recv, ch) = &super::check::strip_parens(&rhs[0]).kind {
                self.expr(b, ch);
                b.emit(Instr::Recv { with_ok: true }, rhs[0].span);
                self.store_target(b, &lhs[1], define, span);
                self.store_target(b, &lhs[0], define, span);
                return;
            }
        }
        // Go evaluates the index operands on the left before the right-hand
        // side, then assigns left to right.
        let multi = lhs.len() > 1;
        let mut places = Vec::with_capacity(lhs.len());
        let mut pre: Vec<Option<(Option<u16>, u16)>> = Vec::with_capacity(lhs.len());
        for l in lhs {
            let place = if multi { self.pre_place(b, l) } else { None };
            pre.push(if multi && place.is_none() { self.pre_index(b, l) } else { None });
            places.push(place);
        }
        for (i, r) in rhs.iter().enumerate() {
            b.chan_name = match (lhs.get(i).map(|l| &l.kind), self.info.calls.get(&super::check::strip_parens(r).id)) {
                (Some(ExprKind::Ident(name)), Some(CallKind::MakeChan(_))) if lhs.len() == rhs.len() => {
                    Some(Rc::from(name.as_str()))
                }
                _ => None,
            };
            self.expr_multi(b, r);
            b.chan_name = None;
            self.name_value(b, lhs, rhs, i, r.span);
        }
        if !multi {
            for l in lhs {
                self.store_target(b, l, define, span);
            }
            return;
        }
        let values: Vec<u16> = lhs.iter().map(|_| b.new_slot()).collect();
        for &slot in values.iter().rev() {
            b.emit(Instr::Store(slot), span);
        }
        for (((l, slot), pre), place) in lhs.iter().zip(values).zip(pre).zip(places) {
            let t = super::check::strip_parens(l);
            if let Some((var, steps, temps)) = place {
                b.emit(Instr::Load(slot), span);
                self.store_place(b, var, steps, &temps, span);
                continue;
            }
            match (pre, &t.kind) {
                (Some((x_slot, i_slot)), ExprKind::Index(x, _)) => {
                    match x_slot {
                        Some(xs) => {
                            b.emit(Instr::Load(xs), span);
                        }
                        None => self.expr(b, x),
                    }
                    b.emit(Instr::Load(i_slot), span);
                    b.emit(Instr::Load(slot), span);
                    self.store_index(b, t, x, span);
                }
                _ => {
                    b.emit(Instr::Load(slot), span);
                    self.store_target(b, l, define, span);
                }
            }
        }
    }

    /// For an index target of a multiple assignment, evaluates the index
    /// (and a slice or map operand; an array is rewritten in place, so it is
    /// read at the store) into temporaries.
    fn pre_index(&mut self, b: &mut Builder, l: &Expr) -> Option<(Option<u16>, u16)> {
        let t = super::check::strip_parens(l);
        let ExprKind::Index(x, idx) = &t.kind else { return None };
        let x_slot = match self.info.exprs.get(&t.id) {
            Some(ExprInfo::IndexArray) => None,
            _ => {
                let slot = b.new_slot();
                self.expr(b, x);
                b.emit(Instr::Store(slot), l.span);
                Some(slot)
            }
        };
        let i_slot = b.new_slot();
        self.expr(b, &idx[0]);
        b.emit(Instr::Store(i_slot), l.span);
        Some((x_slot, i_slot))
    }

    fn for_stmt(
        &mut self,
        b: &mut Builder,
        s: &Stmt,
        init: &Option<Box<Stmt>>,
        cond: &Option<Expr>,
        post: &Option<Box<Stmt>>,
        body: &Block,
    ) {
        let label = b.pending_label.take();
        // Variables declared by the init statement, copied per iteration when captured.
        let mut loop_vars = Vec::new();
        if let Some(i) = init {
            self.stmt(b, i);
            if let StmtKind::Assign { lhs, op: AssignOp::Define, .. } = &i.kind {
                for l in lhs {
                    if let Some(v) = self.var_of(l.id) {
                        if self.info.vars[v].captured && self.info.vars[v].span == l.span {
                            loop_vars.push(v);
                        }
                    }
                }
            }
        }
        let head = b.pc();
        b.mark();
        let exit_jump = cond.as_ref().map(|c| {
            self.expr(b, c);
            b.emit(Instr::JumpIfFalse(0), c.span)
        });
        b.loops.push(Loop { label, ..Loop::default() });
        self.stmts(b, &body.stmts);
        let cont = b.pc();
        b.mark();
        for &v in &loop_vars {
            if let Some(&slot) = b.slots.get(&v) {
                let span = post.as_ref().map(|p| p.span).unwrap_or(body.rbrace);
                b.emit(Instr::LoadBoxed(slot), span);
                b.emit(Instr::Store(slot), span);
                b.emit(Instr::BoxNew(slot), span);
            }
        }
        if let Some(p) = post {
            self.stmt(b, p);
        }
        b.emit(Instr::Jump(head as u32), s.span);
        if head < b.code.len() {
            b.stmt_start[head] = true;
        }
        let exit = b.pc();
        if let Some(j) = exit_jump {
            b.patch(j, exit);
        }
        let l = b.loops.pop().unwrap_or_default();
        for j in l.breaks {
            b.patch(j, exit);
        }
        for j in l.continues {
            b.patch(j, cont);
        }
        b.pending_start = false;
    }

    fn range(&mut self, b: &mut Builder, s: &Stmt, key: Option<&Expr>, expr: &Expr, define: bool, body: &Block) {
        let label = b.pending_label.take();
        let tmp = b.new_slot();
        self.expr(b, expr);
        b.emit(Instr::Store(tmp), expr.span);
        let clause = Span { start: key.map(|k| k.span.start).unwrap_or(expr.span.start), end: expr.span.end };
        let head = b.pc();
        b.mark();
        b.emit(Instr::Load(tmp), clause);
        b.emit(Instr::Recv { with_ok: true }, clause);
        let jf = b.emit(Instr::JumpIfFalse(0), clause);
        match key {
            Some(k) => self.store_target(b, k, define, clause),
            None => {
                b.emit(Instr::Pop, clause);
            }
        }
        b.loops.push(Loop { label, ..Loop::default() });
        self.stmts(b, &body.stmts);
        b.emit(Instr::Jump(head as u32), s.span);
        let pop = b.emit(Instr::Pop, clause);
        b.patch(jf, pop);
        let exit = b.pc();
        let l = b.loops.pop().unwrap_or_default();
        for j in l.breaks {
            b.patch(j, exit);
        }
        for j in l.continues {
            b.patch(j, head);
        }
    }

    /// `range` over an int, a slice, a map or a string: a hidden counter walks
    /// the positions (map keys are snapshotted in this run's iteration order).
    #[allow(clippy::too_many_arguments)]
    fn range_indexed(
        &mut self,
        b: &mut Builder,
        s: &Stmt,
        kind: &ExprInfo,
        key: Option<&Expr>,
        value: Option<&Expr>,
        expr: &Expr,
        define: bool,
        body: &Block,
    ) {
        let label = b.pending_label.take();
        let clause = Span { start: key.map(|k| k.span.start).unwrap_or(expr.span.start), end: expr.span.end };
        let (t_x, t_keys, t_n, t_i, t_step) = (b.new_slot(), b.new_slot(), b.new_slot(), b.new_slot(), b.new_slot());
        self.expr(b, expr);
        b.emit(Instr::Store(t_x), expr.span);
        match kind {
            ExprInfo::RangeInt => {
                b.emit(Instr::Load(t_x), clause);
            }
            ExprInfo::RangeMap => {
                b.emit(Instr::Load(t_x), clause);
                b.emit(Instr::MapKeys, clause);
                b.emit(Instr::Store(t_keys), clause);
                b.emit(Instr::Load(t_keys), clause);
                b.emit(Instr::CallBuiltin { builtin: Builtin::Len, args: 1 }, clause);
            }
            _ => {
                b.emit(Instr::Load(t_x), clause);
                b.emit(Instr::CallBuiltin { builtin: Builtin::Len, args: 1 }, clause);
            }
        }
        b.emit(Instr::Store(t_n), clause);
        b.emit(Instr::PushInt(0), clause);
        b.emit(Instr::Store(t_i), clause);
        let head = b.pc();
        b.mark();
        b.emit(Instr::Load(t_i), clause);
        b.emit(Instr::Load(t_n), clause);
        b.emit(Instr::Binary(BinOp::Lt), clause);
        let exit_jump = b.emit(Instr::JumpIfFalse(0), clause);
        b.emit(Instr::PushInt(1), clause);
        b.emit(Instr::Store(t_step), clause);
        // The key and value of this iteration.
        let mut skip = None;
        let (key_val, elem): (Instr, Option<Vec<Instr>>) = match kind {
            ExprInfo::RangeMap => {
                // A key deleted during the loop is not produced.
                b.emit(Instr::Load(t_x), clause);
                b.emit(Instr::Load(t_keys), clause);
                b.emit(Instr::Load(t_i), clause);
                b.emit(Instr::Index, clause);
                b.emit(Instr::MapIndex { zero: crate::ir::Zero::Nil, with_ok: true }, clause);
                let (t_v, t_ok) = (b.new_slot(), b.new_slot());
                b.emit(Instr::Store(t_ok), clause);
                b.emit(Instr::Store(t_v), clause);
                b.emit(Instr::Load(t_ok), clause);
                skip = Some(b.emit(Instr::JumpIfFalse(0), clause));
                (Instr::Load(t_keys), Some(vec![Instr::Load(t_v)]))
            }
            ExprInfo::RangeString => {
                b.emit(Instr::Load(t_x), clause);
                b.emit(Instr::Load(t_i), clause);
                b.emit(Instr::RuneAt, clause);
                b.emit(Instr::Store(t_step), clause);
                let t_r = b.new_slot();
                b.emit(Instr::Store(t_r), clause);
                (Instr::Load(t_i), Some(vec![Instr::Load(t_r)]))
            }
            ExprInfo::RangeSlice => (Instr::Load(t_i), Some(vec![Instr::Load(t_x), Instr::Load(t_i), Instr::Index])),
            _ => (Instr::Load(t_i), None),
        };
        if let Some(k) = key {
            if matches!(kind, ExprInfo::RangeMap) {
                b.emit(Instr::Load(t_keys), clause);
                b.emit(Instr::Load(t_i), clause);
                b.emit(Instr::Index, clause);
            } else {
                b.emit(key_val, clause);
            }
            self.store_target(b, k, define, clause);
        }
        if let (Some(v), Some(code)) = (value, elem) {
            for i in code {
                b.emit(i, clause);
            }
            self.store_target(b, v, define, clause);
        }
        b.loops.push(Loop { label, ..Loop::default() });
        self.stmts(b, &body.stmts);
        let l = b.loops.pop().unwrap_or_default();
        let post = b.pc();
        if let Some(sk) = skip {
            b.patch(sk, post);
        }
        b.emit(Instr::Load(t_i), s.span);
        b.emit(Instr::Load(t_step), s.span);
        b.emit(Instr::Binary(BinOp::Add), s.span);
        b.emit(Instr::Store(t_i), s.span);
        b.emit(Instr::Jump(head as u32), s.span);
        let exit = b.pc();
        b.patch(exit_jump, exit);
        for j in l.breaks {
            b.patch(j, exit);
        }
        for j in l.continues {
            b.patch(j, post);
        }
    }

    // ----- Expressions -----

    /// Lowers an expression that yields one value.
    fn expr(&mut self, b: &mut Builder, e: &Expr) {
        self.expr_multi(b, e);
    }

    /// Lowers an expression; returns how many values it pushed. A concrete
    /// value flowing into an interface is boxed with its dynamic type.
    fn expr_multi(&mut self, b: &mut Builder, e: &Expr) -> u8 {
        let n = self.expr_values(b, e);
        if self.info.boxed_lits.contains(&e.id) {
            self.box_value(b, e, e.span);
        }
        if let Some(boxes) = self.info.tuple_conversions.get(&e.id) {
            b.emit(Instr::ToIfaceN(boxes.clone().into()), e.span);
        }
        if let Some(ty) = self.info.conversions.get(&e.id) {
            b.emit(Instr::ToIface(*ty), e.span);
        }
        if let Some(&field) = self.info.embedded_lockers.get(&e.id) {
            b.emit(Instr::Field(field), e.span);
        }
        n
    }

    fn expr_values(&mut self, b: &mut Builder, e: &Expr) -> u8 {
        if let Some(c) = self.info.consts.get(&e.id) {
            let i = match c {
                ConstVal::Int(v) => Instr::PushInt(*v as i64),
                ConstVal::Float(v) => Instr::PushFloat(*v),
                ConstVal::Bool(v) => Instr::PushBool(*v),
                ConstVal::Str(s) => Instr::PushStr(s.clone()),
            };
            b.emit(i, e.span);
            return 1;
        }
        match &e.kind {
            ExprKind::Ident(_) => {
                match self.info.uses.get(&e.id) {
                    Some(Entity::Var(v)) => self.load(b, *v, e.span),
                    Some(Entity::Func(i)) => {
                        b.emit(Instr::FuncRef(*i as FuncId), e.span);
                    }
                    Some(Entity::Const(c, _)) => {
                        let i = match c {
                            ConstVal::Int(v) => Instr::PushInt(*v as i64),
                            ConstVal::Float(v) => Instr::PushFloat(*v),
                            ConstVal::Bool(v) => Instr::PushBool(*v),
                            ConstVal::Str(s) => Instr::PushStr(s.clone()),
                        };
                        b.emit(i, e.span);
                    }
                    _ => {
                        b.emit(Instr::PushNil, e.span);
                    }
                }
                1
            }
            ExprKind::Paren(x) => self.expr_multi(b, x),
            ExprKind::FuncLit(sig, body) => {
                b.lits += 1;
                let name =
                    if b.top_level { format!("{}.func{}", b.name, b.lits) } else { format!("{}.{}", b.name, b.lits) };
                let id = self.funcs.len();
                self.funcs.push(None);
                let captures = self.info.lit_captures.get(&e.id).cloned().unwrap_or_default();
                let list: Vec<Capture> = captures
                    .iter()
                    .map(|v| match b.slots.get(v) {
                        Some(&slot) => Capture::Local(slot),
                        None => Capture::Outer(b.captures.iter().position(|c| c == v).unwrap_or(0) as u16),
                    })
                    .collect();
                let key = self.info.lit_keys.get(&e.id).copied().unwrap_or(0);
                let f = self.function(name, false, key, sig, body, e.span, captures);
                self.funcs[id] = Some(f);
                b.emit(Instr::MakeClosure { func: id as FuncId, captures: list.into() }, e.span);
                1
            }
            ExprKind::Unary(UnaryOp::Addr, x) => {
                match self.info.exprs.get(&e.id) {
                    Some(ExprInfo::AddrOfLit) => {
                        self.expr(b, x);
                        self.box_value(b, e, e.span);
                    }
                    Some(ExprInfo::AddrOfVar) => self.addr_of_var(b, x),
                    Some(ExprInfo::AddrOfInterior) => self.interior_addr(b, x, &[], e.span),
                    // `&v` of a sync value is the object's handle itself.
                    _ => self.expr(b, x),
                }
                1
            }
            ExprKind::TypeAssert(x, Some(_)) => {
                self.type_assert(b, e, x, false);
                1
            }
            ExprKind::Star(x) => {
                self.expr(b, x);
                if self.info.array_refs.contains(&e.id) {
                    let levels = self.info.array_levels.get(&e.id).copied().unwrap_or(1);
                    b.emit(Instr::PushInt(i64::from(levels)), e.span);
                    b.emit(array_box(StdFn::ArrayValue, 2), e.span);
                } else if let Some(ExprInfo::Deref) = self.info.exprs.get(&e.id) {
                    b.emit(Instr::Deref, e.span);
                }
                1
            }
            ExprKind::Selector(_, _) if self.info.lib_func_values.contains_key(&e.id) => {
                if let Some(v) = self.info.lib_func_values.get(&e.id).cloned() {
                    let wrapper = self.lib_func_wrapper(v, e.span);
                    b.emit(Instr::FuncRef(wrapper), e.span);
                }
                1
            }
            ExprKind::Selector(_, _) if matches!(self.info.calls.get(&e.id), Some(CallKind::Builtin(_))) => {
                // A package variable the machine provides (`context.Canceled`).
                if let Some(CallKind::Builtin(builtin)) = self.info.calls.get(&e.id) {
                    b.emit(Instr::CallBuiltin { builtin: *builtin, args: 0 }, e.span);
                }
                1
            }
            ExprKind::Selector(x, _)
                if matches!(self.info.selections.get(&e.id), Some(Selection::IfaceMethod { .. })) =>
            {
                // A method value of an interface: bound to the dynamic type's method.
                if let Some(Selection::IfaceMethod { name }) = self.info.selections.get(&e.id).cloned() {
                    self.expr(b, x);
                    b.emit(Instr::BindIfaceMethod(Rc::from(name.as_str())), e.span);
                }
                1
            }
            ExprKind::Selector(x, _) => {
                match self.info.selections.get(&e.id).cloned() {
                    Some(Selection::Field { path }) => {
                        self.expr(b, x);
                        for step in path {
                            b.emit(Instr::Field(step), e.span);
                        }
                    }
                    Some(Selection::MethodExpr { func }) => {
                        b.emit(Instr::FuncRef(func as FuncId), e.span);
                    }
                    Some(Selection::PtrMethodExpr { func, name, params, results, message, string }) => {
                        let wrapper = self.ptr_method_wrapper(func, name, params, results, message, string, e.span);
                        b.emit(Instr::FuncRef(wrapper), e.span);
                    }
                    Some(Selection::SyncField { builtin, path }) => {
                        self.expr(b, x);
                        for step in path {
                            b.emit(Instr::Field(step), e.span);
                        }
                        b.emit(Instr::CallBuiltin { builtin, args: 1 }, e.span);
                    }
                    Some(Selection::Method { func, path, pointer_receiver, value_is_pointer }) => {
                        // A method value: the receiver is evaluated now and bound.
                        self.expr(b, x);
                        for step in &path {
                            b.emit(Instr::Field(*step), e.span);
                        }
                        if !pointer_receiver && value_is_pointer {
                            b.emit(Instr::Deref, e.span);
                        }
                        b.emit(Instr::BindMethod(func as FuncId), e.span);
                    }
                    _ => {
                        b.emit(Instr::PushNil, e.span);
                    }
                }
                1
            }
            ExprKind::Unary(op, x) => {
                self.expr(b, x);
                match op {
                    UnaryOp::Neg => {
                        b.emit(Instr::Unary(UnOp::Neg), e.span);
                    }
                    UnaryOp::Not => {
                        b.emit(Instr::Unary(UnOp::Not), e.span);
                    }
                    UnaryOp::Xor => {
                        b.emit(Instr::Unary(UnOp::BitNot), e.span);
                    }
                    UnaryOp::Recv => {
                        b.emit(Instr::Recv { with_ok: false }, e.span);
                    }
                    _ => {}
                }
                1
            }
            ExprKind::Binary(BinaryOp::LAnd, x, y) => {
                self.expr(b, x);
                let jf = b.emit(Instr::JumpIfFalse(0), e.span);
                self.expr(b, y);
                let j = b.emit(Instr::Jump(0), e.span);
                let f = b.emit(Instr::PushBool(false), e.span);
                b.patch(jf, f);
                let end = b.pc();
                b.patch(j, end);
                1
            }
            ExprKind::Binary(BinaryOp::LOr, x, y) => {
                self.expr(b, x);
                let jf = b.emit(Instr::JumpIfFalse(0), e.span);
                b.emit(Instr::PushBool(true), e.span);
                let j = b.emit(Instr::Jump(0), e.span);
                let rhs = b.pc();
                b.patch(jf, rhs);
                self.expr(b, y);
                let end = b.pc();
                b.patch(j, end);
                1
            }
            ExprKind::Binary(op, x, y) => {
                self.expr(b, x);
                self.expr(b, y);
                b.emit(Instr::Binary(binop(*op)), e.span);
                1
            }
            ExprKind::Call { func, args, .. } => self.call(b, e, func, args),
            ExprKind::CompositeLit(_, elts) => {
                match self.info.exprs.get(&e.id) {
                    Some(ExprInfo::SliceLit) => {
                        for x in elts {
                            self.expr(b, x);
                        }
                        b.emit(Instr::SliceLit(elts.len() as u32), e.span);
                    }
                    Some(ExprInfo::StructLit { ty, fields }) => {
                        let (ty, fields) = (*ty, fields.clone());
                        for x in elts {
                            match &x.kind {
                                ExprKind::KeyValue(_, v) => self.expr(b, v),
                                _ => self.expr(b, x),
                            }
                        }
                        b.emit(Instr::StructLit { ty, fields: fields.into() }, e.span);
                    }
                    Some(ExprInfo::ArrayLit { ty, indexes }) => {
                        let (ty, indexes) = (*ty, indexes.clone());
                        for x in elts {
                            match &x.kind {
                                ExprKind::KeyValue(_, v) => self.expr(b, v),
                                _ => self.expr(b, x),
                            }
                        }
                        b.emit(Instr::ArrayLit { ty, indexes: indexes.into() }, e.span);
                        if self.info.indexed_slice_lits.contains(&e.id) {
                            b.emit(array_box(StdFn::ArrayToBacking, 1), e.span);
                        }
                    }
                    Some(ExprInfo::SyncLit(kind)) => {
                        b.emit(Instr::NewSync { kind: *kind, name: None }, e.span);
                    }
                    Some(ExprInfo::MapLit) => {
                        for x in elts {
                            if let ExprKind::KeyValue(k, v) = &x.kind {
                                self.expr(b, k);
                                self.expr(b, v);
                            }
                        }
                        b.emit(Instr::MapLit(elts.len() as u32), e.span);
                    }
                    _ => {
                        b.emit(Instr::PushNil, e.span);
                    }
                }
                1
            }
            ExprKind::Index(x, idx) if idx.len() == 1 => {
                self.array_base(b, x);
                if let Some(ExprInfo::IndexArrayPtr) = self.info.exprs.get(&e.id) {
                    b.emit(array_box(StdFn::ArrayPtrCheck, 1), e.span);
                }
                self.expr(b, &idx[0]);
                let ptr = matches!(self.info.exprs.get(&e.id), Some(ExprInfo::IndexArrayPtr));
                let nested = ptr || self.handle_depth(x).is_some_and(|d| d >= 2);
                if let Some(&levels) = self.info.array_levels.get(&e.id).filter(|_| nested) {
                    // An array element that may live in a backing array of its own: copied out.
                    b.emit(Instr::Index, e.span);
                    b.emit(Instr::PushInt(i64::from(levels)), e.span);
                    b.emit(array_box(StdFn::ArrayValue, 2), e.span);
                    return 1;
                }
                match self.info.exprs.get(&e.id) {
                    Some(ExprInfo::IndexMap(zero)) => {
                        b.emit(Instr::MapIndex { zero: *zero, with_ok: false }, e.span);
                    }
                    _ => {
                        b.emit(Instr::Index, e.span);
                    }
                }
                1
            }
            ExprKind::Slice(x, bounds) if self.info.array_slices.contains_key(&e.id) => {
                // An array's slice: a library call on (a, lo, hi[, max]), missing bounds filled in.
                let len = self.info.array_slices.get(&e.id).copied().unwrap_or(0);
                if self.info.array_place_slices.contains(&e.id) {
                    // A pointer to the array's place, which the slice then reads and writes.
                    self.interior_addr(b, x, &[], e.span);
                } else {
                    self.array_base(b, x);
                }
                if self.info.array_refs.contains(&e.id) {
                    b.emit(array_box(StdFn::ArrayPtrCheck, 1), e.span);
                }
                if self.info.array_snapshots.contains(&e.id) {
                    // A slice that is only read: over a copy of the array in a new backing array.
                    b.emit(array_box(StdFn::ArrayToBacking, 1), e.span);
                }
                for (k, bound) in bounds.iter().enumerate() {
                    match bound {
                        Some(v) => self.expr(b, v),
                        None if k == 0 => {
                            b.emit(Instr::PushInt(0), e.span);
                        }
                        None if k == 1 => {
                            b.emit(Instr::PushInt(len as i64), e.span);
                        }
                        None => {}
                    }
                }
                let args = if bounds[2].is_some() { 4 } else { 3 };
                b.emit(array_box(StdFn::ArraySlice, args), e.span);
                1
            }
            ExprKind::Slice(x, [lo, hi, Some(max)]) => {
                // `s[lo:hi:max]` is a library call on (s, lo, hi, max).
                self.array_base(b, x);
                match lo {
                    Some(lo) => self.expr(b, lo),
                    None => {
                        b.emit(Instr::PushInt(0), e.span);
                    }
                }
                for i in [hi.as_deref(), Some(&**max)].into_iter().flatten() {
                    self.expr(b, i);
                }
                let builtin = Builtin::Std(crate::ir::stdlib::StdFn::Slice3);
                b.emit(Instr::CallBuiltin { builtin, args: 4 }, e.span);
                1
            }
            ExprKind::Slice(x, [lo, hi, _]) => {
                self.array_base(b, x);
                if let Some(lo) = lo {
                    self.expr(b, lo);
                }
                if let Some(hi) = hi {
                    self.expr(b, hi);
                }
                b.emit(Instr::SliceExpr { lo: lo.is_some(), hi: hi.is_some() }, e.span);
                1
            }
            _ => {
                b.emit(Instr::PushNil, e.span);
                1
            }
        }
    }

    /// Lowers call arguments; returns how many values they pushed.
    fn args(&mut self, b: &mut Builder, args: &[Expr]) -> u8 {
        let mut n = 0u8;
        for a in args {
            n = n.saturating_add(self.expr_multi(b, a));
        }
        n
    }

    /// Lowers the arguments of a call of a function value or method; a
    /// variadic call packs its extra arguments into a slice (nil when there
    /// are none). Returns how many values the callee receives.
    fn call_args(&mut self, b: &mut Builder, call: &Expr, args: &[Expr]) -> u8 {
        let n = self.args(b, args);
        match self.info.variadic_packs.get(&call.id) {
            Some(0) => {
                b.emit(Instr::PushNil, call.span);
                n + 1
            }
            Some(&k) => {
                b.emit(Instr::SliceLit(u32::from(k)), call.span);
                n - k + 1
            }
            None => n,
        }
    }

    /// Lowers a `select`: push every case's operands, `Select`, then jump
    /// to the chosen case's body. A lone case without `default` is, as in
    /// Go, a plain channel operation.
    fn select(&mut self, b: &mut Builder, s: &Stmt, clauses: &[CaseClause]) {
        let label = b.pending_label.take();
        let comms: Vec<&CaseClause> = clauses.iter().filter(|c| c.comm.is_some()).collect();
        let has_default = comms.len() < clauses.len();
        if comms.len() == 1 && !has_default {
            let c = comms[0];
            self.stmt(b, c.comm.as_ref().expect("a comm case"));
            b.loops.push(Loop { is_select: true, label, ..Loop::default() });
            self.stmts(b, &c.body);
            let l = b.loops.pop().expect("select context");
            let end = b.pc();
            for at in l.breaks {
                b.patch(at, end);
            }
            return;
        }
        let mut cases = Vec::new();
        for c in &comms {
            let comm = c.comm.as_ref().expect("a comm case");
            match &comm.kind {
                StmtKind::Send { chan, value } => {
                    self.expr(b, chan);
                    self.expr(b, value);
                    cases.push(SelectCase { send: true });
                }
                StmtKind::Expr(e) => {
                    self.select_recv_operand(b, e);
                    cases.push(SelectCase { send: false });
                }
                StmtKind::Assign { rhs, .. } if !rhs.is_empty() => {
                    self.select_recv_operand(b, &rhs[0]);
                    cases.push(SelectCase { send: false });
                }
                _ => {}
            }
        }
        b.emit(Instr::Select { cases: cases.into(), has_default }, s.span);
        let (t_idx, t_ok, t_val) = (b.new_slot(), b.new_slot(), b.new_slot());
        b.emit(Instr::Store(t_idx), s.span);
        b.emit(Instr::Store(t_ok), s.span);
        b.emit(Instr::Store(t_val), s.span);
        let mut ends = Vec::new();
        let mut k = 0i64;
        for c in clauses {
            let index = if c.comm.is_some() {
                k += 1;
                k - 1
            } else {
                comms.len() as i64
            };
            b.emit(Instr::Load(t_idx), c.span);
            b.emit(Instr::PushInt(index), c.span);
            b.emit(Instr::Binary(BinOp::Eq), c.span);
            let skip = b.emit(Instr::JumpIfFalse(0), c.span);
            if let Some(StmtKind::Assign { lhs, op, .. }) = c.comm.as_ref().map(|x| &x.kind) {
                let define = *op == AssignOp::Define;
                b.emit(Instr::Load(t_val), c.span);
                self.store_target(b, &lhs[0], define, c.span);
                if let Some(ok) = lhs.get(1) {
                    b.emit(Instr::Load(t_ok), c.span);
                    self.store_target(b, ok, define, c.span);
                }
            }
            b.loops.push(Loop { is_select: true, label: label.clone(), ..Loop::default() });
            self.stmts(b, &c.body);
            let l = b.loops.pop().expect("select context");
            ends.extend(l.breaks);
            ends.push(b.emit(Instr::Jump(0), c.span));
            let next = b.pc();
            b.patch(skip, next);
        }
        let end = b.pc();
        for at in ends {
            b.patch(at, end);
        }
    }

    /// `x.(T)`, with or without the `ok` result.
    fn type_assert(&mut self, b: &mut Builder, e: &Expr, x: &Expr, with_ok: bool) {
        self.expr(b, x);
        let src = self.info.asserts.get(&x.id).copied().flatten().unwrap_or(0);
        let target = self.info.asserts.get(&e.id).copied().flatten().unwrap_or(0);
        b.emit(Instr::TypeAssert { src, target, with_ok }, e.span);
    }

    /// Lowers `switch`: the tag is evaluated once, cases are compared in
    /// order, and bodies follow in source order so `fallthrough` falls into
    /// the next one. `break` leaves the switch.
    fn switch(&mut self, b: &mut Builder, s: &Stmt, init: Option<&Stmt>, tag: Option<&Stmt>, clauses: &[CaseClause]) {
        let label = b.pending_label.take();
        if let Some(i) = init {
            self.stmt(b, i);
        }
        let guard = tag.and_then(super::check::type_switch_guard);
        let t_tag = b.new_slot();
        let has_tag = match (guard, tag.map(|t| &t.kind)) {
            (Some((_, x)), _) => {
                b.mark();
                self.expr(b, x);
                b.emit(Instr::Store(t_tag), s.span);
                true
            }
            (None, Some(StmtKind::Expr(e))) => {
                b.mark();
                self.expr(b, e);
                b.emit(Instr::Store(t_tag), s.span);
                true
            }
            _ => false,
        };
        // Tests: each case jumps to its body when it matches.
        let mut to_body: Vec<Vec<usize>> = vec![Vec::new(); clauses.len()];
        for (k, c) in clauses.iter().enumerate() {
            let Some(exprs) = &c.exprs else { continue };
            for x in exprs {
                b.mark();
                if guard.is_some() {
                    let target = self.info.asserts.get(&x.id).copied().flatten();
                    b.emit(Instr::Load(t_tag), x.span);
                    b.emit(Instr::TypeIs(target), x.span);
                } else if has_tag {
                    b.emit(Instr::Load(t_tag), x.span);
                    self.expr(b, x);
                    b.emit(Instr::Binary(BinOp::Eq), x.span);
                } else {
                    self.expr(b, x);
                }
                b.emit(Instr::Unary(UnOp::Not), x.span);
                to_body[k].push(b.emit(Instr::JumpIfFalse(0), x.span));
            }
        }
        let default = clauses.iter().position(|c| c.exprs.is_none());
        let no_match = b.emit(Instr::Jump(0), s.span);
        let mut ends = Vec::new();
        let mut body_starts = Vec::new();
        let mut fall_jumps: Vec<(usize, usize)> = Vec::new();
        for (k, c) in clauses.iter().enumerate() {
            body_starts.push(b.pc());
            // A type switch binds its variable in each clause.
            if let (Some((Some(_), _)), Some(&v)) =
                (guard, self.info.clause_vars.iter().rev().find(|(start, _)| *start == c.span.start).map(|(_, v)| v))
            {
                b.emit(Instr::Load(t_tag), c.span);
                let single = c.exprs.as_ref().filter(|xs| xs.len() == 1).map(|xs| &xs[0]);
                if let Some(t) = single.and_then(|x| self.info.asserts.get(&x.id).copied().flatten()) {
                    let src = guard.and_then(|(_, x)| self.info.asserts.get(&x.id).copied().flatten()).unwrap_or(0);
                    if !matches!(self.info.types.get(t).kind, crate::ir::types::RtKind::Interface { .. }) {
                        b.emit(Instr::TypeAssert { src, target: t, with_ok: false }, c.span);
                    }
                }
                self.declare(b, v, c.span);
            }
            b.loops.push(Loop { is_select: true, label: label.clone(), ..Loop::default() });
            let falls = matches!(c.body.last().map(|st| &st.kind), Some(StmtKind::Branch(BranchKind::Fallthrough, _)));
            let body = if falls { &c.body[..c.body.len() - 1] } else { &c.body[..] };
            self.stmts(b, body);
            let l = b.loops.pop().expect("switch context");
            ends.extend(l.breaks);
            if falls {
                fall_jumps.push((b.emit(Instr::Jump(0), c.span), k + 1));
            } else {
                ends.push(b.emit(Instr::Jump(0), c.span));
            }
        }
        let end = b.pc();
        for (k, jumps) in to_body.into_iter().enumerate() {
            for j in jumps {
                b.patch(j, body_starts[k]);
            }
        }
        for (j, k) in fall_jumps {
            b.patch(j, body_starts.get(k).copied().unwrap_or(end));
        }
        b.patch(no_match, default.map(|d| body_starts[d]).unwrap_or(end));
        for j in ends {
            b.patch(j, end);
        }
    }

    /// Adds a generated function (a wrapper) whose parameters are its only
    /// locals and whose every instruction points at `span`; its first
    /// instruction starts its one statement.
    fn push_wrapper(&mut self, name: String, params: u16, code: Vec<Instr>, span: Span) -> FuncId {
        let len = code.len();
        let mut stmt_start = vec![false; len];
        stmt_start[0] = true;
        let f = Function {
            name,
            params,
            locals: params,
            captures: 0,
            code,
            spans: vec![span; len],
            stmt_start,
            span,
            recover_pc: (len - 1) as u32,
            named_results: false,
        };
        let id = self.funcs.len();
        self.funcs.push(Some(f));
        id as FuncId
    }

    /// A function `func(a1..an) { builtin(a1..an) }` for `go` with a library call.
    fn go_wrapper(&mut self, b: &mut Builder, builtin: Builtin, n: u8, spread: bool, span: Span) -> FuncId {
        b.lits += 1;
        let name = format!("{}.gowrap{}", b.name, b.lits);
        let mut code: Vec<Instr> = (0..n as u16).map(Instr::Load).collect();
        code.push(if spread {
            Instr::CallBuiltinSpread { builtin, args: n }
        } else {
            Instr::CallBuiltin { builtin, args: n }
        });
        code.extend((0..builtin.results()).map(|_| Instr::Pop));
        code.push(Instr::Return { results: 0 });
        self.push_wrapper(name, n as u16, code, span)
    }

    /// The wrapper of a method expression `(*T).M` for a value method `M`:
    /// Go's `main.(*T).M`, which panics on a nil pointer and otherwise calls
    /// `M` on the pointed-to value with the other arguments.
    #[allow(clippy::too_many_arguments)]
    fn ptr_method_wrapper(
        &mut self,
        func: usize,
        name: String,
        params: u8,
        results: u8,
        message: String,
        string: crate::ir::types::TypeId,
        span: Span,
    ) -> FuncId {
        let n = params as u16 + 1;
        let mut code = vec![
            Instr::Load(0),
            Instr::PushNil,
            Instr::Binary(BinOp::Ne),
            Instr::JumpIfFalse(0),
            Instr::FuncRef(func as FuncId),
            Instr::Load(0),
            Instr::Deref,
        ];
        code.extend((1..n).map(Instr::Load));
        code.push(Instr::Call { args: params + 1, results });
        code.push(Instr::Return { results });
        let panic_at = code.len() as u32;
        code[3] = Instr::JumpIfFalse(panic_at);
        code.push(Instr::PushStr(Rc::from(message.as_str())));
        code.push(Instr::ToIface(string));
        code.push(Instr::CallBuiltin { builtin: Builtin::Panic, args: 1 });
        code.push(Instr::Return { results: 0 });
        self.push_wrapper(name, n, code, span)
    }

    /// The function a library function used as a value stands for: it
    /// passes its parameters to the library call and returns its results.
    fn lib_func_wrapper(&mut self, v: super::check::LibFuncValue, span: Span) -> FuncId {
        let n = v.params;
        let mut code: Vec<Instr> = (0..n as u16).map(Instr::Load).collect();
        code.push(if v.spread {
            Instr::CallBuiltinSpread { builtin: v.builtin, args: n }
        } else {
            Instr::CallBuiltin { builtin: v.builtin, args: n }
        });
        let results = v.builtin.results();
        code.push(Instr::Return { results });
        self.push_wrapper(v.name, n as u16, code, span)
    }

    /// Pushes the channel of a receive case `<-ch`.
    fn select_recv_operand(&mut self, b: &mut Builder, e: &Expr) {
        if let ExprKind::Unary(UnaryOp::Recv, ch) = &super::check::strip_parens(e).kind {
            self.expr(b, ch);
        }
    }

    /// Pushes the receiver of a method call `x.M(...)`; returns 1.
    fn method_receiver(&mut self, b: &mut Builder, func: &Expr) -> u8 {
        let f = super::check::strip_parens(func);
        if let ExprKind::Selector(x, _) = &f.kind {
            self.expr(b, x);
            let mut embedded = false;
            if let Some(Selection::SyncMethod { path, .. }) = self.info.selections.get(&f.id).cloned() {
                embedded = !path.is_empty();
                for step in path {
                    b.emit(Instr::Field(step), f.span);
                }
            }
            let field = embedded || matches!(super::check::strip_parens(x).kind, ExprKind::Selector(..));
            if let Some(name) = selector_text(x).filter(|_| field) {
                b.emit(Instr::NameUnnamed { name: Rc::from(name) }, f.span);
            }
        }
        1
    }

    /// Pushes `&x` for a variable that lives in a cell.
    fn addr_of_var(&mut self, b: &mut Builder, x: &Expr) {
        let Some(v) = self.var_of(super::check::strip_parens(x).id) else {
            b.emit(Instr::PushNil, x.span);
            return;
        };
        if self.info.vars[v].backed > 0 {
            // A pointer to an array variable is the handle to its backing array.
            self.load_raw(b, v, x.span);
            return;
        }
        if let Some(&g) = self.globals.get(&v) {
            b.emit(Instr::LoadGlobal(g), x.span);
        } else if let Some(&slot) = b.slots.get(&v) {
            b.emit(Instr::AddrOf(slot), x.span);
        } else if let Some(i) = b.captures.iter().position(|&c| c == v) {
            b.emit(Instr::AddrOfCapture(i as u16), x.span);
        } else {
            b.emit(Instr::PushNil, x.span);
        }
    }

    /// Moves the value on the stack into a new heap cell: `&T{...}`,
    /// `new(T)`; an array goes to a new backing array instead.
    fn box_value(&mut self, b: &mut Builder, e: &Expr, span: Span) {
        if self.info.array_refs.contains(&e.id) {
            b.emit(array_box(StdFn::ArrayToBacking, 1), span);
        } else {
            b.emit(Instr::BoxValue, span);
        }
    }

    /// Pushes the array (or slice, string, map) operand of an index or a
    /// slice expression: for an array variable in a backing array, the
    /// handle, so indexing reads in place and slicing shares the elements.
    fn array_base(&mut self, b: &mut Builder, x: &Expr) {
        let inner = super::check::strip_parens(x);
        if let ExprKind::Star(p) = &inner.kind {
            if self.info.array_refs.contains(&inner.id) {
                // `(*p)[i]`, `(*p)[lo:hi]`: the array in place, through the (checked) pointer.
                self.expr(b, p);
                b.emit(array_box(StdFn::ArrayPtrCheck, 1), inner.span);
                return;
            }
        }
        if self.handle_depth(inner).is_some() {
            match &inner.kind {
                ExprKind::Index(a, idx) => {
                    // `grid[i]` of a variable two levels deep in backing arrays: the row's handle.
                    self.array_base(b, a);
                    self.expr(b, &idx[0]);
                    b.emit(Instr::Index, inner.span);
                }
                _ => {
                    if let Some(v) = self.var_of(inner.id) {
                        self.load_raw(b, v, inner.span);
                    }
                }
            }
            return;
        }
        self.expr(b, x);
    }

    /// For an array variable in backing arrays (or an element of one that
    /// is itself in a backing array): how many levels deep its handle's
    /// elements are backed too; `None` when `x` is not such a handle.
    fn handle_depth(&self, x: &Expr) -> Option<u8> {
        let x = super::check::strip_parens(x);
        match &x.kind {
            ExprKind::Ident(_) => {
                let v = self.var_of(x.id)?;
                let depth = self.info.vars[v].backed;
                (depth > 0).then_some(depth)
            }
            ExprKind::Index(a, _) if matches!(self.info.exprs.get(&x.id), Some(ExprInfo::IndexArray)) => {
                let depth = self.handle_depth(a)?;
                (depth >= 2).then_some(depth - 1)
            }
            _ => None,
        }
    }

    /// Pushes a pointer to `x` followed by the field steps `extra`: an
    /// interior pointer into a variable's cell, a pointee, or a slice element.
    fn interior_addr(&mut self, b: &mut Builder, x: &Expr, extra: &[u16], span: Span) {
        let mut path: Vec<u16> = extra.to_vec();
        let mut cur = super::check::strip_parens(x);
        let builtin = |f| Builtin::Std(f);
        loop {
            if self.through_pointer(cur) {
                // `p...` where p is a pointer: the pointee is the base.
                self.expr(b, cur);
                break;
            }
            match &cur.kind {
                ExprKind::Selector(inner, _) => {
                    if let Some(Selection::Field { path: p }) = self.info.selections.get(&cur.id).cloned() {
                        for step in p.iter().rev() {
                            path.insert(0, *step);
                        }
                    }
                    cur = super::check::strip_parens(inner);
                }
                ExprKind::Index(s, idx) => {
                    let info = self.info.exprs.get(&cur.id).cloned();
                    let f = match info {
                        // An element of an array inside a struct or another array, or
                        // behind a pointer: a pointer into the array's own place.
                        Some(ExprInfo::IndexArray) if self.handle_depth(s).is_none() => {
                            self.interior_addr(b, s, &[], span);
                            crate::ir::stdlib::StdFn::AddrIndex
                        }
                        Some(ExprInfo::IndexArrayPtr) => {
                            self.expr(b, s);
                            crate::ir::stdlib::StdFn::AddrIndex
                        }
                        _ => {
                            self.array_base(b, s);
                            crate::ir::stdlib::StdFn::AddrElem
                        }
                    };
                    self.expr(b, &idx[0]);
                    for step in &path {
                        b.emit(Instr::PushInt(*step as i64), span);
                    }
                    let args = 2 + path.len() as u8;
                    b.emit(Instr::CallBuiltin { builtin: builtin(f), args }, span);
                    return;
                }
                // `&(*p).f`: the pointer itself is the base.
                ExprKind::Star(p) => {
                    self.expr(b, p);
                    break;
                }
                _ => {
                    self.addr_of_var(b, cur);
                    break;
                }
            }
        }
        if path.is_empty() {
            return;
        }
        for step in &path {
            b.emit(Instr::PushInt(*step as i64), span);
        }
        let args = 1 + path.len() as u8;
        b.emit(Instr::CallBuiltin { builtin: builtin(crate::ir::stdlib::StdFn::AddrField), args }, span);
    }

    /// After a context, Cond, timer or `time.After` channel constructor
    /// assigned to a variable, names the object after the variable (for the
    /// scene).
    fn name_value(&mut self, b: &mut Builder, lhs: &[Expr], rhs: &[Expr], i: usize, span: Span) {
        use crate::ir::Builtin as B;
        let Some(CallKind::Builtin(builtin)) = self.info.calls.get(&super::check::strip_parens(&rhs[i]).id) else {
            return;
        };
        let depth = match builtin {
            B::CtxWithCancel | B::CtxWithTimeout | B::CtxWithDeadline if rhs.len() == 1 => {
                (lhs.len() as u8).saturating_sub(1)
            }
            B::NewCond
            | B::NewTimer
            | B::NewTicker
            | B::TimeAfter
            | B::TimeTick
            | B::CtxBackground
            | B::CtxTodo
            | B::CtxWithValue
                if lhs.len() == rhs.len() =>
            {
                0
            }
            _ => return,
        };
        if let Some(name) = lhs.get(i).and_then(selector_text).filter(|_| depth < 2) {
            if name != "_" {
                b.emit(Instr::NameValue { name: Rc::from(name.as_str()), depth }, span);
            }
        }
    }

    fn call(&mut self, b: &mut Builder, e: &Expr, func: &Expr, args: &[Expr]) -> u8 {
        match self.info.calls.get(&e.id).cloned() {
            Some(CallKind::Func { results }) => {
                self.expr(b, func);
                let n = self.call_args(b, e, args);
                b.emit(Instr::Call { args: n, results }, e.span);
                results
            }
            Some(CallKind::Builtin(builtin)) => {
                let n = self.args(b, args);
                if self.info.spread_calls.contains(&e.id) {
                    b.emit(Instr::CallBuiltinSpread { builtin, args: n }, e.span);
                } else {
                    b.emit(Instr::CallBuiltin { builtin, args: n }, e.span);
                }
                builtin.results()
            }
            Some(CallKind::Method(builtin)) => {
                let n = self.method_receiver(b, func) + self.args(b, args);
                b.emit(Instr::CallBuiltin { builtin, args: n }, e.span);
                builtin.results()
            }
            Some(CallKind::MakeChan(zero)) => {
                match args.get(1) {
                    Some(n) => self.expr(b, n),
                    None => {
                        b.emit(Instr::PushInt(0), e.span);
                    }
                }
                let name = b.chan_name.take();
                b.emit(Instr::MakeChan { zero, name }, e.span);
                1
            }
            Some(CallKind::Close) => {
                self.args(b, args);
                b.emit(Instr::Close, e.span);
                0
            }
            Some(CallKind::MakeSlice(zero)) => {
                for a in &args[1..] {
                    self.expr(b, a);
                }
                b.emit(Instr::MakeSlice { zero, has_cap: args.len() > 2 }, e.span);
                1
            }
            Some(CallKind::MakeMap) => {
                for a in &args[1..] {
                    self.expr(b, a);
                }
                b.emit(Instr::MakeMap { has_hint: args.len() > 1 }, e.span);
                1
            }
            Some(CallKind::Append { spread, elem_size }) => {
                let n = self.args(b, args);
                b.emit(Instr::Append { args: n.saturating_sub(1), spread, elem_size }, e.span);
                1
            }
            Some(CallKind::Delete) => {
                self.args(b, args);
                b.emit(Instr::Delete, e.span);
                0
            }
            Some(CallKind::Copy) => {
                self.args(b, args);
                b.emit(Instr::Copy, e.span);
                1
            }
            Some(CallKind::Convert) => {
                if let Some(ExprInfo::New(zero)) = self.info.exprs.get(&e.id) {
                    b.emit(Instr::PushZero(*zero), e.span);
                    self.box_value(b, e, e.span);
                    return 1;
                }
                self.args(b, args);
                if let Some(conv) = self.info.convs.get(&e.id) {
                    b.emit(Instr::Convert(*conv), e.span);
                }
                1
            }
            Some(CallKind::IfaceCall { results }) => {
                let (ExprKind::Selector(x, _), Some(Selection::IfaceMethod { name })) = (
                    &super::check::strip_parens(func).kind,
                    self.info.selections.get(&super::check::strip_parens(func).id).cloned(),
                ) else {
                    return 0;
                };
                self.expr(b, x);
                let n = self.call_args(b, e, args);
                b.emit(Instr::CallMethod { name: Rc::from(name.as_str()), args: n + 1, results }, e.span);
                results
            }
            Some(CallKind::MethodCall { results }) => {
                let Some(Selection::Method { func: f, path, pointer_receiver, value_is_pointer }) =
                    self.info.selections.get(&super::check::strip_parens(func).id).cloned()
                else {
                    return 0;
                };
                let ExprKind::Selector(x, _) = &super::check::strip_parens(func).kind else { return 0 };
                b.emit(Instr::FuncRef(f as FuncId), e.span);
                let is_var = matches!(super::check::strip_parens(x).kind, ExprKind::Ident(_));
                if pointer_receiver && !value_is_pointer && path.is_empty() && !self.through_pointer(x) && is_var {
                    self.addr_of_var(b, x);
                } else if pointer_receiver && !value_is_pointer {
                    // `&s[i]`, `&a[i]`, `&v.f`, or `&v.Embedded` for a promoted method.
                    // `v.M()` with M promoted from an embedded value: `&v.Embedded`.
                    self.interior_addr(b, x, &path, e.span);
                } else {
                    self.expr(b, x);
                    for step in &path {
                        b.emit(Instr::Field(*step), e.span);
                    }
                    if !pointer_receiver && value_is_pointer {
                        b.emit(Instr::Deref, e.span);
                    }
                }
                let n = self.call_args(b, e, args);
                b.emit(Instr::Call { args: n + 1, results }, e.span);
                results
            }
            None => 0,
        }
    }
}

/// A call of one of the library functions that keep arrays in backing arrays.
fn array_box(f: StdFn, args: u8) -> Instr {
    Instr::CallBuiltin { builtin: Builtin::Std(f), args }
}

fn binop(op: BinaryOp) -> BinOp {
    match op {
        BinaryOp::Add => BinOp::Add,
        BinaryOp::Sub => BinOp::Sub,
        BinaryOp::Mul => BinOp::Mul,
        BinaryOp::Quo => BinOp::Div,
        BinaryOp::Rem => BinOp::Rem,
        BinaryOp::Eql => BinOp::Eq,
        BinaryOp::Neq => BinOp::Ne,
        BinaryOp::Lss => BinOp::Lt,
        BinaryOp::Leq => BinOp::Le,
        BinaryOp::Gtr => BinOp::Gt,
        BinaryOp::Geq => BinOp::Ge,
        BinaryOp::And => BinOp::And,
        BinaryOp::Or => BinOp::Or,
        BinaryOp::Xor => BinOp::Xor,
        BinaryOp::AndNot => BinOp::AndNot,
        BinaryOp::Shl => BinOp::Shl,
        BinaryOp::Shr => BinOp::Shr,
        // The checker rejects the rest before lowering.
        _ => BinOp::Add,
    }
}

/// The text of `a.b.c` (identifiers and field selectors only), which names
/// a `sync` object kept in a struct field in the scene.
fn selector_text(e: &Expr) -> Option<String> {
    match &super::check::strip_parens(e).kind {
        ExprKind::Ident(name) => Some(name.clone()),
        ExprKind::Selector(x, field) => Some(format!("{}.{}", selector_text(x)?, field.name)),
        _ => None,
    }
}
