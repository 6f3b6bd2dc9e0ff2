package main

import (
	"fmt"
	"sort"
)

var table [4]string

type Buf [4]byte

func (b *Buf) Bytes() []byte { return b[:] }

func (b Buf) First() byte { return b[0] }

func sum(a [5]int) int {
	a[0] = 1000 // changes the copy only
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	// A slice of an array shares its elements.
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:4]
	s[0] = 20
	arr[2] = 30
	fmt.Println(arr, s, len(s), cap(s))

	// The whole array, a prefix, a suffix and a full slice expression.
	all := arr[:]
	head := arr[:2]
	tail := arr[3:]
	three := arr[1:2:3]
	fmt.Println(all, head, tail, three, len(three), cap(three))

	// append within capacity writes into the array.
	head = append(head, 99)
	fmt.Println(arr)
	three = append(three, 7, 8)
	three[0] = -1
	fmt.Println(arr, three)

	// Assignment and passing copy the array; slices keep pointing at the variable.
	copyOf := arr
	copyOf[0] = -5
	fmt.Println(arr[0], copyOf[0], sum(arr), arr[0])
	arr = [5]int{9, 8, 7, 6, 5}
	fmt.Println(all, s)

	// Library functions work on the slice.
	sort.Ints(arr[:])
	fmt.Println(arr)
	n := copy(arr[1:], []int{0, 0})
	fmt.Println(n, arr)
	fill(arr[3:], 4)
	fmt.Println(arr)

	// Pointers to elements alias too.
	p := &arr[2]
	*p = 77
	arr[2]++
	fmt.Println(*p, arr[2])

	// Pointers to arrays: index, slice, deref.
	pa := &arr
	pa[0] = 11
	fmt.Println(pa[0], arr[0], len(pa), (*pa)[1])
	ps := pa[1:3]
	ps[1] = 33
	fmt.Println(arr, *pa)
	fmt.Println((&arr)[4:])
	q := new([3]int)
	qs := q[:]
	qs[2] = 5
	fmt.Println(*q, q[2], qs)
	r := &[3]string{"a", "b", "c"}
	r[1] = "B"
	fmt.Println(r[:], *r)
	*q = [3]int{7, 7, 7}
	fmt.Println(qs)
	for i, v := range pa {
		if i == 0 {
			arr[4] = 500
		}
		if i == 4 {
			fmt.Println("through the pointer, range sees", v)
		}
	}
	for i, v := range arr {
		if i == 0 {
			arr[4] = 600
		}
		if i == 4 {
			fmt.Println("range over the array sees its copy", v)
		}
	}

	// A package-level array, and one captured by a closure.
	ts := table[1:]
	ts[0] = "one"
	table[3] = "three"
	fmt.Printf("%q %q\n", table, ts)
	var counts [3]int
	inc := func(i int) { counts[i]++ }
	cs := counts[:]
	inc(1)
	inc(1)
	cs[2] = 9
	fmt.Println(counts, cs)

	// Methods of a named array type.
	var b Buf
	bs := b.Bytes()
	bs[0] = 'h'
	bs[1] = 'i'
	fmt.Println(string(b[:2]), b.First(), b)
	pb := &b
	fmt.Println(pb.First(), string(pb.Bytes()[:2]))

	// Arrays of arrays.
	var grid [2][3]int
	rows := grid[:]
	rows[1][2] = 6
	grid[0][1] = 1
	fmt.Println(grid, rows, len(rows))

	// Equality still compares values.
	x := [2]int{1, 2}
	y := x
	xs := x[:]
	xs[0] = 1
	fmt.Println(x == y, &x == &x)
	fmt.Println(pa == &arr)
}
