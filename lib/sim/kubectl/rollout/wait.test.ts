import { describe, expect, it } from "vitest";
import type { KindSpec, KubeObject } from "../../types";
import type { KubectlContext, KubectlWaiter } from "../context";
import { watchRollout, MAX_WAIT_MS } from "./wait";

const kind = { kind: "Deployment", resource: "deployments" } as KindSpec;
const dep = (updated: number, available: number, generation = 1, name = "web"): KubeObject => ({
  apiVersion: "apps/v1", kind: "Deployment",
  metadata: { name, namespace: "default", uid: "u", resourceVersion: "0", creationTimestamp: "", generation },
  spec: { replicas: 2 }, status: { observedGeneration: 1, replicas: 2, updatedReplicas: updated, availableReplicas: available },
});

/** A cluster stand-in: timer i (at 1 s steps) produces the watch events script[i]. */
function fakeCluster(script: { type: "ADDED" | "MODIFIED" | "DELETED"; object: KubeObject }[][]) {
  let now = 0;
  let fired = 0;
  const events: { type: "ADDED" | "MODIFIED" | "DELETED"; revision: number; object: KubeObject }[] = [];
  const waiter: KubectlWaiter = {
    revision: () => events.length,
    peek: (_r, _ns, name) => {
      const last = [...events].reverse().find((e) => e.object.metadata.name === name);
      return last?.type === "DELETED" ? undefined : last?.object;
    },
    events: (_r, from) => events.filter((e) => e.revision > from),
    step: (deadline) => {
      if (fired >= script.length || (fired + 1) * 1000 > deadline) return false;
      now = (fired + 1) * 1000;
      for (const e of script[fired++]!) {
        const revision = events.length + 1;
        events.push({ ...e, revision, object: { ...e.object, metadata: { ...e.object.metadata, resourceVersion: String(revision) } } });
      }
      return true;
    },
    advanceTo: (at) => { now = at; },
  };
  const ctx = { api: {} as never, kinds: [], now: () => now, waiter } as KubectlContext;
  return { ctx, now: () => now };
}

describe("rollout status while virtual time runs", () => {
  it("one line per ADDED/MODIFIED event of the object (repeats included) until done", () => {
    const { ctx, now } = fakeCluster([
      [{ type: "MODIFIED", object: dep(1, 0) }],
      [{ type: "MODIFIED", object: dep(1, 0, 1, "other") }, { type: "MODIFIED", object: dep(1, 0) }],
      [{ type: "MODIFIED", object: dep(2, 1) }, { type: "MODIFIED", object: dep(2, 2) }],
      [{ type: "MODIFIED", object: dep(2, 2) }],
    ]);
    expect(watchRollout(ctx, kind, dep(0, 0), { revision: 0, watch: true, timeoutMs: 0 })).toEqual({
      stdout:
        'Waiting for deployment "web" rollout to finish: 0 out of 2 new replicas have been updated...\n' +
        'Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...\n' +
        'Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...\n' +
        'Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...\n' +
        'deployment "web" successfully rolled out\n',
      stderr: "",
      exitCode: 0,
    });
    expect(now()).toBe(3000);
  });
  it("--watch=false prints once; --timeout moves time to the deadline and fails", () => {
    const a = fakeCluster([[{ type: "MODIFIED", object: dep(2, 2) }]]);
    expect(watchRollout(a.ctx, kind, dep(0, 0), { revision: 0, watch: false, timeoutMs: 0 }).stdout).toBe('Waiting for deployment "web" rollout to finish: 0 out of 2 new replicas have been updated...\n');
    const b = fakeCluster([[{ type: "MODIFIED", object: dep(1, 0) }]]);
    const r = watchRollout(b.ctx, kind, dep(0, 0), { revision: 0, watch: true, timeoutMs: 5000 });
    expect(r.stderr).toBe("error: timed out waiting for the condition\n");
    expect(r.exitCode).toBe(1);
    expect(b.now()).toBe(5000);
    const c = fakeCluster([]);
    watchRollout(c.ctx, kind, dep(0, 0), { revision: 0, watch: true, timeoutMs: 0 });
    expect(c.now()).toBe(MAX_WAIT_MS);
  });
  it("deletion and viewer errors stop the wait", () => {
    const a = fakeCluster([[{ type: "DELETED", object: dep(0, 0) }]]);
    expect(watchRollout(a.ctx, kind, dep(0, 0), { revision: 0, watch: true, timeoutMs: 0 }).stderr).toBe("error: object has been deleted\n");
    const stuck = { ...dep(1, 0), status: { observedGeneration: 1, conditions: [{ type: "Progressing", reason: "ProgressDeadlineExceeded" }] } };
    const b = fakeCluster([[{ type: "MODIFIED", object: stuck }]]);
    const r = watchRollout(b.ctx, kind, dep(0, 0), { revision: 0, watch: true, timeoutMs: 0 });
    expect([r.stderr, r.exitCode]).toEqual(['error: deployment "web" exceeded its progress deadline\n', 1]);
  });
});
