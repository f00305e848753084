import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster";
import { commonPrefix, complete } from "./complete";

function setup() {
  const c = createCluster({ seed: 3, nodes: 2 });
  c.kubectl("create deployment web --image=nginx --replicas=2");
  c.kubectl("run api --image=nginx");
  c.kubectl("create namespace shop");
  c.kubectl("run cart -n shop --image=nginx");
  c.advance(5);
  const src = { kinds: c.internals.kinds, list: (r: string, ns?: string) => c.internals.lister.list(r, ns) };
  const traced = c.trace().length;
  return { c, src, traced };
}

describe("kubectl tab completion", () => {
  it("completes commands, subcommands and resource types", () => {
    const { src } = setup();
    expect(complete(src, "kubectl ge")).toEqual({ from: 8, candidates: ["get"] });
    expect(complete(src, "kubectl ").candidates).toEqual(expect.arrayContaining(["apply", "delete", "describe", "get", "logs", "rollout"]));
    expect(complete(src, "kubectl rollout re").candidates).toEqual(["restart", "resume"]);
    expect(complete(src, "kubectl get dep")).toEqual({ from: 12, candidates: ["deployments"] });
    expect(complete(src, "kubectl get a").candidates).toContain("all");
    expect(complete(src, "kubectl rollout status ").candidates).toEqual(["daemonsets", "deployments", "statefulsets"]);
    expect(complete(src, "kubectl create in").candidates).toEqual(["ingress"]);
    expect(complete(src, "kubectl set res").candidates).toEqual(["resources"]);
    expect(complete(src, "kubectl set resources deployment/w").candidates).toEqual(["deployment/web"]);
    expect(complete(src, "kubectl set resources deploy/web --lim").candidates).toEqual(["--limits="]);
    expect(complete(src, "kubectl ev").candidates).toEqual(["events"]);
    expect(complete(src, "kubectl events --types=W").candidates).toEqual(["--types=Warning"]);
  });

  it("completes object names from the live cluster, in the namespace asked for", () => {
    const { c, src, traced } = setup();
    expect(complete(src, "kubectl get pods ").candidates).toEqual(expect.arrayContaining(["api"]));
    expect(complete(src, "kubectl get pods w").candidates).toHaveLength(2);
    expect(complete(src, "kubectl get pods w").candidates.every((n) => n.startsWith("web-"))).toBe(true);
    expect(complete(src, "kubectl describe pod -n shop ").candidates).toEqual(["cart"]);
    expect(complete(src, "kubectl get pods --namespace=shop c").candidates).toEqual(["cart"]);
    expect(complete(src, "kubectl delete deploy/")).toEqual({ from: 15, candidates: ["deploy/web"] });
    expect(complete(src, "kubectl rollout restart deployment/w").candidates).toEqual(["deployment/web"]);
    expect(complete(src, "kubectl logs a")).toEqual({ from: 13, candidates: ["api"] });
    // Completing reads the cache only: no API request, nothing traced.
    expect(c.trace().length).toBe(traced);
  });

  it("completes flag names and the values of -n, -o and -c", () => {
    const { src } = setup();
    expect(complete(src, "kubectl get pods --sho").candidates).toEqual(["--show-labels"]);
    expect(complete(src, "kubectl get pods --na").candidates).toEqual(["--namespace="]);
    expect(complete(src, "kubectl get pods -n s").candidates).toEqual(["shop"]);
    expect(complete(src, "kubectl get pods -o y").candidates).toEqual(["yaml"]);
    expect(complete(src, "kubectl get pods --output=j")).toEqual({ from: 17, candidates: ["--output=json", "--output=jsonpath="] });
    expect(complete(src, "kubectl logs api -c ").candidates).toEqual(["api"]);
  });

  it("offers nothing where nothing fits, and finds the common prefix of several", () => {
    const { src } = setup();
    expect(complete(src, "kubectl nosuch ").candidates).toEqual([]);
    expect(complete(src, "kubectl get pods,svc ").candidates).toEqual([]);
    expect(complete(src, "kubectl get zzz").candidates).toEqual([]);
    expect(complete(src, "").candidates).toEqual([]);
    expect(commonPrefix(["deployments", "daemonsets"])).toBe("d");
    expect(commonPrefix(["restart", "resume"])).toBe("res");
    expect(commonPrefix([])).toBe("");
  });
});
