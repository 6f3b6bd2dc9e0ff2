package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Touches every kind of synchronisation the trace records.
func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	rw.Lock()
	rw.Unlock()

	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	once.Do(func() { fmt.Println("twice") })

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		ready = true
		cond.Signal()
		mu.Unlock()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()

	var n atomic.Int64
	n.Add(2)
	var m int64
	atomic.AddInt64(&m, 3)
	fmt.Println(n.Load(), atomic.LoadInt64(&m))

	time.Sleep(time.Millisecond)
	<-time.After(time.Millisecond)
	fired := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { fired <- true })
	<-fired

	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	<-ctx.Done()
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	<-ctx2.Done()

	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
		fmt.Println("default")
	}
	ch <- 1
	select {
	case v := <-ch:
		fmt.Println(v)
	}

	done := make(chan bool)
	go func() {
		defer close(done)
		runtime.Goexit()
	}()
	<-done
	os.Exit(3)
}
