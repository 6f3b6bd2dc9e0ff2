// want: 6:12: continue label not defined: outer
package main

func main() {
	for {
		continue outer
	}
}
