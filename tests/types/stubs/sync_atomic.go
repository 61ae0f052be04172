package atomic

type Int64 struct {
	v int64
}

func (x *Int64) Load() int64
func (x *Int64) Add(delta int64) (new int64)
func (x *Int64) Store(val int64)

func AddInt32(addr *int32, delta int32) (new int32)
func LoadInt32(addr *int32) int32

type Int32 struct {
	v int32
}

func (x *Int32) Load() int32
func (x *Int32) Add(delta int32) (new int32)
func (x *Int32) And(mask int32) (old int32)
