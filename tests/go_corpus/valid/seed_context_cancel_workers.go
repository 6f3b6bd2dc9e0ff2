// Seed 003: the first worker to finish wins; the others are cancelled.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, finish := context.WithCancel(context.Background())
	result := make(chan int)
	for i := 0; i < 5; i++ {
		go worker(ctx, i, result)
	}
	val := <-result
	fmt.Println("first result from:", val)
	finish()
	time.Sleep(100 * time.Millisecond)
}

func worker(ctx context.Context, workerNum int, result chan<- int) {
	waitTime := time.Duration(50-workerNum*10+5) * time.Millisecond
	select {
	case <-ctx.Done():
		return
	case <-time.After(waitTime):
		result <- workerNum
	}
}
