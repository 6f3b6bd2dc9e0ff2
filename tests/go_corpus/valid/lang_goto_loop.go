package main

import "fmt"

func find(xs []int, want int) int {
	i := 0
next:
	if i >= len(xs) {
		goto missing
	}
	if xs[i] == want {
		return i
	}
	i++
	goto next
missing:
	return -1
}

func main() {
	xs := []int{4, 8, 15, 16, 23, 42}
	fmt.Println(find(xs, 15), find(xs, 7))
	n := 0
	for {
		n++
		if n == 3 {
			goto done
		}
	}
done:
	fmt.Println("n =", n)
}
