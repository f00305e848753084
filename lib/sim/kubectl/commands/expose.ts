// kubectl expose (kubectl pkg/cmd/expose + the service generator): a Service whose selector
// and ports come from the exposed object — a Deployment/ReplicaSet's spec.selector.matchLabels,
// a Pod's labels, a Service's or ReplicationController's spec.selector — unless --selector and
// --port say otherwise. Ports found by introspection are named port-1, port-2… when several.
import type { KubeObject } from "../../types";
import { fail, type Command, type KubectlResult } from "../context";
import { flag } from "../flags";
import { emit, GENERATOR_FLAGS, meta, parseLabels } from "./create-output";
import { resolveObjects } from "../rollout/targets";

type Rec = Record<string, unknown>;
const EXPOSABLE = new Set(["Pod", "Service", "ReplicationController", "Deployment", "ReplicaSet"]);

function selectorOf(obj: KubeObject): Record<string, string> | undefined {
  const spec = (obj.spec ?? {}) as Rec;
  if (obj.kind === "Pod") return obj.metadata.labels;
  if (obj.kind === "Service" || obj.kind === "ReplicationController") return spec.selector as Record<string, string> | undefined;
  return ((spec.selector ?? {}) as Rec).matchLabels as Record<string, string> | undefined;
}

/** Container ports of a Pod, or of the pod template of a workload. */
function introspectPorts(obj: KubeObject): { port: number; protocol: string }[] {
  const spec = (obj.spec ?? {}) as Rec;
  if (obj.kind === "Service") {
    return ((spec.ports ?? []) as Rec[]).map((p) => ({ port: Number(p.port), protocol: String(p.protocol ?? "TCP") }));
  }
  const podSpec = obj.kind === "Pod" ? spec : (((spec.template ?? {}) as Rec).spec ?? {}) as Rec;
  const out: { port: number; protocol: string }[] = [];
  for (const c of (podSpec.containers ?? []) as Rec[]) {
    for (const p of (c.ports ?? []) as Rec[]) out.push({ port: Number(p.containerPort), protocol: String(p.protocol ?? "TCP") });
  }
  return out;
}

const intOrString = (v: string): number | string => (/^\d+$/.test(v) ? Number(v) : v);

export const exposeCommand: Command = {
  name: "expose",
  valueFlags: [...GENERATOR_FLAGS, "filename", "port", "target-port", "type", "name", "protocol", "selector", "labels", "cluster-ip", "external-ip"],
  boolFlags: [],
  run(ctx, args, flags, stdin): KubectlResult {
    if (args.length === 0 && flag(flags, "filename") === undefined) {
      return fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n");
    }
    // --selector is the Service's selector here, not a filter on what to expose.
    const lookup = { values: new Map([...flags.values].filter(([k]) => k !== "selector")), bools: flags.bools };
    const r = resolveObjects(ctx, args, lookup, stdin);
    if (typeof r === "string") return fail(r);
    if (r.stderr) return fail(r.stderr);
    let stdout = "";
    for (const { obj } of r.targets) {
      if (!EXPOSABLE.has(obj.kind)) return fail(`error: cannot expose a ${obj.kind}\n`, stdout);
      let selector: Record<string, string> | undefined;
      const selText = flag(flags, "selector");
      if (selText) {
        const parsed = parseLabels(selText, "invalid");
        if (typeof parsed === "string") return fail(parsed, stdout);
        selector = parsed;
      } else {
        selector = selectorOf(obj);
        if (!selector || Object.keys(selector).length === 0) {
          const why = obj.kind === "Pod" ? "the pod has no labels and cannot be exposed" : "the selector is empty and cannot be exposed";
          return fail(`error: couldn't retrieve selectors via --selector flag or introspection: ${why}\nSee 'kubectl expose -h' for help and examples\n`, stdout);
        }
      }
      const portText = flag(flags, "port");
      const targetText = flag(flags, "target-port");
      const protocol = flag(flags, "protocol");
      let found: { port: number; protocol: string }[];
      if (portText) {
        if (!/^\d+$/.test(portText)) return fail(`error: invalid port: ${portText}\n`, stdout);
        found = [{ port: Number(portText), protocol: protocol ?? "TCP" }];
      } else {
        found = introspectPorts(obj);
        if (found.length === 0) return fail("error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples\n", stdout);
      }
      // ServicePort fields in Go struct order: name, protocol, port, targetPort.
      const ports = found.map((p, i) => ({
        ...(found.length > 1 ? { name: `port-${i + 1}` } : {}),
        protocol: protocol ?? p.protocol,
        port: p.port,
        targetPort: targetText ? intOrString(targetText) : p.port,
      }));
      const name = flag(flags, "name") ?? obj.metadata.name;
      const labelText = flag(flags, "labels");
      const labels = labelText ? parseLabels(labelText, "invalid") : obj.metadata.labels;
      if (typeof labels === "string") return fail(labels, stdout);
      const type = flag(flags, "type");
      const clusterIP = flag(flags, "cluster-ip");
      const svc = {
        kind: "Service",
        apiVersion: "v1",
        metadata: meta(name, flag(flags, "namespace"), labels && Object.keys(labels).length ? labels : undefined),
        spec: { ports, selector, ...(clusterIP ? { clusterIP } : {}), ...(type ? { type } : {}) },
        status: { loadBalancer: {} },
      };
      const res = emit(ctx, flags, svc as never, "service", true, "exposed");
      if (res.exitCode !== 0) return { ...res, stdout: stdout + res.stdout };
      stdout += res.stdout;
    }
    return { stdout, stderr: "", exitCode: 0 };
  },
};
