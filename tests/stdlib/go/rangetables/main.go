// Emits src/engine/stdlib/tables/rangetables.ts: the *RangeTable variables of package
// unicode (categories, scripts, properties, case-folding tables) and the maps and aliases
// that name them, read from the toolchain's own src/unicode/tables.go with go/parser.
// Every table reachable through unicode.Categories, Scripts, Properties, FoldCategory and
// FoldScript is checked against the compiled package's value (reflect.DeepEqual) before
// anything is written.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"unicode"
)

type table struct {
	name        string
	r16, r32    [][3]uint64
	latinOffset int
}

func lit(e ast.Expr) uint64 {
	bl, ok := e.(*ast.BasicLit)
	if !ok {
		panic(fmt.Sprintf("not a literal: %T", e))
	}
	v, err := strconv.ParseUint(bl.Value, 0, 64)
	if err != nil {
		panic(err)
	}
	return v
}

// ranges reads a []Range16 or []Range32 literal (never nil: `R16: []Range16{}` is an empty,
// non-nil slice in Go, unlike an absent field).
func ranges(e ast.Expr) [][3]uint64 {
	out := [][3]uint64{}
	for _, el := range e.(*ast.CompositeLit).Elts {
		r := el.(*ast.CompositeLit).Elts
		out = append(out, [3]uint64{lit(r[0]), lit(r[1]), lit(r[2])})
	}
	return out
}

// rangeTable reads `&RangeTable{...}`, or returns nil for any other expression.
func rangeTable(name string, e ast.Expr) *table {
	u, ok := e.(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return nil
	}
	cl, ok := u.X.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	if id, ok := cl.Type.(*ast.Ident); !ok || id.Name != "RangeTable" {
		return nil
	}
	t := &table{name: name}
	for _, el := range cl.Elts {
		kv := el.(*ast.KeyValueExpr)
		switch kv.Key.(*ast.Ident).Name {
		case "R16":
			t.r16 = ranges(kv.Value)
		case "R32":
			t.r32 = ranges(kv.Value)
		case "LatinOffset":
			t.latinOffset = int(lit(kv.Value))
		}
	}
	return t
}

func (t *table) equal(rt *unicode.RangeTable) bool {
	if (rt.R16 == nil) != (t.r16 == nil) || (rt.R32 == nil) != (t.r32 == nil) {
		return false
	}
	r16, r32 := [][3]uint64{}, [][3]uint64{}
	for _, r := range rt.R16 {
		r16 = append(r16, [3]uint64{uint64(r.Lo), uint64(r.Hi), uint64(r.Stride)})
	}
	for _, r := range rt.R32 {
		r32 = append(r32, [3]uint64{uint64(r.Lo), uint64(r.Hi), uint64(r.Stride)})
	}
	return (len(r16) == 0 && len(t.r16) == 0 || reflect.DeepEqual(r16, t.r16)) &&
		(len(r32) == 0 && len(t.r32) == 0 || reflect.DeepEqual(r32, t.r32)) && rt.LatinOffset == t.latinOffset
}

func length(rs [][3]uint64) int {
	if rs == nil {
		return -1
	}
	return len(rs)
}

