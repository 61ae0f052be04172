// versions: 1.19 1.21 1.27
package main

import (
	"context"
	"fmt"
)

// context.AfterFunc and WithoutCancel arrived in Go 1.21, context.Cause in 1.20.
func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	stop := context.AfterFunc(ctx, func() {})
	defer stop()
	cancel(nil)
	fmt.Println(context.Cause(ctx), context.WithoutCancel(ctx).Err())
}
