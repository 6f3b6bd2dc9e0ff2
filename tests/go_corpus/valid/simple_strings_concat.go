package main

import "fmt"

func greet(name string) string {
	return "hello " + name
}

func main() {
	names := make(chan string, 2)
	names <- "ann"
	names <- "ben"
	close(names)
	for n := range names {
		fmt.Println(greet(n))
	}
}
