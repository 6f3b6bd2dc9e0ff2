// want: 11:14: cannot use ... in call to non-variadic strings.ToUpper
package main

import (
	"fmt"
	"strings"
)

func main() {
	xs := []string{"a"}
	fmt.Println(strings.ToUpper(xs...))
}
