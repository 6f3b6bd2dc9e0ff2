package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println(ch == nil, len(ch), cap(ch))
	ch = make(chan string, 4)
	ch <- "x"
	fmt.Println(ch != nil, len(ch), cap(ch))
}
