// kubectl describe TYPE [NAME_PREFIX] | TYPE/NAME for pods, deployments, replicasets, endpoints, pvcs, hpas,
// statefulsets and daemonsets
// (describe.go). A name that matches no object exactly describes every object whose name
// starts with it, as kubectl does; several objects are separated by a blank line.
import type { KindSpec, KubeObject } from "../../types";
import { fail, type Command, type KubectlContext, type KubectlResult } from "../context";
import { flag, namespaceOf } from "../flags";
import { formatApiError, isNotFound } from "../errors";
import { resolveTargets } from "./get";
import { deprecationWarning } from "../resources";
import { eventsFor } from "../describe/events";
import { describeDeployment, describeReplicaSet, podCounts, type DescribeInput } from "../describe/workloads";
import { describePod } from "../describe/pod";
import { describeDaemonSet, describeStatefulSet } from "../describe/sets";
import { describeService, serviceSlices } from "../describe/services";
import { describeIngress, describeIngressClass } from "../describe/ingress";
import { describeNetworkPolicy } from "../describe/networkpolicy";
import { ownedReplicaSets } from "../rollout/history";
import { describeEndpoints, describePersistentVolumeClaim, podsUsingClaim } from "../describe/storage";
import { describeHPA } from "../describe/hpa";
import { describeNode } from "../describe/node";

function describeOne(ctx: KubectlContext, kind: KindSpec, obj: KubeObject, showEvents: boolean): string | undefined {
  const ns = obj.metadata.namespace;
  let events: KubeObject[] | undefined;
  try {
    // Like searchEvents' ignored error: a failed event lookup only leaves the section empty.
    if (showEvents) events = eventsFor(obj, ctx.api.list("events", ns).items);
  } catch {
    events = [];
  }
  const input: DescribeInput = { now: ctx.now(), epochMs: ctx.epochMs, events };
  switch (kind.kind) {
    case "Pod":
      return describePod(obj, input);
    case "Deployment":
      return describeDeployment(obj, ownedReplicaSets(obj, ctx.api.list("replicasets", ns).items), input);
    case "ReplicaSet":
      return describeReplicaSet(obj, podCounts(obj, ctx.api.list("pods", ns).items), input);
    case "StatefulSet":
      return describeStatefulSet(obj, podCounts(obj, ctx.api.list("pods", ns).items), input);
    case "DaemonSet":
      return describeDaemonSet(obj, podCounts(obj, ctx.api.list("pods", ns).items), input);
    case "Service":
      return describeService(obj, serviceSlices(obj, ctx.api.list("endpointslices", ns).items), input);
    case "Ingress":
      return describeIngress(obj, ctx.api.list("services", ns).items, ctx.api.list("endpointslices", ns).items, input);
    case "IngressClass":
      return describeIngressClass(obj, input);
    case "NetworkPolicy":
      return describeNetworkPolicy(obj);
    case "Endpoints":
      return describeEndpoints(obj, input);
    case "PersistentVolumeClaim":
      return describePersistentVolumeClaim(obj, podsUsingClaim(obj, ctx.api.list("pods", ns).items), input);
    case "HorizontalPodAutoscaler":
      return describeHPA(obj, input);
    case "Node": {
      const pods = ctx.api.list("pods", undefined, { fieldSelector: `spec.nodeName=${obj.metadata.name}` }).items.filter((p) => p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed");
      let lease: KubeObject | undefined;
      try { lease = ctx.api.get("leases", "kube-node-lease", obj.metadata.name); } catch { lease = undefined; }
      return describeNode(obj, pods, lease, input);
    }
    default:
      return undefined;
  }
}

export const describeCommand: Command = {
  name: "describe",
  valueFlags: ["namespace", "selector", "filename"],
  boolFlags: ["all-namespaces", "show-events"],
  run(ctx, args, flags): KubectlResult {
    if (args.length === 0) return fail("error: You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.\n");
    const targets = resolveTargets(ctx, args);
    if (typeof targets === "string") return fail(targets.replace("to get", "to describe"));
    const all = flags.bools.has("all-namespaces");
    const ns = namespaceOf(flags);
    const showEvents = flag(flags, "show-events") !== "false";
    const found: { kind: KindSpec; obj: KubeObject }[] = [];
    const warn = [...new Set(targets.map((t) => deprecationWarning(t.kind)))].join("");
    let stderr = "";
    for (const t of targets) {
      const namespace = t.kind.namespaced && !all ? ns : undefined;
      try {
        if (t.names.length === 0) {
          const list = ctx.api.list(t.kind.resource, namespace, { labelSelector: flag(flags, "selector") }).items;
          for (const obj of list) found.push({ kind: t.kind, obj });
          continue;
        }
        for (const name of t.names) {
          try {
            found.push({ kind: t.kind, obj: ctx.api.get(t.kind.resource, t.kind.namespaced ? ns : undefined, name) });
          } catch (e) {
            if (!isNotFound(e)) throw e;
            const prefixed = ctx.api.list(t.kind.resource, t.kind.namespaced ? ns : undefined).items.filter((o) => o.metadata.name.startsWith(name));
            if (prefixed.length === 0) stderr += formatApiError(e);
            for (const obj of prefixed) found.push({ kind: t.kind, obj });
          }
        }
      } catch (e) {
        return { stdout: "", stderr: warn + stderr + formatApiError(e), exitCode: 1 };
      }
    }
    const texts: string[] = [];
    for (const f of found) {
      const text = describeOne(ctx, f.kind, f.obj, showEvents);
      if (text === undefined) {
        stderr += `error: the simulator cannot describe ${f.kind.resource} yet; try: kubectl get ${f.kind.resource} ${f.obj.metadata.name} -o yaml\n`;
        continue;
      }
      texts.push(text);
    }
    if (found.length === 0 && !stderr) {
      const scoped = !all && targets.every((t) => t.kind.namespaced);
      return { stdout: "", stderr: warn + (scoped ? `No resources found in ${ns} namespace.\n` : "No resources found\n"), exitCode: 0 };
    }
    return { stdout: texts.join("\n\n"), stderr: warn + stderr, exitCode: stderr ? 1 : 0 };
  },
};
