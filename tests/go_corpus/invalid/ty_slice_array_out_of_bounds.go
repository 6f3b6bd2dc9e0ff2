// want: 8:11: invalid argument: index 5 out of bounds [0:4]
package main

import "fmt"

func main() {
	var a [3]int
	s := a[1:5]
	fmt.Println(s)
}
