package main

import "fmt"

type V struct {
	A int
	B [2]string
}

func mutate(v V) V {
	v.A = 99
	return v
}

func main() {
	a := V{1, [2]string{"x", "y"}}
	b := a
	b.B[0] = "z"
	c := mutate(a)
	fmt.Println(a, b, c, a == b, a == V{1, [2]string{"x", "y"}})
}
