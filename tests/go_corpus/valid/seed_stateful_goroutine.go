package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	go func() {
		state := make(map[int]int)
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] = w.val
				w.resp <- true
			}
		}
	}()
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			w := writeOp{key: i, val: i * i, resp: make(chan bool)}
			writes <- w
			<-w.resp
		}(i)
	}
	wg.Wait()
	sum := 0
	for i := 0; i < 5; i++ {
		r := readOp{key: i, resp: make(chan int)}
		reads <- r
		sum += <-r.resp
	}
	fmt.Println("sum of squares", sum)
}
