package main

import "fmt"

func main() {
	a, b := 0, 0
	ping := make(chan int)
	done := make(chan struct{})
	go func() {
		a = 1
		ping <- 1
	}()
	<-ping
	a++
	go func() {
		b = a
		close(done)
	}()
	<-done
	fmt.Println(a, b)
}
