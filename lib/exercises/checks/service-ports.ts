// "The Service reaches the Pods on the port the app listens on": read from the Endpoints'
// resolved ports (a named targetPort is resolved per Pod by the endpoints controllers), so
// `targetPort: 8080` and `targetPort: http` both pass when the container's port http is 8080.
import type { ApiObject, Check } from "../types";
import { fail, pass, stateCheck } from "./define";

interface Subset {
  addresses?: { ip: string }[];
  ports?: { name?: string; port: number }[];
}

export function serviceTargetsPort(id: string, ref: { namespace?: string; name: string }, port: number, opts: { title?: string; listener?: string } = {}): Check {
  const ns = ref.namespace ?? "default";
  const what = `service/${ref.name}`;
  const listener = opts.listener ?? `port ${port}`;
  return stateCheck(id, opts.title ?? `${what} sends traffic to ${listener} of its Pods`, ({ cluster }) => {
    const svc = cluster.get("services", ns, ref.name);
    if (!svc) return fail(`There is no ${what} in the cluster.`);
    const ep = cluster.get("endpoints", ns, ref.name) as (ApiObject & { subsets?: Subset[] }) | undefined;
    const ports = [...new Set((ep?.subsets ?? []).flatMap((s) => (s.ports ?? []).map((p) => p.port)))].sort((a, b) => a - b);
    if (ports.length === 0) {
      const targets = ((svc.spec?.ports ?? []) as { targetPort?: number | string }[]).map((p) => String(p.targetPort ?? "?")).join(", ");
      return fail(`${what} has no endpoints yet, so its targetPort (${targets || "none"}) cannot be checked against ${listener}: first make it select Ready Pods.`);
    }
    if (!ports.includes(port)) return fail(`${what} sends traffic to port ${ports.join(", ")} of its Pods, but the app listens on ${listener}. Fix the targetPort.`);
    return pass(`${what} sends traffic to port ${port} of its Pods.`);
  });
}
