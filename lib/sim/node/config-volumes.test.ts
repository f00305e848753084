// What a container sees of ConfigMaps and Secrets over time: env fixed when the container is
// created, mounted files refreshed on the kubelet's periodic sync, subPath files never.
import { describe, expect, it } from "vitest";
import { createCluster } from "../index";

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: ghcr.io/reconcile/web:v1
      env:
        - name: MODE
          valueFrom:
            configMapKeyRef: { name: settings, key: mode }
        - name: PASSWORD
          valueFrom:
            secretKeyRef: { name: creds, key: password }
      volumeMounts:
        - { name: config, mountPath: /etc/app }
        - { name: config, mountPath: /opt/mode.txt, subPath: mode }
        - { name: creds, mountPath: /etc/creds, readOnly: true }
  volumes:
    - name: config
      configMap: { name: settings }
    - name: creds
      secret: { secretName: creds }
`;

function start() {
  const c = createCluster({ seed: 3 });
  const run = (line: string, stdin?: string) => {
    const o = c.kubectl(line, stdin);
    return o.stdout + o.stderr;
  };
  run("create configmap settings --from-literal=mode=blue");
  run("create secret generic creds --from-literal=password=hunter2");
  run("apply -f -", POD);
  c.advance(10);
  return { c, run };
}

describe("ConfigMap and Secret consumers", () => {
  it("resolves env once and projects volumes as files (Secrets decoded)", () => {
    const { run } = start();
    expect(run("exec app -- printenv MODE PASSWORD")).toBe("blue\nhunter2\n");
    expect(run("exec app -- cat /etc/app/mode /opt/mode.txt /etc/creds/password")).toBe("bluebluehunter2");
    expect(run("exec app -- ls /etc/app")).toBe("mode\n");
  });

  it("an edit reaches mounted files at the next pod sync, never env or subPath files", () => {
    const { c, run } = start();
    run(`patch configmap settings -p '{"data":{"mode":"green"}}'`);
    expect(run("exec app -- printenv MODE")).toBe("blue\n");
    expect(run("exec app -- cat /etc/app/mode")).toBe("blue");
    c.advance(60);
    expect(run("exec app -- cat /etc/app/mode")).toBe("green");
    expect(run("exec app -- cat /opt/mode.txt")).toBe("blue");
    expect(run("exec app -- printenv MODE")).toBe("blue\n");
    // A new container (the pod re-created) reads the new value.
    run("delete pod app");
    run("apply -f -", POD);
    c.advance(10);
    expect(run("exec app -- printenv MODE")).toBe("green\n");
    expect(run("exec app -- cat /opt/mode.txt")).toBe("green");
  });

  it("the periodic sync does not keep settle() busy, and survives a snapshot", async () => {
    const { c } = start();
    const before = c.now();
    c.settle(600);
    expect(c.now() - before).toBeLessThan(600_000);
    const { restoreCluster } = await import("../index");
    const copy = restoreCluster(c.snapshot());
    expect(copy.kubectl(`patch configmap settings -p '{"data":{"mode":"red"}}'`).stdout).toBe("configmap/settings patched\n");
    copy.advance(61);
    expect(copy.kubectl("exec app -- cat /etc/app/mode").stdout).toBe("red");
  });
});
