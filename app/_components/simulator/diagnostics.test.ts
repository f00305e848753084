import { describe, expect, it } from "vitest";
import { diagnose, fieldPath, invalidItems } from "./diagnostics";

describe("fieldPath", () => {
  it("splits dots and indexes", () => {
    expect(fieldPath("spec.containers[0].image")).toEqual(["spec", "containers", 0, "image"]);
    expect(fieldPath("metadata.labels[app.kubernetes.io/name]")).toEqual(["metadata", "labels", "app.kubernetes.io/name"]);
  });
});

describe("invalidItems", () => {
  it("reads one error and an aggregate of several", () => {
    expect(invalidItems('The Pod "web" is invalid: spec.containers: Required value\n')).toEqual({ kind: "Pod", name: "web", items: [{ field: "spec.containers", message: "Required value" }] });
    const agg = invalidItems('The Deployment.apps "d" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: map[string]string{"a":"b"}: `selector` does not match template `labels`]');
    expect(agg?.kind).toBe("Deployment");
    expect(agg?.items.map((i) => i.field)).toEqual(["spec.selector", "spec.template.metadata.labels"]);    const lines = invalidItems('The Deployment "d" is invalid: \n* spec.selector: Required value\n* spec.replicas: Invalid value: -1: must be greater than or equal to 0\n');
    expect(lines?.items).toEqual([{ field: "spec.selector", message: "Required value" }, { field: "spec.replicas", message: "Invalid value: -1: must be greater than or equal to 0" }]);
  });
  it("is null for other errors", () => {
    expect(invalidItems("error: no objects passed to apply\n")).toBeNull();
  });
});

describe("diagnose", () => {
  const yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n    image: \"\"\n";
  it("points at the named field, or its deepest existing parent", () => {
    expect(diagnose(yaml, 'The Pod "web" is invalid: spec.containers[0].image: Required value\n')).toEqual([{ line: 8, message: "spec.containers[0].image: Required value" }]);
    expect(diagnose(yaml, 'The Pod "web" is invalid: spec.restartPolicy: Unsupported value: "x"\n')[0]?.line).toBe(5);
  });
  it("picks the document of the named object", () => {
    const two = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n${yaml}`;
    expect(diagnose(two, 'The Pod "web" is invalid: spec.containers[0].image: Required value\n')[0]?.line).toBe(13);
  });
  it("uses the line of a YAML syntax error", () => {
    expect(diagnose("a: 1\n b: [\n", "error: error parsing STDIN: error converting YAML to JSON: yaml: bad at line 2, column 1:\n")).toEqual([
      { line: 2, message: "error parsing STDIN: error converting YAML to JSON: yaml: bad at line 2, column 1:" },
    ]);
  });
  it("is empty for errors without a location", () => {
    expect(diagnose(yaml, 'Error from server (NotFound): namespaces "x" not found\n')).toEqual([]);
  });
});
