package context

import "time"

type Context interface {
	Done() <-chan struct{}
	Err() error
}

type CancelFunc func()

func Background() Context
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
func WithCancel(parent Context) (Context, CancelFunc)

type CancelCauseFunc func(cause error)

func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)
func Cause(c Context) error
func AfterFunc(ctx Context, f func()) (stop func() bool)
func WithoutCancel(parent Context) Context
