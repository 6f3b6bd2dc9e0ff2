package main

import "fmt"

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(s string) string { return "[" + f(s) + "]" }

type Server interface{ Serve(string) string }

func main() {
	var s Server = HandlerFunc(func(in string) string { return in + "!" })
	fmt.Println(s.Serve("hi"))
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
}
