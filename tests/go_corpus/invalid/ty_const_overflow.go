// want: 5:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
package main

func main() {
	var b byte = 300
	_ = b
}
