// Seed 000: a request that takes too long is cancelled by its context.
package main

import (
	"context"
	"fmt"
	"time"
)

func query(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	fmt.Println("fast:", query(ctx, 10*time.Millisecond))
	fmt.Println("slow:", query(ctx, time.Second))
}
