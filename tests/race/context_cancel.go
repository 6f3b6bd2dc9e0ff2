package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	result := 0
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for i := 0; ; i++ {
			select {
			case <-ctx.Done():
				return
			default:
				result = i
				if i == 5 {
					cancel()
				}
			}
		}
	}()
	<-stopped
	fmt.Println(result, ctx.Err())
}
