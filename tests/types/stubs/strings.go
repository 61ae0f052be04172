package strings

type Builder struct {
	buf []byte
}

func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) String() string
func (b *Builder) Len() int

func ToUpper(s string) string
func Split(s, sep string) []string
func Contains(s, substr string) bool
func Repeat(s string, count int) string
func Fields(s string) []string
func Join(elems []string, sep string) string
