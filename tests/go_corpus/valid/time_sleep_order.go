package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan string)
	go func() {
		time.Sleep(5 * time.Millisecond)
		done <- "slept"
	}()
	fmt.Println(<-done)
	fmt.Println(time.Since(start) >= 5*time.Millisecond)
}
