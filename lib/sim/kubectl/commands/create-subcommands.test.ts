import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster";
import { TestCluster } from "../../testing";
import { containerNameFor } from "./create-workloads";

const dry = (line: string) => createCluster({ seed: 1 }).kubectl(`${line} --dry-run=client -o yaml`);

describe("kubectl create <generator>", () => {
  it("create deployment: labels app=NAME, container named after the image, replicas and port", () => {
    expect(dry("create deployment web --image=registry.io/team/my_app:1.2 --replicas=2 --port=80").stdout).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: registry.io/team/my_app:1.2
        name: ${containerNameFor("registry.io/team/my_app:1.2")}
        ports:
        - containerPort: 80
        resources: {}
status: {}
`);
    expect(containerNameFor("registry.io/team/my_app:1.2")).toMatch(/^my-app-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(containerNameFor("nginx")).toBe("nginx");
    expect(containerNameFor("nginx:1.25")).toBe("nginx");
    expect(containerNameFor("docker.io/library/busybox@sha256:abc")).toBe("busybox");
    // "_" and "." make kubectl add a 5-character suffix (random upstream, derived from the image here).
    expect(containerNameFor("my.registry/team/my_app.v2:1")).toMatch(/^my-app-v2-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it("create deployment runs its pods and reports kubectl's errors", () => {
    const t = new TestCluster({ seed: 1 }).kubectl("create deployment web --image=nginx --replicas=3");
    expect(t.last.stdout).toBe("deployment.apps/web created\n");
    t.advance(60).expectPods(3, { running: 3 });
    const c = t.cluster;
    expect(c.kubectl("create deployment web --image=nginx")).toEqual({ stdout: "", stderr: 'error: failed to create deployment: deployments.apps "web" already exists\n', exitCode: 1 });
    expect(c.kubectl("create deployment x").stderr).toBe('error: required flag(s) "image" not set\n');
    expect(c.kubectl("create deployment --image=nginx").stderr).toBe("error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n");
    expect(c.kubectl("create deploy x --image=nginx --replicas=two").stderr).toBe(`error: invalid argument "two" for "--replicas" flag: strconv.ParseInt: parsing "two": invalid syntax\nSee 'kubectl create deployment --help' for usage.\n`);
    expect(c.kubectl("create job j").stderr).toBe("error: either --image or --from must be specified\n");
    expect(c.kubectl("create namespace dev --replicas=3").stderr).toBe("error: unknown flag: --replicas\nSee 'kubectl create namespace --help' for usage.\n");
  });

  it("create namespace", () => {
    expect(dry("create namespace dev").stdout).toBe("apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: dev\nspec: {}\nstatus: {}\n");
    const c = createCluster({ seed: 1 });
    expect(c.kubectl("create ns dev").stdout).toBe("namespace/dev created\n");
    expect(c.kubectl("create namespace dev").stderr).toBe('Error from server (AlreadyExists): namespaces "dev" already exists\n');
    expect(c.kubectl("run p -n dev --image=nginx").stdout).toBe("pod/p created\n");
  });

  it("create configmap from literals, with key checks", () => {
    expect(dry("create configmap cm -n dev --from-literal=a=1 --from-literal=b=x=y").stdout).toBe(`apiVersion: v1
data:
  a: "1"
  b: x=y
kind: ConfigMap
metadata:
  creationTimestamp: null
  name: cm
  namespace: dev
`);
    const c = createCluster({ seed: 1 });
    expect(c.kubectl("create configmap cm --from-literal=a").stderr).toBe("error: invalid literal source a, expected key=value\n");
    expect(c.kubectl("create cm cm --from-literal=a=1 --from-literal=a=2").stderr).toBe('error: cannot add key "a", another key by that name already exists in Data for ConfigMap "cm"\n');
    expect(c.kubectl("create cm cm --from-literal=a/b=1").stderr).toBe(`error: "a/b" is not a valid key name for a ConfigMap: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')\n`);
    expect(c.kubectl("create configmap cm --from-literal=a=1").stdout).toBe("configmap/cm created\n");
    expect(c.kubectl("create configmap cm --from-literal=a=1").stderr).toBe('error: failed to create configmap: configmaps "cm" already exists\n');
  });

  it("create secret generic: base64 data, no type unless --type", () => {
    expect(dry("create secret generic s --from-literal=password=pa55").stdout).toBe(`apiVersion: v1
data:
  password: cGE1NQ==
kind: Secret
metadata:
  creationTimestamp: null
  name: s
`);
    const c = createCluster({ seed: 1 });
    expect(c.kubectl("create secret generic s --from-literal=u=é").stdout).toBe("secret/s created\n");
    expect(c.kubectl("get secret s -o json").stdout).toContain('"u": "w6k="');
    // kubectl's message has no colon after "secret".
    expect(c.kubectl("create secret generic s --from-literal=u=x").stderr).toBe('error: failed to create secret secrets "s" already exists\n');
  });

  it("create service clusterip|nodeport", () => {
    expect(dry("create service clusterip my-cs --tcp=5678:8080").stdout).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: my-cs
  name: my-cs
spec:
  ports:
  - name: 5678-8080
    port: 5678
    protocol: TCP
    targetPort: 8080
  selector:
    app: my-cs
  type: ClusterIP
status:
  loadBalancer: {}
`);
    expect(createCluster({ seed: 1 }).kubectl("create service nodeport np --tcp=80:8080 --node-port=30080 --dry-run=client -o json").stdout).toBe(`{
    "kind": "Service",
    "apiVersion": "v1",
    "metadata": {
        "name": "np",
        "creationTimestamp": null,
        "labels": {
            "app": "np"
        }
    },
    "spec": {
        "ports": [
            {
                "name": "80-8080",
                "protocol": "TCP",
                "port": 80,
                "targetPort": 8080,
                "nodePort": 30080
            }
        ],
        "selector": {
            "app": "np"
        },
        "type": "NodePort"
    },
    "status": {
        "loadBalancer": {}
    }
}
`);
    const c = createCluster({ seed: 1 });
    expect(c.kubectl("create service clusterip x").stderr).toBe("error: at least one tcp port specifier must be provided\n");
    expect(c.kubectl("create svc nodeport np --tcp=80:8080 --node-port=30080").stdout).toBe("service/np created\n");
    expect(c.kubectl("get svc np").stdout).toContain("80:30080/TCP");
    expect(c.kubectl("create svc nodeport np --tcp=80").stderr).toBe('error: failed to create NodePort service: services "np" already exists\n');
  });

  it("create service loadbalancer|externalname", () => {
    const c = createCluster({ seed: 1 });
    expect(c.kubectl("create service loadbalancer lb --tcp=80:8080").stdout).toBe("service/lb created\n");
    expect(c.kubectl("get svc lb").stdout).toMatch(/lb\s+LoadBalancer\s/);
    expect(c.kubectl("create service externalname ext").stderr).toBe('error: required flag(s) "external-name" not set\n');
    expect(c.kubectl("create service externalname ext --external-name=Bad_Name").stderr).toBe("error: invalid service external name Bad_Name\n");
    expect(c.kubectl("create service externalname ext --external-name=db.example.com --dry-run=client -o yaml").stdout).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: ext
  name: ext
spec:
  externalName: db.example.com
  selector:
    app: ext
  type: ExternalName
status:
  loadBalancer: {}
`);
  });

  it("create job with a command after --, which completes", () => {
    expect(createCluster({ seed: 1 }).kubectl("create job j --image=busybox --dry-run=client -o yaml -- echo hi").stdout).toBe(`apiVersion: batch/v1
kind: Job
metadata:
  creationTimestamp: null
  name: j
spec:
  template:
    metadata:
      creationTimestamp: null
    spec:
      containers:
      - command:
        - echo
        - hi
        image: busybox
        name: j
        resources: {}
      restartPolicy: Never
status: {}
`);
    const t = new TestCluster({ seed: 1 }).kubectl("create job j --image=busybox -- echo hi");
    expect(t.last.stdout).toBe("job.batch/j created\n");
    t.advance(60);
    expect(t.cluster.kubectl("get job j").stdout).toMatch(/j\s+Complete\s+1\/1/);
  });

  it("keeps create -f working", () => {
    const c = createCluster({ seed: 1 });
    expect(c.kubectl("create -f -", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: f\n").stdout).toBe("configmap/f created\n");
    expect(c.kubectl("create").stderr).toBe("error: must specify one of -f and -k\n");
  });
});
