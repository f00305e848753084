// kubectl exec and the laptop's curl/hey over a running cluster: the traffic scenarios.
import { describe, expect, it } from "vitest";
import { createCluster } from "../index";

const WEB = (replicas = 3, extra = "") => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: app
        image: ghcr.io/reconcile/web:v1
        ports: [{containerPort: 8080}]
${extra}---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080, nodePort: 30007}]
`;

function cluster(yaml: string, seed = 3) {
  const c = createCluster({ seed });
  const run = (line: string, stdin?: string) => c.kubectl(line, stdin);
  expect(run("apply -f -", yaml).exitCode).toBe(0);
  c.advance(60);
  return { c, run };
}

const podName = (out: string) => JSON.parse(out).pod as string;

describe("traffic from outside the cluster", () => {
  it("NodePort 30007: curl from the laptop answers with the pod's JSON; scaled to zero → connection refused", () => {
    const { c, run } = cluster(WEB());
    const r = run("curl -s http://172.18.0.2:30007/");
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ app: "web", version: "v1", path: "/", host: "172.18.0.2" });
    expect(podName(r.stdout)).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}$/);
    // A cluster IP is not reachable from the laptop; nor is a cluster DNS name.
    const ip = JSON.parse(run("get svc web -o json").stdout).spec.clusterIP;
    expect(run(`curl -sS -m 3 http://${ip}/`).stderr).toBe(`curl: (28) Failed to connect to ${ip} port 80 after 3001 ms: Timeout was reached\n`);
    expect(run("curl http://web/")).toEqual({ stdout: "", stderr: "curl: (6) Could not resolve host: web\n", exitCode: 6 });
    run("scale deploy web --replicas=0");
    c.advance(30);
    expect(run("curl http://172.18.0.2:30007/")).toEqual({ stdout: "", stderr: "curl: (7) Failed to connect to 172.18.0.2 port 30007 after 2 ms: Couldn't connect to server\n", exitCode: 7 });
    expect(run("curl -s http://172.18.0.2:30007/")).toEqual({ stdout: "", stderr: "", exitCode: 7 });
  });

  it("hey: 1,000 requests over 3 ready pods spread evenly, the same report for the same seed", () => {
    const a = cluster(WEB()).run("hey -n 1000 -c 20 http://172.18.0.3:30007/");
    const b = cluster(WEB()).run("hey -n 1000 -c 20 http://172.18.0.3:30007/");
    expect(a).toEqual(b);
    expect(a.stdout).toMatch(/^\nSummary:\n  Total:\t\d+\.\d{4} secs\n  Slowest:\t/);
    expect(a.stdout).toContain("Status code distribution:\n  [200]\t1000 responses\n");
    const counts = [...a.stdout.matchAll(/\[web-\S+\]\t(\d+) responses/g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(3);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(1000);
    for (const n of counts) expect(n).toBeGreaterThan(280);
    const other = cluster(WEB(), 4).run("hey -n 1000 -c 20 http://172.18.0.3:30007/");
    expect(other.stdout).not.toEqual(a.stdout);
  });

  it("a pod failing its readiness probe leaves the endpoints and gets no traffic", () => {
    const { c, run } = cluster(WEB() + `---
apiVersion: v1
kind: Pod
metadata: {name: flaky, labels: {app: web}}
spec:
  containers:
  - name: app
    image: ghcr.io/reconcile/unhealthy:v1
    env: [{name: UNHEALTHY_AFTER, value: "120"}]
    readinessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 1}
`);
    expect(run("hey -n 400 http://172.18.0.2:30007/").stdout).toMatch(/\[flaky\]\t\d+ responses/);
    c.advance(90); // the app answers 500 from 120 s: the probe fails, the pod leaves the endpoints
    const ip = JSON.parse(run("get pod flaky -o json").stdout).status.podIP as string;
    expect(run("get endpoints web").stdout).not.toContain(ip);
    const out = run("hey -n 400 http://172.18.0.2:30007/").stdout;
    expect(out).not.toContain("flaky");
    expect([...out.matchAll(/\[web-\S+\]\t\d+ responses/g)]).toHaveLength(3);
  });

  it("a wrong selector: no endpoints, describe shows it, curl is refused", () => {
    const { run } = cluster(WEB().replace("selector: {app: web}\n  ports", "selector: {app: wbe}\n  ports"));
    expect(run("describe svc web").stdout).toMatch(/Selector:\s+app=wbe\n[\s\S]*Endpoints:\s*\n/);
    expect(run("curl -sS http://172.18.0.2:30007/").exitCode).toBe(7);
  });

  it("externalTrafficPolicy Local: only nodes with a local endpoint answer", () => {
    const { run } = cluster(WEB(1).replace("  type: NodePort\n", "  type: NodePort\n  externalTrafficPolicy: Local\n"));
    const node = JSON.parse(run("get pods -l app=web -o json").stdout).items[0].spec.nodeName as string;
    const ips: Record<string, string> = { "kind-control-plane": "172.18.0.2", "kind-worker": "172.18.0.3", "kind-worker2": "172.18.0.4" };
    const other = Object.keys(ips).find((n) => n !== node && n !== "kind-control-plane")!;
    expect(run(`curl -s http://${ips[node]}:30007/`).exitCode).toBe(0);
    expect(run(`curl -sS -m 1 http://${ips[other]}:30007/`).stderr).toBe(`curl: (28) Failed to connect to ${ips[other]} port 30007 after 1001 ms: Timeout was reached\n`);
  });
});

