package main

import "fmt"

type point struct {
	x, y int32
	tag  byte
}

// Capacities after append follow Go's growth rule and its allocator's size
// classes, so they depend on the element's size.
func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var bs []byte
	last = -1
	for i := 0; i < 3000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			last = cap(bs)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var ss []string
	var ps []point
	for i := 0; i < 40; i++ {
		ss = append(ss, "x")
		ps = append(ps, point{})
	}
	fmt.Println(cap(ss), cap(ps))
	fmt.Println(cap(append([]int{}, 1, 2, 3, 4, 5)), cap(append([]byte("ab"), "cdefg"...)))
	fmt.Println(cap(append(make([]int32, 3, 3), 1)), cap(append([]struct{}{}, struct{}{}, struct{}{}, struct{}{})))
	fmt.Println(cap(append([]float64{1}, 2, 3)), cap(append([][]int{nil}, nil)), cap(append([]any{1}, 2)))
}
