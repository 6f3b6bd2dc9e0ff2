package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		a <- 1
	}()
	x := <-a
	go func() {
		b <- x + 1
	}()
	fmt.Println(x, <-b)
}
