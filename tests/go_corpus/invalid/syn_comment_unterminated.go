// want: 7:1: comment not terminated
package main

func main() {
}

/* never closed
