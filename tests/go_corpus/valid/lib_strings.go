package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, Gophers  "
	t := strings.TrimSpace(s)
	fmt.Println(t, strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Contains(t, "Go"), strings.HasPrefix(t, "He"), strings.HasSuffix(t, "rs"))
	fmt.Println(strings.Index(t, "Go"), strings.Index(t, "zz"))
	fmt.Println(strings.Split("a,b,c", ","), strings.Join([]string{"x", "y"}, "-"))
	fmt.Println(strings.Fields(" a  b c "), len(strings.Fields(" a  b c ")))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "c"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("x")
		fmt.Fprintf(&b, "%d", i)
	}
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
}
