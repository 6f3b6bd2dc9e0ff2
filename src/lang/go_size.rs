//! The size and alignment Go gives a type on a 64-bit machine. Only `append`
//! needs them: Go rounds a grown slice's capacity up to the allocator's size
//! class for the element size, so `cap` after `append` depends on them.

use super::types::Type;
use crate::ir::SyncKind;

/// Size and alignment in bytes, as `unsafe.Sizeof` and `unsafe.Alignof` give them on amd64.
pub fn size_align(t: &Type) -> (u64, u64) {
    match t {
        Type::Int(name) => match *name {
            "int8" | "uint8" | "byte" => (1, 1),
            "int16" | "uint16" => (2, 2),
            "int32" | "uint32" | "rune" => (4, 4),
            _ => (8, 8),
        },
        Type::Float(name) => match *name {
            "float32" => (4, 4),
            _ => (8, 8),
        },
        Type::Bool | Type::UntypedBool => (1, 1),
        Type::String | Type::UntypedString | Type::Any | Type::Interface(_) => (16, 8),
        Type::Slice(_) => (24, 8),
        Type::EmptyStruct => (0, 1),
        Type::Array(n, elem) => {
            let (size, align) = size_align(elem);
            (size.saturating_mul(*n), align)
        }
        Type::Struct(fields) => {
            let (mut size, mut align) = (0u64, 1u64);
            for f in fields.iter() {
                let (s, a) = size_align(&f.ty);
                size = size.div_ceil(a) * a + s;
                align = align.max(a);
            }
            (size.div_ceil(align) * align, align)
        }
        Type::Named(n) => size_align(&n.underlying.borrow()),
        Type::Sync(kind) => sync_size_align(*kind),
        _ => (8, 8),
    }
}

/// The sizes of the library's own struct types in Go 1.19.
fn sync_size_align(kind: SyncKind) -> (u64, u64) {
    match kind {
        SyncKind::Mutex => (8, 4),
        SyncKind::RWMutex => (24, 4),
        SyncKind::WaitGroup => (16, 8),
        SyncKind::Once => (12, 4),
        SyncKind::Cond => (56, 8),
        SyncKind::AtomicInt32 | SyncKind::AtomicUint32 | SyncKind::AtomicBool => (4, 4),
        SyncKind::Context | SyncKind::AtomicValue => (16, 8),
        _ => (8, 8),
    }
}
