package main

import "fmt"

func main() {
	var i interface{} = "hello"
	s := i.(string)
	fmt.Println(s)
	n, ok := i.(int)
	fmt.Println(n, ok)
	var st fmt.Stringer
	_, ok = i.(fmt.Stringer)
	fmt.Println(ok, st == nil)
	f := i.(float64)
	fmt.Println(f)
}
