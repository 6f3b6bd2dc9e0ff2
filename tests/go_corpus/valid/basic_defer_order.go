package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer func() { fmt.Println("closure sees", x) }()
	x = 20
	fmt.Println("body")
}
