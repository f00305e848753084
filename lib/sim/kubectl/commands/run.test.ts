import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster";
import { TestCluster } from "../../testing";

const k = (line: string, c = createCluster({ seed: 1 })) => c.kubectl(line);

describe("kubectl run", () => {
  it("prints the Pod manifest of a client dry run as kubectl 1.34 does (yaml sorted, json in struct order)", () => {
    expect(k("run nginx --image=nginx --dry-run=client -o yaml").stdout).toBe(`apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    run: nginx
  name: nginx
spec:
  containers:
  - image: nginx
    name: nginx
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Always
status: {}
`);
    expect(k("run nginx --image=nginx --dry-run=client -o json").stdout).toBe(`{
    "kind": "Pod",
    "apiVersion": "v1",
    "metadata": {
        "name": "nginx",
        "creationTimestamp": null,
        "labels": {
            "run": "nginx"
        }
    },
    "spec": {
        "containers": [
            {
                "name": "nginx",
                "image": "nginx",
                "resources": {}
            }
        ],
        "restartPolicy": "Always",
        "dnsPolicy": "ClusterFirst"
    },
    "status": {}
}
`);
  });

  it("puts port, env, labels, restart policy, command and namespace where kubectl does", () => {
    const out = k("run b -n dev --image=busybox --port=8080 --labels=app=b,tier=x --env=A=1 --env=B=two --restart=Never --dry-run=client -o yaml --command -- sleep 3600").stdout;
    expect(out).toBe(`apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    app: b
    tier: x
  name: b
  namespace: dev
spec:
  containers:
  - command:
    - sleep
    - "3600"
    env:
    - name: A
      value: "1"
    - name: B
      value: two
    image: busybox
    name: b
    ports:
    - containerPort: 8080
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Never
status: {}
`);
    expect(k("run b --image=busybox -l tier=db --dry-run=client -o yaml").stdout).toContain("  labels:\n    tier: db\n  name: b\n");
    expect(k("run b --image=busybox --dry-run=client -o yaml -- echo hi").stdout).toContain("  - args:\n    - echo\n    - hi\n");
  });

  it("creates the pod, which reaches Running", () => {
    const t = new TestCluster({ seed: 1 }).kubectl("run web --image=nginx");
    expect(t.last?.stdout).toBe("pod/web created\n");
    t.advance(30).expectPods(1, { running: 1 });
    expect(t.cluster.kubectl("get pod web --show-labels").stdout).toContain("run=web");
  });

  it("reports kubectl's errors", () => {
    const c = createCluster({ seed: 1 });
    expect(c.kubectl("run nginx")).toEqual({ stdout: "", stderr: 'error: required flag(s) "image" not set\n', exitCode: 1 });
    expect(c.kubectl("run --image=nginx").stderr).toBe("error: NAME is required for run\n");
    expect(c.kubectl("run x --image=NGINX").stderr).toBe('error: invalid image name "NGINX": invalid reference format\n');
    expect(c.kubectl("run x --image=nginx: --dry-run=client").stderr).toBe('error: invalid image name "nginx:": invalid reference format\n');
    for (const ok of ["nginx", "nginx:1.25-alpine", "registry.k8s.io/pause:3.9", "localhost:5000/team/app_x", `busybox@sha256:${"a".repeat(64)}`]) {
      expect(c.kubectl(`run x --image=${ok} --dry-run=client`).stdout).toBe("pod/x created (dry run)\n");
    }
    expect(c.kubectl("run x --image=nginx --restart=Sometimes").stderr).toBe("error: invalid restart policy: Sometimes, valid values are: Always, OnFailure, Never\n");
    expect(c.kubectl("run x --image=nginx --port=http").stderr).toBe("error: --port must be a number\n");
    expect(c.kubectl("run x --image=nginx --env=NOVALUE").stderr).toBe("error: invalid env: NOVALUE\n");
    expect(c.kubectl("run x --image=nginx --labels=a").stderr).toBe("error: unexpected label spec: a\n");
    expect(c.kubectl("run x --image=nginx --dry-run=maybe").stderr).toBe('error: Invalid dry-run value (maybe). Must be "none", "server", or "client".\n');
    expect(c.kubectl("run nginx --image=nginx").stdout).toBe("pod/nginx created\n");
    expect(c.kubectl("run nginx --image=nginx")).toEqual({ stdout: "", stderr: 'Error from server (AlreadyExists): pods "nginx" already exists\n', exitCode: 1 });
    const bad = c.kubectl("run Bad_Name --image=nginx");
    expect(bad.exitCode).toBe(1);
    // checkErr prints each status cause on its own "* " line when there are several.
    expect(bad.stderr).toMatch(/^The Pod "Bad_Name" is invalid: \n\* metadata\.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain[^\n]*\n\* spec\.containers\[0\]\.name: Invalid value: "Bad_Name": [^\n]*\n$/);
  });

  it("marks dry runs in the short output and --expose adds a ClusterIP service", () => {
    const c = createCluster({ seed: 1 });
    expect(c.kubectl("run a --image=nginx --dry-run=client").stdout).toBe("pod/a created (dry run)\n");
    expect(c.kubectl("run a --image=nginx --dry-run=server").stdout).toBe("pod/a created (server dry run)\n");
    expect(c.kubectl("get pods").stderr).toBe("No resources found in default namespace.\n");
    expect(c.kubectl("run a --image=nginx --expose").stderr).toBe("error: --port must be set when exposing a service\n");
    expect(c.kubectl("run a --image=nginx --port=80 --expose").stdout).toBe("pod/a created\nservice/a created\n");
    const svc = JSON.parse(c.kubectl("get svc a -o json").stdout) as { spec: { selector: unknown; ports: unknown[] } };
    expect(svc.spec.selector).toEqual({ run: "a" });
    expect(svc.spec.ports).toEqual([{ port: 80, protocol: "TCP", targetPort: 80 }]);
  });
});
