package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type otherKey struct{ id int }

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Println(bg.Err(), bg.Done() == nil, bg.Value("x"))
	_, ok := bg.Deadline()
	fmt.Println("deadline", ok)

	// Values: the nearest context with the key wins; keys of different types differ.
	ctx := context.WithValue(bg, key("user"), "ann")
	ctx = context.WithValue(ctx, key("role"), "admin")
	ctx = context.WithValue(ctx, otherKey{1}, 42)
	ctx = context.WithValue(ctx, key("user"), "bob")
	fmt.Println(ctx.Value(key("user")), ctx.Value(key("role")), ctx.Value(otherKey{1}), ctx.Value(otherKey{2}), ctx.Value("user"))
	fmt.Println(context.WithValue(bg, key("k"), "v"))
	fmt.Println(context.WithValue(context.TODO(), "k", 3))

	// Cancel: Done is closed, Err says why, children are canceled, parents are not.
	parent, cancelParent := context.WithCancel(ctx)
	child, cancelChild := context.WithCancel(parent)
	grandchild, cancelGrandchild := context.WithCancel(child)
	defer cancelGrandchild()
	fmt.Println(parent, child.Value(key("role")))
	cancelChild()
	<-child.Done()
	<-grandchild.Done()
	fmt.Println("child:", child.Err(), "grandchild:", grandchild.Err(), "parent:", parent.Err())
	cancelChild() // a second cancel does nothing
	cancelParent()
	fmt.Println("parent:", parent.Err(), errors.Is(parent.Err(), context.Canceled))
	late, cancelLate := context.WithCancel(parent)
	fmt.Println("derived from a canceled parent:", late.Err())
	cancelLate()
	select {
	case <-late.Done():
		fmt.Println("late is done")
	default:
		fmt.Println("late is not done")
	}

	// Causes.
	cc, cancelCause := context.WithCancelCause(bg)
	fmt.Println(context.Cause(cc))
	cancelCause(errors.New("shutting down"))
	fmt.Println(cc.Err(), "|", context.Cause(cc))
	cc2, cancelCause2 := context.WithCancelCause(bg)
	cancelCause2(nil)
	fmt.Println(cc2.Err(), "|", context.Cause(cc2))
	fmt.Println(context.Cause(bg))

	// WithoutCancel keeps the values but not the cancellation.
	wc := context.WithoutCancel(parent)
	fmt.Println(wc.Err(), wc.Done() == nil, wc.Value(key("user")), wc)

	// Deadline and timeout.
	start := time.Now()
	tctx, cancelT := context.WithTimeout(bg, 30*time.Millisecond)
	defer cancelT()
	dl, ok := tctx.Deadline()
	fmt.Println("deadline set:", ok, dl.Sub(start) == 30*time.Millisecond || dl.Sub(start) > 29*time.Millisecond)
	<-tctx.Done()
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded), context.Cause(tctx))
	fmt.Println("waited at least 30ms:", time.Since(start) >= 30*time.Millisecond)
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(tctx.Err(), &te), te.Timeout())

	// A later deadline than the parent's is the parent's.
	outer, cancelOuter := context.WithTimeout(bg, time.Hour)
	inner, cancelInner := context.WithTimeout(outer, 2*time.Hour)
	d1, _ := outer.Deadline()
	d2, _ := inner.Deadline()
	fmt.Println("inner deadline is outer's:", d1.Equal(d2))
	cancelOuter()
	<-inner.Done()
	fmt.Println("inner:", inner.Err())
	cancelInner()

	// A deadline in the past is exceeded at once; cancel after that changes nothing.
	past, cancelPast := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println("past:", past.Err())
	cancelPast()
	fmt.Println("past:", past.Err())
	// Canceling before the deadline gives Canceled.
	early, cancelEarly := context.WithTimeout(bg, time.Second)
	cancelEarly()
	fmt.Println("early:", early.Err())

	// WithTimeoutCause.
	tc, cancelTC := context.WithTimeoutCause(bg, 5*time.Millisecond, errors.New("too slow"))
	defer cancelTC()
	<-tc.Done()
	fmt.Println(tc.Err(), "|", context.Cause(tc))

	// AfterFunc runs f in its own goroutine after ctx is canceled, unless stopped.
	actx, acancel := context.WithCancel(bg)
	ran := make(chan string, 2)
	stop1 := context.AfterFunc(actx, func() { ran <- "first" })
	stop2 := context.AfterFunc(actx, func() { ran <- "second" })
	fmt.Println("stop2:", stop2())
	acancel()
	fmt.Println(<-ran)
	fmt.Println("stop1 after it ran:", stop1())

	// Panics.
	for _, f := range []func(){
		func() { context.WithValue(bg, nil, 1) },
		func() { context.WithValue(bg, []int{1}, 1) },
		func() { context.WithCancel(nil) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
