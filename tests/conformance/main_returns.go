package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	go func() { select {} }()
	fmt.Println("main done")
}
