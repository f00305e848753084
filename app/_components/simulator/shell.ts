// The few programs the widget's shell knows: kubectl (and its usual alias k), curl and hey
// (requests from the learner's laptop, outside the cluster), clear, help.

export type ShellCommand =
  | { kind: "empty" }
  | { kind: "clear" }
  | { kind: "help" }
  | { kind: "kubectl"; line: string }
  | { kind: "notFound"; message: string };

export const HELP_TEXT =
  "This terminal talks to a simulated Kubernetes 1.34 cluster.\n" +
  "  kubectl <command>   (alias: k)   e.g. kubectl get nodes\n" +
  "  curl <url>          a request from your laptop, e.g. curl http://172.18.0.2:30080/\n" +
  "  hey -n 1000 <url>   load generator: where do 1,000 requests land?\n" +
  "  clear               clear the screen (Ctrl-L)\n" +
  "Keys: ↑/↓ history, Ctrl-C cancel the line, Ctrl-A/E start/end, Ctrl-U/K/W delete.\n";

export function parseShellLine(line: string): ShellCommand {
  const trimmed = line.trim();
  if (!trimmed) return { kind: "empty" };
  const program = trimmed.split(/\s+/, 1)[0]!;
  const args = trimmed.slice(program.length);
  switch (program) {
    case "kubectl":
    case "k":
      return { kind: "kubectl", line: `kubectl${args}` };
    // The laptop's HTTP clients: the cluster's kubectl entry point runs them too (lib/sim/network/programs/host.ts).
    case "curl":
    case "hey":
      return { kind: "kubectl", line: trimmed };
    case "clear":
      return { kind: "clear" };
    case "help":
      return { kind: "help" };
    default:
      return { kind: "notFound", message: `bash: ${program}: command not found\n` };
  }
}
