package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("stderr line", 1, true)
	print("stderr again\n")
}
