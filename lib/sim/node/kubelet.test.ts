import { describe, expect, it } from "vitest";
import { podCells } from "../kinds/podprint";
import { kubelet } from "./kubelet";
import { setupKubelet as setup } from "./testing";

/* eslint-disable @typescript-eslint/no-explicit-any */
describe("kubelet", () => {
  it("pulls, creates and starts nginx; pod Running and Ready with an IP from the node CIDR", () => {
    const { log, runUntil, get } = setup({ image: "nginx:1.25" });
    expect(get()!.status.containerStatuses[0].state).toEqual({ waiting: { reason: "ContainerCreating" } });
    runUntil(5000);
    expect(log.map((e) => e.reason)).toEqual(["Pulling", "Pulled", "Created", "Started"]);
    expect(log[1]!.message).toBe('Successfully pulled image "nginx:1.25" in 1.502s (1.502s including waiting). Image size: 72099410 bytes.');
    const pod = get()!;
    expect(pod.status.phase).toBe("Running");
    expect(pod.status.podIP).toBe("10.244.1.2");
    expect(pod.status.hostIP).toBe("172.18.0.3");
    expect(podCells(pod, 0)).toEqual({ ready: "1/1", status: "Running", restarts: "0" });
    expect(pod.status.conditions.map((c: any) => `${c.type}=${c.status}`)).toEqual(
      ["PodReadyToStartContainers=True", "Initialized=True", "Ready=True", "ContainersReady=True"]);
  });

  it("crash-looping container backs off 10s, 20s, 40s and shows CrashLoopBackOff with phase Running", () => {
    const { log, runUntil, get } = setup({ image: "ghcr.io/reconcile/crash:v1" });
    runUntil(120_000);
    const starts = log.filter((e) => e.reason === "Started").map((e) => e.at);
    const exits = starts.map((s) => s + 2000);
    const gaps = starts.slice(1).map((s, i) => s - exits[i]!);
    expect(gaps.slice(0, 4)).toEqual([1, 10_000, 20_000, 40_000]);
    runUntil(starts.at(-1)! + 2500);
    const pod = get()!;
    expect(pod.status.phase).toBe("Running");
    expect(pod.status.containerStatuses[0].state.waiting.reason).toBe("CrashLoopBackOff");
    expect(pod.status.containerStatuses[0].lastState.terminated).toMatchObject({ exitCode: 1, reason: "Error" });
    expect(log.find((e) => e.reason === "BackOff")!.message).toBe("Back-off restarting failed container app in pod p_default(uid1)");
  });

  it("RESTARTS counts restarts done: a container waiting in CrashLoopBackOff keeps the count of its exited attempt", () => {
    const { log, runUntil, get } = setup({ image: "ghcr.io/reconcile/crash:v1" });
    runUntil(3000); // first attempt exited at ~2 s and was restarted at once
    expect(get()!.status.containerStatuses[0].restartCount).toBe(1);
    const secondStart = log.filter((e) => e.reason === "Started")[1]!.at;
    runUntil(secondStart + 2500); // the second attempt exited: back-off, no new container yet
    const cs = get()!.status.containerStatuses[0];
    expect(cs.state.waiting.reason).toBe("CrashLoopBackOff");
    expect(cs.restartCount).toBe(1);
    runUntil(secondStart + 2000 + 10_001); // restarted after 10 s
    expect(get()!.status.containerStatuses[0].restartCount).toBe(2);
  });

  it("unknown tag: ErrImagePull then ImagePullBackOff", () => {
    const { log, runUntil, get } = setup({ image: "nginx:nope" });
    const st = () => get()!.status.containerStatuses[0].state.waiting;
    expect(st().reason).toBe("ErrImagePull");
    expect(log[1]!.message).toBe('Failed to pull image "nginx:nope": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:nope": failed to resolve reference "docker.io/library/nginx:nope": docker.io/library/nginx:nope: not found');
    runUntil(2000);
    expect(st()).toEqual({ reason: "ImagePullBackOff", message: 'Back-off pulling image "nginx:nope"' });
    expect(podCells(get()!, 0).status).toBe("ImagePullBackOff");
  });

  it("OOMKilled when the image outgrows its memory limit", () => {
    const { runUntil, get } = setup({ image: "ghcr.io/reconcile/memhog:v1", resources: { limits: { memory: "128Mi" } } });
    runUntil(3000 + 400);
    const cs = get()!.status.containerStatuses[0];
    expect(cs.state.terminated ?? cs.lastState.terminated).toMatchObject({ exitCode: 137, reason: "OOMKilled" });
  });

  it("missing ConfigMap → CreateContainerConfigError", () => {
    const { get } = setup({ image: "nginx:1.25", env: [{ name: "X", valueFrom: { configMapKeyRef: { name: "cfg", key: "x" } } }] });
    expect(get()!.status.containerStatuses[0].state.waiting).toEqual({ reason: "CreateContainerConfigError", message: 'configmap "cfg" not found' });
  });

  it("init containers run first: Init:0/1 then Running", () => {
    const { runUntil, get } = setup({ image: "nginx:1.25" }, { initContainers: [{ name: "init", image: "busybox:1.36", command: ["sleep", "2"] }] });
    runUntil(100);
    expect(podCells(get()!, 0).status).toBe("Init:0/1");
    expect(get()!.status.containerStatuses[0].state.waiting.reason).toBe("PodInitializing");
    runUntil(10_000);
    expect(podCells(get()!, 0).status).toBe("Running");
  });

  it("graceful deletion: Killing, then the kubelet deletes with grace 0 when nginx exits", () => {
    const { w, log, runUntil } = setup({ image: "nginx:1.25" });
    runUntil(5000);
    const pod = structuredClone(w.objects.get("pods/default/p")!);
    pod.metadata.deletionTimestamp = "t5000";
    pod.metadata.deletionGracePeriodSeconds = 30;
    w.put("pods", pod);
    kubelet.reconcile("default/p", w.ctx);
    expect(log.at(-1)).toEqual({ at: 5000, reason: "Killing", message: "Stopping container app" });
    runUntil(5100);
    expect(w.objects.has("pods/default/p")).toBe(false);
  });
});

