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
