// Checks on the final state of the cluster, composed by exercise authors.
import { fail, pass, stateCheck } from "./define";
import { describeRef, isPodReady, namespaceOf, plural, podStatusText, type ObjectRef } from "./objects";
import { getPath, pathText, type FieldPath } from "./path";
import type { ApiObject, Check, ClusterView } from "../types";

const lookup = (cluster: ClusterView, ref: ObjectRef) => cluster.get(ref.resource, namespaceOf(ref), ref.name);
const show = (v: unknown) => (v === undefined ? "not set" : typeof v === "string" ? `"${v}"` : JSON.stringify(v));

export function objectExists(id: string, ref: ObjectRef, opts: { title?: string; missing?: string } = {}): Check {
  const what = describeRef(ref);
  return stateCheck(id, opts.title ?? `${what} exists`, ({ cluster }) => {
    const obj = lookup(cluster, ref);
    if (!obj) return fail(opts.missing ?? `There is no ${what} in the cluster.`);
    if (obj.metadata.deletionTimestamp) return fail(`${what} is being deleted.`);
    return pass(`${what} exists.`);
  });
}

/** The field at `path` equals `expected` (deep equality for objects and arrays). */
export function fieldEquals(id: string, ref: ObjectRef, path: FieldPath, expected: unknown, opts: { title?: string } = {}): Check {
  const what = describeRef(ref);
  const field = pathText(path);
  return stateCheck(id, opts.title ?? `${what} has ${field} = ${show(expected)}`, ({ cluster }) => {
    const obj = lookup(cluster, ref);
    if (!obj) return fail(`There is no ${what} in the cluster, so its ${field} cannot be ${show(expected)}.`);
    const actual = getPath(obj, path);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) return fail(`${what} has ${field} ${show(actual)}; expected ${show(expected)}.`);
    return pass(`${what} has ${field} ${show(expected)}.`);
  });
}

/** The field at `path` matches a pattern (strings) or a predicate; `expectation` describes it for messages. */
export function fieldMatches(
  id: string,
  ref: ObjectRef,
  path: FieldPath,
  test: RegExp | ((value: unknown, obj: ApiObject, cluster: ClusterView) => boolean),
  expectation: string,
  opts: { title?: string } = {},
): Check {
  const what = describeRef(ref);
  const field = pathText(path);
  return stateCheck(id, opts.title ?? `${what}: ${field} ${expectation}`, ({ cluster }) => {
    const obj = lookup(cluster, ref);
    if (!obj) return fail(`There is no ${what} in the cluster.`);
    const actual = getPath(obj, path);
    const ok = test instanceof RegExp ? typeof actual === "string" && test.test(actual) : test(actual, obj, cluster);
    return ok ? pass(`${what}: ${field} ${expectation}.`) : fail(`${what} has ${field} ${show(actual)}, but it should be ${expectation}.`);
  });
}

export interface PodsReadyOptions {
  namespace?: string;
  /** "exactly" (default) or "atLeast" `count` Ready pods. */
  mode?: "exactly" | "atLeast";
  title?: string;
}

/** `count` pods matching the label selector are Ready (terminating pods do not count). */
export function podsReady(id: string, selector: string, count: number, opts: PodsReadyOptions = {}): Check {
  const ns = opts.namespace ?? "default";
  const mode = opts.mode ?? "exactly";
  const where = `with labels ${selector}${ns !== "default" ? ` in namespace ${ns}` : ""}`;
  return stateCheck(id, opts.title ?? `${mode === "atLeast" ? "at least " : ""}${plural(count, "pod")} ${where} Ready`, ({ cluster }) => {
    const pods = cluster.list("pods", ns, selector).filter((p) => !p.metadata.deletionTimestamp);
    const ready = pods.filter(isPodReady);
    const notReady = pods.filter((p) => !isPodReady(p)).slice(0, 5).map((p) => `${p.metadata.name} (${podStatusText(p)})`);
    const ok = mode === "atLeast" ? ready.length >= count : ready.length === count && pods.length === count;
    if (ok) return pass(`${plural(ready.length, "pod")} ${where} ${ready.length === 1 ? "is" : "are"} Ready.`);
    if (pods.length === 0) return fail(`No pod ${where} exists; expected ${count} Ready.`);
    const detail = notReady.length ? ` Not Ready: ${notReady.join(", ")}.` : "";
    const extra = mode === "exactly" && ready.length === count && pods.length > count ? ` There are ${pods.length} pods in all; expected exactly ${count}.` : "";
    return fail(`Ready: ${ready.length} of ${plural(pods.length, "pod")} ${where}; expected ${mode === "atLeast" ? "at least " : ""}${count}.${detail}${extra}`);
  });
}

interface DeploymentCondition { type: string; status: string; reason?: string; message?: string }

/**
 * The Deployment finished rolling out to `image` — the test `kubectl rollout status` makes
 * (pkg/polymorphichelpers/rollout_status.go): the spec change was observed, every replica was
 * updated, no old replica is left and every updated replica is available; and the pod template
 * runs `image` (in `container`, or in any container).
 */
export function rolloutCompleteWithImage(id: string, ref: Omit<ObjectRef, "resource">, image: string, opts: { container?: string; title?: string } = {}): Check {
  const dref = { ...ref, resource: "deployments" };
  const what = describeRef(dref);
  return stateCheck(id, opts.title ?? `${what} rolled out to ${image}`, ({ cluster }) => {
    const d = lookup(cluster, dref);
    if (!d) return fail(`There is no ${what} in the cluster.`);
    const containers = (d.spec?.template?.spec?.containers ?? []) as { name: string; image: string }[];
    const target = opts.container ? containers.filter((c) => c.name === opts.container) : containers;
    if (!target.some((c) => c.image === image)) {
      const now = target.map((c) => c.image).join(", ") || "no container";
      return fail(`${what} runs ${now}; it should run ${image}${opts.container ? ` in container ${opts.container}` : ""}.`);
    }
    const st = d.status ?? {};
    const want = (d.spec?.replicas ?? 1) as number;
    const conditions = (st.conditions ?? []) as DeploymentCondition[];
    if (conditions.some((c) => c.type === "Progressing" && c.reason === "ProgressDeadlineExceeded")) {
      return fail(`The rollout of ${what} to ${image} exceeded its progress deadline: it is stuck.`);
    }
    if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return fail(`The Deployment controller has not yet observed the change to ${what}.`);
    const updated = (st.updatedReplicas ?? 0) as number;
    const total = (st.replicas ?? 0) as number;
    const available = (st.availableReplicas ?? 0) as number;
    if (updated < want) return fail(`The rollout of ${what} is not finished: ${updated} out of ${want} new replicas have been updated.`);
    if (total > updated) return fail(`The rollout of ${what} is not finished: ${plural(total - updated, "old replica")} ${total - updated === 1 ? "is" : "are"} pending termination.`);
    if (available < updated) return fail(`The rollout of ${what} is not finished: ${available} of ${updated} updated replicas are available.`);
    return pass(`${what} successfully rolled out to ${image}.`);
  });
}

/** Any final-state predicate an exercise needs, with its own messages. */
export function customCheck(id: string, title: string, evaluate: (cluster: ClusterView) => { pass: boolean; message: string }): Check {
  return stateCheck(id, title, ({ cluster }) => evaluate(cluster));
}
