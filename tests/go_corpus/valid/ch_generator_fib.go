package main

import "fmt"

func fib(n int) <-chan int {
	ch := make(chan int)
	go func() {
		a, b := 0, 1
		for i := 0; i < n; i++ {
			ch <- a
			a, b = b, a+b
		}
		close(ch)
	}()
	return ch
}

func main() {
	for v := range fib(10) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
