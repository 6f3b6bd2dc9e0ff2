// Seed 003: a WaitGroup passed by pointer; Add before starting each goroutine.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func startWorker(workerNum int, wg *sync.WaitGroup, mu *sync.Mutex, done *[]int) {
	defer wg.Done() // defer do operation anyway in end of func
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	mu.Lock()
	*done = append(*done, workerNum)
	mu.Unlock()
}

func main() {
	wg := &sync.WaitGroup{}
	mu := &sync.Mutex{}
	done := []int{}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go startWorker(i, wg, mu, &done)
	}
	wg.Wait()
	fmt.Println("workers finished:", len(done))
}
