package main

import "fmt"

type Point struct {
	X, Y int
}

type Grid struct {
	Name  string
	Cells [3]int
}

func sum(a [4]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func fill(p *[4]int, v int) {
	for i := range p {
		p[i] = v
	}
}

func main() {
	var a [4]int
	a[1] = 10
	a[3] += 5
	a[2]++
	fmt.Println(a, len(a), cap(a))

	b := a
	b[0] = 99
	fmt.Println(a, b, a == b, a != b)

	c := [...]string{"x", "y", "z"}
	fmt.Println(c, len(c))
	fmt.Printf("%v %T %d\n", c, c, len(c))

	d := [5]int{1: 7, 3: 9, 11}
	fmt.Println(d)

	var m [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			m[i][j] = i * j
		}
	}
	fmt.Println(m)
	row := m[2]
	row[0] = 100
	fmt.Println(m[2], row)

	fmt.Println(sum(a), sum([4]int{1, 2, 3, 4}))
	fill(&a, 7)
	fmt.Println(a)
	p := &b
	p[1] = 42
	fmt.Println(b, len(p))

	g := Grid{Name: "g"}
	g.Cells[1] = 5
	h := g
	h.Cells[2] = 6
	fmt.Println(g, h)
	fmt.Printf("%+v\n", g)

	pts := [2]Point{{1, 2}, {3, 4}}
	pts[1].X = 30
	fmt.Println(pts)

	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}], len(seen))

	s := [][2]int{{1, 2}, {3, 4}}
	s[1][0] = 33
	fmt.Println(s)

	for i, v := range c {
		fmt.Println(i, v)
	}
	var e [3]bool
	var f [2]string
	fmt.Println(e, f, len(f))
	fmt.Printf("%q\n", f)

	idx := 5
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	a[idx%8] = 1
}
