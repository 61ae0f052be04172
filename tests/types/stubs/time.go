package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
)

func (d Duration) String() string

type Ticker struct {
	C <-chan Time
}

type Time struct {
	ns int64
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func Sleep(d Duration)
