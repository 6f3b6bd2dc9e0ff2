package main

import (
	"fmt"
	"sync"
)

// (e) 100,000 goroutines, each sending once, joined with a WaitGroup.
func main() {
	const n = 100000
	ch := make(chan int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			ch <- v
		}(i)
	}
	wg.Wait()
	close(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
}
