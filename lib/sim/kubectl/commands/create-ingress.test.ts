import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster";

const run = (line: string) => createCluster({ seed: 1 }).kubectl(line);
const dry = (line: string) => run(`${line} --dry-run=client -o yaml`).stdout;

describe("kubectl create ingress", () => {
  it("a rule per host; Exact paths, Prefix when the path ends in '*'; tls with a secret", () => {
    expect(dry('create ingress simple --class=nginx --rule="foo.com/bar=svc1:8080,tls=my-cert" --rule="foo.com/admin*=admin:http"')).toBe(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  creationTimestamp: null
  name: simple
spec:
  ingressClassName: nginx
  rules:
  - host: foo.com
    http:
      paths:
      - backend:
          service:
            name: svc1
            port:
              number: 8080
        path: /bar
        pathType: Exact
      - backend:
          service:
            name: admin
            port:
              name: http
        path: /admin
        pathType: Prefix
  tls:
  - hosts:
    - foo.com
    secretName: my-cert
status:
  loadBalancer: {}
`);
  });

  it("catch-all rule without host, default backend, annotations, hosts sharing a TLS secret", () => {
    expect(dry('create ing all -n shop --default-backend=fallback:80 --rule="/*=web:80" --annotation=team=shop --rule="a.example.com/*=web:80,tls=s1" --rule="b.example.com/*=web:80,tls=s1" --rule="c.example.com/=web:80,tls"')).toBe(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  annotations:
    team: shop
  creationTimestamp: null
  name: all
  namespace: shop
spec:
  defaultBackend:
    service:
      name: fallback
      port:
        number: 80
  rules:
  - http:
      paths:
      - backend:
          service:
            name: web
            port:
              number: 80
        path: /
        pathType: Prefix
  - host: a.example.com
    http:
      paths:
      - backend:
          service:
            name: web
            port:
              number: 80
        path: /
        pathType: Prefix
  - host: b.example.com
    http:
      paths:
      - backend:
          service:
            name: web
            port:
              number: 80
        path: /
        pathType: Prefix
  - host: c.example.com
    http:
      paths:
      - backend:
          service:
            name: web
            port:
              number: 80
        path: /
        pathType: Exact
  tls:
  - hosts:
    - a.example.com
    - b.example.com
    secretName: s1
  - hosts:
    - c.example.com
status:
  loadBalancer: {}
`);
  });

  it("creates the object, which get lists; the API server's errors are wrapped", () => {
    const c = createCluster({ seed: 1 });
    expect(c.kubectl('create ingress web --class=nginx --rule="shop.example.com/*=web:80"')).toEqual({ stdout: "ingress.networking.k8s.io/web created\n", stderr: "", exitCode: 0 });
    expect(c.kubectl("get ingress").stdout).toBe("NAME   CLASS   HOSTS              ADDRESS   PORTS   AGE\nweb    nginx   shop.example.com             80      0s\n");
    expect(c.kubectl('create ingress web --rule="/=web:80"').stderr).toBe('error: failed to create ingress: ingresses.networking.k8s.io "web" already exists\n');
    expect(c.kubectl('create ingress bad --rule="/=web:80" -o name --dry-run=server').stdout).toBe("ingress.networking.k8s.io/bad\n");
    expect(c.kubectl('create ingress bad --rule="Shop.com/=web:80"').stderr).toMatch(/^error: failed to create ingress: Ingress\.networking\.k8s\.io "bad" is invalid: spec\.rules\[0\]\.host: Invalid value: "Shop\.com": a lowercase RFC 1123 subdomain/);
  });

  it("kubectl's validation errors", () => {
    expect(run("create ingress x").stderr).toBe("error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)\n");
    expect(run("create ingress x --rule=foo.com=svc:80").stderr).toBe("error: rule foo.com=svc:80 is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]\n");
    expect(run('create ingress x --rule="foo.com/=svc"').stderr).toBe("error: rule foo.com/=svc is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]\n");
    expect(run('create ingress x --rule="/=svc:80" --annotation=oops').stderr).toBe("error: annotation oops is invalid and should be in format key=[value]\n");
    expect(run("create ingress x --default-backend=svc").stderr).toBe("error: default-backend should be in format servicename:serviceport\n");
    expect(run('create ingress --rule="/=svc:80"').stderr).toBe("error: exactly one NAME is required, got 0\nSee 'kubectl create ingress -h' for help and examples\n");
    expect(run("create deployment d --image=nginx --rule=x").stderr).toBe("error: unknown flag: --rule\nSee 'kubectl create deployment --help' for usage.\n");
  });
});
