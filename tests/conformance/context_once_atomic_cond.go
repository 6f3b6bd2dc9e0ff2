package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func worker(ctx context.Context, id int, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped after %d rounds: %v", id, i, ctx.Err())
			return
		case <-time.After(30 * time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	out := make(chan string)
	go worker(ctx, 1, out)
	fmt.Println(<-out)
	fmt.Println(ctx.Err() == context.DeadlineExceeded, errors.New("x") != nil)

	parent, stop := context.WithCancel(context.Background())
	child := context.WithValue(parent, "user", "gopher")
	go worker(child, 2, out)
	time.Sleep(70 * time.Millisecond)
	stop()
	fmt.Println(<-out, child.Value("user"))

	var once sync.Once
	var wg sync.WaitGroup
	var hits atomic.Int64
	var plain int64
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { fmt.Println("init once") })
			hits.Add(1)
			atomic.AddInt64(&plain, 2)
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), atomic.LoadInt64(&plain))

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
		}(i)
	}
	time.Sleep(time.Millisecond)
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("all released")
}
