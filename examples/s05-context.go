package main

import (
	"context"
	"fmt"
	"time"
)

// fetch pretends to call a slow server; it gives up when ctx is cancelled.
func fetch(ctx context.Context, name string, delay time.Duration) (string, error) {
	select {
	case <-time.After(delay):
		return name + " answered", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	// A deadline: the slow call is abandoned after 100ms.
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if answer, err := fetch(ctx, "fast", 50*time.Millisecond); err == nil {
		fmt.Println(answer)
	}
	if _, err := fetch(ctx, "slow", time.Second); err != nil {
		fmt.Println("slow call:", err)
	}

	// Cancelling a parent cancels every context below it.
	parent, stop := context.WithCancel(context.Background())
	child, stopChild := context.WithCancel(parent)
	defer stopChild()
	go func() {
		time.Sleep(30 * time.Millisecond)
		stop()
	}()
	<-child.Done()
	fmt.Println("child sees:", child.Err())
}
