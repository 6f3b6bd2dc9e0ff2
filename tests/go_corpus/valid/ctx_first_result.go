package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, n int, result chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	if n != 3 {
		<-ctx.Done()
		return
	}
	select {
	case <-ctx.Done():
	case result <- n:
	}
}

func main() {
	ctx, finish := context.WithCancel(context.Background())
	result := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go worker(ctx, i, result, &wg)
	}
	fmt.Println("first result from:", <-result)
	finish()
	wg.Wait()
	fmt.Println("all stopped")
}
