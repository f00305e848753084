// kubectl logs through a real cluster: the kubelet's container status decides which instance
// exists, node/logs.ts decides the lines; stdout/stderr are kubectl's exact bytes.
import { describe, expect, it } from "vitest";
import { TestCluster } from "../../testing";

const NGINX = [
  "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
  "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
  "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
  "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
  "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
  "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
  "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
  "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
  "/docker-entrypoint.sh: Configuration complete; ready for start up",
];

const twoContainers = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: a
    image: nginx:1.27
  - name: b
    image: busybox:1.36
    command: ["sh", "-c", "echo hello from b; sleep infinity"]
`;

describe("kubectl logs", () => {
  it("prints a running nginx's start-up lines; --tail and --timestamps", () => {
    const t = new TestCluster().kubectl("run web --image=nginx:1.27").settle();
    t.kubectl("logs web");
    expect(t.last).toEqual({ stdout: NGINX.map((l) => `${l}\n`).join(""), stderr: "", exitCode: 0 });
    t.kubectl("logs web --tail=1");
    expect(t.last.stdout).toBe(`${NGINX.at(-1)}\n`);
    t.kubectl("logs pod/web --tail=2 --timestamps");
    const start = t.pods()[0]!.status!.containerStatuses[0].state.running.startedAt.slice(0, -1);
    expect(t.last.stdout).toMatch(new RegExp(`^${start}\\.\\d+Z /docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh\n${start}\\.\\d+Z /docker-entrypoint.sh: Configuration complete; ready for start up\n$`));
  });

  it("reports a missing pod and a missing previous instance as the API server does", () => {
    const t = new TestCluster().kubectl("run web --image=nginx:1.27").settle();
    t.kubectl("logs x", undefined, 1);
    expect(t.last).toEqual({ stdout: "", stderr: 'Error from server (NotFound): pods "x" not found\n', exitCode: 1 });
    t.kubectl("logs web --previous", undefined, 1);
    expect(t.last.stderr).toBe('Error from server (BadRequest): previous terminated container "web" in pod "web" not found\n');
  });

  it("defaults to the first container and says so; -c picks another", () => {
    const t = new TestCluster().kubectl("apply -f -", twoContainers).settle();
    t.kubectl("logs web --tail=1");
    expect(t.last).toEqual({ stdout: `${NGINX.at(-1)}\n`, stderr: 'Defaulted container "a" out of: a, b\n', exitCode: 0 });
    t.kubectl("logs web -c b");
    expect(t.last).toEqual({ stdout: "hello from b\n", stderr: "", exitCode: 0 });
    t.kubectl("logs web -c zz", undefined, 1);
    expect(t.last.stderr).toBe("error: container zz is not valid for pod web\n");
  });

  it("refuses a container that is waiting to start", () => {
    const t = new TestCluster().kubectl("run web --image=nginx:1.27");
    t.kubectl("logs web", undefined, 1);
    expect(t.last.stderr).toBe('Error from server (BadRequest): container "web" in pod "web" is waiting to start: ContainerCreating\n');
    t.kubectl("run bad --image=nginx:9.9").advance(10);
    t.kubectl("logs bad", undefined, 1);
    expect(t.last.stderr).toBe('Error from server (BadRequest): container "bad" in pod "bad" is waiting to start: image can\'t be pulled\n');
  });

  it("shows a CrashLoopBackOff pod's last run, with --previous too", () => {
    const t = new TestCluster().kubectl("run crash --image=ghcr.io/reconcile/crash:v1").advance(30);
    t.kubectl("get pod crash");
    expect(t.last.stdout).toContain("CrashLoopBackOff");
    const crash = "crash: starting\ncrash: loading configuration from /etc/app/config.yaml\ncrash: fatal: cannot connect to database: connection refused (exit code 1)\n";
    t.kubectl("logs crash --previous");
    expect(t.last).toEqual({ stdout: crash, stderr: "", exitCode: 0 });
    t.kubectl("logs crash -p --timestamps");
    const last = t.pods()[0]!.status!.containerStatuses[0].lastState.terminated;
    const lines = t.last.stdout.trimEnd().split("\n");
    expect(lines[0]!.startsWith(last.startedAt.slice(0, -1))).toBe(true);
    expect(lines[2]!.startsWith(last.finishedAt.slice(0, -1))).toBe(true);
  });

  it("reads a deployment's first pod and says how many it found", () => {
    const t = new TestCluster().kubectl("create deployment d --image=redis:7 --replicas=2").settle();
    t.kubectl("logs deploy/d --tail=1");
    const names = t.pods().map((p) => p.metadata.name).sort();
    expect(t.last.stdout).toBe("1:M * Ready to accept connections tcp\n");
    expect(t.last.stderr).toMatch(/^Found 2 pods, using pod\/d-\w+-\w+\n$/);
    expect(names).toContain(t.last.stderr.trim().split("pod/")[1]);
  });
});
