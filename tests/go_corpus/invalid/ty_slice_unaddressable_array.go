// want: 9:7: invalid operation: f() (value of type [3]int) (slice of unaddressable value)
package main

import "fmt"

func f() [3]int { return [3]int{1, 2, 3} }

func main() {
	s := f()[1:]
	fmt.Println(s)
}
