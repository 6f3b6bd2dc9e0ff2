// want: 7:7: []int (type) is not an expression
package main

import "fmt"

func main() {
	x := []int
	fmt.Println()
}
