package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	counter int
)

func inc(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 100; i++ {
		mu.Lock()
		counter++
		mu.Unlock()
	}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go inc(&wg)
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}
