package main

import (
	"fmt"
	"sync"
)

// A producer hands numbers to a consumer that adds them up under a mutex:
// every step sends, receives, locks or unlocks, so the trace is dense.
func main() {
	ch := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	sum := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := range ch {
			mu.Lock()
			sum += v
			mu.Unlock()
		}
	}()
	for i := 0; i < 1000000; i++ {
		ch <- i
	}
	close(ch)
	wg.Wait()
	fmt.Println(sum)
}
