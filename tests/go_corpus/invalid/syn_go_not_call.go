// want: 6:5: expression in go must be function call
package main

func main() {
	x := 1
	go x
}
