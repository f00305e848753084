// How an action of the log reads to a teacher: the command as typed, the editor's Apply, a
// fault button, the clock. Shared by the replay page and the attempts CSV.
import type { Action, FaultSpec } from "@/lib/exercises/action-log";

export function describeFault(f: FaultSpec): string {
  switch (f.type) {
    case "killContainer":
      return `kill container ${f.container} in pod ${f.namespace}/${f.pod}`;
    case "deletePod":
      return `delete pod ${f.namespace}/${f.pod}`;
    case "failNode":
      return `fail node ${f.node}`;
    case "recoverNode":
      return `recover node ${f.node}`;
    default:
      return `${f.type} node ${f.node}`;
  }
}

/** A command with its `kubectl` prefix, however it was typed ("get pods" or "kubectl get pods"). */
export function kubectlLine(line: string): string {
  const t = line.trim();
  return /^kubectl(\s|$)/.test(t) ? t : `kubectl ${t}`;
}

/** One line: "kubectl get pods", "apply (editor)", "fault: fail node kind-worker", "wait". */
export function describeAction(action: Action): string {
  switch (action.kind) {
    case "kubectl":
      return kubectlLine(action.payload.line);
    case "apply":
      return "apply (editor)";
    case "fault":
      return `fault: ${describeFault(action.payload)}`;
    case "wait":
      return `wait until ${formatVirtualMs(action.at)}`;
  }
}

/** The manifest an action sent, if any (editor Apply, or kubectl's stdin for -f -). */
export function actionManifest(action: Action): string | null {
  if (action.kind === "apply") return action.payload.yaml;
  if (action.kind === "kubectl") return action.payload.stdin ?? null;
  return null;
}

/** Virtual time as the widget's clock shows it: m:ss.mmm. */
export function formatVirtualMs(ms: number): string {
  const m = Math.floor(ms / 60000);
  const s = Math.floor((ms % 60000) / 1000);
  return `${m}:${String(s).padStart(2, "0")}.${String(ms % 1000).padStart(3, "0")}`;
}

/** The commands of a log, one per entry, without the clock's waits (for exports). */
export const actionCommands = (actions: readonly Action[]): string[] => actions.filter((a) => a.kind !== "wait").map(describeAction);
