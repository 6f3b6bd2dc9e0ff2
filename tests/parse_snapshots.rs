//! Snapshot tests of the parser's trees: each program in `tests/snapshots/*.go`
//! is parsed and its tree (the `Debug` form of `ast::File`, spans included)
//! must equal the committed `NAME.tree` file next to it. A change to the
//! parser that changes a tree fails here; when the change is intended,
//! rewrite the snapshots with `CHANSCOPE_BLESS=1 cargo test --test parse_snapshots`
//! and review the diff.

use std::path::Path;

#[test]
fn parse_trees_match_their_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let bless = std::env::var_os("CHANSCOPE_BLESS").is_some();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/snapshots exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "only {} snapshot programs", files.len());
    let mut failed = Vec::new();
    for path in &files {
        let source = std::fs::read_to_string(path).expect("readable");
        let (tree, diags) = chanscope::lang::parser::parse(&source);
        let mut got = format!("{tree:#?}\n");
        for d in &diags {
            got.push_str(&format!("diagnostic: {d:?}\n"));
        }
        let snap = path.with_extension("tree");
        if bless {
            std::fs::write(&snap, &got).expect("writable");
            continue;
        }
        match std::fs::read_to_string(&snap) {
            Ok(want) if want == got => {}
            Ok(_) => failed.push(format!("{}: the tree differs from {}", path.display(), snap.display())),
            Err(_) => failed.push(format!("{}: no snapshot {}", path.display(), snap.display())),
        }
    }
    assert!(failed.is_empty(), "{}\n(rewrite with CHANSCOPE_BLESS=1 after reviewing)", failed.join("\n"));
}
