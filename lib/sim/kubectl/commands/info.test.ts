// version, cluster-info, api-resources, top and edit. Texts: kubectl pkg/cmd/version
// ("Client Version: …", "Kustomize Version: …", "Server Version: …"), clusterinfo.go (control
// plane line, the "cluster-info dump" hint), apiresources.go (columns, group-then-name order),
// top_node.go/top_pod.go ("Metrics API not available").
import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";

describe("kubectl version / cluster-info / api-resources / top / edit", () => {
  it("version prints client, kustomize and server versions; --client only the client's", () => {
    const t = new TestCluster();
    t.kubectl("version");
    expect(t.last.stdout).toBe("Client Version: v1.34.0\nKustomize Version: v5.7.1\nServer Version: v1.34.0\n");
    t.kubectl("version --client");
    expect(t.last.stdout).toBe("Client Version: v1.34.0\nKustomize Version: v5.7.1\n");
  });

  it("cluster-info names the control plane (no cluster-service Services in kube-system here)", () => {
    const t = new TestCluster();
    t.kubectl("cluster-info");
    expect(t.last.stdout).toBe("Kubernetes control plane is running at https://127.0.0.1:6443\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
  });

  it("api-resources lists the served kinds by group then name", () => {
    const t = new TestCluster();
    t.kubectl("api-resources");
    const lines = t.last.stdout.split("\n");
    expect(lines[0]).toMatch(/^NAME\s+SHORTNAMES\s+APIVERSION\s+NAMESPACED\s+KIND$/);
    expect(lines).toContain(lines.find((l) => /^configmaps\s+cm\s+v1\s+true\s+ConfigMap$/.test(l)));
    const names = lines.slice(1, -1).map((l) => l.split(/\s+/)[0]);
    expect(names.indexOf("configmaps")).toBeLessThan(names.indexOf("pods"));
    expect(names.indexOf("pods")).toBeLessThan(names.indexOf("deployments"));
    expect(names.indexOf("deployments")).toBeLessThan(names.indexOf("horizontalpodautoscalers"));
    expect(lines.find((l) => l.startsWith("horizontalpodautoscalers"))).toMatch(/^horizontalpodautoscalers\s+hpa\s+autoscaling\/v2\s+true\s+HorizontalPodAutoscaler$/);
    t.kubectl("api-resources --namespaced=false -o name");
    expect(t.last.stdout.split("\n")).toContain("nodes");
    expect(t.last.stdout.split("\n")).not.toContain("pods");
  });

  it("top: no metrics-server, so no Metrics API", () => {
    const t = new TestCluster();
    t.kubectl("top pods", undefined, 1);
    expect(t.last.stderr).toBe("error: Metrics API not available\n");
    t.kubectl("top node", undefined, 1);
    expect(t.last.stderr).toBe("error: Metrics API not available\n");
  });

  it("edit points to the YAML editor (after checking the object exists)", () => {
    const t = new TestCluster().kubectl("create deployment web --image=nginx:1.27");
    t.kubectl("edit deployment web", undefined, 1);
    expect(t.last.stderr).toContain("Use the YAML editor tab instead: copy the output of `kubectl get deployment.apps/web -o yaml`");
    t.kubectl("edit deployment nope", undefined, 1);
    expect(t.last.stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
  });
});
