package main

import (
	"fmt"
	"time"
)

// append and copy read and write slice elements inside Go's runtime
// (growslice, slicecopy): the race detector sees those accesses too.
func main() {
	s := []int{1, 2, 3}
	go func() {
		s[1] = 20
	}()
	time.Sleep(10 * time.Millisecond)
	t := append(s, 4)
	fmt.Println(len(t))

	d := make([]int, 2)
	u := []int{7, 8}
	go func() {
		u[0] = 70
		d[1] = 9
	}()
	time.Sleep(10 * time.Millisecond)
	n := copy(d, u)
	fmt.Println(n)

	// Appending within the capacity writes the next element in place.
	room := make([]int, 1, 4)
	go func() {
		_ = room[:2][1]
	}()
	time.Sleep(10 * time.Millisecond)
	room = append(room, 5)

	// append(s, t...) reads t as copy does.
	src := []int{1, 2}
	go func() {
		src[1] = 3
	}()
	time.Sleep(10 * time.Millisecond)
	room = append(room, src...)
	fmt.Println(room)
}
