package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
		sb.WriteRune('é')
	}
	fmt.Println(sb.String(), sb.Len())
}
