// want: 5:7: more than one character in rune literal
package main

func main() {
	r := 'ab'
	_ = r
}
