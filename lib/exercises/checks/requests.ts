// "A request reached a backend": read from the learner's own curl commands, since a check sees
// the cluster's objects but cannot send traffic itself. The course's web app answers with JSON
// naming the pod that served it ({"pod":"web-…",…}), so the answer proves which pod was reached.
import type { ActionRecord, Check } from "../types";
import { actionText, kubectlWords } from "./history";
import { atTime, fail, historyCheck, pass } from "./define";

export type CurlOrigin = "pod" | "laptop";

export interface CurlReachedOptions {
  /** Label selector the answering pod must match (in `namespace`). */
  selector: string;
  namespace?: string;
  /** What the curl must be aimed at, e.g. /:30080\b/ for a NodePort; checked on the command line. */
  target?: { pattern: RegExp; text: string };
  title?: string;
}

/** Whether a kubectl action is a curl, and from where: the laptop's `curl …`, or `kubectl exec POD -- curl …`. */
export function curlOrigin(line: string): CurlOrigin | undefined {
  const trimmed = line.trim();
  if (/^curl(\s|$)/.test(trimmed)) return "laptop";
  const dash = trimmed.indexOf(" -- ");
  if (dash < 0) return undefined;
  const words = kubectlWords(trimmed.slice(0, dash));
  const program = trimmed.slice(dash + 4).trim().split(/\s+/)[0];
  return words[0] === "exec" && program === "curl" ? "pod" : undefined;
}

/** The pod named in a course web app's JSON answer, if the output is one. */
export function answeringPod(stdout: string): string | undefined {
  for (const line of stdout.split("\n")) {
    const m = /"pod":"([a-z0-9.-]+)"/.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

const clip = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The learner's last curl from `origin` (aimed at `target`, if given) exited 0 and was answered
 * by a pod matching `selector`. The last one counts, so a later failing curl fails the check.
 */
export function curlReachedBackend(id: string, origin: CurlOrigin, opts: CurlReachedOptions): Check {
  const ns = opts.namespace ?? "default";
  const where = origin === "pod" ? "from a pod (kubectl exec … -- curl …)" : "from your laptop (curl … in the terminal)";
  const aimed = opts.target ? ` to ${opts.target.text}` : "";
  return historyCheck(id, opts.title ?? `a curl ${where}${aimed} was answered by a pod with ${opts.selector}`, () => ({
    finish({ cluster, actions }) {
      let last: ActionRecord | undefined;
      for (const r of actions) {
        if (r.action.kind !== "kubectl") continue;
        const line = r.action.payload.line;
        if (curlOrigin(line) !== origin || (opts.target && !opts.target.pattern.test(line))) continue;
        last = r;
      }
      if (!last) return fail(`You have not run curl ${where}${aimed} yet. Send a request and look at which pod answers.`);
      const cmd = `\`${clip(actionText(last.action))}\` at ${atTime(last.action.at)}`;
      if (last.exitCode !== 0) {
        const why = (last.stderr || last.stdout).split("\n")[0] ?? "";
        return fail(`Your last curl, ${cmd}, failed${why ? `: ${clip(why)}` : ""}. Fix the Service and try again.`);
      }
      const podName = answeringPod(last.stdout);
      if (!podName) return fail(`Your last curl, ${cmd}, got an answer that names no pod of the app: ${clip(last.stdout.trim() || "(empty)")}.`);
      const pods = cluster.list("pods", ns, opts.selector).map((p) => p.metadata.name);
      if (!pods.includes(podName)) return fail(`Your last curl, ${cmd}, was answered by ${podName}, which is not a pod with ${opts.selector}.`);
      return pass(`${cmd} was answered by ${podName}.`);
    },
  }));
}
