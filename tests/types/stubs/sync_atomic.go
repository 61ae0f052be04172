package atomic

type Int64 struct {
	v int64
}

func (x *Int64) Load() int64
func (x *Int64) Add(delta int64) (new int64)
func (x *Int64) Store(val int64)

func AddInt32(addr *int32, delta int32) (new int32)
func LoadInt32(addr *int32) int32
