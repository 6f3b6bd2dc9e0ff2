// want: 7:4: syntax error: unexpected else at end of statement
package main

func main() {
	if true {
	} else {
	} else {
	}
}
