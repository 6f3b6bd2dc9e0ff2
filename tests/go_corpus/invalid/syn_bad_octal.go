// want: 5:10: invalid digit '8' in octal literal
package main

func main() {
	x := 0o78
	_ = x
}
