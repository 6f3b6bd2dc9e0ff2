package main

import (
	"fmt"
	"strings"
	"sync"
)

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Board [3][3]string

func (b *Board) Reset() { *b = Board{} }

func (b *Board) Put(r, c int, s string) { b[r][c] = s }

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		sb.WriteString(strings.Join(row[:], "|"))
		sb.WriteString(";")
	}
	return sb.String()
}

var global [4]int

func tail(a [3]int) []int {
	s := a[1:]
	a[2] = 30 // the parameter is a copy, its slice sees the change
	return s
}

func named() (a [2]string, s []string) {
	s = a[:]
	s[0] = "set through the slice"
	return
}

func main() {
	fmt.Println(tail([3]int{1, 2, 3}))
	fmt.Println(named())

	// Methods with pointer receivers on array elements.
	var cs [3]Counter
	cs[1].Inc()
	cs[1].Inc()
	p := &cs[2]
	p.Inc()
	fmt.Println(cs)

	// A named array type with pointer and value methods.
	var b Board
	b.Put(0, 0, "X")
	b.Put(1, 1, "O")
	fmt.Println(b.String(), b[1][1])
	pb := &b
	pb.Put(2, 2, "X")
	fmt.Println(b)
	b.Reset()
	fmt.Println(b, *pb)

	// A closure and goroutines write into an array through slices.
	var results [4]int
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(out []int, v int) {
			defer wg.Done()
			out[0] = v * v
		}(results[i:i+1], i)
	}
	wg.Wait()
	fmt.Println(results)

	// A package-level array, its elements' addresses and slices.
	gp := &global[1]
	*gp = 5
	gs := global[:2]
	gs[0] = 4
	fmt.Println(global, *gp, gs)

	// Byte arrays as buffers.
	var buf [8]byte
	n := copy(buf[:], "hello")
	fmt.Println(string(buf[:n]), len(buf), buf[:n])

	// append past the capacity leaves the array alone.
	a := [...]int{1, 2, 3}
	s := a[:]
	s = append(s, 4)
	s[0] = 9
	fmt.Println(a, s)

	// A fresh array each iteration.
	var keep [][]int
	for i := 0; i < 3; i++ {
		var row [2]int
		row[0] = i
		keep = append(keep, row[:])
	}
	fmt.Println(keep)

	// Comparison, assignment through a pointer, arrays in maps.
	x := [3]int{1, 2, 3}
	px := &x
	*px = [3]int{4, 5, 6}
	m := map[string][3]int{"x": x}
	x[0] = 0
	fmt.Println(x == [3]int{0, 5, 6}, m["x"], px[0])
	var pp *[3]int
	fmt.Println(pp == nil, px != nil, len(px))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(pp[1])
}
