// want: 5:15: cannot use 123456.789 (untyped float constant 123457) as byte value in variable declaration (truncated)
package main

func main() {
	var b byte = 123456.789
	_ = b
}
