// `rollout status` while virtual time runs: print the viewer's line for the object as it is,
// then for every ADDED/MODIFIED watch event of it (kubectl prints one line per event, so a
// line can repeat), until the rollout is done, the viewer errors, or the deadline passes.
import type { KindSpec, KubeObject } from "../../types";
import type { KubectlContext, KubectlResult } from "../context";
import { rolloutStatus } from "./status";

/** Without --timeout kubectl would wait for ever; the simulator stops after this much virtual time. */
export const MAX_WAIT_MS = 15 * 60_000;
/** Timers fired per wait at most (each is one controller/kubelet step). */
const MAX_STEPS = 200_000;

export function watchRollout(ctx: KubectlContext, kind: KindSpec, obj: KubeObject, opts: { revision: number; watch: boolean; timeoutMs: number }): KubectlResult {
  let stdout = "";
  const show = (o: KubeObject): "done" | "wait" | { error: string } => {
    const s = rolloutStatus(o, opts.revision);
    if ("error" in s) return s;
    stdout += s.message;
    return s.done ? "done" : "wait";
  };
  const fail = (error: string): KubectlResult => ({ stdout, stderr: `error: ${error}\n`, exitCode: 1 });
  const first = show(obj);
  if (typeof first === "object") return fail(first.error);
  if (first === "done" || !opts.watch || !ctx.waiter) return { stdout, stderr: "", exitCode: 0 };
  const w = ctx.waiter;
  const deadline = ctx.now() + (opts.timeoutMs > 0 ? opts.timeoutMs : MAX_WAIT_MS);
  let revision = w.revision();
  let seen = obj.metadata.resourceVersion;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const fired = w.step(deadline);
    // Reading the watch history scans it: only do so when this object changed since the last read.
    const current = w.peek(kind.resource, obj.metadata.namespace, obj.metadata.name);
    const changed = (current?.metadata.resourceVersion ?? "gone") !== seen;
    const events = changed ? w.events(kind.resource, revision) : [];
    if (changed) {
      revision = w.revision();
      seen = current?.metadata.resourceVersion ?? "gone";
    }
    for (const e of events) {
      if (e.object.metadata.name !== obj.metadata.name || e.object.metadata.namespace !== obj.metadata.namespace) continue;
      if (e.type === "DELETED") return fail("object has been deleted");
      const r = show(e.object);
      if (typeof r === "object") return fail(r.error);
      if (r === "done") return { stdout, stderr: "", exitCode: 0 };
    }
    if (!fired) break;
  }
  w.advanceTo(deadline);
  return fail("timed out waiting for the condition");
}
