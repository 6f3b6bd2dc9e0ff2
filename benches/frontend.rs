//! Front-end benchmark: lex, parse, check and lower a generated ~2,000-line
//! Go program that uses only what the compiler accepts today (functions,
//! loops, closures, channels, goroutines), so it measures the full pipeline.
//!
//! Run: `cargo bench --bench frontend`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};

/// A valid program of about `lines` lines.
pub fn generated_program(lines: usize) -> String {
    let mut src = String::from("package main\n\nimport \"fmt\"\n\n");
    let mut n = 0;
    while src.lines().count() < lines.saturating_sub(8) {
        src.push_str(&format!(
            r#"func worker{n}(in <-chan int, out chan<- int, label string) {{
	for v := range in {{
		if v%2 == 0 && len(label) > 0 {{
			out <- v * {n}
		}} else if v > 100 {{
			out <- v - {n}
		}} else {{
			out <- v + {n}
		}}
	}}
	close(out)
}}

func run{n}(limit int) (int, bool) {{
	in := make(chan int, 4)
	out := make(chan int, 4)
	done := make(chan bool)
	go worker{n}(in, out, "w{n}")
	total := 0
	add := func(x int) {{
		total += x
	}}
	go func() {{
		for i := 0; i < limit; i++ {{
			in <- i
		}}
		close(in)
	}}()
	go func() {{
		for v := range out {{
			add(v)
		}}
		done <- true
	}}()
	ok := <-done
	return total, ok
}}

"#
        ));
        n += 1;
    }
    src.push_str("func main() {\n\tsum := 0\n");
    for i in 0..n {
        src.push_str(&format!("\tif t, ok := run{i}(3); ok {{\n\t\tsum += t\n\t}}\n"));
    }
    src.push_str("\tfmt.Println(\"sum\", sum)\n}\n");
    src
}

fn bench_frontend(c: &mut Criterion) {
    let src = generated_program(2000);
    let lines = src.lines().count();
    if let Err(diags) = chanscope::lang::compile(&src) {
        panic!("the generated program must compile: {:?}", &diags[..diags.len().min(3)]);
    }
    let mut group = c.benchmark_group("frontend");
    group.bench_function(format!("lex {} lines", lines), |b| b.iter(|| chanscope::lang::lex(black_box(&src))));
    group.bench_function(format!("parse {} lines", lines), |b| {
        b.iter(|| chanscope::lang::parser::parse(black_box(&src)))
    });
    group.bench_function(format!("compile {} lines", lines), |b| {
        b.iter(|| chanscope::lang::compile(black_box(&src)).is_ok())
    });
    group.bench_function(format!("highlight {} lines", lines), |b| {
        b.iter(|| chanscope::lang::highlight::highlight(black_box(&src)))
    });
    group.finish();
}

criterion_group!(benches, bench_frontend);
criterion_main!(benches);
