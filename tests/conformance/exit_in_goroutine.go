package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	go func() {
		fmt.Println("exiting from a goroutine")
		os.Exit(4)
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
