package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	var s string
	var ok bool
	ch <- "value"
	select {
	case s, ok = <-ch:
	}
	fmt.Println(s, ok)
	close(ch)
	select {
	case s, ok = <-ch:
	}
	fmt.Printf("%q %v\n", s, ok)
}
