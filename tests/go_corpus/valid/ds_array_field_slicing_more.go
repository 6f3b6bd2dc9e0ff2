// More slices of arrays held in place: nested structs, arrays of arrays in a
// struct, pointers to elements of such a slice, sort.Slice reading the struct
// while it sorts, goroutines writing through a slice, closures, value
// receivers, append past the capacity, and Go's run-time errors.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Inner struct {
	arr [4]int
}

type Outer struct {
	tag  string
	in   Inner
	grid [2][3]int
}

type Ring struct {
	buf  [4]string
	head int
}

func (r Ring) Snapshot() []string {
	return r.buf[:]
}

func (r *Ring) View() []string {
	return r.buf[r.head:]
}

func slice(o *Outer, lo, hi int) (s []int, err interface{}) {
	defer func() { err = recover() }()
	return o.in.arr[lo:hi], nil
}

func main() {
	var o Outer
	a := o.in.arr[:]
	a[1] = 10
	row := o.grid[1][:]
	row[2] = 5
	o.grid[1][0] = 6
	fmt.Println(o, a, row)

	// A pointer to an element of such a slice is a pointer into the struct.
	p := &a[2]
	*p = 30
	o.in.arr[3] = 40
	fmt.Println(o.in.arr, *p, a)
	q := &o.in.arr[2]
	fmt.Println(p == q)

	// Sub-slices, and a loop that slices the same field many times.
	sub := a[1:3]
	sub = sub[1:]
	sub[0]++
	for i := 0; i < 100; i++ {
		s := o.in.arr[:]
		s[0] += i
	}
	fmt.Println(o.in.arr, len(sub), cap(sub))

	// sort.Slice whose less function reads the struct, not the slice.
	o.in.arr = [4]int{4, 1, 3, 2}
	sort.Slice(o.in.arr[:], func(i, j int) bool { return o.in.arr[i] > o.in.arr[j] })
	fmt.Println(o.in.arr, a)

	// Overlapping copy within the field.
	n := copy(o.in.arr[1:], o.in.arr[:])
	fmt.Println(n, o.in.arr)

	// Append past the capacity copies; within it writes the field.
	b := append(o.in.arr[:3], 7)
	c := append(o.in.arr[:], 8)
	c[0] = -1
	fmt.Println(o.in.arr, b, c, len(c))

	// A closure over the struct and a goroutine writing through a slice.
	var wg sync.WaitGroup
	w := o.in.arr[:]
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range w {
			w[i] *= 2
		}
	}()
	wg.Wait()
	bump := func() { o.in.arr[0]++ }
	bump()
	fmt.Println(o.in.arr, w)

	// Ranging over the slice while the struct changes.
	for i, v := range o.in.arr[:] {
		if i == 0 {
			o.in.arr[2] = 99
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// A value receiver slices its own copy; a pointer receiver the original.
	r := Ring{buf: [4]string{"a", "b", "c", "d"}, head: 1}
	snap := r.Snapshot()
	snap[0] = "z"
	view := r.View()
	view[0] = "B"
	fmt.Println(r.buf, snap, view)

	// A channel carries the slice; the receiver writes through it.
	ch := make(chan []string, 1)
	ch <- r.buf[2:]
	got := <-ch
	got[1] = "D"
	fmt.Printf("%q %v\n", r.buf, got)

	// Run-time errors.
	lo, hi := 3, 1
	_, err := slice(&o, lo, hi)
	fmt.Println(err)
	hi = 5
	_, err = slice(&o, 0, hi)
	fmt.Println(err)
	var np *Outer
	_, err = slice(np, 0, 1)
	fmt.Println(err)
	defer fmt.Println("deferred")
	idx := 4
	fmt.Println(a[idx])
}
