// want: 5:7: syntax error: unexpected newline, expecting type
package main

func main() {
	var x
	x = 1
}
