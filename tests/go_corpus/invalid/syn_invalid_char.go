// want: 5:9: invalid character U+0040 '@'
package main

func main() {
	x := 1 @ 2
	_ = x
}
