// want: 6:2: invalid operation: s++ (non-numeric type string)
package main

func main() {
	s := "a"
	s++
}
