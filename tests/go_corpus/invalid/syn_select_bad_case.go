// want: 8:5: syntax error: unexpected = in composite literal; possibly missing comma or }
package main

func main() {
	ch := make(chan int)
	select {
	case v := <-ch {
		_ = v
	}
}
