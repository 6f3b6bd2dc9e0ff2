// want: 5:2: x declared but not used
package main

func main() {
	x := 1
}
