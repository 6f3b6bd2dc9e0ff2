package main

import "fmt"

func work(done chan bool) {
	fmt.Println("working...")
	done <- true
}

func main() {
	done := make(chan bool, 1)
	go work(done)
	<-done
	fmt.Println("done")
}
