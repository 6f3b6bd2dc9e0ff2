//! Tests of the front end: tokens, parsing, checking, lowering and robustness.

use super::token::TokenKind as T;
use super::*;

const PING_PONG: &str = r#"package main

import "fmt"

func main() {
	ping := make(chan string)
	pong := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			msg := <-ping
			pong <- msg + "-pong"
		}
	}()
	for i := 0; i < 3; i++ {
		ping <- "ping"
		fmt.Println(<-pong)
	}
}
"#;

const WORKERS: &str = r#"package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, 5)
	results := make(chan int, 5)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= 5; a++ {
		sum += <-results
	}
	fmt.Println("sum:", sum)
}
"#;

const CLOSURES: &str = r#"package main

import (
	"fmt"
)

func pair(a, b int) (int, string) {
	if a > b && b >= 0 || a == 0 {
		return a, "a"
	} else if a == b {
		return b, "eq"
	} else {
		return b, "b"
	}
}

func apply(f func(int) int, x int) int {
	return f(x)
}

func main() {
	done := make(chan struct{})
	flags := make(chan bool, 1)
	var total int
	var name string = "n"
	var k = 3
	counter := 0
	inc := func(n int) int {
		counter += n
		add := func() { counter++ }
		add()
		return counter
	}
	for i := 0; i < 3; i++ {
		go func() {
			fmt.Println(i, inc(i))
			done <- struct{}{}
		}()
	}
	x, s := pair(1, 2)
	total = apply(inc, x) + k
	total -= -1
	total *= 2
	total /= 2
	total %= 100
	flags <- !(total > 0)
	v, ok := <-flags
	for {
		if total > 10 {
			break
		}
		total++
		continue
	}
	for total > 0 {
		total--
	}
	<-done
	println(len(s)+len(name), cap(flags), len(flags), v, ok, total)
	fmt.Print("x", 1, true, "\n")
	if total < 0 {
		panic("negative")
	}
}
"#;

fn kinds(src: &str) -> Vec<T> {
    let (toks, diags) = lex(src);
    assert!(diags.is_empty(), "{:?}", diags);
    toks.into_iter().map(|t| t.kind).collect()
}

#[test]
fn tokens_with_automatic_semicolons() {
    use T::*;
    let cases: &[(&str, &[T])] = &[
        ("x := 1\n", &[Ident, Define, Int, Semicolon, Eof]),
        ("return\n}", &[Return, Semicolon, RBrace, Semicolon, Eof]),
        ("f(a,\nb)\n", &[Ident, LParen, Ident, Comma, Ident, RParen, Semicolon, Eof]),
        ("x++ // c\ny--", &[Ident, Inc, Comment, Semicolon, Ident, Dec, Semicolon, Eof]),
        ("a /* x\n */ b", &[Ident, Semicolon, Comment, Ident, Semicolon, Eof]),
        ("a /* x */ b", &[Ident, Comment, Ident, Semicolon, Eof]),
        ("ch <- v; <-ch", &[Ident, Arrow, Ident, Semicolon, Arrow, Ident, Semicolon, Eof]),
        ("a &^= b >>= c<<d...", &[Ident, AndNotAssign, Ident, ShrAssign, Ident, Shl, Ident, Ellipsis, Eof]),
        ("break\ncontinue\nfallthrough\n", &[Break, Semicolon, Continue, Semicolon, Fallthrough, Semicolon, Eof]),
        ("x]\ny)\n", &[Ident, RBrack, Semicolon, Ident, RParen, Semicolon, Eof]),
        ("+\n", &[Add, Eof]),
        (
            "0x1F 0o17 017 0b101 1_000 0 .5 1. 1e9 0x1p-2 3i 'a' '\\n' '\\x41' '\\u00e9' \"s\\t\" `raw\n`",
            &[
                Int, Int, Int, Int, Int, Int, Float, Float, Float, Float, Imag, Char, Char, Char, Char, String, String,
                Semicolon, Eof,
            ],
        ),
        ("héllo ñ := 世界", &[Ident, Ident, Define, Ident, Semicolon, Eof]),
        ("func chan map struct interface select", &[Func, Chan, Map, Struct, Interface, Select, Eof]),
    ];
    for (src, want) in cases {
        assert_eq!(&kinds(src), want, "tokens of {:?}", src);
    }
    // The automatic semicolon sits at the newline, with an empty span.
    let (toks, _) = lex("x\n");
    assert_eq!(toks[1].span, Span::new(1, 1));
}

