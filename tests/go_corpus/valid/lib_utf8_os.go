package main

import (
	"fmt"
	"os"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneLen('世'), utf8.ValidString(s))
	fmt.Println(len(os.Args) >= 1)
	fmt.Fprintln(os.Stdout, "done")
}
