// Compares the API declared by our goSource packages (files under $GOMAPLAB_API_DIR/<path>/x.go,
// written by scripts/capture-stdlib-goldens.mjs) with the real go1.27 packages, by go/types:
// every exported name we declare must exist in the real package with an identical type
// (constants: identical type and exact value). Prints one line per name: ok, MISMATCH or EXTRA;
// then "missing" lines for real exported names we leave out.
package main

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir := os.Getenv("GOMAPLAB_API_DIR")
	real := importer.ForCompiler(token.NewFileSet(), "source", nil)
	var paths []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".go") {
			rel, _ := filepath.Rel(dir, filepath.Dir(p))
			paths = append(paths, rel)
		}
		return nil
	})
	sort.Strings(paths)
	for _, path := range paths {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, filepath.Join(dir, path, "x.go"), nil, 0)
		if err != nil {
			fmt.Printf("ERROR %s: %v\n", path, err)
			continue
		}
		conf := types.Config{Importer: real, Error: func(err error) {
			if !strings.Contains(err.Error(), "missing function body") {
				fmt.Printf("ERROR %s: %v\n", path, err)
			}
		}}
		ours, _ := conf.Check(path, fset, []*ast.File{f}, nil)
		theirs, err := real.Import(path)
		if err != nil {
			fmt.Printf("ERROR %s: %v\n", path, err)
			continue
		}
		qual := func(p *types.Package) string { return p.Name() }
		for _, name := range ours.Scope().Names() {
			o := ours.Scope().Lookup(name)
			if !o.Exported() {
				continue
			}
			t := theirs.Scope().Lookup(name)
			if t == nil {
				fmt.Printf("EXTRA %s.%s\n", path, name)
				continue
			}
			if ot, ok := o.(*types.TypeName); ok {
				if tt, ok := t.(*types.TypeName); ok {
					// methods we declare must match; real methods we leave out are listed as missing
					theirs := methods(tt.Type(), qual)
					for m, sig := range methods(ot.Type(), qual) {
						if theirs[m] != sig {
							fmt.Printf("MISMATCH %s.%s.%s: ours %s, go %s\n", path, name, m, sig, theirs[m])
						}
						delete(theirs, m)
					}
					var left []string
					for m := range theirs {
						left = append(left, m)
					}
					sort.Strings(left)
					for _, m := range left {
						fmt.Printf("missing %s.%s.%s\n", path, name, m)
					}
				}
			}
			a, b := describe(o, qual), describe(t, qual)
			if a != b {
				fmt.Printf("MISMATCH %s.%s: ours %s, go %s\n", path, name, a, b)
			} else {
				fmt.Printf("ok %s.%s\n", path, name)
			}
		}
		for _, name := range theirs.Scope().Names() {
			if theirs.Scope().Lookup(name).Exported() && ours.Scope().Lookup(name) == nil {
				fmt.Printf("missing %s.%s\n", path, name)
			}
		}
	}
}

func describe(o types.Object, qual types.Qualifier) string {
	switch o := o.(type) {
	case *types.Const:
		return "const " + types.TypeString(o.Type(), qual) + " = " + o.Val().ExactString()
	case *types.TypeName:
		// the exported shape: exported struct fields (unexported ones are private detail)
		if st, ok := o.Type().Underlying().(*types.Struct); ok {
			var fs []string
			for i := 0; i < st.NumFields(); i++ {
				if f := st.Field(i); f.Exported() {
					fs = append(fs, f.Name()+" "+types.TypeString(f.Type(), qual))
				}
			}
			return "type struct{" + strings.Join(fs, "; ") + "}"
		}
		return "type " + types.TypeString(o.Type().Underlying(), qual)
	case *types.Func:
		return "func " + types.TypeString(o.Type(), qual)
	case *types.Var:
		return "var " + types.TypeString(o.Type(), qual)
	}
	return fmt.Sprintf("%T", o)
}

func methods(t types.Type, qual types.Qualifier) map[string]string {
	ms := map[string]string{}
	mset := types.NewMethodSet(types.NewPointer(t))
	for i := 0; i < mset.Len(); i++ {
		if m := mset.At(i).Obj(); m.Exported() {
			ms[m.Name()] = types.TypeString(m.Type(), qual)
		}
	}
	return ms
}
