package main

import (
	"fmt"
	"sync"
	"time"
)

// The goroutine calls wg.Add itself, so nothing orders its Add before
// main's Wait: Go's WaitGroup tells the race detector, which reports it.
func main() {
	var wg sync.WaitGroup
	go func() {
		wg.Add(1)
		time.Sleep(10 * time.Millisecond)
		wg.Done()
	}()
	time.Sleep(time.Millisecond)
	wg.Wait()
	fmt.Println("done")
}
