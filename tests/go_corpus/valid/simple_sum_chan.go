package main

import "fmt"

func sum(xs []int, out chan<- int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	out <- t
}

func main() {
	out := make(chan int)
	go sum([]int{1, 2, 3}, out)
	fmt.Println(<-out)
}
