package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

var counter Counter
var total int64
var p = &total

func main() {
	counter.Inc()
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&total, 2)
		}()
	}
	wg.Wait()
	*p += 1
	q := &counter
	q.Inc()
	fmt.Println(counter, counter.n, total, *p, p == &total)
}
