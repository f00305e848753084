// kubectl autoscale and the HPA it creates, through a real cluster. Texts: kubectl
// pkg/cmd/autoscale/autoscale.go (Validate, the name printer's "autoscaled"), printers.go
// printHorizontalPodAutoscaler / formatHPAMetrics ("cpu: <unknown>/80%"), the HPA controller's
// conditions and events without a metrics API (horizontal.go, metrics client "unable to fetch
// metrics from resource metrics API …").
import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";

const hpa = (t: TestCluster, name = "web") => t.cluster.internals.lister.get("horizontalpodautoscalers", "default", name)!;
const replicas = (t: TestCluster) => t.cluster.internals.lister.get("deployments", "default", "web")!.spec.replicas;

describe("kubectl autoscale", () => {
  it("creates an autoscaling/v2 HPA with the API server's defaults (min 1, cpu 80%)", () => {
    const t = new TestCluster().kubectl("create deployment web --image=nginx:1.27 --replicas=2").settle();
    t.kubectl("autoscale deployment web --max=5");
    expect(t.last).toEqual({ stdout: "horizontalpodautoscaler.autoscaling/web autoscaled\n", stderr: "", exitCode: 0 });
    expect(hpa(t).spec).toEqual({
      scaleTargetRef: { kind: "Deployment", name: "web", apiVersion: "apps/v1" },
      minReplicas: 1,
      maxReplicas: 5,
      metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } }],
    });
    t.advance(30);
    t.kubectl("get hpa");
    expect(t.last.stdout).toBe("NAME   REFERENCE        TARGETS              MINPODS   MAXPODS   REPLICAS   AGE\nweb    Deployment/web   cpu: <unknown>/80%   1         5         2          30s\n");
    const active = hpa(t).status.conditions.find((c: { type: string }) => c.type === "ScalingActive");
    expect(active).toMatchObject({ status: "False", reason: "FailedGetResourceMetric", message: "the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)" });
    expect(replicas(t)).toBe(2);
  });

  it("brings the target inside [min, max]; --cpu targets, --name, dry runs", () => {
    const t = new TestCluster().kubectl("create deployment web --image=nginx:1.27").settle();
    t.kubectl("autoscale deploy/web --min=3 --max=6 --cpu=60% --memory=200Mi --name=web-hpa");
    expect(t.last.stdout).toBe("horizontalpodautoscaler.autoscaling/web-hpa autoscaled\n");
    t.settle();
    expect(replicas(t)).toBe(3);
    expect(hpa(t, "web-hpa").spec.metrics).toEqual([
      { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 60 } } },
      { type: "Resource", resource: { name: "memory", target: { type: "AverageValue", averageValue: "200Mi" } } },
    ]);
    t.kubectl("get hpa web-hpa --no-headers");
    expect(t.last.stdout).toMatch(/^web-hpa\s+Deployment\/web\s+cpu: <unknown>\/60%, memory: <unknown>\/200Mi\s+3\s+6\s+3\s+\d+s\n$/);
    t.kubectl("autoscale deployment web --max=4 --name=x --dry-run=client");
    expect(t.last.stdout).toBe("horizontalpodautoscaler.autoscaling/x created (dry run)\n");
    t.kubectl("autoscale deployment web --max=4 --name=x --dry-run=server");
    expect(t.last.stdout).toBe("horizontalpodautoscaler.autoscaling/x autoscaled (server dry run)\n");
    expect(t.cluster.internals.lister.get("horizontalpodautoscalers", "default", "x")).toBeUndefined();
  });

  it("rejects what kubectl rejects", () => {
    const t = new TestCluster().kubectl("create deployment web --image=nginx:1.27").kubectl("run bare --image=nginx:1.27");
    t.kubectl("autoscale deployment web", undefined, 1);
    expect(t.last.stderr).toBe('error: required flag(s) "max" not set\n');
    t.kubectl("autoscale deployment web --max=0", undefined, 1);
    expect(t.last.stderr).toBe("error: --max=MAXPODS is required and must be at least 1, max: 0\n");
    t.kubectl("autoscale deployment web --max=2 --min=5", undefined, 1);
    expect(t.last.stderr).toBe("error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: 2, min: 5\n");
    t.kubectl("autoscale pod bare --max=2", undefined, 1);
    expect(t.last.stderr).toBe("error: cannot autoscale a Pod: could not find scale subresource for /v1, Resource=pods in discovery information\n");
    t.kubectl("autoscale deployment nope --max=2", undefined, 1);
    expect(t.last.stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    t.kubectl("autoscale deployment web --max=3 --cpu-percent=50");
    expect(t.last.stderr).toBe("Flag --cpu-percent has been deprecated, Use --cpu with percentage or resource quantity format (e.g., '70%' for utilization or '500m' for milliCPU).\n");
    t.kubectl("autoscale deployment web --max=3", undefined, 1);
    expect(t.last.stderr).toBe('Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "web" already exists\n');
  });
});
