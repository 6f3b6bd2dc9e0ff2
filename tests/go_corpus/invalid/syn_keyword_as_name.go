// want: 5:7: syntax error: unexpected :=, expecting name
package main

func main() {
	type := 3
	_ = type
}
