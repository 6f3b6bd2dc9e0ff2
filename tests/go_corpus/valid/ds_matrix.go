package main

import "fmt"

func mul(a, b [2][2]int) [2][2]int {
	var c [2][2]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	m := [2][2]int{{1, 1}, {1, 0}}
	r := [2][2]int{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = mul(r, m)
	}
	fmt.Println(r, r[0][1])
}
