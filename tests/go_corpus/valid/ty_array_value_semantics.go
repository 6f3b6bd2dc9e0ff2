package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	a := [3]int{1, 2, 3}
	b := double(a)
	var z [4]bool
	fmt.Println(a, b, z, len(a), a == [3]int{1, 2, 3})
	p := &a
	p[0] = 7
	fmt.Println(a[0], len(p))
}
