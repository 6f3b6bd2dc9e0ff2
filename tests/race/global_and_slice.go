package main

import (
	"fmt"
	"time"
)

var hits int

func main() {
	buf := make([]int, 2)
	go func() {
		hits++
		buf[0] = 1
	}()
	go func() {
		buf[1] = 2
	}()
	time.Sleep(time.Millisecond)
	hits++
	fmt.Println(hits)
}
