// want: 8:14: cannot use xs (variable of type []int) as type []any in argument to fmt.Println
package main

import "fmt"

func main() {
	xs := []int{1, 2}
	fmt.Println(xs...)
}