#[test]
fn literal_values() {
    assert_eq!(lexer::int_value("0x1F"), Some(31));
    assert_eq!(lexer::int_value("0o17"), Some(15));
    assert_eq!(lexer::int_value("017"), Some(15));
    assert_eq!(lexer::int_value("0b101"), Some(5));
    assert_eq!(lexer::int_value("1_000"), Some(1000));
    assert_eq!(lexer::string_value(r#""a\tb\"\u00e9\x41\101""#), "a\tb\"éAA");
    assert_eq!(lexer::string_value("`a\\n`"), "a\\n");
    assert_eq!(lexer::rune_value("'a'"), 97);
    assert_eq!(lexer::rune_value(r"'\n'"), 10);
    assert_eq!(lexer::rune_value("'世'"), 0x4e16);
}

#[test]
fn lexer_errors_use_go_wording() {
    let cases = [
        ("x := @", "invalid character U+0040 '@'"),
        ("\"abc\n", "newline in string"),
        ("\"abc", "string not terminated"),
        ("`abc", "string not terminated"),
        ("/* abc", "comment not terminated"),
        ("''", "empty rune literal or unescaped '"),
        ("'ab'", "more than one character in rune literal"),
        ("0x", "hexadecimal literal has no digits"),
        ("09", "invalid digit '9' in octal literal"),
        ("\"\\q\"", "unknown escape"),
    ];
    for (src, want) in cases {
        let (_, diags) = lex(src);
        assert_eq!(diags.first().map(|d| d.message.as_str()), Some(want), "lexing {:?}", src);
    }
}

#[test]
fn example_programs_compile() {
    for src in [PING_PONG, WORKERS, CLOSURES] {
        match compile(src) {
            Ok(p) => {
                assert_eq!(p.funcs[p.main as usize].name, "main.main");
                for f in &p.funcs {
                    assert_eq!(f.code.len(), f.spans.len());
                    assert_eq!(f.code.len(), f.stmt_start.len());
                    assert!(matches!(f.code.last(), Some(crate::ir::Instr::Return { .. })));
                }
            }
            Err(d) => {
                let lines = LineIndex::new(src);
                panic!("{:#?}", d.iter().map(|d| d.render("prog.go", &lines)).collect::<Vec<_>>());
            }
        }
    }
}

#[test]
fn function_names_and_captures() {
    let p = compile(CLOSURES).unwrap();
    let names: Vec<&str> = p.funcs.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["main.pair", "main.apply", "main.main", "main.main.func1", "main.main.func1.1", "main.main.func2"]
    );
    assert_eq!(p.funcs[4].captures, 1);
    assert_eq!(p.funcs[5].captures, 3);
}

#[test]
fn listing_of_ping_pong() {
    let p = compile_named(PING_PONG, "pp.go").unwrap();
    assert_eq!(p.file_name, "pp.go");
    let want = r#"func 0 main.main (params 0, locals 3, captures 0)
     0 L6  * PushInt(0)
     1 L6    MakeChan Str "ping"
     2 L6    Store(0)
     3 L6    BoxNew(0)
     4 L7  * PushInt(0)
     5 L7    MakeChan Str "pong"
     6 L7    Store(1)
     7 L7    BoxNew(1)
     8 L8  * MakeClosure f1 [Local(0), Local(1)]
     9 L8    Go { args: 0 }
    10 L14 * PushInt(0)
    11 L14   Store(2)
    12 L14 * Load(2)
    13 L14   PushInt(3)
    14 L14   Binary(Lt)
    15 L14   JumpIfFalse(30)
    16 L15 * LoadBoxed(0)
    17 L15   PushStr "ping"
    18 L15   Send
    19 L16 * LoadBoxed(1)
    20 L16   Recv { with_ok: false }
    21 L16   ToIface(1)
    22 L16   CallBuiltin { builtin: FmtPrintln, args: 1 }
    23 L16   Pop
    24 L16   Pop
    25 L14 * Load(2)
    26 L14   PushInt(1)
    27 L14   Binary(Add)
    28 L14   Store(2)
    29 L14   Jump(12)
    30 L18 * Return { results: 0 }
    31 L18 * Return { results: 0 }
func 1 main.main.func1 (params 0, locals 2, captures 2)
     0 L9  * PushInt(0)
     1 L9    Store(0)
     2 L9  * Load(0)
     3 L9    PushInt(3)
     4 L9    Binary(Lt)
     5 L9    JumpIfFalse(19)
     6 L10 * LoadCapture(0)
     7 L10   Recv { with_ok: false }
     8 L10   Store(1)
     9 L11 * LoadCapture(1)
    10 L11   Load(1)
    11 L11   PushStr "-pong"
    12 L11   Binary(Add)
    13 L11   Send
    14 L9  * Load(0)
    15 L9    PushInt(1)
    16 L9    Binary(Add)
    17 L9    Store(0)
    18 L9    Jump(2)
    19 L13 * Return { results: 0 }
    20 L13 * Return { results: 0 }
"#;
    assert_eq!(crate::ir::listing(&p), want);
}

/// Compiles `src` and returns its first diagnostic rendered as Go prints it.
fn first_error(src: &str) -> String {
    match compile(src) {
        Ok(_) => "compiled".into(),
        Err(d) => d[0].render("prog.go", &LineIndex::new(src)),
    }
}

fn wrap(body: &str) -> String {
    format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n{}\n\tfmt.Println()\n}}\n", body)
}

