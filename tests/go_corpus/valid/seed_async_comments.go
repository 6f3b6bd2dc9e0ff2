package main

import (
	"fmt"
	"time"
)

func getComments() chan string {
	result := make(chan string, 1)
	go func(out chan<- string) {
		time.Sleep(2 * time.Millisecond)
		out <- "32 комментария"
	}(result)
	return result
}

func getPage() {
	resultCh := getComments()
	fmt.Println("get related articles")
	commentsData := <-resultCh
	fmt.Println("main goroutine:", commentsData)
}

func main() {
	for i := 0; i < 2; i++ {
		getPage()
	}
}
