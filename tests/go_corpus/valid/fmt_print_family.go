package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Println("a", "b", 1, 2, "c")
	s := fmt.Sprint("x", 3, 4, "y")
	s2 := fmt.Sprintln("line", 5)
	s3 := fmt.Sprintf("%03d-%s", 7, "z")
	fmt.Print(s, "|", s2, s3, "\n")
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintf(os.Stdout, "%d items\n", 3)
	fmt.Fprintln(os.Stderr, "to stderr")
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
}
