// ingress-nginx as a router: which Ingresses a controller serves (IngressClass with controller
// k8s.io/ingress-nginx, by spec.ingressClassName, the legacy kubernetes.io/ingress.class
// annotation, or no class when that IngressClass is the default), and where a request goes:
//   host: an exact rule host, else a "*.domain" wildcard (one label), else rules without host;
//   path: Exact before Prefix, longest first; Prefix matches whole path elements ("/api" matches
//         "/api" and "/api/x", not "/apix"); ImplementationSpecific behaves as Prefix;
//   none: an Ingress's spec.defaultBackend, else the controller's own default backend (404).
// The controller proxies straight to the Service's endpoints (not the cluster IP), round robin;
// a backend without ready endpoints answers 503 as ingress-nginx does.
import type { KubeObject } from "../types";
import { servicePorts, type ServicePortInfo } from "./proxy";
import type { NetworkView } from "./view";

/* eslint-disable @typescript-eslint/no-explicit-any */

export const INGRESS_NGINX_CONTROLLER = "k8s.io/ingress-nginx";
export const DEFAULT_CLASS_ANNOTATION = "ingressclass.kubernetes.io/is-default-class";

/** IngressClasses whose controller is ingress-nginx. */
export function nginxClasses(view: NetworkView): KubeObject[] {
  return (view.ingressClasses ?? []).filter((c) => c.spec?.controller === INGRESS_NGINX_CONTROLLER);
}

/** The class an Ingress asks for: spec.ingressClassName, else the legacy annotation. */
export const requestedClass = (ing: KubeObject): string | undefined => ing.spec?.ingressClassName ?? ing.metadata.annotations?.["kubernetes.io/ingress.class"];

/** Ingresses an ingress-nginx controller serves. */
export function servedIngresses(view: NetworkView): KubeObject[] {
  const classes = nginxClasses(view);
  const names = new Set(classes.map((c) => c.metadata.name));
  const hasDefault = classes.some((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === "true");
  return (view.ingresses ?? []).filter((ing) => {
    if (ing.metadata.deletionTimestamp) return false;
    const cls = requestedClass(ing);
    return cls === undefined ? hasDefault : names.has(cls);
  });
}

export interface BackendRef {
  namespace: string;
  service: string;
  port: { number?: number; name?: string };
}

export type IngressMatch =
  | { kind: "backend"; ingress: KubeObject; backend: BackendRef; rule: string }
  | { kind: "default-backend"; rule: string };

function hostMatches(ruleHost: string, host: string): "exact" | "wildcard" | undefined {
  if (ruleHost === host) return "exact";
  if (ruleHost.startsWith("*.")) {
    const dot = host.indexOf(".");
    if (dot > 0 && host.slice(dot + 1) === ruleHost.slice(2)) return "wildcard";
  }
  return undefined;
}

function prefixMatches(prefix: string, path: string): boolean {
  const p = prefix.replace(/\/+$/, "");
  if (p === "") return true;
  return path === p || path.startsWith(`${p}/`);
}

const backendOf = (ns: string, b: any): BackendRef | undefined =>
  b?.service ? { namespace: ns, service: b.service.name, port: { ...(b.service.port?.number !== undefined ? { number: b.service.port.number } : {}), ...(b.service.port?.name ? { name: b.service.port.name } : {}) } } : undefined;

/** The backend for host + path (path without query) among the served Ingresses. */
export function matchIngress(view: NetworkView, host: string, path: string): IngressMatch {
  const ingresses = servedIngresses(view);
  const h = host.toLowerCase().replace(/:\d+$/, "");
  // The server block for this host: exact host rules win over wildcard, then rules without host.
  for (const level of ["exact", "wildcard", "any"] as const) {
    const candidates: { ing: KubeObject; p: any; ruleHost: string }[] = [];
    for (const ing of ingresses) {
      for (const r of ing.spec?.rules ?? []) {
        const ok = level === "any" ? !r.host : r.host && hostMatches(r.host, h) === level;
        if (!ok) continue;
        for (const p of r.http?.paths ?? []) candidates.push({ ing, p, ruleHost: r.host ?? "*" });
      }
    }
    if (candidates.length === 0) continue;
    const exact = candidates.filter((c) => c.p.pathType === "Exact" && c.p.path === path);
    const prefix = candidates.filter((c) => c.p.pathType !== "Exact" && prefixMatches(c.p.path ?? "/", path)).sort((a, b) => (b.p.path ?? "/").length - (a.p.path ?? "/").length);
    const hit = exact[0] ?? prefix[0];
    if (hit) {
      const backend = backendOf(hit.ing.metadata.namespace!, hit.p.backend);
      if (backend) return { kind: "backend", ingress: hit.ing, backend, rule: `${hit.ing.metadata.namespace}/${hit.ing.metadata.name}: ${hit.ruleHost}${hit.p.path ?? "/"} (${hit.p.pathType})` };
    }
    // A host server without a matching path falls to the default backend, like nginx's "location /".
    if (level !== "any") break;
  }
  for (const ing of ingresses) {
    const backend = backendOf(ing.metadata.namespace!, ing.spec?.defaultBackend);
    if (backend) return { kind: "backend", ingress: ing, backend, rule: `${ing.metadata.namespace}/${ing.metadata.name}: defaultBackend` };
  }
  return { kind: "default-backend", rule: "no rule matches: the controller's default backend" };
}

/** The Service port a backend names, with kube-proxy's view of its ready endpoints. */
export function backendPort(view: NetworkView, b: BackendRef): ServicePortInfo | undefined {
  const svc = view.services.find((s) => s.metadata.namespace === b.namespace && s.metadata.name === b.service);
  if (!svc) return undefined;
  const sp = (svc.spec?.ports ?? []).find((p: any) => (b.port.name !== undefined ? p.name === b.port.name : p.port === b.port.number));
  if (!sp) return undefined;
  return servicePorts({ ...view, services: [svc] }).find((i) => i.port === sp.port && i.protocol === (sp.protocol ?? "TCP"));
}
