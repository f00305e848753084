import "server-only";
// Server-only: the checks and the reference solution of "route the shop, lock the database".
// Routing is judged with the simulator's ingress-nginx model (lib/sim/network/ingress.ts, the
// code that serves the learner's curl requests) and the database with its NetworkPolicy model
// (netpol.ts), so the checks agree with what the terminal shows.
import type { Action, ApiObject, ClusterView, ExerciseChecks } from "@/lib/exercises";
import { customCheck, fail, isPodReady, pass } from "@/lib/exercises/checks";
import { checkPolicies, matchIngress, servedIngresses, type NetworkView } from "@/lib/sim/network";
import { backendPort, requestedClass } from "@/lib/sim/network/ingress";
import type { KubeObject } from "@/lib/sim/types";
import { DB_POLICY, SHOP_BROKEN_INGRESS } from "../traffic-transcripts";
import { exercise } from "./exercise";

/* eslint-disable @typescript-eslint/no-explicit-any */
const view = (cluster: ClusterView): NetworkView => {
  const all = (resource: string) => cluster.list(resource) as unknown as KubeObject[];
  return {
    services: all("services"), endpointSlices: all("endpointslices"), pods: all("pods"), nodes: all("nodes"), namespaces: all("namespaces"),
    networkPolicies: all("networkpolicies"), ingresses: all("ingresses"), ingressClasses: all("ingressclasses"),
  };
};

const served = customCheck("served", "the ingress controller runs and serves an Ingress for shop.example.com", (cluster) => {
  const controller = cluster.list("pods", "ingress-nginx").filter(isPodReady);
  if (controller.length === 0) return fail("No ingress-nginx controller Pod is Ready in the namespace ingress-nginx: nothing serves Ingresses. Leave the controller installed.");
  const v = view(cluster);
  const forShop = (v.ingresses ?? []).filter((ing) => (ing.spec?.rules ?? []).some((r: any) => r.host === "shop.example.com"));
  if (forShop.length === 0) return fail("No Ingress has a rule for the host shop.example.com.");
  const servedNames = new Set(servedIngresses(v).map((ing) => `${ing.metadata.namespace}/${ing.metadata.name}`));
  const ignored = forShop.filter((ing) => !servedNames.has(`${ing.metadata.namespace}/${ing.metadata.name}`));
  if (ignored.length === forShop.length) {
    const ing = ignored[0]!;
    const cls = requestedClass(ing);
    return fail(
      cls === undefined
        ? `Ingress ${ing.metadata.name} has no ingressClassName, and no IngressClass is marked default: the controller ignores it. Its class is nginx (kubectl get ingressclass).`
        : `Ingress ${ing.metadata.name} asks for the class "${cls}", which the ingress-nginx controller does not serve. Its class is nginx.`,
    );
  }
  return pass("The controller runs and serves the shop.example.com rules.");
});

/** Where ingress-nginx sends host + path: "<service>" when a Service port with ready endpoints answers, else why not. */
function destination(v: NetworkView, host: string, path: string): { service?: string; problem?: string } {
  const m = matchIngress(v, host, path);
  if (m.kind === "default-backend") return { problem: "no rule matches, so the controller's default backend answers 404" };
  const sp = backendPort(v, m.backend);
  const port = m.backend.port.number ?? m.backend.port.name;
  if (!sp) return { service: m.backend.service, problem: `the rule names service ${m.backend.service} port ${port}, which does not exist (the controller answers 503)` };
  if (sp.endpoints.length === 0) return { service: m.backend.service, problem: `service ${m.backend.service} has no ready endpoints (503)` };
  return { service: m.backend.service };
}

function routes(id: string, title: string, host: string, cases: [string, string][]) {
  return customCheck(id, title, (cluster) => {
    const v = view(cluster);
    for (const [path, want] of cases) {
      const d = destination(v, host, path);
      if (d.problem && (d.service === undefined || d.service === want)) return fail(`${host}${path}: ${d.problem}; it should reach ${want}.`);
      if (d.service !== want) return fail(`${host}${path} reaches ${d.service}; it should reach ${want}.`);
    }
    return pass(`${cases.map(([p, s]) => `${host}${p} → ${s}`).join(", ")}.`);
  });
}

const shopRoutes = routes("shop-routes", "shop.example.com: /api and below → api, everything else → storefront", "shop.example.com", [
  ["/", "storefront"],
  ["/cart", "storefront"],
  ["/api", "api"],
  ["/api/orders", "api"],
  ["/apiary", "storefront"],
]);

