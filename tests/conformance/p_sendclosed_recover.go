package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Printf("recovered: %v (%T) isError=%v\n", r, r, ok)
		_ = err
	}()
	ch := make(chan int)
	close(ch)
	ch <- 1
}
