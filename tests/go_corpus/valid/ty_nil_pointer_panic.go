package main

import "fmt"

type T struct{ v int }

func main() {
	var t *T
	fmt.Println("before")
	fmt.Println(t.v)
}
