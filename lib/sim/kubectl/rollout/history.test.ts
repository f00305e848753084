import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../types";
import { deploymentHistory, historyOutput, viewHistory } from "./history";

const rs = (revision: string | undefined, cause?: string): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "ReplicaSet",
  metadata: { name: `web-${revision}`, uid: "", resourceVersion: "", creationTimestamp: "", annotations: { ...(revision !== undefined ? { "deployment.kubernetes.io/revision": revision } : {}), ...(cause ? { "kubernetes.io/change-cause": cause } : {}) } },
  spec: { template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: `nginx:${revision}` }] } } },
});

function view(list: KubeObject[], revision = 0) {
  const h = deploymentHistory(list);
  const causes = new Map([...h].map(([r, t]) => [r, t.metadata?.annotations?.["kubernetes.io/change-cause"]]));
  return viewHistory(causes, (r) => h.get(r), revision);
}

describe("rollout history", () => {
  it("DP-HIST-01: no ReplicaSets", () => expect(view([])).toEqual({ text: "No rollout history found." }));
  it("table sorted by revision, <none> without a change-cause, tabwriter padding 2", () => {
    const r = view([rs("4", "kubectl set image deployment/web web=nginx:1.27"), rs("1"), rs("3")]);
    expect(r).toEqual({ text: "REVISION  CHANGE-CAUSE\n1         <none>\n3         <none>\n4         kubectl set image deployment/web web=nginx:1.27\n" });
    if ("text" in r) expect(historyOutput("deployment.apps", "web", 0, r.text)).toBe("deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n3         <none>\n4         kubectl set image deployment/web web=nginx:1.27\n\n");
  });
  it("a ReplicaSet without the annotation is revision 0; a malformed one is skipped", () => {
    expect(view([rs(undefined), rs("x"), rs("2")])).toEqual({ text: "REVISION  CHANGE-CAUSE\n0         <none>\n2         <none>\n" });
  });
  it("--revision prints the template with the change-cause, or kubectl's error", () => {
    const r = view([rs("1"), rs("2", "v2")], 2);
    // Raw tabs, as upstream's printTemplate writes without a tabwriter.
    expect("text" in r && r.text.startsWith("Pod Template:\n  Labels:\tapp=web\n  Annotations:\tkubernetes.io/change-cause: v2\n  Containers:\n   web:\n    Image:\tnginx:2\n")).toBe(true);
    expect(view([rs("1")], 5)).toEqual({ error: "unable to find the specified revision" });
    expect(historyOutput("deployment.apps", "web", 2, "Pod Template:\n")).toBe("deployment.apps/web with revision #2\nPod Template:\n\n");
  });
});