#[test]
fn invalid_programs_give_go_messages() {
    // Bodies start on line 6; column 2 is just after the tab.
    let cases: Vec<(String, &str)> = vec![
        (wrap("\tx := 1"), "prog.go:6:2: declared and not used: x"),
        (wrap("\tfmt.Println(y)"), "prog.go:6:14: undefined: y"),
        (wrap("\tfmt.Println(1,\n\t\t2"), "prog.go:7:4: syntax error: unexpected newline in argument list; possibly missing comma or )"),
        (wrap("\tx := 1\n\tx := 2\n\t_ = x"), "prog.go:7:4: no new variables on left side of :="),
        (wrap("\tvar x int\n\tvar x string\n\t_ = x"), "prog.go:7:6: x redeclared in this block"),
        (wrap("\tx := 1 + \"a\"\n\t_ = x"), "prog.go:6:7: invalid operation: 1 + \"a\" (mismatched types untyped int and untyped string)"),
        (wrap("\ta, b := 1, \"s\"\n\tfmt.Println(a + b)"), "prog.go:7:14: invalid operation: a + b (mismatched types int and string)"),
        (wrap("\tvar x int\n\tvar s string\n\tx = s\n\t_ = x"), "prog.go:8:6: cannot use s (variable of type string) as int value in assignment"),
        (wrap("\tch := make(<-chan int)\n\tch <- 1"), "prog.go:7:2: invalid operation: cannot send to receive-only channel ch (variable of type <-chan int)"),
        (wrap("\tch := make(chan<- int)\n\t<-ch"), "prog.go:7:4: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)"),
        (wrap("\tfor {\n\t}\n\tx y"), "prog.go:8:4: syntax error: unexpected name y at end of statement"),
        (wrap("\tif x := 1; x > 0 {\n\t}\n\t}"), "prog.go:9:2: syntax error: non-declaration statement outside function body"),
        (wrap("\tfmt.Println(1 + )"), "prog.go:6:18: syntax error: unexpected ), expected expression"),
        (wrap("\ttime.Sleep(1)"), "prog.go:6:2: undefined: time"),
        ("package main\n\nimport \"os\"\n\nfunc main() {\n}\n".into(), "prog.go:3:8: \"os\" imported and not used"),
        ("package main\n\nimport \"time\"\n\nfunc main() {\n\ttime.Parse(1)\n}\n".into(), "prog.go:6:2: time.Parse is not supported yet"),
        ("package main\n\nimport \"net/http\"\n\nfunc main() {\n}\n".into(), "prog.go:3:8: package net/http is not supported by Chanscope (supported: fmt, log, sync, sync/atomic, time, context, errors, strings, strconv, sort, math, math/rand, os, runtime, unicode/utf8)"),
        ("package main\n\nfunc f() int {\n}\n\nfunc main() {\n}\n".into(), "prog.go:4:1: missing return"),
        ("package main\n\nfunc f()\n\nfunc main() {\n}\n".into(), "prog.go:3:6: missing function body"),
        ("package main\n\nfunc f() {\n}\n".into(), "prog.go:1:1: function main is undeclared in the main package"),
        ("package main\n\nfunc Map[T any](x T) T {\n\treturn x\n}\n\nfunc main() {\n}\n".into(), "prog.go:3:6: generics are not supported yet"),
        ("func main() {}\n".into(), "prog.go:1:1: expected 'package', found 'func'"),
        ("package main\n\nx := 1\n".into(), "prog.go:3:1: syntax error: non-declaration statement outside function body"),
        ("package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n".into(), "prog.go:5:1: syntax error: unexpected EOF, expected }"),
        ("package main\n\nfunc main() {\n\tx := 1\n\tfor x > 0 {\n\t\tx--\n\t}\n\treturn 1\n}\n".into(), "prog.go:8:9: too many return values\n\thave (number)\n\twant ()"),
        ("package main\n\nfunc f(a, b int) {}\n\nfunc main() {\n\tf(1)\n}\n".into(), "prog.go:6:4: not enough arguments in call to f\n\thave (number)\n\twant (int, int)"),
        ("package main\n\nfunc f() (int, int) { return 1, 2 }\n\nfunc main() {\n\tx := f()\n\t_ = x\n}\n".into(), "prog.go:6:7: assignment mismatch: 1 variable but f returns 2 values"),
        ("package main\n\nfunc main() {\n\tx := 1\n\tif x {\n\t}\n}\n".into(), "prog.go:5:5: non-boolean condition in if statement"),
        ("package main\n\nfunc main() {\n\tbreak\n}\n".into(), "prog.go:4:2: break is not in a loop, switch, or select"),
        ("package main\n\nfunc main() {\n\tch := make(chan int)\n\tclose(ch)\n\tx := 1\n\tx\n}\n".into(), "prog.go:7:2: x (variable of type int) is not used"),
        ("package main\n\nfunc main() {\n\tvar x int = \"s\"\n\t_ = x\n}\n".into(), "prog.go:4:14: cannot use \"s\" (untyped string constant) as int value in variable declaration"),
        ("package main\n\nfunc main() {\n\tif true {\n\t} else x()\n}\n".into(), "prog.go:5:9: syntax error: else must be followed by if or statement block"),
        ("package main\n\nfunc main() {\n\tgo fmt\n}\n".into(), "prog.go:4:5: expression in go must be function call"),
    ];
    let mut failures = Vec::new();
    for (src, want) in &cases {
        let got = first_error(src);
        if got != *want {
            failures.push(format!("source:\n{}\nwant: {}\n got: {}\n", src, want, got));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn several_syntax_errors_are_reported() {
    let src = "package main\n\nfunc main() {\n\tx := (1\n\ty := 2 +\n\tz := )\n}\n\nfunc f( {\n}\n";
    let Err(d) = compile(src) else { panic!("should not compile") };
    assert!(d.len() >= 2, "{:?}", d);
}

#[test]
fn robustness_on_hostile_input() {
    // Random bytes (a fixed linear congruential sequence), lossily decoded.
    let mut x: u64 = 0x2545F4914F6CDD1D;
    let bytes: Vec<u8> = (0..1 << 20)
        .map(|_| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 33) as u8
        })
        .collect();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    assert!(compile(&text).is_err());
    let prefixed = format!("package main\nfunc main() {{\n{}", text);
    assert!(compile(&prefixed).is_err());
    // Random tokens that look like Go.
    let words = [
        "func", "(", ")", "{", "}", "x", ":=", "<-", "chan", "go", "\n", "[", "]", "1", "\"s\"", ",", ";", "for", "if",
        "else", "range", "+", "var", "int", "struct", ".",
    ];
    let mut soup = String::from("package main\n");
    for _ in 0..200_000 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        soup.push_str(words[(x >> 33) as usize % words.len()]);
        soup.push(' ');
    }
    let _ = compile(&soup);
    // Deep nesting of every kind.
    let n = 100_000;
    let deep = [
        format!("package main\nfunc main() {{ x := {}1{}\n}}", "(".repeat(n), ")".repeat(n)),
        format!("package main\nfunc main() {}", "{".repeat(n)),
        format!("package main\nfunc main() {{ x := {}\n}}", "1 + ".repeat(n) + "1"),
        format!("package main\nfunc main() {{ x := {}\n}}", "-".repeat(n) + "1"),
        format!("package main\nfunc main() {{ var x {}int\n}}", "chan ".repeat(n)),
        format!("package main\nfunc main() {{ {} }}", "if x {} else ".repeat(n)),
        format!("package main\nfunc main() {{ f{} }}", "()".repeat(n)),
        format!("package main\nfunc main() {{ x := {}1{}\n}}", "func() int { return ".repeat(n), " }()".repeat(n)),
        format!("package main\nfunc main() {{ x := {}\n}}", "[".repeat(n)),
    ];
    for src in &deep {
        let r = compile(src);
        assert!(r.is_err());
    }
    // Nesting just under the limit goes through checking and lowering.
    let d = parser::MAX_DEPTH as usize;
    for src in [
        format!("package main\nfunc main() {{\n\tx := {}1{}\n\tprintln(x)\n}}\n", "(".repeat(d - 3), ")".repeat(d - 3)),
        format!(
            "package main\nfunc main() {{\n\tx := 1\n\t{}x++{}\n}}\n",
            "if x > 0 {".repeat(d / 2 - 3),
            "}".repeat(d / 2 - 3)
        ),
        format!(
            "package main\nfunc main() {{\n\tx := 1\n\t{}x++{}\n}}\n",
            "go func() {".repeat(d / 4 - 2),
            "}()".repeat(d / 4 - 2)
        ),
        format!(
            "package main\nfunc main() {{\n\tx := 1\n\tprintln({}x{})\n}}\n",
            "-(".repeat(d / 2 - 3),
            ")".repeat(d / 2 - 3)
        ),
    ] {
        let r = compile(&src);
        assert!(r.is_ok(), "{:?}", r.err());
    }
    // Moderate nesting still compiles.
    let ok = format!("package main\nfunc main() {{\n\tx := {}1{}\n\tprintln(x)\n}}\n", "(".repeat(50), ")".repeat(50));
    assert!(compile(&ok).is_ok(), "{:?}", compile(&ok).err());
    // Unterminated everything.
    for src in [
        "package main\nfunc main() { \"abc",
        "package main\nfunc main() { `abc",
        "package main\nfunc main() { /* abc",
        "package main\nfunc main() { 'a",
        "package main\nfunc main() { f(",
        "package main\nfunc main() { x := [",
        "package main\nfunc main() { for {",
        "package main\nimport (",
        "package main\nfunc main(",
        "package",
        "",
        "\u{FEFF}package main",
        "package main\nfunc main() { x := 0x }",
    ] {
        assert!(compile(src).is_err(), "{:?}", src);
    }
    let invalid = String::from_utf8_lossy(b"package main\nfunc main() { x := \"\xff\xfe\" ; \xc3 }");
    assert!(compile(&invalid).is_err());
}

