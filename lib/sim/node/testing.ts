// Test driver for the kubelet without a cluster: one pod on kind-worker in a fake context,
// timers run in virtual-time order, events logged with their time.
import type { KubeObject } from "../types";
import { createNodeObjects } from "./nodes";
import { defaultPod } from "../kinds/pod";
import { fakeWorld } from "../scheduler/fakecontext";
import { kubelet } from "./kubelet";

/* eslint-disable @typescript-eslint/no-explicit-any */
export function setupKubelet(container: any, podExtra: any = {}) {
  const w = fakeWorld(3);
  for (const n of createNodeObjects()) w.put("nodes", { ...n, metadata: { ...n.metadata, uid: n.metadata!.name!, resourceVersion: "1", creationTimestamp: "" } } as KubeObject);
  const pod: KubeObject = {
    apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default", uid: "uid1", resourceVersion: "1", creationTimestamp: "" },
    spec: { nodeName: "kind-worker", containers: [{ name: "app", ...container }], ...podExtra },
  };
  defaultPod(pod);
  w.put("pods", pod);
  const log: { at: number; reason: string; message: string }[] = [];
  const ctxEvent = w.ctx.event;
  let now = 0;
  (w.ctx as any).event = (o: KubeObject, t: any, reason: string, message: string) => { log.push({ at: now, reason, message }); ctxEvent(o, t, reason, message); };
  kubelet.reconcile("default/p", w.ctx);
  const runUntil = (ms: number) => {
    for (let guard = 0; guard < 10_000; guard++) {
      w.timers.sort((a, b) => a.at - b.at);
      const t = w.timers[0];
      if (!t || t.at > ms) break;
      w.timers.shift();
      now = t.at;
      w.setNow(t.at);
      kubelet.timers![t.kind]!(t.payload, w.ctx);
    }
    now = ms;
    w.setNow(ms);
  };
  const get = () => w.objects.get("pods/default/p");
  return { w, log, runUntil, get };
}

