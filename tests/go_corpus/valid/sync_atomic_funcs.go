package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u uint32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
			atomic.AddUint32(&u, 1)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadUint32(&u))
	atomic.StoreInt64(&n, 5)
	old := atomic.SwapInt64(&n, 6)
	fmt.Println(old, atomic.CompareAndSwapInt64(&n, 6, 7), atomic.CompareAndSwapInt64(&n, 6, 8), n)
	var i32 int32
	atomic.AddInt32(&i32, -3)
	var u64 uint64
	atomic.AddUint64(&u64, 10)
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadUint64(&u64))
}