#[test]
fn language_feature_errors_use_go_wording() {
    let cases: Vec<(String, &str)> = vec![
        (wrap("\tx := iota\n\t_ = x"), "prog.go:6:7: cannot use iota outside constant declaration"),
        (wrap("\tvar a [3]int\n\ta[5] = 1"), "prog.go:7:4: invalid argument: index 5 out of bounds [0:3]"),
        (
            wrap("\tn := 3\n\tvar a [n]int\n\t_ = a"),
            "prog.go:7:9: array length n (variable of type int) must be constant",
        ),
        (wrap("\tvar a [-1]int\n\t_ = a"), "prog.go:6:9: invalid array length -1 (untyped int constant)"),
        (wrap("\tvar a [...]int\n\t_ = a"), "prog.go:6:8: invalid use of [...] array (outside a composite literal)"),
        (wrap("\ta := [2]int{1, 2, 3}\n\t_ = a"), "prog.go:6:20: index 2 is out of bounds (>= 2)"),
        (wrap("\ta := [3]int{5: 1}\n\t_ = a"), "prog.go:6:14: invalid argument: index 5 out of bounds [0:3]"),
        (wrap("\ta := [3]int{1: 1, 1: 2}\n\t_ = a"), "prog.go:6:21: duplicate index 1 in array or slice literal"),
        (
            wrap("\tm := map[string][3]int{}\n\tm[\"a\"][1] = 2"),
            "prog.go:7:2: cannot assign to m[\"a\"][1] (neither addressable nor a map index expression)",
        ),
        (
            wrap("\ta := [3]int{}\n\tvar b [4]int = a\n\t_ = b"),
            "prog.go:7:17: cannot use a (variable of type [3]int) as [4]int value in variable declaration",
        ),
        (
            wrap("\ts := [3]int{1, 2, 3}[1:]\n\t_ = s"),
            "prog.go:6:7: invalid operation: [3]int{…} (value of type [3]int) (slice of unaddressable value)",
        ),
        ("package main\n\nfunc main() {\nL:\n\tfor {\n\t}\n}\n".into(), "prog.go:4:1: label L defined and not used"),
        (
            "package main\n\nfunc main() {\n\tfor {\n\t\tcontinue outer\n\t}\n}\n".into(),
            "prog.go:5:12: continue label not defined: outer",
        ),
        (
            "package main\n\nfunc main() {\nL:\n\tswitch {\n\tdefault:\n\t\tfor {\n\t\t\tcontinue L\n\t\t}\n\t}\n}\n"
                .into(),
            "prog.go:8:13: invalid continue label L",
        ),
        (
            "package main\n\nfunc main() {\nL:\n\tfor {\n\t}\n\tfor {\n\t\tbreak L\n\t}\n}\n".into(),
            "prog.go:8:9: invalid break label L",
        ),
        (
            "package main\n\nfunc main() {\n\tgoto L\n\tx := 1\n\t_ = x\nL:\n\tprintln()\n}\n".into(),
            "prog.go:4:7: goto L jumps over declaration of x at ./prog.go:5:4",
        ),
        (
            "package main\n\nfunc g(a, b int) {}\n\nfunc main() {\n\ts := []int{1}\n\tg(1, s...)\n}\n".into(),
            "prog.go:7:2: cannot use ... in call to non-variadic g",
        ),
        (
            "package main\n\nfunc f(xs ...int, a int) {}\n\nfunc main() {\n}\n".into(),
            "prog.go:3:11: can only use ... with final parameter in list",
        ),
        (
            "package main\n\nfunc f(a int, xs ...int) {}\n\nfunc main() {\n\tf(1, \"a\")\n}\n".into(),
            "prog.go:6:7: cannot use \"a\" (untyped string constant) as int value in argument to f",
        ),
        (
            "package main\n\nfunc f(a int, xs ...int) {}\n\nfunc main() {\n\ts := []int{1}\n\tf(1, 2, s...)\n}\n"
                .into(),
            "prog.go:7:10: too many arguments in call to f\n\thave (number, number, []int)\n\twant (int, ...int)",
        ),
        (
            "package main\n\nfunc f(a int, xs ...int) {}\n\nfunc main() {\n\ts := []string{\"a\"}\n\tf(1, s...)\n}\n"
                .into(),
            "prog.go:7:7: cannot use s (variable of type []string) as []int value in argument to f",
        ),
    ];
    let mut failures = Vec::new();
    for (src, want) in &cases {
        let got = first_error(src);
        if got != *want {
            failures.push(format!("source:\n{}\nwant: {}\n got: {}\n", src, want, got));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A slice of an array that is not a variable is over a copy where its
/// value is merely read (a string conversion, copy's source, append's
/// spread); everywhere else it is over the array's place (`sim::place_array`),
/// so it aliases the struct field. Both compile.
#[test]
fn slices_of_array_fields_compile() {
    let head =
        "package main\n\ntype B struct{ d [4]byte }\n\ntype I []byte\n\nfunc main() {\n\tvar b B\n\tp := &b\n\t_ = p\n";
    let aliasing = [
        "\ts := b.d[:]\n\t_ = s\n",
        "\tcopy(p.d[:], \"ab\")\n",
        "\t_ = I(b.d[:])\n",
        "\t_ = append(b.d[:0], 1)\n",
        "\t_ = string(append(b.d[:0], 1))\n",
    ];
    for body in aliasing {
        let src = format!("{head}{body}}}\n");
        assert_eq!(first_error(&src), "compiled", "{src}");
    }
    let read_only = [
        "\t_ = string(p.d[1:])\n",
        "\t_ = len(b.d[1:]) + cap(p.d[:2])\n",
        "\tcopy([]byte{0}, b.d[:])\n",
        "\t_ = append([]byte{}, p.d[:2]...)\n",
    ];
    for body in read_only {
        let src = format!("{head}{body}}}\n");
        assert_eq!(first_error(&src), "compiled", "{src}");
    }
}

/// Constants in messages read as Go's `go/constant` prints them: floats as
/// `%.6g`, strings as `strconv.Quote`, long strings cut to 72 characters.
#[test]
fn constants_print_as_go_does() {
    use super::types::ConstVal;
    let f = |v: f64| ConstVal::Float(v).to_string();
    assert_eq!(f(1e100), "1e+100");
    assert_eq!(f(1.0 / 3.0), "0.333333");
    assert_eq!(f(123456.789), "123457");
    assert_eq!(f(1000.0), "1000");
    assert_eq!(f(1e6 + 0.5), "1e+06");
    assert_eq!(f(1e-100), "1e-100");
    let s = |v: &str| ConstVal::Str(v.into()).to_string();
    assert_eq!(s("a\tb\u{1}é\u{200b}"), r#""a\tb\x01é\u200b""#);
    let long = s(&"é".repeat(100));
    assert_eq!(long.chars().count(), 72);
    assert!(long.starts_with("\"éé") && long.ends_with("é..."));
}

/// A folded float constant is never negative zero; Go's constants are exact.
#[test]
fn float_constants_have_no_negative_zero() {
    let src = "package main\n\nfunc main() {\n\tconst c = -0.0\n\tx := 0.0 * -1\n\tprintln(c, -c, x)\n}\n";
    let prog = compile(src).expect("compiles");
    let listing = crate::ir::listing(&prog);
    assert!(!listing.contains("-0"), "{}", listing);
}

#[test]
fn float_constant_errors_match_go() {
    let wrap = |body: &str| format!("package main\n\nfunc main() {{\n\t{}\n\t_ = x\n}}\n", body);
    for (body, want) in [
        ("x := int(1e100)", "cannot convert 1e100 (untyped float constant 1"),
        ("x := float32(1e100)", "cannot convert 1e100 (untyped float constant 1e+100) to type float32"),
        (
            "var x int = 0x10 + 1.5",
            "cannot use 0x10 + 1.5 (untyped float constant 17.5) as int value in variable declaration (truncated)",
        ),
        ("x := uint(-1.5)", "cannot convert -1.5 (untyped float constant) to type uint"),
    ] {
        let got = first_error(&wrap(body));
        assert!(got.contains(want), "{}: {}", body, got);
    }
    assert!(first_error(&wrap("x := int(1e100)")).ends_with(&format!("1{}) to type int", "0".repeat(100))));
    assert!(first_error(&wrap("x := uint(-1.5)")).ends_with("to type uint"));
}
