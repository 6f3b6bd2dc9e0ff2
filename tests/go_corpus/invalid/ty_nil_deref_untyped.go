// want: 5:7: use of untyped nil in assignment
package main

func main() {
	x := nil
	_ = x
}
