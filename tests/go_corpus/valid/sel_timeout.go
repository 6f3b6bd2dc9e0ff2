package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	select {
	case s := <-slow:
		fmt.Println(s)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
}
