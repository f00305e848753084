// Ingress end to end: routing only once the ingress-nginx add-on runs; host + path matching;
// 404 from the default backend, 503 for a backend without endpoints; ADDRESS filled by the
// controller; LoadBalancer IPs from the cloud-provider-kind add-on.
import { describe, expect, it } from "vitest";
import { createCluster } from "../index";
import { CLOUD_PROVIDER_KIND_MANIFEST, INGRESS_NGINX_MANIFEST } from "./addons";

const APPS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: frontend}
spec:
  replicas: 2
  selector: {matchLabels: {app: frontend}}
  template:
    metadata: {labels: {app: frontend}}
    spec:
      containers: [{name: nginx, image: "nginx:1.25"}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  replicas: 2
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers: [{name: api, image: "ghcr.io/reconcile/web:v1", ports: [{containerPort: 8080}]}]
---
apiVersion: v1
kind: Service
metadata: {name: frontend}
spec:
  selector: {app: frontend}
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: api}
spec:
  selector: {app: api}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: my-app}
spec:
  ingressClassName: nginx
  rules:
  - host: my-app.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: frontend, port: {number: 80}}}}
      - {path: /api, pathType: Prefix, backend: {service: {name: api, port: {number: 80}}}}
`;

function setup() {
  const c = createCluster({ seed: 5 });
  const run = (line: string, stdin?: string) => c.kubectl(line, stdin);
  expect(run("apply -f -", APPS).exitCode).toBe(0);
  c.advance(60);
  return { c, run };
}

describe("Ingress", () => {
  it("routes / and /api to two Services only once the ingress-nginx controller runs", () => {
    const { c, run } = setup();
    expect(run("get ing").stdout).toMatch(/^NAME\s+CLASS\s+HOSTS\s+ADDRESS\s+PORTS\s+AGE\nmy-app\s+nginx\s+my-app\.com\s+80\s+60s\n$/);
    // No controller: nothing listens on the node port the lesson will use.
    const before = run("curl -sS -H 'Host: my-app.com' http://172.18.0.2:30080/api");
    expect(before).toMatchObject({ exitCode: 7, stderr: "curl: (7) Failed to connect to 172.18.0.2 port 30080 after 2 ms: Couldn't connect to server\n" });

    expect(run("apply -f -", INGRESS_NGINX_MANIFEST).stdout).toContain("ingressclass.networking.k8s.io/nginx created");
    c.advance(60);
    const node = /ingress-nginx-controller-\S+\s+1\/1\s+Running\s+0\s+\S+\s+\S+\s+(\S+)/.exec(run("get pods -n ingress-nginx -o wide").stdout)![1]!;
    const nodeIP = JSON.parse(run(`get node ${node} -o json`).stdout).status.addresses[0].address;
    expect(run("get ing my-app").stdout).toContain(`my-app   nginx   my-app.com   ${nodeIP}   80      2m`);
    expect(run("describe ing my-app").stdout).toMatch(/Events:\n  Type    Reason  Age   From                      Message\n  ----    ------  ----  ----                      -------\n  Normal  Sync    \d+s   nginx-ingress-controller  Scheduled for sync\n$/);
    // Pod IPs are not reachable from the laptop.
    const podIP = JSON.parse(run("get pods -l app=api -o json").stdout).items[0].status.podIP;
    expect(run(`curl -sS -m 1 http://${podIP}:8080/`).exitCode).toBe(28);

    const api = run("curl -s -H 'Host: my-app.com' http://172.18.0.2:30080/api/items");
    expect(api.exitCode).toBe(0);
    const body = JSON.parse(api.stdout);
    expect(body).toMatchObject({ app: "web", version: "v1", host: "my-app.com", path: "/api/items" });
    expect(body.pod).toMatch(/^api-/);
    expect(run("curl -s -H 'Host: my-app.com' http://172.18.0.3:30080/").stdout).toContain("<title>Welcome to nginx!</title>");
    // Prefix matches whole path elements: /apix is the frontend's.
    expect(run("curl -s -H 'Host: my-app.com' http://172.18.0.2:30080/apix").stdout).toContain("<center>nginx/1.25.5</center>");
    // Another host: no rule, the controller's default backend answers 404.
    const other = run("curl -i http://172.18.0.2:30080/");
    expect(other.stdout).toMatch(/^HTTP\/1\.1 404 Not Found\r\nDate: .*\r\nContent-Type: text\/html\r\nContent-Length: 146\r\nConnection: keep-alive\r\n\r\n<html>\r\n<head><title>404 Not Found<\/title><\/head>\r\n<body>\r\n<center><h1>404 Not Found<\/h1><\/center>\r\n<hr><center>nginx<\/center>\r\n<\/body>\r\n<\/html>\r\n$/);

    // A backend without endpoints: 503 from the controller.
    run("scale deploy api --replicas=0");
    c.advance(30);
    const down = run("curl -s -o /dev/null -w '%{http_code}' -H 'Host: my-app.com' http://172.18.0.2:30080/api");
    expect(down.stdout).toBe("503");

    // The path is in the trace, hop by hop: laptop → node → kube-proxy → controller pod → ingress rule → backend.
    const hops = c.trace().filter((e) => e.type === "network" && e.request.includes("/api/items")).map((e) => (e.type === "network" ? e.hop : ""));
    expect(hops).toEqual(["client", "node", "kube-proxy", "pod", "ingress", "pod", "response"]);
  });

  it("describe ingress lists the rules and backends as kubectl prints them", () => {
    const { run } = setup();
    const out = run("describe ingress my-app").stdout;
    expect(out).toContain("Name:             my-app\n");
    expect(out).toContain("Ingress Class:    nginx\n");
    expect(out).toMatch(/Rules:\n  Host        Path  Backends\n  ----        ----  --------\n  my-app\.com  \n {14}\/      frontend:80 \(10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80\)\n {14}\/api   api:80 \(10\.244\.\d+\.\d+:8080,10\.244\.\d+\.\d+:8080\)\n/);
  });

  it("validation: pathType is required, paths must be absolute, one of port name or number", () => {
    const { run } = setup();
    const bad = run("apply -f -", `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: bad}
spec:
  rules:
  - http:
      paths:
      - {path: api, backend: {service: {name: api, port: {number: 80}}}}
      - {path: api, pathType: Exact, backend: {service: {name: api}}}
`);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('The Ingress "bad" is invalid: \n* spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified\n* spec.rules[0].http.paths[1].path: Invalid value: "api": must be an absolute path\n* spec.rules[0].http.paths[1].backend: Required value: port name or number is required\n');
    expect(run("get ing bad").stderr).toBe('Error from server (NotFound): ingresses.networking.k8s.io "bad" not found\n');
  });

  it("LoadBalancer: <pending> without a cloud provider; an external IP once cloud-provider-kind runs", () => {
    const { c, run } = setup();
    run("expose deploy frontend --name=lb --type=LoadBalancer --port=80");
    c.advance(5);
    expect(run("get svc lb").stdout).toMatch(/lb\s+LoadBalancer\s+10\.\S+\s+<pending>\s+80:3\d{4}\/TCP/);
    run("apply -f -", CLOUD_PROVIDER_KIND_MANIFEST);
    c.advance(60);
    expect(run("get svc lb").stdout).toMatch(/lb\s+LoadBalancer\s+10\.\S+\s+172\.18\.255\.200\s+80:3\d{4}\/TCP/);
    expect(run("describe svc lb").stdout).toMatch(/LoadBalancer Ingress:\s+172\.18\.255\.200 \(Proxy\)/);
    const r = run("curl -s http://172.18.255.200/");
    expect(r.stdout).toContain("Welcome to nginx!");
    expect(run("curl -sS -m 2 http://172.18.255.200:8080/").stderr).toBe("curl: (28) Failed to connect to 172.18.255.200 port 8080 after 2001 ms: Timeout was reached\n");
  });
});

describe("Ingress decoding", () => {
  it("strict decoding names unknown fields and wrong types as the API server does", () => {
    const c = createCluster({ seed: 1 });
    const typo = c.kubectl("apply -f -", `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: typo}
spec:
  rules:
  - http:
      paths:
      - {path: /, pathtype: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`);
    expect(typo.stderr).toContain('strict decoding error: unknown field "spec.rules[0].http.paths[0].pathtype"');
    const wrong = c.kubectl("apply -f -", `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: wrong}
spec:
  defaultBackend: {service: {name: web, port: {number: "80"}}}
`);
    expect(wrong.stderr).toContain("json: cannot unmarshal string into Go struct field ServiceBackendPort.spec.defaultBackend.service.port.number of type int32");
  });
});
