// NetworkPolicy: default allow; a policy that selects a pod lets only what its rules allow
// (podSelector, namespaceSelector, ports); an egress policy without port 53 breaks DNS.
import { describe, expect, it } from "vitest";
import { createCluster, restoreCluster } from "../index";

const SETUP = `apiVersion: apps/v1
kind: Deployment
metadata: {name: db}
spec:
  replicas: 1
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: app, image: "ghcr.io/reconcile/web:v1", ports: [{name: http, containerPort: 8080}]}]
---
apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  selector: {app: db}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: v1
kind: Pod
metadata: {name: frontend, labels: {role: frontend}}
spec:
  containers: [{name: box, image: "busybox:1.36", command: [sh, -c, "sleep infinity"]}]
---
apiVersion: v1
kind: Pod
metadata: {name: intruder, labels: {role: other}}
spec:
  containers: [{name: box, image: "busybox:1.36", command: [sh, -c, "sleep infinity"]}]
---
apiVersion: v1
kind: Namespace
metadata: {name: ops}
---
apiVersion: v1
kind: Pod
metadata: {name: monitor, namespace: ops}
spec:
  containers: [{name: box, image: "busybox:1.36", command: [sh, -c, "sleep infinity"]}]
`;

const policy = (name: string, spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}}
spec:
${spec}`;

describe("NetworkPolicy", () => {
  it("blocks, then allows by pod selector, namespace selector and port", () => {
    const c = createCluster({ seed: 2 });
    const run = (line: string, stdin?: string) => c.kubectl(line, stdin);
    expect(run("apply -f -", SETUP).exitCode).toBe(0);
    c.advance(60);
    const get = (pod: string, ns = "default") => run(`exec -n ${ns} ${pod} -- wget -qO- -T 2 http://db.default/`);
    expect(get("frontend").exitCode).toBe(0);
    expect(get("intruder").exitCode).toBe(0);

    expect(run("apply -f -", policy("db-deny-all", "  podSelector: {matchLabels: {app: db}}\n")).stdout).toBe("networkpolicy.networking.k8s.io/db-deny-all created\n");
    expect(get("frontend")).toEqual({ stdout: "", stderr: "wget: download timed out\ncommand terminated with exit code 1\n", exitCode: 1 });
    const dropped = c.trace().filter((e) => e.type === "network" && e.hop === "netpol").at(-1);
    expect(dropped && dropped.type === "network" && dropped.detail).toContain("ingress to default/db-");

    run("apply -f -", policy("db-from-frontend", `  podSelector: {matchLabels: {app: db}}
  ingress:
  - from:
    - podSelector: {matchLabels: {role: frontend}}
    ports: [{port: http}]
`));
    expect(get("frontend").exitCode).toBe(0);
    expect(get("intruder").exitCode).toBe(1);
    expect(get("monitor", "ops").exitCode).toBe(1);

    run("apply -f -", policy("db-from-ops", `  podSelector: {matchLabels: {app: db}}
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {team: ops}}
    ports: [{port: 8080, protocol: TCP}]
`));
    expect(get("monitor", "ops").exitCode).toBe(1);
    run("label ns ops team=ops");
    expect(get("monitor", "ops").exitCode).toBe(0);

    expect(run("get netpol").stdout).toMatch(/^NAME\s+POD-SELECTOR\s+AGE\ndb-deny-all\s+app=db\s+0s\ndb-from-frontend\s+app=db\s+0s\ndb-from-ops\s+app=db\s+0s\n$/);
    run("delete netpol db-deny-all db-from-frontend db-from-ops");
    expect(get("intruder").exitCode).toBe(0);
  });

  it("an egress policy without DNS breaks name lookups; allowing port 53 fixes them", () => {
    const c = createCluster({ seed: 2 });
    const run = (line: string, stdin?: string) => c.kubectl(line, stdin);
    run("apply -f -", SETUP);
    c.advance(60);
    run("apply -f -", policy("frontend-egress", `  podSelector: {matchLabels: {role: frontend}}
  policyTypes: [Egress]
  egress:
  - to:
    - podSelector: {matchLabels: {app: db}}
`));
    expect(run("get netpol frontend-egress -o jsonpath={.spec.policyTypes}").stdout).toBe('["Egress"]');
    expect(run("exec frontend -- wget -qO- -T 2 http://db/").stderr).toBe("wget: bad address 'db'\ncommand terminated with exit code 1\n");
    const dbIP = JSON.parse(run("get pods -l app=db -o json").stdout).items[0].status.podIP;
    expect(run(`exec frontend -- wget -qO- -T 2 http://${dbIP}:8080/`).exitCode).toBe(0);
    run("apply -f -", policy("frontend-egress", `  podSelector: {matchLabels: {role: frontend}}
  policyTypes: [Egress]
  egress:
  - to:
    - podSelector: {matchLabels: {app: db}}
  - ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
`));
    expect(run("exec frontend -- wget -qO- -T 2 http://db/").exitCode).toBe(0);
  });

  it("validation with the API server's texts; defaults policyTypes", () => {
    const c = createCluster({ seed: 2 });
    const r = c.kubectl("apply -f -", policy("bad", `  podSelector: {}
  ingress:
  - from: [{}]
    ports: [{port: 80, endPort: 70}, {protocol: ICMP}]
`));
    expect(r.stderr).toContain("* spec.ingress[0].ports[0].endPort: Invalid value: 70: must be greater than or equal to `port`\n");
    expect(r.stderr).toContain('* spec.ingress[0].ports[1].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"\n');
    expect(r.stderr).toContain("* spec.ingress[0].from[0]: Required value: must specify a peer\n");
    c.kubectl("apply -f -", policy("ok", "  podSelector: {}\n  egress: [{}]\n"));
    expect(c.kubectl("get netpol ok -o jsonpath={.spec.policyTypes}").stdout).toBe('["Ingress","Egress"]');
    expect(c.kubectl("get netpol ok").stdout).toMatch(/^NAME\s+POD-SELECTOR\s+AGE\nok\s+<none>\s+0s\n$/);
  });
});

