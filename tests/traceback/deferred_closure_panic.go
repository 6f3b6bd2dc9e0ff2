package main

func g() {
	defer func() {
		panic("boom")
	}()
	println("a")
}

func main() {
	if len("ab") == 2 {
		g()
	}
}
