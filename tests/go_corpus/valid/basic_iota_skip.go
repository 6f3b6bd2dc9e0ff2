package main

import "fmt"

const (
	A = iota * 10
	B
	_
	D
	E, F = iota, iota + 100
	G, H
)

func main() {
	fmt.Println(A, B, D, E, F, G, H)
}
