// kubectl get options through a real cluster: -L/--label-columns, --sort-by, -o jsonpath,
// -o custom-columns, with kubectl 1.34's exact output.
import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster";

const pod = (name: string, labels: Record<string, string>, image = "nginx:1.25") => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
${Object.entries(labels).map(([k, v]) => `    ${k}: "${v}"`).join("\n")}
spec:
  containers:
  - name: c
    image: ${image}
`;

function cluster() {
  const c = createCluster({ seed: 1 });
  c.kubectl("apply -f -", pod("web", { app: "web", "app.kubernetes.io/tier": "front" }));
  c.advance(5);
  c.kubectl("apply -f -", pod("db", { app: "db" }, "postgres:16"));
  c.settle(60);
  return c;
}

describe("kubectl get -L", () => {
  it("appends upper-cased label columns (part after the last slash), empty when absent, before LABELS", () => {
    const c = cluster();
    expect(c.kubectl("get pods -L app,app.kubernetes.io/tier --show-labels")).toEqual({
      stdout:
        "NAME   READY   STATUS    RESTARTS   AGE   APP   TIER    LABELS\n" +
        "db     1/1     Running   0          2s    db            app=db\n" +
        "web    1/1     Running   0          7s    web   front   app=web,app.kubernetes.io/tier=front\n",
      stderr: "",
      exitCode: 0,
    });
    // Repeatable; a trailing empty cell still pads the one before it (tabwriter).
    expect(c.kubectl("get pods -L app -L tier --no-headers").stdout).toBe("db    1/1   Running   0     2s    db    \nweb   1/1   Running   0     7s    web   \n");
    expect(c.kubectl("get pods --label-columns=app").stdout.split("\n")[0]).toBe("NAME   READY   STATUS    RESTARTS   AGE   APP");
  });
});

describe("kubectl get --sort-by", () => {
  function three() {
    const c = createCluster({ seed: 1 });
    c.kubectl("apply -f -", pod("web-9", { app: "web", tier: "b" }));
    c.advance(3);
    c.kubectl("apply -f -", pod("web-10", { app: "web" }));
    c.advance(3);
    c.kubectl("apply -f -", pod("api", { app: "api", tier: "a" }));
    c.settle(60);
    return c;
  }
  const names = (out: string) => out.split("\n").filter(Boolean).map((l) => l.split(/\s+/)[0]);

  it("sorts names naturally, timestamps chronologically, objects lacking the field first", () => {
    const c = three();
    expect(names(c.kubectl("get pods").stdout)).toEqual(["NAME", "api", "web-10", "web-9"]);
    expect(names(c.kubectl("get pods --sort-by=.metadata.name").stdout)).toEqual(["NAME", "api", "web-9", "web-10"]);
    expect(names(c.kubectl("get pods --sort-by={.metadata.creationTimestamp} --no-headers").stdout)).toEqual(["web-9", "web-10", "api"]);
    expect(names(c.kubectl("get pods --sort-by metadata.labels.tier -o name").stdout)).toEqual(["pod/web-10", "pod/api", "pod/web-9"]);
    expect(names(c.kubectl("get pods --sort-by=.status.containerStatuses[0].restartCount --no-headers").stdout)).toEqual(["api", "web-10", "web-9"]);
  });
  it("fails when no object has the field", () => {
    expect(three().kubectl("get pods --sort-by=.spec.nope")).toEqual({
      stdout: "",
      stderr: 'error: couldn\'t find any field with path "{.spec.nope}" in the list of objects\n',
      exitCode: 1,
    });
  });
});
