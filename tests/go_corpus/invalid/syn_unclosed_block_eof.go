// want: 6:1: syntax error: unexpected EOF, expecting }
package main

func main() {
	for {
