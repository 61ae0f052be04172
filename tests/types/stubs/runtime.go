package runtime

func GOMAXPROCS(n int) int
func Gosched()
func NumGoroutine() int
