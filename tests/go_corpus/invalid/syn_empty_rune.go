// want: 5:8: empty rune literal or unescaped '
package main

func main() {
	r := ''
	_ = r
}
