package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- bool) {
	sum := 0
	for v := range in {
		sum += v
	}
	fmt.Println("sum", sum)
	done <- true
}

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go producer(ch, 5)
	go consumer(ch, done)
	<-done
	var ro <-chan int = ch
	var so chan<- int = ch
	fmt.Printf("%T %T %T\n", ch, ro, so)
}
