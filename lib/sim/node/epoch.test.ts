// Two clusters with different epochs alive at once: timestamps, ages and node status follow each
// cluster's own clock (no module-level epoch).
import { describe, expect, it } from "vitest";
import { createCluster, restoreCluster } from "../cluster";
import { sinceText } from "./time";

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx:1.27
`;
/** 2020-01-01T00:00:00Z in Unix ms. */
const EPOCH_2020 = 1_577_836_800_000;

describe("per-cluster epoch", () => {
  it("each cluster stamps and ages objects against its own epoch", () => {
    const a = createCluster({ seed: 1 });
    const b = createCluster({ seed: 1, epochMs: EPOCH_2020 });
    a.kubectl("apply -f -", POD);
    b.advance(90);
    b.kubectl("apply -f -", POD);
    a.advance(30);
    b.advance(200);
    const created = (c: typeof a) => c.internals.lister.get("pods", "default", "web")!.metadata.creationTimestamp;
    expect(created(a)).toBe("2026-01-01T00:00:00Z");
    expect(created(b)).toBe("2020-01-01T00:01:30Z");
    expect(b.internals.lister.get("nodes", undefined, "kind-worker")!.metadata.creationTimestamp).toBe("2020-01-01T00:00:00Z");
    // Ages interleaved: neither cluster's printing disturbs the other.
    expect(a.kubectl("get pods --no-headers").stdout).toMatch(/\s30s\n$/);
    expect(b.kubectl("get pods --no-headers").stdout).toMatch(/\s3m20s\n$/);
    expect(a.kubectl("get nodes --no-headers").stdout).toMatch(/kind-worker\s+Ready\s+<none>\s+30s/);
    expect(b.kubectl("get nodes --no-headers").stdout).toMatch(/kind-worker\s+Ready\s+<none>\s+4m50s/);
    // Events (named from the epoch, aged against it) and leases renewed in the cluster's own time.
    expect(b.kubectl("get events --no-headers").stdout.split("\n")[0]).toMatch(/^3m\d+s\s+Normal\s+Scheduled\s+pod\/web/);
    expect(b.internals.lister.get("leases", "kube-node-lease", "kind-worker")!.spec.renewTime).toBe("2020-01-01T00:04:50.000000Z");
    expect(a.internals.lister.get("leases", "kube-node-lease", "kind-worker")!.spec.renewTime).toBe("2026-01-01T00:00:30.000000Z");
  });

  it("the epoch survives snapshot and restore", () => {
    const b = createCluster({ seed: 2, epochMs: EPOCH_2020 });
    b.advance(10);
    const r = restoreCluster(JSON.parse(JSON.stringify(b.snapshot())));
    r.kubectl("apply -f -", POD);
    expect(r.internals.lister.get("pods", "default", "web")!.metadata.creationTimestamp).toBe("2020-01-01T00:00:10Z");
  });

  it("sinceText takes the epoch explicitly", () => {
    expect(sinceText("2020-01-01T00:00:00Z", 45_000, EPOCH_2020)).toBe("45s");
    expect(sinceText("1970-01-01T00:00:00Z", 45_000, 0)).toBe("45s");
    expect(sinceText("2026-01-01T00:00:00Z", 45_000)).toBe("45s");
    expect(sinceText("", 45_000)).toBe("<unknown>");
  });
});
