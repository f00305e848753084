import "server-only";
// Server-only: the checks and the reference solution of "make payments answer checkout".
// Who may connect is judged with the simulator's NetworkPolicy model (lib/sim/network), the
// code that decides the learner's own curls, so the checks agree with the terminal.
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { curlReachedBackend, customCheck, fail, isPodReady, pass, podsReady, serviceRoutesTo } from "@/lib/exercises/checks";
import { checkPolicies, type NetworkView } from "@/lib/sim/network";
import type { KubeObject } from "@/lib/sim/types";
import { PAYMENTS_POLICY } from "../debugging-transcripts";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
const view = (cluster: ClusterView): NetworkView => {
  const all = (resource: string) => cluster.list(resource) as unknown as KubeObject[];
  return { services: all("services"), endpointSlices: all("endpointslices"), pods: all("pods"), nodes: all("nodes"), namespaces: all("namespaces"), networkPolicies: all("networkpolicies") };
};

const running = (cluster: ClusterView, ns: string, app: string): ApiObject[] =>
  cluster.list("pods", ns, `app=${app}`).filter((p) => !p.metadata.deletionTimestamp && (p.status as any)?.podIP);
const peer = (pod: ApiObject) => ({ pod: pod as unknown as KubeObject, ip: (pod.status as any).podIP as string });

const probeKept = customCheck("probe", "the payments Pods keep a readiness probe", (cluster) => {
  const d = cluster.get("deployments", "billing", "payments");
  if (!d) return fail("There is no deployment/payments in the namespace billing.");
  const c = d.spec?.template?.spec?.containers?.[0];
  if (!c?.readinessProbe) return fail("deployment/payments has no readiness probe any more: without one, a Pod gets traffic the moment its container starts. Keep the probe and point it at the port the app listens on.");
  return pass("deployment/payments still has a readiness probe.");
});

/** checkout can open connections to every payments Pod on the app's port. */
const checkoutAllowed = customCheck("checkout-allowed", "checkout Pods may connect to the payments Pods on 8080", (cluster) => {
  const v = view(cluster);
  const targets = running(cluster, "billing", "payments").filter(isPodReady);
  const clients = running(cluster, "default", "checkout");
  if (targets.length === 0 || clients.length === 0) return fail(`No ${targets.length === 0 ? "Ready payments" : "running checkout"} Pod to test the policies with.`);
  for (const c of clients)
    for (const t of targets) {
      const verdict = checkPolicies(v, peer(c), peer(t), 8080);
      if (!verdict.allowed) return fail(`${c.metadata.name} (default) cannot connect to ${t.metadata.name} on 8080: ${verdict.reason}.`);
    }
  return pass("checkout may connect to payments on 8080.");
});

/** Nobody but checkout: the reports Pods (default) and a Pod of billing other than payments. */
const isolated = customCheck("isolated", "the payments Pods accept connections from checkout only", (cluster) => {
  const v = view(cluster);
  const target = running(cluster, "billing", "payments")[0];
  if (!target) return fail("No payments Pod is running. Keep the app running: the task is to let checkout in, no one else.");
  if (!(v.networkPolicies ?? []).some((np) => np.metadata.namespace === "billing")) {
    return fail("No NetworkPolicy is left in billing: every Pod of the cluster can reach payments now. Fix the policy instead of deleting it.");
  }
  for (const r of running(cluster, "default", "reports")) {
    if (checkPolicies(v, peer(r), peer(target), 8080).allowed) return fail(`${r.metadata.name} (app=reports, namespace default) can connect to payments on 8080. Only checkout Pods may.`);
  }
  return pass("Only checkout Pods can connect to payments.");
});

