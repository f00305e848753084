// kubectl's entry point for the simulator: one command line (+ stdin) in, the bytes kubectl
// would print and its exit code out. Each command lives in commands/<name>.ts.
import { fail, type Command, type KubectlContext, type KubectlResult } from "./context";
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
import { autoscaleCommand } from "./commands/autoscale";
import { apiResourcesCommand, clusterInfoCommand, editCommand, topCommand, versionCommand } from "./commands/info";
import { contextNamespace, kubeconfigOf } from "./kubeconfig";

export const COMMANDS: readonly Command[] = [getCommand, applyCommand, createCommand, deleteCommand, rolloutCommand, scaleCommand, setCommand, labelCommand, annotateCommand, describeCommand, runCommand, exposeCommand, logsCommand, patchCommand, configCommand, cordonCommand, uncordonCommand, drainCommand, autoscaleCommand, versionCommand, clusterInfoCommand, apiResourcesCommand, topCommand, editCommand, execCommand];

const MAX_LINE = 64 * 1024;

export function runKubectl(ctx: KubectlContext, line: string, stdin?: string): KubectlResult {
  try {
    if (line.length > MAX_LINE) return fail("error: command line too long\n");
    const tok = tokenize(line);
    if ("error" in tok) return { stdout: "", stderr: `bash: ${tok.error}\n`, exitCode: 2 };
    // The laptop's own programs (curl, hey) share the terminal's entry point with kubectl.
    const host = ctx.network ? runHostProgram(ctx.network, tok.words) : undefined;
    if (host) return host;
    const words = tok.words[0] === "kubectl" ? tok.words.slice(1) : tok.words;
    const name = words[0];
    if (name === undefined) return fail("error: no command given\nRun 'kubectl --help' for usage.\n");
    const cmd = COMMANDS.find((c) => c.name === name);
    if (!cmd) return fail(`error: unknown command "${name}" for "kubectl"\nRun 'kubectl --help' for usage.\n`);
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
