// kubectl config over the simulator's kubeconfig (kind's "kind-kind" context). Texts from kubectl
// pkg/cmd/config: get_contexts.go (CURRENT/NAME/CLUSTER/AUTHINFO/NAMESPACE, "*" for the current
// one), current_context.go, use_context.go, set_context.go ("Context %q modified."), view.go.
import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";
import { restoreCluster } from "../..";

describe("kubectl config", () => {
  it("lists the kind context and prints the current one", () => {
    const t = new TestCluster();
    t.kubectl("config get-contexts");
    expect(t.last.stdout).toBe("CURRENT   NAME        CLUSTER     AUTHINFO    NAMESPACE\n*         kind-kind   kind-kind   kind-kind   \n");
    t.kubectl("config current-context");
    expect(t.last.stdout).toBe("kind-kind\n");
    t.kubectl("config get-contexts -o name");
    expect(t.last.stdout).toBe("kind-kind\n");
  });

  it("set-context --current --namespace makes later commands default to that namespace, across snapshot/restore", () => {
    const t = new TestCluster().kubectl("create namespace dev");
    t.kubectl("config set-context --current --namespace=dev");
    expect(t.last.stdout).toBe('Context "kind-kind" modified.\n');
    t.kubectl("create deployment web --image=nginx:1.27");
    expect(t.cluster.internals.lister.get("deployments", "dev", "web")).toBeDefined();
    t.kubectl("get deploy -o name");
    expect(t.last.stdout).toBe("deployment.apps/web\n");
    t.kubectl("get deploy -n default", undefined, 0);
    expect(t.last.stderr).toBe("No resources found in default namespace.\n");
    t.kubectl("config get-contexts");
    expect(t.last.stdout).toBe("CURRENT   NAME        CLUSTER     AUTHINFO    NAMESPACE\n*         kind-kind   kind-kind   kind-kind   dev\n");
    const restored = restoreCluster(t.cluster.snapshot());
    expect(restored.kubectl("get deploy -o name").stdout).toBe("deployment.apps/web\n");
    // A client dry run prints no namespace: the context's namespace is not "enforced".
    expect(t.cluster.kubectl("create deployment x --image=nginx --dry-run=client -o yaml").stdout).not.toContain("namespace:");
  });

  it("use-context switches; unknown names and bad argument combinations fail as kubectl does", () => {
    const t = new TestCluster();
    t.kubectl("config set-context staging --namespace=stage --cluster=kind-kind --user=kind-kind");
    expect(t.last.stdout).toBe('Context "staging" created.\n');
    t.kubectl("config use-context staging");
    expect(t.last.stdout).toBe('Switched to context "staging".\n');
    t.kubectl("config current-context");
    expect(t.last.stdout).toBe("staging\n");
    t.kubectl("config get-contexts");
    expect(t.last.stdout).toBe("CURRENT   NAME        CLUSTER     AUTHINFO    NAMESPACE\n          kind-kind   kind-kind   kind-kind   \n*         staging     kind-kind   kind-kind   stage\n");
    t.kubectl("config use-context nope", undefined, 1);
    expect(t.last.stderr).toBe('error: no context exists with the name: "nope"\n');
    t.kubectl("config set-context", undefined, 1);
    expect(t.last.stderr).toBe("error: you must specify a non-empty context name or --current\n");
    t.kubectl("config set-context x --current", undefined, 1);
    expect(t.last.stderr).toBe("error: you cannot specify both a context name and --current\n");
    t.kubectl("config get-contexts nope", undefined, 1);
    expect(t.last).toEqual({ stdout: "CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE\n", stderr: "error: context nope not found\n", exitCode: 1 });
  });

  it("view prints the kubeconfig with key material omitted; --minify keeps the current context", () => {
    const t = new TestCluster();
    t.kubectl("config set-context --current --namespace=dev");
    t.kubectl("config view --minify");
    expect(t.last.stdout).toBe(`apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://127.0.0.1:6443
  name: kind-kind
contexts:
- context:
    cluster: kind-kind
    namespace: dev
    user: kind-kind
  name: kind-kind
current-context: kind-kind
kind: Config
preferences: {}
users:
- name: kind-kind
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
`);
  });
});
