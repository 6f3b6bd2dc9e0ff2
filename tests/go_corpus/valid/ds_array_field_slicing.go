// Slicing arrays that are not variables: struct fields (directly, through a
// pointer, inside a slice of structs), elements of a slice of arrays, and a
// pointer to an array field. Writes through such a slice are seen through the
// struct and writes to the struct through the slice; a copy of the struct
// does not alias the original's array.
package main

import (
	"fmt"
	"sort"
)

type Buffer struct {
	data [8]byte
	n    int
}

func (b *Buffer) Write(s string) {
	for i := 0; i < len(s) && b.n < len(b.data); i++ {
		b.data[b.n] = s[i]
		b.n++
	}
}

func (b *Buffer) Bytes() []byte {
	return b.data[:b.n]
}

type Scores struct {
	name string
	arr  [5]int
}

func fill(p *Scores, src []int) int {
	return copy(p.arr[:], src)
}

func main() {
	// A buffer's bytes alias its array both ways.
	var buf Buffer
	buf.Write("hello")
	bs := buf.Bytes()
	bs[0] = 'j'
	fmt.Println(string(buf.data[:buf.n]), len(bs), cap(bs))
	buf.data[1] = 'a'
	fmt.Println(string(bs))

	// A local slice of a field, then writes both ways.
	var s Scores
	s.name = "s"
	n := fill(&s, []int{5, 3, 9, 1, 7, 8})
	fmt.Println(n, s.arr)
	sort.Ints(s.arr[:])
	fmt.Println(s.arr)
	part := s.arr[1:3]
	part[0] = 100
	s.arr[2] = 200
	fmt.Println(s.arr, part, len(part), cap(part))

	// A copy of the struct does not alias the original's array.
	t := s
	t.arr[0] = -1
	tp := t.arr[:]
	tp[4] = -5
	fmt.Println(s.arr, t.arr)

	// Assigning the whole struct keeps an earlier slice pointing at the
	// variable's array, which now holds the new contents.
	whole := s.arr[:]
	s = Scores{name: "new", arr: [5]int{1, 2, 3, 4, 5}}
	fmt.Println(whole, s.arr)
	whole[0] = 42
	fmt.Println(s.arr[0])

	// Through a pointer to the struct.
	p := &s
	ps := p.arr[2:]
	ps[0] = 33
	fmt.Println(s.arr, len(ps), cap(ps))

	// A pointer to the array field, sliced.
	pa := &s.arr
	pas := pa[:2]
	pas[1] = 22
	fmt.Println(s.arr, (*pa)[1])

	// Fields of structs in a slice.
	list := []Scores{{name: "a"}, {name: "b"}}
	la := list[1].arr[:]
	la[3] = 9
	fmt.Println(list[1].arr, list[0].arr)

	// Rows of a slice of arrays.
	xs := make([][3]int, 2)
	row := xs[1][:]
	row[2] = 7
	xs[1][0] = 4
	fmt.Println(xs, row)

	// Appending within capacity writes into the field's array.
	short := s.arr[:1]
	short = append(short, 77)
	fmt.Println(s.arr, short)

	// Printing and comparing the struct are unaffected.
	u := s
	fmt.Println(u == s)
	fmt.Printf("%v %+v\n", u, u)
}
