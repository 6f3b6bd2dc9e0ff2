package main

import "fmt"

func main() {
	results := make(chan int)
	done := make(chan bool)
	total := 0
	go func() {
		for i := 0; i < 4; i++ {
			total += <-results
		}
		done <- true
	}()
	for i := 1; i <= 4; i++ {
		go func(i int) { results <- i * i }(i)
	}
	<-done
	fmt.Println(total)
}
