package math

const (
	Pi         = 3.14159265358979323846264338327950288419716939937510582097494459
	MaxInt64   = 1<<63 - 1
	MaxUint64  = 1<<64 - 1
	MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
)

func Sqrt(x float64) float64