describe("Services as DNS and affinity", () => {
  it("ExternalName answers a CNAME; sessionAffinity ClientIP keeps a client on one pod across requests", () => {
    const c = createCluster({ seed: 9 });
    const run = (line: string, stdin?: string) => c.kubectl(line, stdin);
    run("apply -f -", SETUP.replace("replicas: 1", "replicas: 3") + `---
apiVersion: v1
kind: Service
metadata: {name: legacy}
spec:
  type: ExternalName
  externalName: db.default.svc.cluster.local
---
apiVersion: v1
kind: Service
metadata: {name: sticky}
spec:
  selector: {app: db}
  sessionAffinity: ClientIP
  ports: [{port: 80, targetPort: 8080}]
`);
    c.advance(60);
    const ns = run("exec frontend -- nslookup legacy").stdout;
    expect(ns).toContain("legacy.default.svc.cluster.local\tcanonical name = db.default.svc.cluster.local\n");
    expect(JSON.parse(run("exec frontend -- wget -qO- http://legacy/").stdout).app).toBe("web");
    const pods = new Set<string>();
    for (let i = 0; i < 8; i++) pods.add(JSON.parse(run("exec frontend -- wget -qO- http://sticky/").stdout).pod);
    expect(pods.size).toBe(1);
    // The affinity table lives in the cluster state: a restored snapshot keeps the client's pod.
    const restored = restoreCluster(c.snapshot());
    expect(JSON.parse(restored.kubectl("exec frontend -- wget -qO- http://sticky/").stdout).pod).toBe([...pods][0]);
    const spread = new Set<string>();
    for (let i = 0; i < 12; i++) spread.add(JSON.parse(run("exec frontend -- wget -qO- http://db/").stdout).pod);
    expect(spread.size).toBeGreaterThan(1);
  });
});

describe("describe networkpolicy", () => {
  it("prints selectors, ports and peers as kubectl does", () => {
    const c = createCluster({ seed: 2 });
    c.kubectl("create -f -", policy("internal", `  podSelector: {matchLabels: {name: internal}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {name: mysql}}}]
    ports: [{port: 3306}]
  - ports: [{port: 53, protocol: UDP}, {port: 53}]
`));
    c.advance(10);
    const out = c.kubectl("describe netpol internal").stdout;
    expect(out).toBe(`Name:         internal
Namespace:    default
Created on:   2026-01-01 00:00:00 +0000 UTC
Labels:       <none>
Annotations:  <none>
Spec:
  PodSelector:     name=internal
  Not affecting ingress traffic
  Allowing egress traffic:
    To Port: 3306/TCP
    To:
      PodSelector: name=mysql
    ----------
    To Port: 53/UDP
    To Port: 53/TCP
    To: <any> (traffic not restricted by destination)
  Policy Types: Egress
`);
  });
});
