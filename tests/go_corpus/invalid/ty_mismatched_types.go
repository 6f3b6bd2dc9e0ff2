// want: 9:14: invalid operation: a + b (mismatched types int and string)
package main

import "fmt"

func main() {
	a := 1
	b := "two"
	fmt.Println(a + b)
}
