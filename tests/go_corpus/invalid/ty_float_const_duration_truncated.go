// want: 7:13: 1.5 (untyped float constant) truncated to int64
package main

import "time"

func main() {
	time.Sleep(1.5 * time.Second)
}
