package main

import (
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()  // counter -> 0, waiter made runnable
		wg.Add(1)  // re-add before the waiter has returned from Wait
		select {}
	}()
	wg.Wait()
}

