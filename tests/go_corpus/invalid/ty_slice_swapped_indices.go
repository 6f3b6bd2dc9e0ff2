// want: 8:18: invalid slice indices: 1 < 2
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	fmt.Println(s[2:1])
}
