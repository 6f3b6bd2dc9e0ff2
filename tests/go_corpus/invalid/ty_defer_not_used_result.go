// want: 7:8: defer discards result of len("x") (constant 1 of type int)
package main

func main() {
	ch := make(chan int)
	_ = ch
	defer len("x")
}
