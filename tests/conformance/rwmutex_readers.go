package main

import (
	"fmt"
	"sync"
	"time"
)

var rw sync.RWMutex
var value int

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			time.Sleep(10 * time.Millisecond)
			_ = value
			rw.RUnlock()
		}()
	}
	time.Sleep(time.Millisecond)
	rw.Lock()
	value = 42
	rw.Unlock()
	wg.Wait()
	fmt.Println("value", value, rw.TryLock(), rw.TryRLock())
}
