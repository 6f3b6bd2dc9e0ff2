// want: 5:13: syntax error: unexpected newline, expecting )
package main

func main() {
	x := (1 + 2
	_ = x
}
