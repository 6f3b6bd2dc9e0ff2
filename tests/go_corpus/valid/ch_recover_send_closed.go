package main

import "fmt"

func trySend(ch chan int, v int) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			ok = false
		}
	}()
	ch <- v
	return true
}

func main() {
	ch := make(chan int, 1)
	fmt.Println(trySend(ch, 1))
	close(ch)
	fmt.Println(trySend(ch, 2))
}
