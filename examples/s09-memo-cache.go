package main

import (
	"fmt"
	"sync"
	"time"
)

// entry is one cached result; ready is closed once res is set.
type entry struct {
	res   int
	ready chan struct{}
}

type Memo struct {
	mu    sync.Mutex
	cache map[int]*entry
	calls int
}

// slowSquare stands for an expensive computation.
func slowSquare(n int) int {
	time.Sleep(100 * time.Millisecond)
	return n * n
}

// Get computes each key once; concurrent callers of the same key wait on ready.
func (m *Memo) Get(key int) int {
	m.mu.Lock()
	e := m.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		m.cache[key] = e
		m.calls++
		m.mu.Unlock()
		e.res = slowSquare(key)
		close(e.ready)
	} else {
		m.mu.Unlock()
		<-e.ready
	}
	return e.res
}

func main() {
	m := &Memo{cache: make(map[int]*entry)}
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = m.Get(7)
		}(i)
	}
	wg.Wait()
	fmt.Println(results, "computed", m.calls, "time(s)")
}
