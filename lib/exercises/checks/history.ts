// Checks over the whole replay, not only its end: each failure says WHEN (virtual time, as the
// widget's clock shows it) it went wrong.
import type { Action } from "../action-log";
import type { ActionRecord, Check, ClusterView } from "../types";
import { atTime, fail, historyCheck, pass } from "./define";
import { describeRef, namespaceOf, plural } from "./objects";

/**
 * status.availableReplicas of a Deployment never fell below `min` from virtual time `afterMs`
 * on, as seen by a watcher: every status write counts, even one undone at the same instant.
 * A Deployment that does not exist yet is not counted; one deleted after it existed counts as 0.
 */
export function availableNeverBelow(id: string, ref: { namespace?: string; name: string }, min: number, opts: { afterMs?: number; title?: string } = {}): Check {
  const dref = { ...ref, resource: "deployments" };
  const ns = namespaceOf(dref);
  const what = describeRef(dref);
  const after = opts.afterMs ?? 0;
  return historyCheck(id, opts.title ?? `${what} kept at least ${min} available ${min === 1 ? "replica" : "replicas"}${after ? ` after ${atTime(after)}` : ""}`, () => {
    // (time, value) in order; value undefined = does not exist.
    const series: { at: number; value: number | undefined }[] = [];
    const read = (o: { status?: { availableReplicas?: number } } | undefined) => (o ? (o.status?.availableReplicas ?? 0) : undefined);
    let existed = false;
    return {
      begin(cluster: ClusterView) {
        const d = cluster.get("deployments", ns, ref.name);
        existed = d !== undefined;
        series.push({ at: 0, value: read(d) });
      },
      onChange(c) {
        if (c.resource !== "deployments" || c.object.metadata.name !== ref.name || c.object.metadata.namespace !== ns) return;
        if (c.type !== "DELETED") existed = true;
        series.push({ at: c.at, value: c.type === "DELETED" ? (existed ? 0 : undefined) : read(c.object) });
      },
      finish() {
        let i = 0;
        while (i + 1 < series.length && series[i + 1]!.at <= after) i++;
        for (; i < series.length; i++) {
          const { at, value } = series[i]!;
          if (value !== undefined && value < min) {
            const when = Math.max(at, after);
            return fail(`At ${atTime(when)} ${what} had only ${plural(value, "available replica")}; it must never drop below ${min}${after ? ` after ${atTime(after)}` : ""}.`);
          }
        }
        if (!existed) return fail(`There is no ${what} in the cluster.`);
        return pass(`${what} never had fewer than ${min} available ${min === 1 ? "replica" : "replicas"}${after ? ` after ${atTime(after)}` : ""}.`);
      },
    };
  });
}

/** The command line of an action, for messages ("kubectl delete pod web"). */
export function actionText(a: Action): string {
  switch (a.kind) {
    case "kubectl": {
      const line = a.payload.line.trim();
      return line.startsWith("kubectl") || /^(curl|hey)\s/.test(line) ? line : `kubectl ${line}`;
    }
    case "apply":
      return "Apply (editor)";
    case "fault":
      return `fault ${a.payload.type}`;
    case "wait":
      return "wait";
  }
}

const clip = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The learner deleted no pod themselves (kubectl delete, in any form); fault buttons do not count. */
export function noPodDeletedByLearner(id: string, opts: { namespace?: string; title?: string } = {}): Check {
  return historyCheck(id, opts.title ?? "no pod was deleted by hand", () => ({
    finish({ actions }) {
      for (const r of actions) {
        if (r.action.kind !== "kubectl" && r.action.kind !== "apply") continue;
        const del = r.apiCalls.find((c) => c.verb === "delete" && c.resource === "pods" && c.code < 300 && (!opts.namespace || c.namespace === opts.namespace));
        if (del) {
          return fail(`At ${atTime(del.at)} you deleted pod ${del.name} by hand (\`${clip(actionText(r.action))}\`). Let the controllers replace pods instead.`);
        }
      }
      return pass("You did not delete any pod by hand.");
    },
  }));
}

// Global flags that take a value and may come before the subcommand (kubectl -n shop rollout undo …).
const VALUE_FLAGS = new Set(["-n", "--namespace", "--context", "--cluster", "--user", "-s", "--server", "--kubeconfig"]);

/** The subcommand words of a kubectl line: "kubectl -n x rollout undo deploy/web" → ["rollout", "undo", "deploy/web"]. */
export function kubectlWords(line: string): string[] {
  const words = line.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = words[0] === "kubectl" ? 1 : 0; i < words.length; i++) {
    const w = words[i]!;
    if (VALUE_FLAGS.has(w)) i++;
    else if (!w.startsWith("-")) out.push(w);
  }
  return out;
}

const undoTarget = (words: string[]) => words.slice(2).find((w) => !w.startsWith("-"));

/**
 * The learner rolled back with `kubectl rollout undo` (successfully), rather than re-applying
 * the old image by hand. `deployment` narrows it to one Deployment (deploy/web, deployment/web or web).
 */
export function usedRolloutUndo(id: string, opts: { deployment?: string; title?: string } = {}): Check {
  const wants = (target: string | undefined, rest: string[]) => {
    if (!opts.deployment) return true;
    const names = [target, ...rest].filter(Boolean).map((t) => t!.replace(/^(deployments?|deploy)(\.apps)?\//, ""));
    return names.includes(opts.deployment);
  };
  return historyCheck(id, opts.title ?? `rolled back with kubectl rollout undo`, () => ({
    finish({ actions }) {
      let failed: ActionRecord | undefined;
      for (const r of actions) {
        if (r.action.kind !== "kubectl") continue;
        const words = kubectlWords(r.action.payload.line);
        if (words[0] !== "rollout" || words[1] !== "undo" || !wants(undoTarget(words), words.slice(3))) continue;
        if (r.exitCode === 0) return pass(`You rolled back with \`${clip(actionText(r.action))}\` at ${atTime(r.action.at)}.`);
        failed ??= r;
      }
      if (failed) {
        const why = failed.stderr.split("\n")[0] ?? "";
        return fail(`Your \`${clip(actionText(failed.action))}\` at ${atTime(failed.action.at)} failed${why ? `: ${clip(why)}` : ""}. Roll back with kubectl rollout undo.`);
      }
      return fail(`You did not use kubectl rollout undo${opts.deployment ? ` on deployment/${opts.deployment}` : ""}. Setting the old image by hand changes only that field; undo restores the whole Pod template of the earlier revision (image, env, resources…) in one step.`);
    },
  }));
}
