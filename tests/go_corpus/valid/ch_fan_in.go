package main

import (
	"fmt"
	"sort"
	"sync"
)

func source(base int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- base + i
		}
		close(ch)
	}()
	return ch
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var all []int
	for v := range merge(source(0), source(10), source(20)) {
		all = append(all, v)
	}
	sort.Ints(all)
	fmt.Println(all)
}
