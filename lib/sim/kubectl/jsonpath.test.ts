import { describe, expect, it } from "vitest";
import { executeJsonPath, goValue, JsonPathError, selectPath, textOf } from "./jsonpath";

const pod = (name: string, image: string, ready: string) => ({
  metadata: { name, labels: { app: name, "app.kubernetes.io/tier": "front" } },
  spec: { containers: [{ name: "c", image }, { name: "side", image: "busybox" }] },
  status: { conditions: [{ type: "Initialized", status: "True" }, { type: "Ready", status: ready }], containerStatuses: [{ restartCount: 2 }] },
});
const list = { apiVersion: "v1", kind: "List", items: [pod("a", "nginx", "True"), pod("b", "redis", "False")] };

describe("jsonpath", () => {
  it("joins the results of one action with spaces", () => {
    expect(executeJsonPath("{.items[*].metadata.name}", list)).toBe("a b");
    expect(executeJsonPath("{.items[0].spec.containers[*].image}", list)).toBe("nginx busybox");
  });
  it("ranges, literals and text", () => {
    expect(executeJsonPath('{range .items[*]}{.metadata.name}{"\\t"}{.spec.containers[0].image}{"\\n"}{end}', list)).toBe("a\tnginx\nb\tredis\n");
    expect(executeJsonPath("name={.metadata.name}!", pod("x", "i", "True"))).toBe("name=x!");
  });
  it("negative index, quoted keys, recursion, filters, $", () => {
    const p = pod("x", "nginx", "True");
    expect(executeJsonPath("{.spec.containers[-1].name}", p)).toBe("side");
    expect(executeJsonPath("{.metadata.labels['app\\.kubernetes\\.io/tier']}", p)).toBe("front");
    expect(executeJsonPath("{..image}", p)).toBe("nginx busybox");
    expect(executeJsonPath('{.status.conditions[?(@.type=="Ready")].status}', p)).toBe("True");
    expect(executeJsonPath('{.items[?(@.metadata.name!="a")].metadata.name}', list)).toBe("b");
    expect(executeJsonPath("{range .items[*]}{$.kind}{end}", list)).toBe("ListList");
  });
  it("a backslash escapes a dot (or any terminator) in a field name, as client-go's parser does", () => {
    const rs = { metadata: { annotations: { "deployment.kubernetes.io/revision": "3" } } };
    expect(executeJsonPath("{.metadata.annotations.deployment\\.kubernetes\\.io/revision}", rs)).toBe("3");
    expect(selectPath(".metadata.annotations.deployment\\.kubernetes\\.io/revision", rs)).toEqual(["3"]);
    expect(executeJsonPath("{.metadata.labels.app\\.kubernetes\\.io/tier}", pod("x", "i", "True"))).toBe("front");
    // Without the escapes the dots split the key: nothing matches.
    expect(executeJsonPath("{.metadata.annotations.deployment.kubernetes.io/revision}", rs)).toBe("");
  });
  it("missing keys print nothing; maps and numbers print as JSON / numbers", () => {
    expect(executeJsonPath("{.nope.deeper}", list)).toBe("");
    expect(executeJsonPath("{.items[5].metadata.name}", list)).toBe("");
    expect(executeJsonPath("{.items[0].status.containerStatuses[0].restartCount}", list)).toBe("2");
    expect(executeJsonPath("{.items[0].metadata.labels}", list)).toBe('{"app":"a","app.kubernetes.io/tier":"front"}');
    expect(textOf(true)).toBe("true");
  });
  it("selectPath accepts {…}, .a and relaxed a.b", () => {
    expect(selectPath("{.metadata.name}", pod("x", "i", "True"))).toEqual(["x"]);
    expect(selectPath("metadata.name", pod("x", "i", "True"))).toEqual(["x"]);
    expect(selectPath(".spec.containers[0].image", pod("x", "i", "True"))).toEqual(["i"]);
  });
  it("rejects unclosed templates", () => {
    expect(() => executeJsonPath("{.a", list)).toThrow(JsonPathError);
    expect(() => executeJsonPath("{range .items[*]}{.a}", list)).toThrow(JsonPathError);
  });
});

describe("goValue", () => {
  it("prints like Go's %v", () => {
    expect(goValue({ b: 1, a: "x" })).toBe("map[a:x b:1]");
    expect(goValue(["a", 2])).toBe("[a 2]");
    expect(goValue(3)).toBe("3");
  });
});
