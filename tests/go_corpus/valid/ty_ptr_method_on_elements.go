package main

import "fmt"

type C struct{ n int }

func (c *C) Inc() { c.n++ }

type W struct {
	c  C
	cs []C
}

func main() {
	s := make([]C, 2)
	s[1].Inc()
	var w W
	w.c.Inc()
	w.cs = s
	w.cs[0].Inc()
	var a [2]C
	a[0].Inc()
	a[0].Inc()
	fmt.Println(s, w, a)
}
