// want: 4:14: syntax error: unexpected {, expecting name or (
package main

func (x int) {
}

func main() {}
