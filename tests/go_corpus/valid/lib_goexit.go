package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("deferred before exit")
		runtime.Goexit()
		fmt.Println("unreachable")
	}()
	<-done
	fmt.Println("main continues")
}
