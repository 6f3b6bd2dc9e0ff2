// want: 7:6: undefined: fmt.Printline
package main

import "fmt"

func main() {
	fmt.Printline("x")
}
