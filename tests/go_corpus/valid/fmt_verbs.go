package main

import "fmt"

type T struct {
	A int
	B string
	C *int
}

func main() {
	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%q|%U\n", n, n, n, n, 255, 255, 8, 5, 'G', 'G', 'G')
	fmt.Printf("%s|%q|%10s|%-10s|%x\n", "go", "go\n", "right", "left", "hi")
	fmt.Printf("%t|%v\n", true, nil)
	fmt.Printf("%f|%.2f|%8.3f|%e|%E|%g|%G\n", 3.14159, 3.14159, 3.14159, 123456.789, 0.000123, 1e-7, 2.5)
	t := T{1, "b", nil}
	fmt.Printf("%v|%+v|%#v|%T\n", t, t, t, t)
	fmt.Printf("%v|%v|%#v|%T\n", []int{1, 2}, map[string]int{"z": 1, "a": 2}, []string{"x"}, map[string]int{})
	fmt.Printf("%v %+v\n", &t, &struct{ X []int }{[]int{1}})
	fmt.Printf("%%|%v|%d\n", [2]bool{true}, []int8{-1, 2})
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%*d|%-*d|\n", 4, 7, 3, 8)
	fmt.Printf("%v %c\n", 'x', 120)
}
