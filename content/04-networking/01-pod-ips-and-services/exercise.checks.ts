import "server-only";
// Server-only: the checks and the reference solution of "make the shop Service route to its Pods".
import type { Action, ExerciseChecks } from "@/lib/exercises";
import { curlReachedBackend, customCheck, fail, fieldEquals, pass, serviceRoutesTo, serviceTargetsPort } from "@/lib/exercises/checks";
import { FIXED_SHOP_SERVICE } from "../transcripts";
import { exercise } from "./exercise";

// The learner fixes the Service; relabelling the Pods to match a wrong selector is not the fix.
const selector = customCheck("selector", "service/shop selects the Pods by app=shop", (cluster) => {
  const svc = cluster.get("services", "default", "shop");
  if (!svc) return fail("There is no service/shop in the cluster.");
  const sel = (svc.spec?.selector ?? {}) as Record<string, string>;
  const text = Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(",") || "(none)";
  if (text !== "app=shop") return fail(`service/shop selects ${text}; the shop Deployment's Pods are labelled app=shop (see kubectl get pods --show-labels).`);
  return pass("service/shop selects app=shop.");
});

const curl = (line: string) => `kubectl exec client -- curl -sS ${line}`;
const wait = (at: number): Action => ({ at, kind: "wait" });
const fixed = (selectorValue: string, targetPort: string) =>
  FIXED_SHOP_SERVICE.replace("app: shop", `app: ${selectorValue}`).replace("targetPort: http", `targetPort: ${targetPort}`);

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    selector,
    serviceRoutesTo("routes", { name: "shop" }, 3, { mode: "exactly" }),
    serviceTargetsPort("target-port", { name: "shop" }, 8080, { listener: "8080 (the container port named http)" }),
    fieldEquals("port", { resource: "services", name: "shop" }, "spec.ports[0].port", 80, { title: "service/shop still listens on port 80" }),
    curlReachedBackend("curl", "pod", { selector: "app=shop", title: "a curl from a Pod to the Service was answered by a shop Pod" }),
  ],
  reference: [
    { at: 5_000, kind: "kubectl", payload: { line: "kubectl describe svc shop" } },
    { at: 8_000, kind: "kubectl", payload: { line: "kubectl get pods --show-labels" } },
    { at: 15_000, kind: "apply", payload: { yaml: FIXED_SHOP_SERVICE } },
    { at: 20_000, kind: "kubectl", payload: { line: curl("http://shop") } },
    wait(25_000),
  ],
  wrong: [
    {
      name: "fixes only the selector",
      actions: [{ at: 15_000, kind: "apply", payload: { yaml: fixed("shop", "80") } }, { at: 20_000, kind: "kubectl", payload: { line: curl("http://shop") } }, wait(25_000)],
      fails: "target-port",
      message: "sends traffic to port 80 of its Pods, but the app listens on 8080",
    },
    {
      name: "fixes only the targetPort",
      actions: [{ at: 15_000, kind: "apply", payload: { yaml: fixed("shopp", "8080") } }, { at: 20_000, kind: "kubectl", payload: { line: curl("http://shop") } }, wait(25_000)],
      fails: "routes",
      message: "its selector app=shopp matches no pod labels",
    },
    {
      name: "relabels the Pods to match the typo instead of fixing the Service",
      actions: [
        { at: 15_000, kind: "kubectl", payload: { line: "kubectl label pods -l app=shop app=shopp --overwrite" } },
        { at: 16_000, kind: "apply", payload: { yaml: fixed("shopp", "8080") } },
        wait(40_000),
      ],
      fails: "selector",
      message: "service/shop selects app=shopp",
    },
    {
      name: "fixes the Service but never tests it",
      actions: [{ at: 15_000, kind: "apply", payload: { yaml: FIXED_SHOP_SERVICE } }, wait(25_000)],
      fails: "curl",
      message: "You have not run curl from a pod",
    },
    {
      name: "tests before the fix only",
      actions: [{ at: 10_000, kind: "kubectl", payload: { line: curl("http://shop") } }, { at: 15_000, kind: "apply", payload: { yaml: fixed("shop", "80") } }, wait(25_000)],
      fails: "curl",
      message: "failed: curl: (7) Failed to connect to shop port 80",
    },
    {
      name: "re-exposes the Deployment without a target port",
      actions: [
        { at: 10_000, kind: "kubectl", payload: { line: "kubectl delete svc shop" } },
        { at: 12_000, kind: "kubectl", payload: { line: "kubectl expose deployment shop --port=80" } },
        { at: 20_000, kind: "kubectl", payload: { line: curl("http://shop") } },
        wait(25_000),
      ],
      fails: "target-port",
      message: "sends traffic to port 80 of its Pods",
    },
  ],
};
