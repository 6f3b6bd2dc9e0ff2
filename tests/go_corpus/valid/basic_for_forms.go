package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 5; i++ {
		sum += i
	}
	n := 1
	for n < 100 {
		n *= 3
	}
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		sum += j - i
	}
	fmt.Println(sum, n, k)
}
