// want: 6:2: imported and not used: "os"
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("x")
}
