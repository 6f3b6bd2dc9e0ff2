package main

import "fmt"

func main() {
	for i, r := range "héllo, 世界" {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
	s := "abc"
	for i := 0; i < len(s); i++ {
		fmt.Println(s[i], string(s[i]))
	}
}
