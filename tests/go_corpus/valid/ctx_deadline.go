package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	d := time.Now().Add(2 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println(dl.Equal(d), ok)
	<-ctx.Done()
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded))
}
