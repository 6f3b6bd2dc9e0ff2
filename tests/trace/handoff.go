package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		ch <- 42
		mu.Unlock()
	}()
	v := <-ch
	mu.Lock()
	fmt.Println(v)
	mu.Unlock()
	wg.Wait()
}
