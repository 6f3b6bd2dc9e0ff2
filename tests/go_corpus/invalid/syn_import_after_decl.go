// want: 6:1: syntax error: non-declaration statement outside function body
package main

func f() {}

import "fmt"

func main() {
	fmt.Println()
}
