package main

import (
	"fmt"
	"strings"
)

func main() {
	args := []interface{}{1, "two", 3.5, nil}
	fmt.Println(args...)
	fmt.Print(args...)
	fmt.Println()
	fmt.Printf("%d-%s-%.1f-%v\n", args...)
	s := fmt.Sprint(args...)
	t := fmt.Sprintln(args...)
	u := fmt.Sprintf("%v|%v", args[:2]...)
	fmt.Println(s, t, u)
	err := fmt.Errorf("%s: %d", []any{"code", 7}...)
	fmt.Println(err)
	var none []any
	fmt.Println(none...)
	fmt.Println(strings.Join([]string{"a", "b"}, "+"))
}
