package main

func main() {
	var x interface{} = "s"
	_ = x.(int)
}
