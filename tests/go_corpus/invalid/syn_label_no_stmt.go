// want: 6:2: label L defined and not used
package main

func main() {
	for {
	L:
	}
}
