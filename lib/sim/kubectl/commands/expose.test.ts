import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster";

describe("kubectl expose", () => {
  it("takes a deployment's selector and labels, and --port/--target-port", () => {
    const c = createCluster({ seed: 1 });
    c.kubectl("create deployment web --image=nginx");
    expect(c.kubectl("expose deployment web --port=80 --target-port=8080 --dry-run=client -o yaml").stdout).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: web
status:
  loadBalancer: {}
`);
    expect(c.kubectl("expose deploy/web --port=80 --type=NodePort --name=web-np")).toEqual({ stdout: "service/web-np exposed\n", stderr: "", exitCode: 0 });
    expect(c.kubectl("get svc web-np").stdout).toMatch(/web-np\s+NodePort\s+\S+\s+<none>\s+80:3\d{4}\/TCP/);
    expect(c.kubectl("expose deployment web --port=80 --name=web-np").stderr).toBe('Error from server (AlreadyExists): services "web-np" already exists\n');
  });

  it("introspects container ports (port-N names when several) and a pod's labels", () => {
    const c = createCluster({ seed: 1 });
    c.kubectl("run p --image=nginx --port=8080");
    const one = c.kubectl("expose pod p --dry-run=client -o json").stdout;
    expect(JSON.parse(one)).toEqual({
      kind: "Service",
      apiVersion: "v1",
      metadata: { name: "p", creationTimestamp: null, labels: { run: "p" } },
      spec: { ports: [{ protocol: "TCP", port: 8080, targetPort: 8080 }], selector: { run: "p" } },
      status: { loadBalancer: {} },
    });
    c.kubectl("apply -f -", `apiVersion: apps/v1
kind: Deployment
metadata: {name: two}
spec:
  selector: {matchLabels: {app: two}}
  template:
    metadata: {labels: {app: two}}
    spec:
      containers:
      - {name: a, image: nginx, ports: [{containerPort: 80}, {containerPort: 53, protocol: UDP}]}
`);
    const svc = JSON.parse(c.kubectl("expose deployment two --dry-run=client -o json").stdout) as { spec: { ports: unknown[] } };
    expect(svc.spec.ports).toEqual([
      { name: "port-1", protocol: "TCP", port: 80, targetPort: 80 },
      { name: "port-2", protocol: "UDP", port: 53, targetPort: 53 },
    ]);
  });

  it("the exposed Service selects the deployment's running pods", () => {
    const c = createCluster({ seed: 1 });
    c.kubectl("create deployment web --image=nginx --replicas=2 --port=80");
    c.advance(30);
    expect(c.kubectl("expose deployment web").stdout).toBe("service/web exposed\n");
    c.advance(5);
    const eps = c.kubectl("get endpoints web");
    expect(eps.exitCode).toBe(0);
    expect(eps.stdout).toMatch(/web\s+\S+:80,\S+:80\s/);
  });

  it("reports kubectl's errors", () => {
    const c = createCluster({ seed: 1 });
    c.kubectl("run b --image=busybox");
    expect(c.kubectl("expose pod b")).toEqual({ stdout: "", stderr: "error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples\n", exitCode: 1 });
    expect(c.kubectl("expose deployment nope --port=80").stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    c.kubectl("apply -f -", "apiVersion: v1\nkind: Pod\nmetadata: {name: bare}\nspec:\n  containers: [{name: c, image: nginx}]\n");
    expect(c.kubectl("expose pod bare --port=80").stderr).toBe("error: couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed\nSee 'kubectl expose -h' for help and examples\n");
    expect(c.kubectl("expose pod bare --port=80 --selector=app=x --dry-run=client -o json").stdout).toContain('"selector": {\n            "app": "x"\n        }');
    expect(c.kubectl("create namespace dev").exitCode).toBe(0);
    expect(c.kubectl("expose namespace dev --port=80").stderr).toBe("error: cannot expose a Namespace\n");
  });
});
