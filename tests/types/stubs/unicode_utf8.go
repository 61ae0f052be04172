package utf8

const RuneError = '\uFFFD'

func RuneCountInString(s string) (n int)
