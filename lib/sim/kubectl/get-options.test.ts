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

describe("kubectl get -o jsonpath / custom-columns", () => {
  it("jsonpath over the List or the single object, no newline added", () => {
    const c = cluster();
    expect(c.kubectl("get pods -o jsonpath='{.items[*].metadata.name}'")).toEqual({ stdout: "db web", stderr: "", exitCode: 0 });
    expect(c.kubectl("get pod web -o jsonpath={.metadata.name}").stdout).toBe("web");
    expect(c.kubectl("get pod web -o=jsonpath='{.spec.containers[0].image}'").stdout).toBe("nginx:1.25");
    expect(c.kubectl(`get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}'`).stdout).toBe("db\tRunning\nweb\tRunning\n");
    expect(c.kubectl("get pods -o jsonpath='{.items[*].metadata.labels.app}' --sort-by=.metadata.creationTimestamp").stdout).toBe("web db");
    expect(c.kubectl("get pods -n empty -o jsonpath='{.items[*].metadata.name}'")).toEqual({ stdout: "", stderr: "", exitCode: 0 });
  });
  it("jsonpath errors", () => {
    const c = cluster();
    expect(c.kubectl("get pods -o jsonpath")).toEqual({ stdout: "", stderr: "error: template format specified but no template given\n", exitCode: 1 });
    expect(c.kubectl("get pods -o jsonpath='{.items'").stderr).toBe("error: error parsing jsonpath {.items, unclosed action\n");
  });
  it("custom-columns: header as written, <none> for missing, values joined with commas", () => {
    const c = cluster();
    expect(c.kubectl("get pods -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image,TIER:.metadata.labels.tier")).toEqual({
      stdout: "NAME   IMAGE         TIER\ndb     postgres:16   <none>\nweb    nginx:1.25    <none>\n",
      stderr: "",
      exitCode: 0,
    });
    expect(c.kubectl("get pods --no-headers -o custom-columns=N:metadata.name,C:{.spec.containers[*].name}").stdout).toBe("db    c\nweb   c\n");
    expect(c.kubectl("get pods -n empty -o custom-columns=NAME:.metadata.name")).toEqual({ stdout: "NAME\n", stderr: "", exitCode: 0 });
    expect(c.kubectl("get pods -o custom-columns=NAME").stderr).toBe("error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n");
    expect(c.kubectl("get pods -o custom-columns=").stderr).toBe("error: custom-columns format specified but no custom columns given\n");
  });
});

describe("kubectl get all", () => {
  it("prints each kind's table in discovery order, names qualified, blank line between", () => {
    const c = createCluster({ seed: 1 });
    c.kubectl("create deployment web --image=nginx:1.25");
    c.kubectl("expose deployment web --port=80");
    c.settle(60);
    expect(c.kubectl("get all")).toEqual({
      stdout:
        "NAME                       READY   STATUS    RESTARTS   AGE\n" +
        "pod/web-68bf9f694d-rq2j9   1/1     Running   0          1s\n" +
        "\n" +
        "NAME                 TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)   AGE\n" +
        "service/kubernetes   ClusterIP   10.96.0.1      <none>        443/TCP   1s\n" +
        "service/web          ClusterIP   10.96.222.71   <none>        80/TCP    1s\n" +
        "\n" +
        "NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\n" +
        "deployment.apps/web   1/1     1            1           1s\n" +
        "\n" +
        "NAME                             DESIRED   CURRENT   READY   AGE\n" +
        "replicaset.apps/web-68bf9f694d   1         1         1       1s\n",
      stderr: "",
      exitCode: 0,
    });
    expect(c.kubectl("get all -l app=web -o name").stdout).toBe("pod/web-68bf9f694d-rq2j9\nservice/web\ndeployment.apps/web\nreplicaset.apps/web-68bf9f694d\n");
  });
  it("one kind alone still gets the kind/ prefix: \"all\" names several resources", () => {
    expect(createCluster({ seed: 1 }).kubectl("get all").stdout).toMatch(/^NAME {17}TYPE {8}CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE\nservice\/kubernetes   ClusterIP   10\.96\.0\.1 +<none> +443\/TCP +\S+\n$/);
  });
  it("says nothing was found in an empty namespace", () => {
    expect(createCluster({ seed: 1 }).kubectl("get all -n empty")).toEqual({ stdout: "", stderr: "No resources found in empty namespace.\n", exitCode: 0 });
  });
});
