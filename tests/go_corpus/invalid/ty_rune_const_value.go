// want: 5:17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration
package main

func main() {
	var s string = 'a'
	_ = s
}
