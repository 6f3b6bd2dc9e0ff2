// Seed 003: waiting in a loop until a context times out (return, since
// break would only leave the select).
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	waitTime := time.Millisecond * 50
	ctx, cancel := context.WithTimeout(context.Background(), waitTime)
	defer cancel()
	ticks := 0
	for {
		select {
		case <-ctx.Done():
			fmt.Println("end of timeout after", ticks, "ticks:", ctx.Err())
			return
		case <-time.After(20 * time.Millisecond):
			ticks++
		}
	}
}
