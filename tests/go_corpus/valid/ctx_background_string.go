package main

import (
	"context"
	"fmt"
)

func main() {
	fmt.Println(context.Background())
	fmt.Println(context.TODO())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	cancel()
	fmt.Println(ctx.Err() == context.Canceled)
}