func main() {
	path := filepath.Join(runtime.GOROOT(), "src/unicode/tables.go")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
	if err != nil {
		panic(err)
	}
	var tables []*table
	byName := map[string]*table{}
	// Other declarations kept verbatim: aliases (`Latin = _Latin`) and the maps naming the
	// tables. Declarations of types the engine's unicode does not provide are left out.
	var decls []string
	defined := map[string]bool{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			if len(vs.Names) != 1 || len(vs.Values) != 1 {
				continue
			}
			name := vs.Names[0].Name
			if t := rangeTable(name, vs.Values[0]); t != nil {
				tables = append(tables, t)
				byName[name] = t
				defined[name] = true
			}
		}
	}
	keep := func(e ast.Expr) bool {
		switch v := e.(type) {
		case *ast.Ident:
			return defined[v.Name]
		case *ast.CompositeLit:
			mt, ok := v.Type.(*ast.MapType)
			if !ok {
				return false
			}
			var buf bytes.Buffer
			printer.Fprint(&buf, fset, mt)
			if s := buf.String(); s != "map[string]*RangeTable" && s != "map[string]string" {
				return false
			}
			for _, el := range v.Elts {
				if id, ok := el.(*ast.KeyValueExpr).Value.(*ast.Ident); ok && !defined[id.Name] {
					return false
				}
			}
			return true
		}
		return false
	}
	// Aliases first, then the maps naming them (Categories precedes the aliases in the file).
	for _, pass := range []string{"alias", "map"} {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				if len(vs.Names) != 1 || len(vs.Values) != 1 || defined[vs.Names[0].Name] || !keep(vs.Values[0]) {
					continue
				}
				if _, isIdent := vs.Values[0].(*ast.Ident); isIdent != (pass == "alias") {
					continue
				}
				var buf bytes.Buffer
				printer.Fprint(&buf, fset, vs.Values[0])
				decls = append(decls, fmt.Sprintf("var %s = %s", vs.Names[0].Name, buf.String()))
				defined[vs.Names[0].Name] = true
			}
		}
	}
	// Check the parse against the compiled tables.
	checked := 0
	for _, m := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts, unicode.Properties, unicode.FoldCategory, unicode.FoldScript} {
		for k, rt := range m {
			found := false
			for _, t := range tables {
				if t.equal(rt) {
					found = true
					break
				}
			}
			if !found {
				panic("table " + k + " does not match the compiled unicode package")
			}
			checked++
		}
	}
	if !byName["_Han"].equal(unicode.Han) || !byName["_L"].equal(unicode.Letter) || !byName["foldL"].equal(unicode.FoldCategory["L"]) {
		panic("spot check failed")
	}

	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by scripts/capture-stdlib-goldens.mjs running tests/stdlib/go/rangetables/main.go\n")
	fmt.Fprintf(&b, "// over %s src/unicode/tables.go (unicode.Version %s); DO NOT EDIT.\n", runtime.Version(), unicode.Version)
	fmt.Fprintf(&b, "// %d range tables (%d checked against the compiled package's maps).\n", len(tables), checked)
	b.WriteString("// rangeTables[i] is table i as [len(R16), lo, hi, stride, ..., len(R32), lo, hi, stride, ..., LatinOffset];\n")
	b.WriteString("// a length of -1 is a nil slice (the field is absent from the composite literal).\n\n")
	b.WriteString("export const rangeTables: readonly (readonly number[])[] = [\n")
	for _, t := range tables {
		fmt.Fprintf(&b, "  // %s\n  [%d,", t.name, length(t.r16))
		for i, r := range t.r16 {
			if i%6 == 0 {
				b.WriteString("\n   ")
			}
			fmt.Fprintf(&b, " 0x%x, 0x%x, %d,", r[0], r[1], r[2])
		}
		fmt.Fprintf(&b, "\n    %d,", length(t.r32))
		for i, r := range t.r32 {
			if i%6 == 0 {
				b.WriteString("\n   ")
			}
			fmt.Fprintf(&b, " 0x%x, 0x%x, %d,", r[0], r[1], r[2])
		}
		fmt.Fprintf(&b, "\n    %d],\n", t.latinOffset)
	}
	b.WriteString("];\n\n")
	b.WriteString("/** Go declarations of the tables (by index into rangeTables), their aliases and maps. */\n")
	b.WriteString("export const rangeTableDecls = `")
	for i, t := range tables {
		fmt.Fprintf(&b, "var %s = rangeTable(%d)\n", t.name, i)
	}
	for _, d := range decls {
		b.WriteString(strings.ReplaceAll(d, "`", "") + "\n")
	}
	b.WriteString("`;\n")
	os.Stdout.WriteString(b.String())
}
