// Simulator questions: a learner's command (type "command") or an author's scenario (type
// "predict") run in a fresh cluster built from the question's start. The simulator is
// deterministic, so the same question and command get the same verdict everywhere, and a
// scenario's outcome is computed once per process and reused.
import { clusterView, injectFault, restoreCluster, type SimCluster } from "@/lib/exercises/sim-adapter";
import { startCluster } from "@/lib/exercises/start";
import { advanceTo } from "@/lib/exercises/timing";
import { kubectlLine } from "@/lib/instructor/describe-action";
import { describeStep } from "./steps";
import { MAX_COMMAND_LENGTH, type PublicQuestion, type QuestionCluster, type QuestionKey, type ScenarioStep } from "./model";

type CommandQuestion = Extract<PublicQuestion, { type: "command" }>;
type CommandKey = Extract<QuestionKey, { type: "command" }>;
type PredictQuestion = Extract<PublicQuestion, { type: "predict" }>;
type PredictKey = Extract<QuestionKey, { type: "predict" }>;

/** Virtual seconds a question's cluster runs before anything happens, unless it says otherwise. */
const DEFAULT_CLUSTER_SETTLE = 20;
/** Virtual seconds after the learner's command before the check looks, unless the key says otherwise. */
const DEFAULT_CHECK_SETTLE = 30;
/**
 * Wall-clock backstop for one answer, counted from a ready cluster. The simulator's Pod cap
 * (LIMITS.pods) already bounds the worst command (`scale --replicas=100000`: ~0.5 s of CPU);
 * this only stops what the cap does not foresee, so it is set well above a loaded server's
 * normal run to keep verdicts from depending on load.
 */
const CPU_BUDGET_MS = 3000;
/** Output shown back in the feedback is cut here, so a huge `get -o yaml` cannot bloat the stored attempt. */
const MAX_SHOWN_OUTPUT = 4000;

class BudgetExceeded extends Error {}

const snapshots = new WeakMap<QuestionCluster, unknown>();

/** A fresh copy of the question's cluster after its settle time (built once, then restored from a snapshot). */
export function questionCluster(spec: QuestionCluster): SimCluster {
  let snap = snapshots.get(spec);
  if (snap === undefined) {
    const cluster = startCluster(spec);
    cluster.advance(spec.settleSeconds ?? DEFAULT_CLUSTER_SETTLE);
    snap = cluster.snapshot();
    snapshots.set(spec, snap);
  }
  return restoreCluster(snap);
}

/** Lets virtual time run `seconds`, refusing once the question has used its CPU budget. */
function runFor(cluster: SimCluster, seconds: number, deadline: number): void {
  for (const _ of advanceTo(cluster, cluster.now() + Math.round(seconds * 1000))) {
    void _;
    if (performance.now() > deadline) throw new BudgetExceeded();
  }
}

const clip = (text: string) => (text.length > MAX_SHOWN_OUTPUT ? `${text.slice(0, MAX_SHOWN_OUTPUT)}\n… (output cut)\n` : text);

/**
 * The learner's text as a kubectl line: one line, `$ ` and `kubectl`/`k` prefixes optional.
 * Returns an error for anything that is not a kubectl command (a quiz runs no shell).
 */
export function normalizeCommand(text: string): { line: string } | { error: string } {
  const trimmed = text.trim().replace(/^\$\s*/, "");
  if (trimmed === "") return { error: "No command given." };
  if (trimmed.length > MAX_COMMAND_LENGTH) return { error: `The command is longer than ${MAX_COMMAND_LENGTH} characters.` };
  if (/[\r\n]/.test(trimmed)) return { error: "Answer with a single command on one line." };
  const prefix = /^(kubectl|k)(\s+|$)/.exec(trimmed);
  if (!prefix) return { error: "Answer with a kubectl command (it starts with `kubectl`)." };
  const rest = trimmed.slice(prefix[0].length);
  return { line: rest ? `kubectl ${rest}` : "kubectl" };
}

export interface CommandRun {
  /** The command as run ("kubectl scale …"), or null when the answer was not a command. */
  line: string | null;
  /** What the terminal printed (stdout then stderr). */
  output: string;
  pass: boolean;
  message: string;
}

/** Runs the learner's command in a fresh copy of the question's cluster and applies the key's check. */
export function runCommandQuestion(question: CommandQuestion, key: CommandKey, text: string): CommandRun {
  const normalized = normalizeCommand(text);
  if ("error" in normalized) return { line: null, output: "", pass: false, message: normalized.error };
  const cluster = questionCluster(question.cluster);
  const deadline = performance.now() + CPU_BUDGET_MS;
  const out = cluster.kubectl(normalized.line);
  const output = clip(out.stdout + out.stderr);
  try {
    if (performance.now() > deadline) throw new BudgetExceeded();
    runFor(cluster, key.settleSeconds ?? DEFAULT_CHECK_SETTLE, deadline);
  } catch (e) {
    if (!(e instanceof BudgetExceeded)) throw e;
    return { line: normalized.line, output, pass: false, message: "The simulator stopped: this command needs more work than a quiz question allows." };
  }
  const ctx = { cluster: clusterView(cluster), actions: [] };
  const outcomes = key.checks.map((check) => check.start().finish(ctx));
  const failed = outcomes.find((o) => !o.pass);
  return { line: normalized.line, output, pass: !failed, message: (failed ?? outcomes.at(-1))?.message ?? "" };
}

export interface ScenarioRun {
  /** The scenario as a terminal would show it: each step, then the `show` command and its output. */
  transcript: string;
  /** What the key's measure read from the cluster after the steps. */
  actual: number;
}

const scenarioRuns = new WeakMap<PredictQuestion, ScenarioRun>();

const stepLine = (step: ScenarioStep): string => ("kubectl" in step ? `$ ${describeStep(step)}` : "fault" in step ? `# ${describeStep(step)}` : `# … ${step.wait} s later`);

/** Runs a predict-then-run scenario (once per process: it does not depend on the learner). */
export function runScenario(question: PredictQuestion, key: PredictKey): ScenarioRun {
  const cached = scenarioRuns.get(question);
  if (cached) return cached;
  const cluster = questionCluster(question.cluster);
  const lines: string[] = [];
  for (const step of question.steps) {
    lines.push(stepLine(step));
    if ("kubectl" in step) {
      const out = cluster.kubectl(kubectlLine(step.kubectl), step.stdin);
      lines.push((out.stdout + out.stderr).trimEnd());
    } else if ("fault" in step) {
      const r = injectFault(cluster, step.fault);
      if (!r.ok) throw new Error(`scenario step failed: ${r.message}`);
    } else {
      runFor(cluster, step.wait, Number.POSITIVE_INFINITY);
    }
  }
  const show = kubectlLine(key.show);
  const out = cluster.kubectl(show);
  lines.push(`$ ${show}`, (out.stdout + out.stderr).trimEnd());
  const run = { transcript: clip(lines.filter((l) => l !== "").join("\n") + "\n"), actual: key.measure(clusterView(cluster)) };
  scenarioRuns.set(question, run);
  return run;
}
