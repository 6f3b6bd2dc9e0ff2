package main

import "fmt"

func main() {
	var a [3]int
	n := 5
	defer func() { fmt.Println(recover()) }()
	p := &a
	defer func() { fmt.Println(recover()) }()
	defer func() { fmt.Println(recover()) }()
	defer func() { fmt.Println(recover()) }()
	defer func() {
		fmt.Println(recover())
		_ = p[1:n]
	}()
	defer func() {
		fmt.Println(recover())
		_ = a[n:]
	}()
	defer func() {
		fmt.Println(recover())
		_ = a[1:2:n]
	}()
	_ = a[:n]
}
