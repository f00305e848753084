// A compact description of the Go types kube-apiserver decodes request bodies into: just
// enough to reproduce encoding/json's type errors and strict decoding's unknown-field errors.
// `go` is the Go type name as reflect prints it (used in "of type …").

export type Schema =
  | { t: "string" | "bool" | "int32" | "int64" | "float64" | "any" | "quantity" | "intstr" | "time" | "bytes" }
  | { t: "struct"; go: string; fields: Record<string, Schema> }
  | { t: "array"; go: string; of: Schema }
  | { t: "map"; go: string; of: Schema };

export const str: Schema = { t: "string" };
export const bool: Schema = { t: "bool" };
export const int32: Schema = { t: "int32" };
export const int64: Schema = { t: "int64" };
export const float64: Schema = { t: "float64" };
/** Free-form: accepted as is (status written by controllers, rarely used nested structs). */
export const any: Schema = { t: "any" };
export const quantity: Schema = { t: "quantity" };
export const intstr: Schema = { t: "intstr" };
export const time: Schema = { t: "time" };
/** []byte: a base64 string in JSON. */
export const bytes: Schema = { t: "bytes" };

/** A struct: `name` is the unqualified Go type, pkg its package alias ("v1"). */
export const struct = (name: string, fields: Record<string, Schema>, pkg = "v1"): Schema & { t: "struct" } => ({ t: "struct", go: `${pkg}.${name}`, fields });
export const arrayOf = (of: Schema): Schema => ({ t: "array", go: `[]${goName(of)}`, of });
export const mapOf = (of: Schema): Schema => ({ t: "map", go: `map[string]${goName(of)}`, of });
export const strings = arrayOf(str);
export const strMap = mapOf(str);

export function goName(s: Schema): string {
  switch (s.t) {
    case "struct":
    case "array":
    case "map":
      return s.go;
    case "bool":
      return "bool";
    case "any":
      return "interface {}";
    case "quantity":
      return "resource.Quantity";
    case "intstr":
      return "intstr.IntOrString";
    case "time":
      return "v1.Time";
    case "bytes":
      return "[]uint8";
    default:
      return s.t;
  }
}
