package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1), utf8.RuneLen(0xD800))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Printf("%d %d %c\n", r, size, r)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError, utf8.UTFMax)
}
