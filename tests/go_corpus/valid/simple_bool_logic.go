package main

import "fmt"

func main() {
	ready := make(chan bool, 2)
	ready <- true
	ready <- false
	a := <-ready
	b := <-ready
	if a && !b {
		fmt.Println("a only")
	}
	if a || b {
		fmt.Println("either")
	}
}
