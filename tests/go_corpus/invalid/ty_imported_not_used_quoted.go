// want: 6:2: imported and not used: "strings" as str
package main

import (
	"fmt"
	str "strings"
)

func main() {
	fmt.Println("x")
}