describe("kubelet volumes", () => {
  it("waits in ContainerCreating until the PVC is Bound", () => {
    const { w, runUntil, get } = setup({ image: "nginx:1.25" }, { volumes: [{ name: "d", persistentVolumeClaim: { claimName: "data" } }] });
    w.put("persistentvolumeclaims", { apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: { name: "data", namespace: "default", uid: "c", resourceVersion: "1", creationTimestamp: "" }, status: { phase: "Pending" } });
    runUntil(10_000);
    expect(podCells(get()!, 0).status).toBe("ContainerCreating");
    w.objects.get("persistentvolumeclaims/default/data")!.status = { phase: "Bound" };
    runUntil(20_000);
    expect(podCells(get()!, 0).status).toBe("Running");
  });
});

describe("kubelet native sidecars (init containers with restartPolicy Always)", () => {
  const sidecar = (extra: any = {}) => ({ name: "proxy", image: "nginx:1.25", restartPolicy: "Always", ...extra });

  it("starts the sidecar, moves on without waiting for it to exit, and shows 2/2 Running", () => {
    const { runUntil, get } = setup({ image: "nginx:1.25" }, { initContainers: [sidecar()] });
    runUntil(100);
    expect(podCells(get()!, 0)).toEqual({ ready: "0/2", status: "Init:0/1", restarts: "0" });
    runUntil(10_000);
    const pod = get()!;
    expect(pod.status.phase).toBe("Running");
    expect(pod.status.initContainerStatuses[0]).toMatchObject({ name: "proxy", ready: true, started: true });
    expect(pod.status.initContainerStatuses[0].state.running).toBeDefined();
    expect(podCells(pod, 0)).toEqual({ ready: "2/2", status: "Running", restarts: "0" });
    expect(pod.status.conditions.map((c: any) => `${c.type}=${c.status}`)).toEqual(
      ["PodReadyToStartContainers=True", "Initialized=True", "Ready=True", "ContainersReady=True"]);
  });

  it("runs a regular init container after the sidecar started: Init:1/2 while it runs", () => {
    const { runUntil, get } = setup({ image: "nginx:1.25" }, {
      initContainers: [sidecar(), { name: "migrate", image: "busybox:1.36", command: ["sh", "-c", "sleep 5"] }],
    });
    runUntil(3000);
    const pod = get()!;
    expect(pod.status.initContainerStatuses[1].state.running).toBeDefined();
    expect(podCells(pod, 0)).toEqual({ ready: "1/2", status: "Init:1/2", restarts: "0" });
    expect(pod.status.phase).toBe("Pending");
    expect(pod.status.conditions.find((c: any) => c.type === "Initialized")).toMatchObject(
      { status: "False", reason: "ContainersNotInitialized", message: "containers with incomplete status: [migrate]" });
    expect(pod.status.conditions.find((c: any) => c.type === "ContainersReady")).toMatchObject(
      { status: "False", message: "containers with unready status: [app]" });
    runUntil(20_000);
    expect(podCells(get()!, 0)).toEqual({ ready: "2/2", status: "Running", restarts: "0" });
  });

  it("restarts a crashing sidecar (with back-off) while the app keeps running", () => {
    const { runUntil, get } = setup({ image: "nginx:1.25" }, { initContainers: [sidecar({ image: "ghcr.io/reconcile/crash:v1" })] });
    runUntil(60_000);
    const pod = get()!;
    const sc = pod.status.initContainerStatuses[0];
    expect(sc.restartCount).toBeGreaterThanOrEqual(2);
    expect(sc.lastState.terminated).toMatchObject({ exitCode: 1, reason: "Error" });
    expect(pod.status.containerStatuses[0].state.running).toBeDefined();
    expect(pod.status.containerStatuses[0].restartCount).toBe(0);
    expect(pod.status.phase).toBe("Running");
    // Initialized stays True while the sidecar restarts; RESTARTS counts the sidecar's.
    expect(pod.status.conditions.find((c: any) => c.type === "Initialized").status).toBe("True");
    expect(podCells(pod, 60_000).restarts).toMatch(new RegExp(`^${sc.restartCount} \\(`));
  });

  it("restartPolicy Never: the pod Succeeds when the main container exits; the sidecar is stopped, not restarted", () => {
    const { log, runUntil, get } = setup({ image: "busybox:1.36", command: ["sh", "-c", "sleep 3"] },
      { restartPolicy: "Never", initContainers: [sidecar()] });
    runUntil(4000);
    expect(get()!.status.phase).toBe("Running");
    runUntil(60_000);
    const pod = get()!;
    expect(pod.status.phase).toBe("Succeeded");
    expect(pod.status.containerStatuses[0].state.terminated).toMatchObject({ exitCode: 0, reason: "Completed" });
    expect(pod.status.initContainerStatuses[0].state.terminated).toBeDefined();
    expect(pod.status.initContainerStatuses[0].restartCount).toBe(0);
    expect(log.filter((e) => e.reason === "Killing").map((e) => e.message)).toEqual(["Stopping container proxy"]);
    expect(podCells(pod, 60_000)).toEqual({ ready: "0/2", status: "Completed", restarts: "0" });
  });

  it("graceful deletion stops the sidecar after the app", () => {
    const { w, log, runUntil } = setup({ image: "nginx:1.25" }, { initContainers: [sidecar()] });
    runUntil(10_000);
    const pod = structuredClone(w.objects.get("pods/default/p")!);
    pod.metadata.deletionTimestamp = "t";
    pod.metadata.deletionGracePeriodSeconds = 30;
    w.put("pods", pod);
    kubelet.reconcile("default/p", w.ctx);
    expect(log.slice(-2).map((e) => e.message)).toEqual(["Stopping container app", "Stopping container proxy"]);
    runUntil(11_000);
    expect(w.objects.has("pods/default/p")).toBe(false);
  });

  it("waits for the sidecar's startup probe before starting the next container", () => {
    const { log, runUntil, get } = setup({ image: "nginx:1.25" },
      { initContainers: [sidecar({ startupProbe: { httpGet: { path: "/", port: 80 }, periodSeconds: 5 } })] });
    runUntil(4000);
    let pod = get()!;
    expect(pod.status.initContainerStatuses[0]).toMatchObject({ started: false, ready: false });
    expect(pod.status.containerStatuses[0].state.waiting.reason).toBe("PodInitializing");
    expect(podCells(pod, 0)).toEqual({ ready: "0/2", status: "Init:0/1", restarts: "0" });
    runUntil(20_000);
    pod = get()!;
    const started = log.filter((e) => e.reason === "Started").map((e) => `${e.at >= 5000} ${e.message}`);
    expect(started).toEqual(["false Started container proxy", "true Started container app"]);
    expect(podCells(pod, 0)).toEqual({ ready: "2/2", status: "Running", restarts: "0" });
  });

  it("a sidecar failing its readiness probe keeps the pod NotReady (READY 1/2)", () => {
    const { runUntil, get } = setup({ image: "nginx:1.25" },
      { initContainers: [sidecar({ readinessProbe: { httpGet: { path: "/missing", port: 81 }, periodSeconds: 5 } })] });
    runUntil(30_000);
    const pod = get()!;
    expect(pod.status.containerStatuses[0].state.running).toBeDefined();
    expect(podCells(pod, 0)).toEqual({ ready: "1/2", status: "Running", restarts: "0" });
    expect(pod.status.conditions.find((c: any) => c.type === "Ready")).toMatchObject(
      { status: "False", reason: "ContainersNotReady", message: "containers with unready status: [proxy]" });
  });
});

