package main

import "fmt"

// Constants are exact in Go, so -0.0 is zero; negating a variable at run
// time keeps the sign.
func main() {
	println(-0.0)
	const c = -0.0
	println(c, -c, 0.0*-1, -(0.0))
	var f float64 = -0.0
	println(f)
	x := 0.0
	x = -x
	println(x)
	fmt.Println(-0.0, c, f, x)
	var g float32 = -0.0
	fmt.Println(g, -g)
}
