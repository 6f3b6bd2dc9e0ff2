package main

import "fmt"

func main() {
	count := 0
	inc := func(n int) {
		count += n
	}
	for i := 1; i <= 4; i++ {
		inc(i)
	}
	fmt.Println("count", count)
}
