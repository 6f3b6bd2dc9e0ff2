// want: 5:9: hexadecimal literal has no digits
package main

func main() {
	x := 0x
	_ = x
}
