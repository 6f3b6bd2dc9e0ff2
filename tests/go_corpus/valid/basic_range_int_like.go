package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	for i := range arr {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, s := range arr {
		fmt.Print(i, s, ";")
	}
	fmt.Println()
	for range arr {
		fmt.Print(".")
	}
	fmt.Println()
}
