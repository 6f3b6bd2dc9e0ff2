// Seed 001: two goroutines and a sleep in main (Println, not PrintLn).
package main

import (
	"fmt"
	"time"
)

func main() {
	go test()
	time.Sleep(10 * time.Millisecond)
	go run()
	time.Sleep(10 * time.Millisecond)
}

func test() {
	fmt.Println("test")
}

func run() {
	fmt.Println("run")
}
