package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	rw     sync.RWMutex
	config = "v1"
)

func reader(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	rw.RLock()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("reader", id, "sees", config)
	rw.RUnlock()
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go reader(i, &wg)
	}
	time.Sleep(time.Millisecond)
	rw.Lock() // waits until every reader is out
	config = "v2"
	rw.Unlock()
	wg.Wait()
	fmt.Println("config is", config)
}

// chanscope: fifo-only (the order depends on the schedule: try another policy or seed)
