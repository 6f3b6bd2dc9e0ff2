package main

import "fmt"

func main() {
	s := "Hello"
	t := s + ", " + "Go"
	fmt.Println(t, len(t), t[0:5], t[7:], t[:2])
	raw := `raw\nstring`
	fmt.Println(raw)
	esc := "tab\tnew\\line \"q\" \x41 \u00e9 \U0001F600"
	fmt.Println(esc)
	b := []byte("bytes")
	b[0] = 'B'
	fmt.Println(string(b), []rune("héé"), string(rune(65)))
	fmt.Println(s < t, s == "Hello")
}
