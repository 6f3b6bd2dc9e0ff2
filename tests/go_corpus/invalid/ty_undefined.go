// want: 7:14: undefined: y
package main

import "fmt"

func main() {
	fmt.Println(y)
}
