// Fidelity cases of group "watch-lifecycle" owned by the node model (not WL-EVT/WL-RV).
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import { podPhase, readyConditions } from "../node/phase";
import { backoffGet, backoffNext, CONTAINER_BACKOFF, type BackoffEntry } from "../node/backoff";
import { backOffRestartMessage } from "../node/messages";
import { podCells } from "../kinds/podprint";
import type { KubeObject } from "../types";
import { setupKubelet } from "../node/testing";
import { kubelet } from "../node/kubelet";

/* eslint-disable @typescript-eslint/no-explicit-any */
const cases = (vectors as any).cases.filter((c: any) => c.group === "watch-lifecycle" && !/^WL-(EVT|RV)/.test(c.id));
const byId = (id: string) => cases.find((c: any) => c.id === id);

const toStatus = (c: any) => ({
  state: { [c.state]: c.state === "terminated" ? { exitCode: c.exitCode } : c.reason ? { reason: c.reason } : {} },
  lastState: c.lastTerminated ? { terminated: c.lastTerminated } : undefined,
});

describe("fidelity: watch-lifecycle (node)", () => {
  it("lists 17 owned cases", () => expect(cases.length).toBe(17));

  for (const id of ["WL-PHASE-03", "WL-PHASE-08", "WL-PHASE-09", "WL-PHASE-11", "WL-PHASE-13"]) {
    it(`${id} getPhase`, () => {
      const c = byId(id).input;
      expect(podPhase(c.restartPolicy, c.initContainers.map(toStatus), c.containers.map(toStatus), c.containers.length))
        .toBe(byId(id).expected.phase);
    });
  }

  it("WL-PHASE-13 kubectl status Init:0/1", () => {
    const c = byId("WL-PHASE-13");
    const pod: KubeObject = {
      apiVersion: "v1", kind: "Pod", metadata: { name: "p", uid: "u", resourceVersion: "1", creationTimestamp: "" },
      spec: { initContainers: [{ name: "i" }], containers: [{ name: "c" }] },
      status: { phase: "Pending", initContainerStatuses: [{ name: "i", state: { running: {} } }],
        containerStatuses: [{ name: "c", state: { waiting: { reason: "PodInitializing" } } }] },
    };
    expect(podCells(pod, 0).status).toBe(c.expected.kubectlStatus);
  });

  it("WL-READY-01 Ready needs every container ready", () => {
    const c = byId("WL-READY-01");
    const st = c.input.containers.map((x: any) => ({ ready: x.ready, state: { running: {} } }));
    expect(readyConditions(st, 2)).toEqual(c.expected.conditions);
    const pod: KubeObject = {
      apiVersion: "v1", kind: "Pod", metadata: { name: "p", uid: "u", resourceVersion: "1", creationTimestamp: "" },
      spec: { containers: [{ name: "a" }, { name: "b" }] }, status: { phase: "Running", containerStatuses: st },
    };
    expect(podCells(pod, 0).ready).toBe(c.expected.kubectlREADY);
  });

  it("WL-BO-03 backoff sequence (Get before each Next)", () => {
    const c = byId("WL-BO-03");
    const cfg = { initialMs: 1000, maxMs: 50_000 };
    let e: BackoffEntry | undefined;
    const seq: number[] = [];
    for (let i = 0; i < c.input.calls; i++) {
      seq.push(backoffGet(e, 0, cfg) / 1000);
      e = backoffNext(e, 0, cfg);
    }
    expect(seq).toEqual(c.expected.getSequence);
  });

  it("WL-BO-02 back-off resets after 2*max of healthy running", () => {
    const c = byId("WL-BO-02");
    let e: BackoffEntry | undefined;
    for (let i = 0; i < 5; i++) e = backoffNext(e, 0, CONTAINER_BACKOFF);
    const exitAt = c.input.secondsBetweenLastRestartAndNextExit * 1000;
    expect(backoffGet(e, exitAt, CONTAINER_BACKOFF) / 1000).toBe(c.expected.nextDelay);
    expect(backoffNext(e, exitAt, CONTAINER_BACKOFF).delayMs / 1000).toBe(c.expected.backoffAfterThatExit);
  });

  it("WL-BO-04 BackOff event text", () => {
    const c = byId("WL-BO-04");
    const msg = backOffRestartMessage(c.input.container, { name: c.input.pod, namespace: c.input.namespace, uid: "<uid>" });
    expect(msg).toBe(c.expected.event.message);
  });

  // Container-state cases run through the kubelet model (fake API, virtual-time timers).
  const stateOf = (get: () => KubeObject | undefined, i = 0) => get()!.status.containerStatuses[i].state;
  const pick = (state: any, expected: any) =>
    Object.fromEntries(Object.entries(expected).map(([k, v]: [string, any]) => [k, Object.fromEntries(Object.keys(v).map((f) => [f, state[k]?.[f]]))]));

  it("WL-CS-01 scheduled, image not ready: ContainerCreating", () => {
    const { get } = setupKubelet({ image: "nginx:1.25" });
    expect(stateOf(get)).toEqual(byId("WL-CS-01").expected.containerState);
  });
  it("WL-CS-02 init containers pending: PodInitializing", () => {
    const { get } = setupKubelet({ image: "nginx:1.25" }, { initContainers: [{ name: "init", image: "busybox:1.36" }] });
    expect(stateOf(get)).toEqual(byId("WL-CS-02").expected.containerState);
  });
  it("WL-CS-04 pull failed again: ImagePullBackOff", () => {
    const { get, runUntil } = setupKubelet({ image: "nginx:9.99" });
    runUntil(1500);
    const exp = byId("WL-CS-04").expected.containerState;
    expect(stateOf(get)).toEqual({ waiting: { ...exp.waiting, message: exp.waiting.message.replace("<image>", "nginx:9.99") } });
  });
  it("WL-CS-06 missing ConfigMap key: CreateContainerConfigError", () => {
    const { get } = setupKubelet({ image: "nginx:1.25", envFrom: [{ configMapRef: { name: "missing" } }] });
    expect(pick(stateOf(get), byId("WL-CS-06").expected.containerState)).toEqual(byId("WL-CS-06").expected.containerState);
  });
  it("WL-CS-08 running with startedAt", () => {
    const { get, runUntil } = setupKubelet({ image: "nginx:1.25" });
    runUntil(5000);
    expect(typeof stateOf(get).running.startedAt).toBe("string");
    expect(Object.keys(stateOf(get))).toEqual(Object.keys(byId("WL-CS-08").expected.containerState));
  });
  it("WL-CS-11 OOMKilled exit 137", () => {
    const { get, runUntil } = setupKubelet({ image: "ghcr.io/reconcile/memhog:v1", resources: { limits: { memory: "64Mi" } } });
    runUntil(3400);
    const cs = get()!.status.containerStatuses[0];
    expect(pick(cs.lastState, byId("WL-CS-11").expected.containerState)).toEqual(byId("WL-CS-11").expected.containerState);
  });
  it("WL-BO-05 exits 0 under Always: CrashLoopBackOff, lastState Completed", () => {
    const c = byId("WL-BO-05").expected;
    const { get, runUntil } = setupKubelet({ image: "busybox:1.36" });
    runUntil(3000);
    const cs = get()!.status.containerStatuses[0];
    expect(cs.state.waiting.reason).toBe(c.eventuallyShows);
    expect(cs.lastState.terminated.reason).toBe(c["lastState.terminated.reason"]);
    expect(get()!.status.phase).toBe("Running");
  });
  it("WL-TERM-01 default grace 30s: Terminating until the container stops, then deleted", () => {
    expect(byId("WL-TERM-01").expected.gracePeriodSeconds).toBe(30);
    // nginx exits on SIGTERM within 0.1 s, so the kubelet deletes well before the 30 s deadline.
    const { w, get, runUntil, log } = setupKubelet({ image: "nginx:1.25" });
    expect(get()!.spec.terminationGracePeriodSeconds).toBe(30);
    runUntil(5000);
    const pod = structuredClone(get()!);
    pod.metadata.deletionTimestamp = "t5000";
    pod.metadata.deletionGracePeriodSeconds = 30;
    w.put("pods", pod);
    kubelet.reconcile("default/p", w.ctx);
    expect(podCells(get()!, 5000).status).toBe("Terminating");
    expect(log.at(-1)!.reason).toBe("Killing");
    runUntil(5000 + 30_000);
    expect(get()).toBeUndefined();
  });
});
