// kubectl's "a pod for this object" (polymorphichelpers AttachablePodForObject and
// LogsForObject, both over GetFirstPod): POD or pod/NAME is that pod; a workload's TYPE/NAME is
// the first of the pods its selector matches, in the caller's order.
import type { KubectlContext } from "../context";
import { formatApiError } from "../errors";
import { resolveKind } from "../resources";
import { labelSelectorFromObject } from "../../labels";
import type { KindSpec, KubeObject } from "../../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

const WITH_SELECTOR = ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController"];

export interface FirstPodOptions {
  /** The caller's sort (first wins): ActivePods reversed for exec, ByLogging for logs. */
  order: (a: KubeObject, b: KubeObject) => number;
  /** kubectl's refusal for a kind without a pod selector. */
  unsupported: (kind: KindSpec) => string;
}

/** The pod and how many pods matched (1 for a pod named directly), or kubectl's error text. */
export function firstPodFor(ctx: KubectlContext, ns: string, arg: string, opts: FirstPodOptions): { pod: KubeObject; matched: number } | string {
  const slash = arg.indexOf("/");
  const kind = slash < 0 ? resolveKind(ctx.kinds, "pods") : resolveKind(ctx.kinds, arg.slice(0, slash));
  const name = slash < 0 ? arg : arg.slice(slash + 1);
  if (!kind) return `error: the server doesn't have a resource type "${arg.slice(0, slash)}"\n`;
  let obj: KubeObject;
  try {
    obj = ctx.api.get(kind.resource, ns, name);
  } catch (e) {
    return formatApiError(e);
  }
  if (obj.kind === "Pod") return { pod: obj, matched: 1 };
  const sel = (obj as any).spec?.selector;
  if (!sel || !WITH_SELECTOR.includes(obj.kind)) return opts.unsupported(kind);
  // A ReplicationController's selector is a plain label map.
  const selector = labelSelectorFromObject(obj.kind === "ReplicationController" ? { matchLabels: sel } : sel);
  const pods = ctx.api.list("pods", ns).items.filter((p) => selector.matches(p.metadata.labels));
  if (pods.length === 0) return "error: timed out waiting for the condition\n";
  pods.sort(opts.order);
  return { pod: pods[0]!, matched: pods.length };
}
