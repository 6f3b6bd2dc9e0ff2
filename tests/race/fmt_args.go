package main

import (
	"fmt"
	"time"
)

type point struct{ x, y int }

// fmt reads what it prints through reflect: a slice's elements and the
// struct behind a pointer race with unsynchronised writes like any read.
func main() {
	s := []int{1, 2, 3}
	p := &point{1, 2}
	names := []string{"a", "b"}
	q := &point{3, 4}
	go func() {
		s[1] = 20
		p.y = 5
		names[0] = "z"
		q.x = 6
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(s)
	fmt.Println(p)
	fmt.Printf("%v\n", names)
	msg := fmt.Sprintf("%d", q)
	fmt.Println(msg)
}
