// want: 7:27: newline in string
package main

import "fmt"

func main() {
	fmt.Println("unterminated
	)
}
