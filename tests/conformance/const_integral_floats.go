package main

import "fmt"

func double(n int) int { return n * 2 }

// An untyped float constant with an integral value is an integer wherever an
// integer is wanted: Go's constants are exact.
func main() {
	var x int = 2.0
	n := 5
	y := n * 2.0
	z := double(3.0)
	var b byte = 1e2
	s := []int{1, 2, 3}
	const big = 1e18
	var i64 int64 = big
	fmt.Println(x, y, z, b, s[1.0], s[1.0:2e0], 1<<2.0, len(make([]int, 2.0, 4e0)), i64)
	fmt.Println(n+1e1, n/2.0, n%2.0, 7.0/2, -0.0*n)
}
