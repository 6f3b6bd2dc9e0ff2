// want: 7:34: duplicate index 1 in array or slice literal
package main

import "fmt"

func main() {
	xs := []string{1: "a", 0: "b", 1: "c"}
	fmt.Println(xs)
}
