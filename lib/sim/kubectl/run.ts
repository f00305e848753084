// kubectl's entry point for the simulator: one command line (+ stdin) in, the bytes kubectl
// would print and its exit code out. Each command lives in commands/<name>.ts.
import { fail, ok, type Command, type KubectlContext, type KubectlResult } from "./context";
import { commandHelp, rootHelp } from "./help";
import { tokenize } from "./tokenize";
import { parseFlags } from "./flags";
import { getCommand } from "./commands/get";
import { deleteCommand } from "./commands/delete";
import { applyCommand, createCommand } from "./commands/apply";
import { rolloutCommand } from "./commands/rollout";
import { scaleCommand } from "./commands/scale";
import { setCommand } from "./commands/set";
import { labelCommand } from "./commands/label";
import { annotateCommand } from "./commands/annotate";
import { describeCommand } from "./commands/describe";
import { runCommand } from "./commands/run";
import { exposeCommand } from "./commands/expose";
import { logsCommand } from "./commands/logs";
import { execCommand } from "./commands/exec";
import { runHostProgram } from "../network/programs/host";
import { patchCommand } from "./commands/patch";
import { configCommand } from "./commands/config";
import { cordonCommand, drainCommand, uncordonCommand } from "./commands/drain";
import { taintCommand } from "./commands/taint";
import { eventsCommand } from "./commands/events";
import { autoscaleCommand } from "./commands/autoscale";
import { apiResourcesCommand, clusterInfoCommand, editCommand, topCommand, versionCommand } from "./commands/info";
import { contextNamespace, kubeconfigOf } from "./kubeconfig";

export const COMMANDS: readonly Command[] = [getCommand, applyCommand, createCommand, deleteCommand, rolloutCommand, scaleCommand, setCommand, labelCommand, annotateCommand, describeCommand, runCommand, exposeCommand, logsCommand, patchCommand, configCommand, cordonCommand, uncordonCommand, drainCommand, taintCommand, autoscaleCommand, versionCommand, clusterInfoCommand, apiResourcesCommand, topCommand, editCommand, execCommand, eventsCommand];

const MAX_LINE = 64 * 1024;

/** Global flags typed before the command (`kubectl -n dev get pods`) apply to it: move them after. */
function hoistGlobalFlags(words: readonly string[]): string[] {
  const moved: string[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if ((w === "-n" || w === "--namespace") && i + 1 < words.length) { moved.push(w, words[i + 1]!); i += 2; }
    else if (/^(-n.+|--namespace=.*)$/.test(w)) { moved.push(w); i++; }
    else break;
  }
  if (moved.length === 0) return [...words];
  // Only global flags: nothing to run, so the root help as for a bare `kubectl`.
  return i < words.length ? [words[i]!, ...moved, ...words.slice(i + 1)] : [];
}

function helpFor(name: string): KubectlResult {
  // cobra's help command: an unknown topic is reported, then the root usage, exit 0.
  if (!COMMANDS.some((c) => c.name === name)) return ok(rootHelp(COMMANDS.map((c) => c.name)), `Unknown help topic [\`${name}\`]\n`);
  return ok(commandHelp(name));
}

export function runKubectl(ctx: KubectlContext, line: string, stdin?: string): KubectlResult {
  try {
    if (line.length > MAX_LINE) return fail("error: command line too long\n");
    const tok = tokenize(line);
    if ("error" in tok) return { stdout: "", stderr: `bash: ${tok.error}\n`, exitCode: 2 };
    // The laptop's own programs (curl, hey) share the terminal's entry point with kubectl.
    const host = ctx.network ? runHostProgram(ctx.network, tok.words) : undefined;
    if (host) return host;
    const words = hoistGlobalFlags(tok.words[0] === "kubectl" ? tok.words.slice(1) : tok.words);
    const name = words[0];
    // Bare `kubectl`, `kubectl help` and `kubectl --help` print the root help (cobra's help command).
    if (name === undefined || name === "--help" || name === "-h" || (name === "help" && words.length === 1)) return ok(rootHelp(COMMANDS.map((c) => c.name)));
    if (name === "help") return helpFor(words[1]!);
    const cmd = COMMANDS.find((c) => c.name === name);
    if (!cmd) return fail(`error: unknown command "${name}" for "kubectl"\nRun 'kubectl --help' for usage.\n`);
    const end = words.indexOf("--");
    if (words.slice(1, end < 0 ? undefined : end).some((w) => w === "--help" || w === "-h")) return helpFor(name);
    const parsed = parseFlags(words.slice(1), cmd.valueFlags, cmd.boolFlags, cmd.shorts);
    if ("error" in parsed) return fail(`error: ${parsed.error}\nSee 'kubectl ${cmd.name} --help' for usage.\n`);
    const ns = contextNamespace(kubeconfigOf(ctx));
    if (ns) parsed.flags.contextNamespace = ns;
    return cmd.run(ctx, parsed.args, parsed.flags, stdin);
  } catch (e) {
    // Bad input must never escape as an exception; report it the way kubectl reports errors.
    return fail(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
