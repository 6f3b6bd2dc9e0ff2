// Slices over arrays of structs and of arrays held in a struct: field stores,
// increments and whole-element stores through the slice, rows of a grid field.
package main

import "fmt"

type P struct{ x, y int }

type O struct {
	pts  [3]P
	grid [2][2]int
}

func main() {
	var o O
	s := o.pts[:]
	s[1].x = 5
	s[2].y++
	s[0] = P{7, 8}
	g := o.grid[:]
	g[1][0] = 9
	h := g[1][:]
	h[1] = 4
	fmt.Println(o, s, g, h)
	for i := range s {
		s[i].x += 10
	}
	fmt.Println(o.pts)
}
