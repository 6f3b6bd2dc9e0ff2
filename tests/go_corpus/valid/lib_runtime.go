package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan bool)
	done := make(chan bool)
	go func() {
		<-block
		done <- true
	}()
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	<-done
	fmt.Println(runtime.GOMAXPROCS(0) >= 1, runtime.NumCPU() >= 1)
}