const apiHost = routes("api-host", "api.example.com: every path → api", "api.example.com", [
  ["/", "api"],
  ["/v1/items", "api"],
]);

const byApp = (cluster: ClusterView, ns: string, app: string): ApiObject[] =>
  cluster.list("pods", ns, `app=${app}`).filter((p) => !p.metadata.deletionTimestamp && (p.status as any)?.podIP);

const dbLocked = customCheck("db-locked", "only api Pods can connect to db on 5432", (cluster) => {
  const v = view(cluster);
  const db = byApp(cluster, "default", "db").filter(isPodReady)[0] as unknown as KubeObject | undefined;
  if (!db) return fail("No db Pod is Ready. Leave the database running: the task is to restrict who reaches it.");
  const peer = (pod: ApiObject) => ({ pod: pod as unknown as KubeObject, ip: (pod.status as any).podIP as string });
  const dst = peer(db as unknown as ApiObject);
  for (const api of byApp(cluster, "default", "api")) {
    const verdict = checkPolicies(v, peer(api), dst, 5432);
    if (!verdict.allowed) return fail(`${api.metadata.name} (app=api) cannot connect to db any more: ${verdict.reason}. The API must keep its access.`);
  }
  const outsiders = [...byApp(cluster, "default", "storefront"), ...cluster.list("pods", "ingress-nginx").filter((p) => (p.status as any)?.podIP)];
  for (const pod of outsiders) {
    if (checkPolicies(v, peer(pod), dst, 5432).allowed) return fail(`${pod.metadata.name} (namespace ${pod.metadata.namespace}) can still connect to db on 5432. Only app=api Pods may.`);
  }
  return pass("db accepts connections from api only.");
});

const ingressFor = (rules: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
${rules}`;

const hostRule = (host: string, paths: [string, string, string][]) =>
  `    - host: ${host}
      http:
        paths:
${paths
  .map(([p, type, svc]) => `          - path: ${p}\n            pathType: ${type}\n            backend:\n              service:\n                name: ${svc}\n                port:\n                  number: 80\n`)
  .join("")}`;

const SHOP_RULE = hostRule("shop.example.com", [["/", "Prefix", "storefront"], ["/api", "Prefix", "api"]]);
const API_RULE = hostRule("api.example.com", [["/", "Prefix", "api"]]);
const FIXED = ingressFor(`  ingressClassName: nginx\n  rules:\n${SHOP_RULE}${API_RULE}`);

const solve = (ingress: string, policy = DB_POLICY): Action[] => [
  { at: 5_000, kind: "kubectl", payload: { line: "kubectl get ingress,ingressclass" } },
  { at: 10_000, kind: "apply", payload: { yaml: ingress } },
  { at: 15_000, kind: "apply", payload: { yaml: policy } },
  { at: 30_000, kind: "wait" },
];

export const checks: ExerciseChecks = {
  exerciseId: exercise.id,
  checks: [served, shopRoutes, apiHost, dbLocked],
  reference: solve(FIXED),
  wrong: [
    {
      name: "adds the class but keeps /api as an Exact path",
      actions: solve(FIXED.replace("- path: /api\n            pathType: Prefix", "- path: /api\n            pathType: Exact")),
      fails: "shop-routes",
      message: "shop.example.com/api/orders reaches storefront",
    },
    {
      name: "fixes the rules but forgets ingressClassName",
      actions: solve(FIXED.replace("  ingressClassName: nginx\n", "")),
      fails: "served",
      message: "has no ingressClassName",
    },
    {
      name: "points /api at the container's port 8080",
      actions: solve(FIXED.replace(/name: api\n(\s+)port:\n(\s+)number: 80/, "name: api\n$1port:\n$2number: 8080")),
      fails: "shop-routes",
      message: "port 8080, which does not exist",
    },
    {
      name: "only adds the class to the starting Ingress",
      actions: solve(SHOP_BROKEN_INGRESS.replace("spec:\n", "spec:\n  ingressClassName: nginx\n")),
      fails: "api-host",
      message: "api.example.com/: no rule matches",
    },
    {
      name: "lets every Pod of the namespace reach db",
      actions: solve(FIXED, DB_POLICY.replace("        - podSelector:\n            matchLabels:\n              app: api\n", "        - podSelector: {}\n")),
      fails: "db-locked",
      message: "can still connect to db",
    },
    {
      name: "selects the api Pods instead of db",
      actions: solve(FIXED, DB_POLICY.replace("  podSelector:\n    matchLabels:\n      app: db\n", "  podSelector:\n    matchLabels:\n      app: api\n")),
      fails: "db-locked",
      message: "can still connect to db",
    },
  ],
};
