package main

import (
	"context"
	"fmt"
)

func worker(ctx context.Context, out chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			close(out)
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	go worker(ctx, out)
	for v := range out {
		if v == 3 {
			cancel()
			break
		}
	}
	<-ctx.Done()
	fmt.Println(ctx.Err())
}
