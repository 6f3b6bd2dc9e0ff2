// want: 5:7: string not terminated
package main

func main() {
	s := `never closed
}
