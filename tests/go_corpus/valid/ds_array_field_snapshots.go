// Reading a slice of an array that is not a variable: a struct field, a
// field through a pointer, an element of a slice of arrays, as the operand
// of a string conversion, the source of copy, or the spread of append.
package main

import "fmt"

type Buffer struct {
	data [8]byte
	n    int
}

type Packet struct {
	header [4]int
	body   *Buffer
}

func (b *Buffer) Write(s string) {
	for i := 0; i < len(s) && b.n < len(b.data); i++ {
		b.data[b.n] = s[i]
		b.n++
	}
}

func (b *Buffer) String() string {
	return string(b.data[:b.n])
}

func main() {
	var b Buffer
	b.Write("hello")
	fmt.Println(b.String(), b.n)
	fmt.Println(string(b.data[1:3]))

	p := &Packet{header: [4]int{1, 2, 3, 4}, body: &b}
	dst := make([]int, 3)
	n := copy(dst, p.header[1:])
	fmt.Println(n, dst)
	dst[0] = 99
	fmt.Println(p.header, dst)
	fmt.Println(string(p.body.data[:p.body.n]))

	var out []int
	out = append(out, p.header[:2]...)
	out = append(out, p.header[2:]...)
	out[0] = -1
	fmt.Println(out, p.header, len(out))

	rows := [][3]int{{1, 2, 3}, {4, 5, 6}}
	flat := []int{}
	for i := range rows {
		flat = append(flat, rows[i][:]...)
	}
	fmt.Println(flat)
	flat[0] = 100
	fmt.Println(rows)

	var grid [2][3]int
	grid[1][2] = 7
	c := copy(dst, grid[1][1:])
	fmt.Println(c, dst, grid)

	t := b
	t.data[0] = 'J'
	fmt.Println(string(t.data[:t.n]), string(b.data[:b.n]))

	var q *Packet
	try(func() { fmt.Println(string(q.body.data[:])) })
	m := 9
	try(func() { fmt.Println(string(b.data[2:m])) })
	rows = nil
	try(func() { fmt.Println(copy(dst, rows[0][:])) })
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
