package main

import "fmt"

func risky(n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	if n > 2 {
		panic(fmt.Sprintf("n too big: %d", n))
	}
	fmt.Println("ok", n)
}

func main() {
	risky(1)
	risky(5)
	fmt.Println("after")
}
