// want: 6:7: syntax error: cannot use assignment (x) = (2) as value
package main

func main() {
	x := 1
	if x = 2 {
	}
}
