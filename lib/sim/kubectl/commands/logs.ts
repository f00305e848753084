// kubectl logs (kubectl pkg/cmd/logs, polymorphichelpers logsforobject): one container's log,
// from a pod or the first pod of a workload. The lines come from node/logs.ts, derived from the
// pod's status; the kubelet's refusals (waiting container, no previous instance) are BadRequest.
import { fail, ok, type Command, type KubectlResult } from "../context";
import { flag, namespaceOf } from "../flags";
import { firstPodFor } from "./firstpod";
import { containerLogs, rfc3339Nano } from "../../node/logs";
import { EPOCH_MS } from "../../clock";
import type { KubeObject } from "../../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

const USAGE = "See 'kubectl logs -h' for help and examples\n";

export const logsCommand: Command = {
  name: "logs",
  valueFlags: ["namespace", "container", "tail", "selector"],
  boolFlags: ["previous", "timestamps"],
  run(ctx, args, flags): KubectlResult {
    const ns = namespaceOf(flags);
    const tailText = flag(flags, "tail") ?? "-1";
    if (!/^-?\d+$/.test(tailText)) return fail(`error: invalid argument "${tailText}" for "--tail" flag: strconv.ParseInt: parsing "${tailText}": invalid syntax\n${USAGE}`);
    if (args.length === 0) return fail(`error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\n${USAGE}`);
    let container = flag(flags, "container");
    if (args.length === 2 && container === undefined) container = args[1];
    else if (args.length > 1) return fail(`error: only one of -c or an inline [CONTAINER] arg is allowed\n${USAGE}`);
    let stderr = "";
    const picked = firstPodFor(ctx, ns, args[0]!, {
      order: byLogging,
      unsupported: (kind) => `error: cannot get the logs from ${kind.group ? `${kind.kind}.${kind.group}` : kind.kind}: selector for ${kind.kind.toLowerCase()}s not implemented\n`,
    });
    if (typeof picked === "string") return fail(picked);
    const { pod, matched } = picked;
    if (matched > 1) stderr += `Found ${matched} pods, using pod/${pod.metadata.name}\n`;
    const names: string[] = (pod.spec?.containers ?? []).map((c: any) => c.name);
    if (container === undefined) {
      const byAnnotation = pod.metadata.annotations?.["kubectl.kubernetes.io/default-container"];
      if (byAnnotation && names.includes(byAnnotation)) container = byAnnotation;
      else {
        if (byAnnotation) stderr += `Default container name "${byAnnotation}" not found in pod ${pod.metadata.name}\n`;
        container = names[0]!;
        const init = (pod.spec?.initContainers ?? []).map((c: any) => `${c.name} (init)`);
        if (names.length > 1 || init.length > 0) stderr += `Defaulted container "${container}" out of: ${[...names, ...init].join(", ")}\n`;
      }
    }
    const known = [...names, ...(pod.spec?.initContainers ?? []).map((c: any) => c.name)];
    if (!known.includes(container)) return fail(`${stderr}error: container ${container} is not valid for pod ${pod.metadata.name}\n`);
    const epochMs = ctx.epochMs ?? EPOCH_MS;
    const r = containerLogs(pod, container, flags.bools.has("previous") ? "previous" : "current", ctx.now(), epochMs);
    if ("error" in r) return fail(`${stderr}Error from server (BadRequest): ${r.error}\n`);
    const tail = Number(tailText);
    const lines = tail >= 0 ? r.lines.slice(Math.max(0, r.lines.length - tail)) : r.lines;
    const stamps = flags.bools.has("timestamps");
    return ok(lines.map((l) => `${stamps ? `${rfc3339Nano(l, epochMs)} ` : ""}${l.text}\n`).join(""), stderr);
  },
};

/** podutils.ByLogging, simplified: scheduled, Running, ready, more restarts, older first. */
function byLogging(a: KubeObject, b: KubeObject): number {
  const key = (p: any): (number | string)[] => {
    const phase = p.status?.phase === "Running" ? 0 : p.status?.phase === "Pending" ? 2 : 1;
    const ready = (p.status?.conditions ?? []).some((c: any) => c.type === "Ready" && c.status === "True") ? 0 : 1;
    const restarts = (p.status?.containerStatuses ?? []).reduce((n: number, c: any) => n + (c.restartCount ?? 0), 0);
    return [p.spec?.nodeName ? 0 : 1, phase, ready, -restarts, p.metadata.creationTimestamp ?? "", p.metadata.name];
  };
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
  return 0;
}
