package main

import "fmt"

type C struct{ n int }

func (c C) Get(k int) int { return c.n * k }
func (c *C) Inc()         { c.n++ }

func apply(f func(*C), c *C, times int) {
	for i := 0; i < times; i++ {
		f(c)
	}
}

func main() {
	c := C{2}
	(*C).Inc(&c)
	fmt.Println(C.Get(c, 10))
	h := C.Get
	apply((*C).Inc, &c, 3)
	fmt.Printf("%T %T %d\n", h, (*C).Inc, h(c, 1))
}
