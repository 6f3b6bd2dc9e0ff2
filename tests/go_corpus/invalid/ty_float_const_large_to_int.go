// want: 5:14: cannot use 1e100 (untyped float constant 1e+100) as int value in variable declaration (truncated)
package main

func main() {
	var x int = 1e100
	_ = x
}
