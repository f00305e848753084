// Fidelity cases of group "watch-lifecycle" owned by the node model (not WL-EVT/WL-RV).
import { describe, expect, it } from "vitest";
import vectors from "./k8s-vectors.json";
import { podPhase, readyConditions } from "../node/phase";
import { backoffGet, backoffNext, CONTAINER_BACKOFF, type BackoffEntry } from "../node/backoff";
import { backOffRestartMessage } from "../node/messages";
import { podCells } from "../kinds/podprint";
import type { KubeObject } from "../types";

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

  for (const id of ["WL-CS-01", "WL-CS-02", "WL-CS-04", "WL-CS-06", "WL-CS-08", "WL-CS-11", "WL-BO-05", "WL-TERM-01"]) {
    it.todo(`${id}: needs the kubelet running in a cluster (kubelet not integrated yet)`);
  }
});
