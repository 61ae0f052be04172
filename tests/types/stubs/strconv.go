package strconv

func Itoa(i int) string
func Atoi(s string) (int, error)
func Quote(s string) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
