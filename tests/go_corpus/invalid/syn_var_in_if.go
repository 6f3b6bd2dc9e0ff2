// want: 5:9: syntax error: var declaration not allowed in if initializer
package main

func main() {
	if var x = 1; x > 0 {
	}
}
