package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main's defer never runs")
	go func() {
		defer fmt.Println("goroutine defer runs")
		panic("crash in goroutine")
	}()
	time.Sleep(time.Second)
}
