// want: 6:6: func init must have no arguments and no return values
package main

import "fmt"

func init(n int) {
	fmt.Println(n)
}

func main() {
}
