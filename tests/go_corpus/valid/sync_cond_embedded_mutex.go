package main

import (
	"fmt"
	"sync"
)

type box struct {
	sync.Mutex
	n int
}

func main() {
	var k box
	c := sync.NewCond(&k)
	done := false
	go func() {
		k.Lock()
		done = true
		k.n++
		k.Unlock()
		c.Signal()
	}()
	k.Lock()
	for !done {
		c.Wait()
	}
	fmt.Println(k.n)
	k.Unlock()
}
