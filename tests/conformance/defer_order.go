package main

import "fmt"

func count() (n int) {
	defer func() {
		n = n * 10
	}()
	n = 4
	return n + 1
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("count:", count())
	fmt.Println("body done")
}