const FIXED_POLICY = PAYMENTS_POLICY.replace(
  "        - podSelector:\n            matchLabels:\n              app: checkout\n",
  "        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: default\n          podSelector:\n            matchLabels:\n              app: checkout\n",
);
const CURL = "kubectl exec deploy/checkout -- curl -sS -m 3 http://payments.billing/";
const FIX_SELECTOR = `kubectl patch svc payments -n billing -p '{"spec":{"selector":{"app":"payments"}}}'`;
const probePatch = (port: string) =>
  `kubectl patch deployment payments -n billing --type=json -p '[{"op":"replace","path":"/spec/template/spec/containers/0/readinessProbe/httpGet/port","value":${port}}]'`;
const FIX_PROBE = probePatch('"http"');

const kubectl = (at: number, line: string): Action => ({ at, kind: "kubectl", payload: { line } });
/** Debug, apply the given fixes, wait for the rollout, then curl from checkout. */
const solve = (fixes: Action[]): Action[] => [
  kubectl(3_000, CURL),
  kubectl(5_000, "kubectl get endpointslices -n billing -l kubernetes.io/service-name=payments"),
  ...fixes,
  kubectl(90_000, CURL),
  { at: 95_000, kind: "wait" },
];
const selectorFix = kubectl(10_000, FIX_SELECTOR);
const probeFix = kubectl(15_000, FIX_PROBE);
const policyFix = (yaml = FIXED_POLICY): Action => ({ at: 20_000, kind: "apply", payload: { yaml } });

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [
    serviceRoutesTo("routes", { namespace: "billing", name: "payments" }, 2, { mode: "exactly" }),
    podsReady("ready", "app=payments", 2, { namespace: "billing" }),
    probeKept,
    checkoutAllowed,
    isolated,
    curlReachedBackend("curl", "pod", {
      selector: "app=payments",
      namespace: "billing",
      target: { pattern: /\bexec\s+(deploy(ment)?\/checkout|checkout-\S+)\s.*\bcurl\b/, text: "payments from a checkout Pod" },
      title: "a curl from a checkout Pod was answered by a payments Pod",
    }),
  ],
  reference: solve([selectorFix, probeFix, policyFix()]),
  wrong: [
    {
      name: "fixes the probe and the policy but not the selector",
      actions: solve([probeFix, policyFix()]),
      fails: "routes",
      message: "its selector app=payment matches no pod labels",
    },
    {
      name: "fixes the selector and the policy but not the probe",
      actions: solve([selectorFix, policyFix()]),
      fails: "ready",
      message: "Ready: 0 of 2 pods",
    },
    {
      name: "removes the readiness probe instead of fixing it",
      actions: solve([selectorFix, kubectl(15_000, `kubectl patch deployment payments -n billing --type=json -p '[{"op":"remove","path":"/spec/template/spec/containers/0/readinessProbe"}]'`), policyFix()]),
      fails: "probe",
      message: "has no readiness probe any more",
    },
    {
      name: "deletes the NetworkPolicy",
      actions: solve([selectorFix, probeFix, kubectl(20_000, "kubectl delete networkpolicy payments-allow-checkout -n billing")]),
      fails: "isolated",
      message: "No NetworkPolicy is left in billing",
    },
    {
      name: "lets the whole default namespace in (namespaceSelector and podSelector in two entries)",
      actions: solve([
        selectorFix,
        probeFix,
        policyFix(FIXED_POLICY.replace("          podSelector:\n            matchLabels:\n              app: checkout\n", "        - podSelector:\n            matchLabels:\n              app: checkout\n")),
      ]),
      fails: "isolated",
      message: "can connect to payments on 8080",
    },
    {
      name: "allows the Service's port 80 instead of the Pod's 8080",
      actions: solve([selectorFix, probeFix, policyFix(FIXED_POLICY.replace("port: 8080", "port: 80"))]),
      fails: "checkout-allowed",
      message: "cannot connect to",
    },
    {
      name: "leaves the policy as it is",
      actions: solve([selectorFix, probeFix]),
      fails: "curl",
      message: "Timeout was reached",
    },
  ],
};
