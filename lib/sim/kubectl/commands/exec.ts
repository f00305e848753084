// kubectl exec (kubectl pkg/cmd/exec): run a command in a container of a pod, or of the first
// pod of a workload (TYPE/NAME). The command runs in the container's simulated userland
// (network/programs/container.ts): curl, wget, nslookup, getent, env, hostname, cat of the
// kubelet-written files. Errors as kubectl and the API server word them: completed pods, an
// unknown container (BadRequest), a pod without a node, a container that is not running, a
// binary the image lacks (containerd's runc text); a non-zero exit status prints
// "command terminated with exit code N" and becomes kubectl's own.
import { fail, type Command, type KubectlResult } from "../context";
import { flag, namespaceOf } from "../flags";
import { firstPodFor } from "./firstpod";
import { runInContainer } from "../../network/programs/container";
import { hex, sha256 } from "../../network/sha256";
import type { KindSpec, KubeObject } from "../../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** sort.Reverse(podutils.ActivePods), simplified: not being deleted, Running, then ready, then older. */
function mostActive(a: KubeObject, b: KubeObject): number {
  const rank = (p: KubeObject) =>
    (p.metadata.deletionTimestamp ? 6 : 0) + (p.status?.phase === "Running" ? 0 : p.status?.phase === "Pending" ? 1 : 2) * 2 +
    ((p.status?.conditions ?? []).some((c: any) => c.type === "Ready" && c.status === "True") ? 0 : 1);
  const ca = a.metadata.creationTimestamp ?? "";
  const cb = b.metadata.creationTimestamp ?? "";
  return rank(a) - rank(b) || (ca < cb ? -1 : ca > cb ? 1 : 0);
}

const unsupported = (kind: KindSpec) => `error: cannot attach to ${kind.kind}: selector for ${kind.kind} not implemented\n`;

export const execCommand: Command = {
  name: "exec",
  valueFlags: ["namespace", "container", "pod-running-timeout", "filename"],
  boolFlags: ["stdin", "tty", "quiet"],
  shorts: { i: "stdin", t: "tty", q: "quiet", c: "container" },
  run(ctx, args, flags): KubectlResult {
    const ns = namespaceOf(flags);
    const dash = flags.argsLenAtDash;
    if (args.length === 0 || dash === 0) return fail("error: pod, type/name or --filename must be specified\n");
    // kubectl's ExecOptions.Complete: the command is what follows "--"; without it, a second
    // argument is the removed `exec POD COMMAND` form.
    if (dash === undefined && args.length > 1) {
      return fail("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n");
    }
    const command = dash === undefined ? [] : args.slice(dash);
    if (command.length === 0) return fail("error: you must specify at least one command for the container\n");
    const quiet = flags.bools.has("quiet");
    const picked = firstPodFor(ctx, ns, args[0]!, { order: mostActive, unsupported });
    if (typeof picked === "string") return fail(picked);
    const { pod } = picked;
    const phase = pod.status?.phase;
    if (phase === "Succeeded" || phase === "Failed") return fail(`error: cannot exec into a container in a completed pod; current phase is ${phase}\n`);
    const names: string[] = (pod.spec?.containers ?? []).map((c: any) => c.name);
    let container = flag(flags, "container");
    let stderr = "";
    if (container === undefined) {
      const byAnnotation = pod.metadata.annotations?.["kubectl.kubernetes.io/default-container"];
      if (byAnnotation && names.includes(byAnnotation)) container = byAnnotation;
      else {
        container = names[0]!;
        const init = (pod.spec?.initContainers ?? []).map((c: any) => `${c.name} (init)`);
        if (!quiet && (names.length > 1 || init.length > 0)) stderr += `Defaulted container "${container}" out of: ${[...names, ...init].join(", ")}\n`;
      }
    }
    const spec = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c: any) => c.name === container);
    if (!spec) return fail(`${stderr}Error from server (BadRequest): container ${container} is not valid for pod ${pod.metadata.name}\n`);
    if (!pod.spec?.nodeName) return fail(`${stderr}Error from server (BadRequest): pod ${pod.metadata.name} does not have a host assigned\n`);
    const status = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((s: any) => s.name === container);
    if (!status?.state?.running) return fail(`${stderr}error: unable to upgrade connection: container not found ("${container}")\n`);
    if (!ctx.network) return fail(`${stderr}error: exec needs a running cluster\n`);
    const tty = flags.bools.has("tty") && flags.bools.has("stdin");
    const view = ctx.network.containerView?.(pod, container);
    const r = runInContainer(ctx.network.env(), { pod, container: spec, lister: ctx.network.lister, tty, env: view?.env, mounted: view?.files }, command);
    if (r.notFound !== undefined) {
      const id = hex(sha256(new TextEncoder().encode(`${pod.metadata.uid}/${container}/${command.join(" ")}/${ctx.now()}`)));
      return fail(`${stderr}error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${id}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${r.notFound}": executable file not found in $PATH: unknown\n`);
    }
    // An interactive shell needs a terminal session the simulator does not have.
    if (flags.bools.has("stdin") && /^(\/bin\/|\/usr\/bin\/)?(ba)?sh$/.test(command[0]!) && command.length === 1) {
      stderr += "(simulator) interactive shells are not available here: run one command at a time, e.g. kubectl exec POD -- curl -s http://web\n";
    }
    stderr += r.stderr;
    if (r.exitCode !== 0) return { stdout: r.stdout, stderr: `${stderr}command terminated with exit code ${r.exitCode}\n`, exitCode: r.exitCode };
    return { stdout: r.stdout, stderr, exitCode: 0 };
  },
};
