package main

import "fmt"

func main() {
	done := make(chan struct{})
	go func() {
		fmt.Println("working")
		close(done)
	}()
	<-done
	fmt.Println("finished")
	_, ok := <-done
	fmt.Println("closed:", !ok)
}
