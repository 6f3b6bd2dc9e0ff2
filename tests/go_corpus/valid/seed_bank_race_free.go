package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	balance int
)

func deposit(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	balance += n
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go deposit(i, &wg)
	}
	wg.Wait()
	fmt.Println("balance:", balance)
}
