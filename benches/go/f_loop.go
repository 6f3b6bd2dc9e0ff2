package main

import "fmt"

// (f) A plain loop of 50,000,000 iterations.
func main() {
	sum := 0
	for i := 0; i < 50000000; i++ {
		sum += i & 7
	}
	fmt.Println(sum)
}
