// want: 7:3: v declared but not used
package main

func main() {
	done := make(chan bool)
	go func() {
		v := 42
		done <- true
	}()
	<-done
}
