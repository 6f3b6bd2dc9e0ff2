// want: 10:2: syntax error: unexpected else, expecting }
package main

import "fmt"

func main() {
	if true {
		fmt.Println("a")
	}
	else {
		fmt.Println("b")
	}
}
