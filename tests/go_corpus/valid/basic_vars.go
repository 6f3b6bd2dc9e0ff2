package main

import "fmt"

var global = 10

var (
	a, b int = 1, 2
	c        = "three"
)

func main() {
	var x int
	var y = 5
	z := x + y
	var p, q = "p", true
	x, y = y, x
	fmt.Println(x, y, z, p, q, global, a, b, c)
}
