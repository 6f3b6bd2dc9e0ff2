package main

import (
	"fmt"
	"sync"
)

func main() {
	c := sync.NewCond(&sync.Mutex{})
	queue := make([]int, 0, 10)
	removed := make(chan int, 10)
	remove := func() {
		c.L.Lock()
		v := queue[0]
		queue = queue[1:]
		c.L.Unlock()
		removed <- v
		c.Signal()
	}
	for i := 0; i < 5; i++ {
		c.L.Lock()
		for len(queue) == 2 {
			c.Wait()
		}
		queue = append(queue, i)
		go remove()
		c.L.Unlock()
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-removed
	}
	fmt.Println("removed sum", sum)
}