describe("kubectl exec", () => {
  const CLIENT = `---
apiVersion: v1
kind: Pod
metadata: {name: client}
spec:
  containers: [{name: box, image: "busybox:1.36", command: [sh, -c, "sleep infinity"]}]
`;

  it("wget and nslookup from a busybox pod; curl is missing there, as in the real image", () => {
    const { run } = cluster(WEB() + CLIENT);
    const w = run("exec client -- wget -qO- http://web/api");
    expect(w.exitCode).toBe(0);
    expect(JSON.parse(w.stdout)).toMatchObject({ host: "web", path: "/api" });
    const ip = JSON.parse(run("get svc web -o json").stdout).spec.clusterIP;
    expect(run("exec client -- nslookup web").stdout).toBe(`Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: ${ip}\n\n`);
    expect(run("exec client -- nslookup nope")).toEqual({ stdout: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can't find nope: NXDOMAIN\n\n", stderr: "command terminated with exit code 1\n", exitCode: 1 });
    expect(run("exec client -- wget -qO- http://nope")).toEqual({ stdout: "", stderr: "wget: bad address 'nope'\ncommand terminated with exit code 1\n", exitCode: 1 });
    expect(run("exec client -- wget -qO- http://web:81/").stderr).toContain("wget: can't connect to remote host");
    const curl = run("exec client -- curl http://web");
    expect(curl.exitCode).toBe(1);
    expect(curl.stderr).toMatch(/^error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in \$PATH: unknown\n$/);
    expect(run("exec client -- cat /etc/resolv.conf").stdout).toBe("search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n");
    expect(run("exec client -- hostname").stdout).toBe("client\n");
  });

  it("curl inside an app pod: -i headers, -v, exit codes through kubectl, env with service links", () => {
    const { run } = cluster(WEB() + CLIENT);
    const pod = JSON.parse(run("get pods -l app=web -o json").stdout).items[0].metadata.name as string;
    const i = run(`exec ${pod} -- curl -si http://web/healthz`);
    expect(i.stdout).toMatch(/^HTTP\/1\.1 200 OK\r\nContent-Type: application\/json\r\nDate: Thu, 01 Jan 2026 00:01:00 GMT\r\nContent-Length: \d+\r\n\r\n\{"app":"web"/);
    const missing = run(`exec ${pod} -- curl -sS http://nope`);
    expect(missing).toEqual({ stdout: "", stderr: "curl: (6) Could not resolve host: nope\ncommand terminated with exit code 6\n", exitCode: 6 });
    const meter = run(`exec ${pod} -- curl http://web/`);
    expect(meter.stderr).toMatch(/^  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n {33}Dload  Upload   Total   Spent    Left  Speed\n100   \d{3}  100   \d{3}    0     0  /);
    expect(run(`exec -it ${pod} -- curl http://web/`).stderr).toBe("");
    const v = run(`exec ${pod} -- curl -sv -H 'Host: example.com' http://web/`).stderr;
    expect(v).toContain("> GET / HTTP/1.1\n> Host: example.com\n> User-Agent: curl/8.9.1\n> Accept: */*\n");
    const env = run(`exec ${pod} -- env`).stdout;
    expect(env).toMatch(/^PATH=\/usr\/local\/sbin:.*\nHOSTNAME=web-/);
    expect(env).toContain("KUBERNETES_SERVICE_HOST=10.96.0.1\n");
  });

  it("kubectl's own errors: no pod, no container, not running, completed, no command", () => {
    const { c, run } = cluster(CLIENT + `---
apiVersion: v1
kind: Pod
metadata: {name: done}
spec:
  restartPolicy: Never
  containers: [{name: job, image: "busybox:1.36", command: [sh, -c, "exit 0"]}]
`);
    expect(run("exec nope -- env")).toEqual({ stdout: "", stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    expect(run("exec client -c nope -- env").stderr).toBe("Error from server (BadRequest): container nope is not valid for pod client\n");
    expect(run("exec done -- env").stderr).toBe("error: cannot exec into a container in a completed pod; current phase is Succeeded\n");
    expect(run("exec client").stderr).toBe("error: you must specify at least one command for the container\n");
    expect(run("exec").stderr).toBe("error: pod, type/name or --filename must be specified\n");
    run("run late --image=nginx:1.25");
    expect(run("exec late -- env").stderr).toMatch(/^(Error from server \(BadRequest\): pod late does not have a host assigned|error: unable to upgrade connection: container not found \("late"\))\n$/);
    c.advance(30);
    expect(run("exec late -- hostname").stdout).toBe("late\n");
  });
});

describe("what the client sees of the address it dialled", () => {
  it("wget and curl -w report the Service's cluster IP or the node IP, not the pod's", () => {
    const c = createCluster({ seed: 3 });
    c.kubectl("apply -f -", WEB(1) + `---
apiVersion: v1
kind: Pod
metadata: {name: client}
spec:
  containers: [{name: box, image: "busybox:1.36", command: [sh, -c, "sleep infinity"]}]
`);
    c.advance(60);
    const ip = JSON.parse(c.kubectl("get svc web -o json").stdout).spec.clusterIP;
    expect(c.kubectl("exec client -- wget -O- http://web/").stderr).toMatch(new RegExp(`^Connecting to web \\(${ip.replace(/\./g, "\\.")}:80\\)\nwriting to stdout\n`));
    expect(c.kubectl("curl -s -o /dev/null -w '%{http_code} %{remote_ip}' http://172.18.0.4:30007/").stdout).toBe("200 172.18.0.4");
  });
});

describe("headless Service + StatefulSet through nslookup", () => {
  it("db-0.db answers the pod's IP, and the same name follows the replacement pod", () => {
    const c = createCluster({ seed: 6 });
    c.kubectl("apply -f -", `apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  clusterIP: None
  selector: {app: db}
  ports: [{port: 5432}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: pg, image: "postgres:16"}]
---
apiVersion: v1
kind: Pod
metadata: {name: client}
spec:
  containers: [{name: box, image: "busybox:1.36", command: [sh, -c, "sleep infinity"]}]
`);
    c.advance(60);
    const ipOf = (p: string) => JSON.parse(c.kubectl(`get pod ${p} -o json`).stdout).status.podIP as string;
    const lookup = () => c.kubectl("exec client -- nslookup db-0.db").stdout;
    expect(lookup()).toBe(`Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tdb-0.db.default.svc.cluster.local\nAddress: ${ipOf("db-0")}\n\n`);
    const before = ipOf("db-0");
    c.kubectl("delete pod db-0");
    c.advance(60);
    expect(ipOf("db-0")).not.toBe(before);
    expect(lookup()).toContain(`Name:\tdb-0.db.default.svc.cluster.local\nAddress: ${ipOf("db-0")}\n`);
    // The kubelet-written hosts file names the pod by its stable FQDN.
    expect(c.kubectl("exec db-1 -- cat /etc/hosts").stdout).toContain(`${ipOf("db-1")}\tdb-1.db.default.svc.cluster.local\tdb-1\n`);
  });
});
