package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var x atomic.Int64
	var y atomic.Int32
	var z atomic.Uint64
	var w atomic.Uint32
	var flag atomic.Bool
	var val atomic.Value
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x.Add(1)
			y.Add(2)
			z.Add(3)
			w.Add(4)
		}()
	}
	wg.Wait()
	flag.Store(true)
	val.Store("config-v1")
	fmt.Println(x.Load(), y.Load(), z.Load(), w.Load(), flag.Load(), val.Load())
	fmt.Println(x.Swap(100), x.CompareAndSwap(100, 1), x.Load())
	x.Store(-1)
	fmt.Println(x.Load())
}
