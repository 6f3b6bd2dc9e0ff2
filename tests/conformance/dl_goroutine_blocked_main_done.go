package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	go func() { ch <- 2 }()
	fmt.Println(<-ch)
}

// chanscope: fifo-only (which sender wins depends on the schedule)
