// VolumeBinding's Filter: pods that share a claim follow its volume's node, whether the claim is
// already bound (PV nodeAffinity) or was just provisioned for the first pod (selected node).
import { describe, expect, it } from "vitest";
import { createCluster } from "../index";

const CLAIM = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
`;
const deployment = (replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: mysql:8.4
          volumeMounts:
            - name: data
              mountPath: /var/lib/mysql
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data
`;
const podNodes = (c: ReturnType<typeof createCluster>) =>
  c.kubectl("get pods -o jsonpath={.items[*].spec.nodeName}").stdout.split(" ").filter(Boolean);
const pvNode = (c: ReturnType<typeof createCluster>) =>
  c.kubectl("get pv -o jsonpath={.items[0].spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0]}").stdout;

describe("VolumeBinding filter", () => {
  it("puts every replica sharing a local-path claim on the node its volume was provisioned on", () => {
    for (const seed of [1, 2, 3, 61]) {
      const c = createCluster({ seed, nodes: 3 });
      c.kubectl("apply -f -", CLAIM + "---\n" + deployment(3));
      c.advance(30);
      const nodes = podNodes(c);
      expect(nodes, `seed ${seed}`).toHaveLength(3);
      expect(new Set(nodes), `seed ${seed}`).toEqual(new Set([pvNode(c)]));
    }
  });

  it("keeps replacement pods on the volume's node and explains a conflict", () => {
    const c = createCluster({ seed: 5, nodes: 3 });
    c.kubectl("apply -f -", CLAIM + "---\n" + deployment(1));
    c.advance(30);
    const home = pvNode(c);
    expect(podNodes(c)).toEqual([home]);
    c.kubectl(`cordon ${home}`);
    c.kubectl("delete pods -l app=db");
    c.advance(40);
    const out = c.kubectl("get events --field-selector reason=FailedScheduling -o jsonpath={.items[*].message}").stdout;
    expect(out).toContain("0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) had volume node affinity conflict, 1 node(s) were unschedulable.");
    c.kubectl(`uncordon ${home}`);
    c.advance(10);
    expect(podNodes(c)).toEqual([home]);
  });
});
