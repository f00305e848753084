// `kubectl create <kind> NAME …`: the generator subcommands of kubectl create (the -f path
// stays in apply.ts). Each subcommand declares its own flags; the create command accepts the
// union while parsing, and the dispatcher rejects a flag the chosen subcommand lacks, as
// cobra would.
import { fail, type Flags, type KubectlContext, type KubectlResult } from "../context";
import { GENERATOR_FLAGS } from "./create-output";
import { createDeployment, createJob } from "./create-workloads";
import { createConfigMap, createNamespace, createSecretGeneric } from "./create-config";
import { createServiceSubs } from "./create-service";
import { createIngress } from "./create-ingress";

export interface CreateSub {
  name: string;
  aliases: readonly string[];
  valueFlags: readonly string[];
  /** `rest` holds the words after `--` (a command for the container). */
  run(ctx: KubectlContext, name: string, rest: string[], flags: Flags): KubectlResult;
}

const TOP: readonly CreateSub[] = [createDeployment, createJob, createNamespace, createConfigMap, createIngress];
/** Second-level groups: `create service clusterip`, `create secret generic`. */
const GROUPS: Record<string, { path: string; subs: readonly CreateSub[] }> = {
  service: { path: "service", subs: createServiceSubs },
  svc: { path: "service", subs: createServiceSubs },
  secret: { path: "secret", subs: [createSecretGeneric] },
};

const ALL = [...TOP, ...createServiceSubs, createSecretGeneric];
export const CREATE_SUB_VALUE_FLAGS: readonly string[] = [...new Set([...GENERATOR_FLAGS, ...ALL.flatMap((s) => s.valueFlags)])];
export const CREATE_SUB_WORDS: ReadonlySet<string> = new Set([...TOP.flatMap((s) => [s.name, ...s.aliases]), ...Object.keys(GROUPS)]);

/** Runs `create <sub> …`; args[0] is a word in CREATE_SUB_WORDS. */
export function runCreateSub(ctx: KubectlContext, args: string[], flags: Flags): KubectlResult {
  const word = args[0] as string;
  let sub = TOP.find((s) => s.name === word || s.aliases.includes(word));
  let path = sub?.name ?? word;
  let skip = 1;
  const group = GROUPS[word];
  if (group) {
    const second = args[1];
    sub = group.subs.find((s) => s.name === second);
    if (!sub) {
      const choices = group.subs.map((s) => s.name).join(", ");
      return fail(`error: must specify one of ${choices}\nSee 'kubectl create ${group.path} -h' for help and examples\n`);
    }
    path = `${group.path} ${sub.name}`;
    skip = 2;
  }
  if (!sub) return fail(`error: unknown command "${word}" for "kubectl create"\n`);
  for (const k of flags.values.keys()) {
    if (!GENERATOR_FLAGS.includes(k) && !sub.valueFlags.includes(k)) return fail(`error: unknown flag: --${k}\nSee 'kubectl create ${path} --help' for usage.\n`);
  }
  // Simplification: the flag parser does not report where `--` was, so for the generators that
  // take a container command (deployment, job) every word after NAME is that command.
  const takesCommand = sub === createDeployment || sub === createJob;
  const before = takesCommand ? args.slice(skip, skip + 1) : args.slice(skip);
  const rest = takesCommand ? args.slice(skip + 1) : [];
  if (before.length !== 1) return fail(`error: exactly one NAME is required, got ${before.length}\nSee 'kubectl create ${path} -h' for help and examples\n`);
  return sub.run(ctx, before[0] as string, rest, flags);
}
