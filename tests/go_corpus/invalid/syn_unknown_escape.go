// want: 7:20: unknown escape
package main

import "fmt"

func main() {
	fmt.Println("bad \q escape")
}
