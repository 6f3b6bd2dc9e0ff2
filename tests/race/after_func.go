package main

import (
	"fmt"
	"time"
)

func main() {
	msg := "set before AfterFunc"
	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() {
		fmt.Println(msg)
		done <- true
	})
	<-done
	msg = "changed after the function ran"
	fmt.Println(msg)
}
