package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	t := time.AfterFunc(time.Millisecond, func() {
		fmt.Println("callback ran")
		done <- true
	})
	<-done
	never := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println(never.Stop(), t.Stop())
}
