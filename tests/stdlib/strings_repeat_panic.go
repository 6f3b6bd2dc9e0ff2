package main

import (
	"fmt"
	"strings"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(strings.Repeat("x", -1))
	}()
	fmt.Println(strings.Repeat("-", 0) + "|")
	fmt.Println(strings.Repeat("ab", -2))
}
