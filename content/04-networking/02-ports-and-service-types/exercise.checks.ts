import "server-only";
// Server-only: the checks and the reference solution of "open the catalog on nodePort 30100".
import type { Action, ExerciseChecks } from "@/lib/exercises";
import { curlReachedBackend, customCheck, fail, fieldEquals, pass, serviceRoutesTo, serviceTargetsPort } from "@/lib/exercises/checks";
import { CATALOG_NODEPORT } from "../transcripts";
import { exercise } from "./exercise";

const NODE_PORT = 30100;

interface ServicePort {
  port: number;
  nodePort?: number;
}

const mapping = customCheck("node-port", `service/catalog maps nodePort ${NODE_PORT} to port 80`, (cluster) => {
  const svc = cluster.get("services", "default", "catalog");
  if (!svc) return fail("There is no service/catalog in the cluster.");
  const ports = (svc.spec?.ports ?? []) as ServicePort[];
  const entry = ports.find((p) => p.nodePort === NODE_PORT);
  if (!entry) {
    const have = ports.map((p) => (p.nodePort ? `${p.port}:${p.nodePort}` : `${p.port}`)).join(", ");
    return fail(`service/catalog has no nodePort ${NODE_PORT} (its ports: ${have || "none"}). Set nodePort: ${NODE_PORT} on its port; a nodePort left out is picked at random from 30000-32767.`);
  }
  if (entry.port !== 80) return fail(`nodePort ${NODE_PORT} belongs to port ${entry.port}; clients inside the cluster expect port 80.`);
  return pass(`service/catalog maps nodePort ${NODE_PORT} to port 80.`);
});

const run = (at: number, line: string): Action => ({ at, kind: "kubectl", payload: { line } });
const wait = (at: number): Action => ({ at, kind: "wait" });
const LAPTOP_CURL = `curl http://172.18.0.3:${NODE_PORT}`;

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    fieldEquals("type", { resource: "services", name: "catalog" }, "spec.type", "NodePort", { title: "service/catalog is of type NodePort" }),
    mapping,
    serviceRoutesTo("routes", { name: "catalog" }, 2, { mode: "exactly" }),
    serviceTargetsPort("target-port", { name: "catalog" }, 8080, { listener: "8080 (the container port named http)" }),
    curlReachedBackend("curl", "laptop", {
      selector: "app=catalog",
      target: { pattern: new RegExp(`:${NODE_PORT}\\b`), text: `port ${NODE_PORT} of a node` },
      title: `a curl from the laptop to port ${NODE_PORT} of a node was answered by a catalog Pod`,
    }),
  ],
  reference: [
    run(5_000, "kubectl get svc"),
    run(10_000, "kubectl delete svc catalog-old"),
    { at: 15_000, kind: "apply", payload: { yaml: CATALOG_NODEPORT } },
    run(18_000, "kubectl get nodes -o wide"),
    run(20_000, LAPTOP_CURL),
    wait(25_000),
  ],
  wrong: [
    {
      name: "exposes a ClusterIP Service",
      actions: [run(10_000, "kubectl expose deployment catalog --port=80 --target-port=8080"), run(20_000, LAPTOP_CURL), wait(25_000)],
      fails: "type",
      message: "ClusterIP",
    },
    {
      name: "lets Kubernetes pick the nodePort",
      actions: [run(10_000, "kubectl expose deployment catalog --type=NodePort --port=80 --target-port=8080"), run(20_000, LAPTOP_CURL), wait(25_000)],
      fails: "node-port",
      message: "has no nodePort 30100",
    },
    {
      name: "keeps the leftover Service, so 30100 stays taken",
      actions: [{ at: 15_000, kind: "apply", payload: { yaml: CATALOG_NODEPORT } }, run(20_000, LAPTOP_CURL), wait(25_000)],
      fails: "type",
      message: "service/catalog",
    },
    {
      name: "targets port 80 of the Pods",
      actions: [run(10_000, "kubectl delete svc catalog-old"), run(12_000, "kubectl create service nodeport catalog --tcp=80:80 --node-port=30100"), run(20_000, LAPTOP_CURL), wait(25_000)],
      fails: "target-port",
      message: "sends traffic to port 80 of its Pods",
    },
    {
      name: "tests from a Pod instead of the laptop",
      actions: [
        run(10_000, "kubectl delete svc catalog-old"),
        { at: 15_000, kind: "apply", payload: { yaml: CATALOG_NODEPORT } },
        run(18_000, "kubectl run probe --image=nginx:1.27"),
        run(30_000, "kubectl exec probe -- curl -s http://catalog"),
        wait(35_000),
      ],
      fails: "curl",
      message: "You have not run curl from your laptop",
    },
    {
      name: "curls the cluster IP from the laptop",
      actions: [run(10_000, "kubectl delete svc catalog-old"), { at: 15_000, kind: "apply", payload: { yaml: CATALOG_NODEPORT } }, run(20_000, "curl -m 3 http://catalog:80"), wait(25_000)],
      fails: "curl",
      message: "You have not run curl from your laptop (curl … in the terminal) to port 30100",
    },
  ],
};
