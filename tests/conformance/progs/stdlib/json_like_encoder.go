package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func encode(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(x)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return strconv.Quote(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = encode(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Quote(k) + ":" + encode(x[k]))
		}
		b.WriteByte('}')
		return b.String()
	}
	return fmt.Sprintf("unsupported %T", v)
}

func main() {
	doc := map[string]any{
		"name":  "gomaplab",
		"stars": 42,
		"ratio": 0.75,
		"tags":  []any{"go", "maps", nil, true},
		"owner": map[string]any{"id": 7, "nick": "q\"x"},
	}
	fmt.Println(encode(doc))
	fmt.Println(encode(struct{}{}))
}
