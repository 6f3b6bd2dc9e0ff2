// want: 6:4: syntax error: unexpected = at end of statement
package main

func main() {
	x := 1 +
	_ = x
}
