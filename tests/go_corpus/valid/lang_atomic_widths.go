package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var a atomic.Int32
	var b atomic.Uint32
	var c atomic.Uint64
	var d atomic.Int64
	a.Store(2147483647)
	b.Store(4294967295)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.Add(1)
			b.Add(1)
			c.Add(10)
			d.Add(-3)
		}()
	}
	wg.Wait()
	var n int32 = a.Load()
	var u uint32 = b.Load()
	var w uint64 = c.Load()
	fmt.Println(n, u, w, d.Load(), a.CompareAndSwap(n, 7), a.Swap(9), a.Load())
	fmt.Printf("%T %T %T %T\n", a.Load(), b.Load(), c.Load(), d.Load())
}
