package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("done:", ctx.Err())
	case <-time.After(time.Minute):
		fmt.Println("too slow")
	}
}
