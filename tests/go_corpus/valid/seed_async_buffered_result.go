// Seed 003: a buffered result channel lets the producer finish even when
// nobody reads the result.
package main

import (
	"fmt"
	"time"
)

func getComments() chan string {
	result := make(chan string, 1)
	go func(out chan<- string) {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("async operation ready, return comments")
		out <- "32 комментария"
	}(result)
	return result
}

func getPage() {
	resultCh := getComments()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("get related articles")
	commentsData := <-resultCh
	fmt.Println("main goroutine:", commentsData)
}

func main() {
	getPage()
}
