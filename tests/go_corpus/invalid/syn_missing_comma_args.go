// want: 7:18: syntax error: unexpected literal "b" in argument list; possibly missing comma or )
package main

import "fmt"

func main() {
	fmt.Println("a" "b")
}
