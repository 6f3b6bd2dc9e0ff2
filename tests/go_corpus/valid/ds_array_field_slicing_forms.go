// Forms of addressable arrays that are sliced in place: through (*p), through a
// call's pointer result, a package-level struct, an element of an array of
// structs, a map's pointer value, and an array of structs inside a struct.
package main

import "fmt"

type S struct {
	arr [3]int
}

var g S

func get(p *S) *S { return p }

func main() {
	var s S
	p := &s
	a := (*p).arr[:]
	a[0] = 1
	b := get(p).arr[1:]
	b[0] = 2
	gs := g.arr[:]
	gs[2] = 3
	g.arr[0] = 4
	var local [2]S
	l := local[1].arr[:]
	l[1] = 5
	local[1].arr[2] = 6
	m := map[string]*S{"k": {}}
	ms := m["k"].arr[:2]
	ms[1] = 7
	fmt.Println(s, g, gs, local, l, *m["k"], len(ms), cap(ms))
	fmt.Printf("%v %d\n", a, b)
	type T struct{ in [2]S }
	var t T
	ts := t.in[1].arr[:]
	ts[0] = 8
	fmt.Println(t)
}
