package main

import "fmt"

var order []string

var ready = setup("var")

func setup(s string) bool {
	order = append(order, s)
	return true
}

func init() {
	order = append(order, "init 1")
}

func main() {
	order = append(order, "main")
	fmt.Println(ready, order)
}

func init() {
	order = append(order, "init 2")
	fmt.Println("in the second init")
}
