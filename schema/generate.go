package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/invopop/jsonschema"

	"gbtrack/normalize"
	"gbtrack/render"
)

// File is one schema file and the Go type it describes.
type File struct {
	Name  string // file name in this folder: "item.schema.json"
	Title string
	Type  reflect.Type
}

// Files lists the schemas, in the order docs/schema.md describes them.
var Files = []File{
	{"item.schema.json", "gbtrack item (one line of items.jsonl)", reflect.TypeFor[normalize.Item]()},
	{"document.schema.json", "gbtrack document (one line of documents.jsonl)", reflect.TypeFor[normalize.Document]()},
	{"report.schema.json", "gbtrack report.json", reflect.TypeFor[render.Report]()},
}

// addedSinceV1 lists, per type name, fields added after schema_version 1 was first written:
// they are not required, so older runs still validate (see the package comment).
var addedSinceV1 = map[string][]string{
	"Item":     {"units", "follow_up", "latest_status"},
	"Document": {"same_as"},
}

// enums closes the vocabularies of docs/output.md: type name -> property -> values.
var enums = map[string]map[string][]any{
	"Item": {"kind": {normalize.KindRecommendation, normalize.KindActionItem, normalize.KindCommitment}},
	"Status": {"value": {
		normalize.StatusCompleted, normalize.StatusOngoing, normalize.StatusPlanned, normalize.StatusNotStarted,
		normalize.StatusDelayed, normalize.StatusCancelled, normalize.StatusUnknown,
	}},
	"Response": {"value": {
		normalize.ResponseAccepted, normalize.ResponsePartiallyAccepted, normalize.ResponseNotAccepted, normalize.ResponseUnknown,
	}},
	"FollowUp": {"how": {normalize.HowCited, normalize.HowNumber, normalize.HowText, normalize.HowSession}},
	"Due":      {"precision": {"day", "month", "quarter", "half", "year", "biennium", "session", "relative"}},
	"LatestStatus": {"value": {
		normalize.StatusCompleted, normalize.StatusOngoing, normalize.StatusPlanned, normalize.StatusNotStarted,
		normalize.StatusDelayed, normalize.StatusCancelled, normalize.StatusUnknown,
	}},
	"Deadline": {"status": {
		normalize.StatusCompleted, normalize.StatusOngoing, normalize.StatusPlanned, normalize.StatusNotStarted,
		normalize.StatusDelayed, normalize.StatusCancelled, normalize.StatusUnknown,
	}},
}

// isoDay is the pattern of an ISO date (YYYY-MM-DD), the only date form gbtrack writes.
const isoDay = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`

// patterns gives date fields their form: type name -> property -> pattern.
var patterns = map[string]map[string]string{
	"Due":          {"start": isoDay, "end": isoDay},
	"Document":     {"date": isoDay},
	"Report":       {"as_of": isoDay},
	"Deadline":     {"due_end": isoDay},
	"FollowUp":     {"date": isoDay},
	"LatestStatus": {"date": isoDay},
}

// Generate returns the schema file f describes, as written to disk: indented JSON and a final
// newline. srcRoot is the module root, whose Go sources give the descriptions; "" leaves them
// out. It fails when the comments cannot be read.
func Generate(f File, srcRoot string) ([]byte, error) {
	r := &jsonschema.Reflector{Anonymous: true, AllowAdditionalProperties: true}
	if srcRoot != "" {
		for _, pkg := range []string{"normalize", "render", "changes"} {
			// AddGoComments keys comments by path.Join(base, dir); a base one level down
			// from the module makes "../normalize" resolve to "gbtrack/normalize".
			if err := r.AddGoComments("gbtrack/x", strings.TrimSuffix(srcRoot, "/")+"/"+pkg); err != nil {
				return nil, fmt.Errorf("schema: comments of %s: %w", pkg, err)
			}
		}
	}
	s := r.ReflectFromType(f.Type)
	s.ID = jsonschema.ID(f.Name)
	s.Title = f.Title
	fixTypes(s, f.Type, map[reflect.Type]bool{})
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, fmt.Errorf("schema: %s: %w", f.Name, err)
	}
	return b.Bytes(), nil
}

// fixTypes makes the reflected schema say what encoding/json writes: a pointer field is its
// value or null; a field added after version 1 is optional; vocabularies are enums. It walks t
// and the struct types it reaches, fixing each one's definition once.
func fixTypes(root *jsonschema.Schema, t reflect.Type, seen map[reflect.Type]bool) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || seen[t] {
		return
	}
	seen[t] = true
	def := root.Definitions[t.Name()]
	if def == nil || def.Properties == nil {
		return
	}
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || (f.Anonymous && f.Tag.Get("json") == "") {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		prop, ok := def.Properties.Get(name)
		if !ok {
			continue
		}
		// A promoted field (Deadline's in OverdueItem) takes the rules of the type declaring it.
		owner := t
		if len(f.Index) > 1 {
			owner = t.FieldByIndex(f.Index[:len(f.Index)-1]).Type
		}
		if vals, ok := enums[owner.Name()][name]; ok {
			prop.Enum = vals
		}
		if p, ok := patterns[owner.Name()][name]; ok {
			prop.Pattern = p
		}
		if f.Type.Kind() == reflect.Pointer {
			def.Properties.Set(name, &jsonschema.Schema{
				AnyOf:       []*jsonschema.Schema{prop, {Type: "null"}},
				Description: prop.Description,
			})
			prop.Description = ""
		}
		fixTypes(root, f.Type, seen)
	}
	for _, name := range addedSinceV1[t.Name()] {
		def.Required = slices.DeleteFunc(def.Required, func(r string) bool { return r == name })
	}
}
