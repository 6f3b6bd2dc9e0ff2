package main

import "fmt"

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func fill(p *[4]int) []int {
	s := (*p)[1:3]
	s[0] = 7
	(*p)[3] = 9
	return (*p)[:]
}

func main() {
	c := &C{}
	(*c).Inc()
	(*c).Inc()
	fmt.Println(c.n, *c)
	var a [4]int
	fmt.Println(fill(&a), a, (*(&a))[1])
	grid := [2][3]int{}
	n := 0
	for i := 0; i < len(grid); i++ {
		for j := 0; j < len(grid[i]); j++ {
			n++
		}
	}
	fmt.Println(n, len(grid[n-6]))
	pc := &(*c)
	pc.Inc()
	fmt.Println(c.n)
}
