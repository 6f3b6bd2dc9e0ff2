package main

import (
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	wg.Add(1)
	mu.Lock()
	rw.RLock()
	go func() {
		mu.Lock()
	}()
	go func() {
		rw.Lock()
	}()
	go func() {
		time.Sleep(time.Millisecond)
		rw.RLock()
	}()
	wg.Wait()
}
