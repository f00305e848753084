// kubectl create service clusterip|nodeport|loadbalancer|externalname NAME --tcp=port[:targetPort]
// (kubectl pkg/cmd/create/create_service.go): labels and selector app=NAME, one port per
// --tcp entry named after the entry with ":" turned into "-".
import { fail, type KubectlResult } from "../context";
import { flag } from "../flags";
import { emit, meta } from "./create-output";
import type { CreateSub } from "./create-subcommands";
import { isDNS1123Subdomain } from "../../labels/validation";

type Port = { name: string; protocol: string; port: number; targetPort: number | string; nodePort?: number };

/** parsePorts: "80" → 80/80, "80:8080" → 80/8080, "80:http" → 80/"http". */
function parsePort(spec: string): Port | string {
  const [p = "", target] = spec.split(":");
  if (!/^\d+$/.test(p)) return `invalid port number: ${p}`;
  const port = Number(p);
  if (port < 1 || port > 65535) return `port "${p}" out of range`;
  let targetPort: number | string = port;
  if (target !== undefined) {
    if (/^[+-]?\d+$/.test(target)) {
      targetPort = Number(target);
      if (targetPort < 1 || targetPort > 65535) return "must be between 1 and 65535, inclusive";
    } else targetPort = target;
  }
  return { name: spec.replace(/:/g, "-"), protocol: "TCP", port, targetPort };
}

function serviceSub(sub: string, type: string, extra: string[]): CreateSub {
  return {
    name: sub,
    aliases: [],
    valueFlags: ["tcp", ...extra],
    run(ctx, name, _rest, flags): KubectlResult {
      const tcp = (flags.values.get("tcp") ?? []).flatMap((v) => v.split(",")).filter((v) => v !== "");
      const externalName = flag(flags, "external-name");
      if (type === "ExternalName") {
        if (externalName === undefined) return fail('error: required flag(s) "external-name" not set\n');
        if (isDNS1123Subdomain(externalName).length) return fail(`error: invalid service external name ${externalName}\n`);
      }
      const clusterIP = flag(flags, "clusterip");
      if (clusterIP === "None" && type !== "ClusterIP") return fail("error: ClusterIP=None can only be used with ClusterIP service type\n");
      if (clusterIP !== "None" && tcp.length === 0 && type !== "ExternalName") return fail("error: at least one tcp port specifier must be provided\n");
      const nodePortText = flag(flags, "node-port");
      let nodePort = 0;
      if (nodePortText !== undefined) {
        if (!/^[+-]?\d+$/.test(nodePortText)) return fail(`error: invalid argument "${nodePortText}" for "--node-port" flag: strconv.ParseInt: parsing "${nodePortText}": invalid syntax\nSee 'kubectl create service nodeport --help' for usage.\n`);
        nodePort = Number(nodePortText);
      }
      const ports: Port[] = [];
      for (const t of tcp) {
        const p = parsePort(t);
        if (typeof p === "string") return fail(`error: ${p}\n`);
        ports.push(nodePort ? { ...p, nodePort } : p);
      }
      const labels = { app: name };
      const svc = {
        kind: "Service",
        apiVersion: "v1",
        metadata: meta(name, flag(flags, "namespace"), labels),
        // ServiceSpec field order: ports, selector, clusterIP, type, externalName.
        spec: { ...(ports.length ? { ports } : {}), selector: labels, ...(clusterIP ? { clusterIP } : {}), type, ...(externalName ? { externalName } : {}) },
        status: { loadBalancer: {} },
      };
      return emit(ctx, flags, svc as never, "service", true, "created", `failed to create ${type} service: `);
    },
  };
}

export const createServiceSubs: readonly CreateSub[] = [
  serviceSub("clusterip", "ClusterIP", ["clusterip"]),
  serviceSub("nodeport", "NodePort", ["node-port"]),
  serviceSub("loadbalancer", "LoadBalancer", []),
  serviceSub("externalname", "ExternalName", ["external-name"]),
];
