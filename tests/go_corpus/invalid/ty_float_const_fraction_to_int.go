// want: 5:14: cannot use 1 / 3.0 (untyped float constant 0.333333) as int value in variable declaration (truncated)
package main

func main() {
	var n int = 1 / 3.0
	_ = n
}
