// want: 7:8: expression in defer must not be parenthesized
package main

import "fmt"

func main() {
	defer (fmt.Println("x"))
}
