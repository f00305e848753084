// `kubectl --help`, `kubectl <command> -h|--help` and `kubectl help [command]`: the root help
// lists the commands the simulator implements under kubectl's own groups (cmd.go
// templates.CommandGroups) with their one-line descriptions (the generated kubectl reference,
// kubectl.md "See also"); a command's help gives that line, its usage line where upstream's
// cobra `Use` is known here, and the reference page with every flag and example.

/** Short descriptions, as kubectl prints them in `kubectl --help`. */
export const SHORT_HELP: Record<string, string> = {
  annotate: "Update the annotations on a resource",
  "api-resources": "Print the supported API resources on the server",
  apply: "Apply a configuration to a resource by file name or stdin",
  autoscale: "Auto-scale a deployment, replica set, stateful set, or replication controller",
  "cluster-info": "Display cluster information",
  config: "Modify kubeconfig files",
  cordon: "Mark node as unschedulable",
  create: "Create a resource from a file or from stdin",
  delete: "Delete resources by file names, stdin, resources and names, or by resources and label selector",
  describe: "Show details of a specific resource or group of resources",
  drain: "Drain node in preparation for maintenance",
  edit: "Edit a resource on the server",
  events: "List events",
  exec: "Execute a command in a container",
  expose: "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
  get: "Display one or many resources",
  label: "Update the labels on a resource",
  logs: "Print the logs for a container in a pod",
  patch: "Update fields of a resource",
  rollout: "Manage the rollout of a resource",
  run: "Run a particular image on the cluster",
  scale: "Set a new size for a deployment, replica set, or replication controller",
  set: "Set specific features on objects",
  taint: "Update the taints on one or more nodes",
  top: "Display resource (CPU/memory) usage",
  uncordon: "Mark node as schedulable",
  version: "Print the client and server version information",
};

/** cobra `Use` lines read from upstream's command definitions. */
const USE: Record<string, string> = {
  patch: "patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE]",
  autoscale: "autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu=CPU] [--memory=MEMORY]",
  create: "create -f FILENAME",
  config: "config SUBCOMMAND",
  cordon: "cordon NODE",
  uncordon: "uncordon NODE",
  drain: "drain NODE",
  taint: "taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N",
  events: "events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning]",
};

const GROUPS: [string, string[]][] = [
  ["Basic Commands (Beginner):", ["create", "expose", "run", "set"]],
  ["Basic Commands (Intermediate):", ["get", "edit", "delete"]],
  ["Deploy Commands:", ["rollout", "scale", "autoscale"]],
  ["Cluster Management Commands:", ["cluster-info", "top", "cordon", "uncordon", "drain", "taint"]],
  ["Troubleshooting and Debugging Commands:", ["describe", "logs", "exec", "events"]],
  ["Advanced Commands:", ["apply", "patch"]],
  ["Settings Commands:", ["label", "annotate"]],
  ["Other Commands:", ["api-resources", "config", "version"]],
];

const FOOTER = 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

export function rootHelp(available: readonly string[]): string {
  let out = "kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\n";
  for (const [title, names] of GROUPS) {
    const shown = names.filter((n) => available.includes(n));
    if (shown.length === 0) continue;
    const width = Math.max(...shown.map((n) => n.length)) + 3;
    out += `${title}\n${shown.map((n) => `  ${n.padEnd(width)}${SHORT_HELP[n] ?? ""}\n`).join("")}\n`;
  }
  return `${out}Usage:\n  kubectl [flags] [options]\n\nUse "kubectl <command> --help" for more information about a given command.\n${FOOTER}`;
}

export function commandHelp(name: string): string {
  const short = SHORT_HELP[name] ?? "";
  const usage = USE[name] ? `\nUsage:\n  kubectl ${USE[name]} [options]\n` : "";
  return `${short}.\n${usage}\nAll flags and examples: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_${name}/\n\n${FOOTER}`;
}
