// want: 5:1: label L defined and not used
package main

func main() {
L:
	for {
	}
}
