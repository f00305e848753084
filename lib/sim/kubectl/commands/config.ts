// kubectl config (kubectl pkg/cmd/config): get-contexts, current-context, use-context (alias
// use), set-context [NAME | --current] [--namespace --cluster --user], view [--minify --raw],
// get-clusters, get-users, over the simulator's kubeconfig (kubeconfig.ts). Texts follow
// get_contexts.go, current_context.go, use_context.go, set_context.go and view.go (ShortenConfig
// redacts key material as DATA+OMITTED; YAML keys sorted as the JSON→YAML printer emits them).
import { fail, ok, type Command, type Flags, type KubectlContext, type KubectlResult } from "../context";
import { flag } from "../flags";
import { formatTable } from "../tabwriter";
import { kubeconfigOf, type KubeConfig, type KubeContext } from "../kubeconfig";

const SUBCOMMANDS = ["current-context", "delete-cluster", "delete-context", "delete-user", "get-clusters", "get-contexts", "get-users", "rename-context", "set", "set-cluster", "set-context", "set-credentials", "unset", "use-context", "view"];

function getContexts(cfg: KubeConfig, args: string[], flags: Flags): KubectlResult {
  const output = flag(flags, "output") ?? "";
  if (output !== "" && output !== "name") return fail(`error: output must be one of '' or 'name': ${output}\n`);
  const nameOnly = output === "name";
  const errors: string[] = [];
  const names = args.length === 0 ? cfg.contexts.map((c) => c.name) : args.filter((n) => cfg.contexts.some((c) => c.name === n) || !errors.push(`context ${n} not found`));
  names.sort();
  let stdout = "";
  if (nameOnly) stdout = names.map((n) => `${n}\n`).join("");
  else {
    const rows: string[][] = flags.bools.has("no-headers") ? [] : [["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"]];
    for (const n of names) {
      const c = cfg.contexts.find((x) => x.name === n)!;
      rows.push([cfg.currentContext === n ? "*" : " ", n, c.cluster, c.user, c.namespace ?? ""]);
    }
    stdout = rows.length ? formatTable(rows) : "";
  }
  // An aggregate of errors prints one "error: …" line each (MultipleErrors).
  return errors.length ? { stdout, stderr: errors.map((e) => `error: ${e}\n`).join(""), exitCode: 1 } : ok(stdout);
}

function setContext(cfg: KubeConfig, args: string[], flags: Flags): KubectlResult {
  if (args.length > 1) return fail(`error: Unexpected args: [${args.join(" ")}]\n`);
  const current = flags.bools.has("current");
  const name = args[0] ?? "";
  if (!name && !current) return fail("error: you must specify a non-empty context name or --current\n");
  if (name && current) return fail("error: you cannot specify both a context name and --current\n");
  if (current && !cfg.currentContext) return fail("error: no current context is set\n");
  const target = current ? cfg.currentContext : name;
  let ctxEntry = cfg.contexts.find((c) => c.name === target);
  const exists = ctxEntry !== undefined;
  if (!ctxEntry) {
    ctxEntry = { name: target, cluster: "", user: "" };
    cfg.contexts.push(ctxEntry);
  }
  const ns = flag(flags, "namespace");
  const cluster = flag(flags, "cluster");
  const user = flag(flags, "user");
  if (cluster !== undefined) ctxEntry.cluster = cluster;
  if (user !== undefined) ctxEntry.user = user;
  if (ns !== undefined) {
    if (ns) ctxEntry.namespace = ns;
    else delete ctxEntry.namespace;
  }
  return ok(`Context ${JSON.stringify(target)} ${exists ? "modified" : "created"}.\n`);
}

function switchContext(cfg: KubeConfig, args: string[]): KubectlResult {
  if (args.length !== 1) return fail(`error: Unexpected args: [${args.join(" ")}]\n`);
  const name = args[0]!;
  if (!name) return fail("error: empty context names are not allowed\n");
  if (!cfg.contexts.some((c) => c.name === name)) return fail(`error: no context exists with the name: ${JSON.stringify(name)}\n`);
  cfg.currentContext = name;
  return ok(`Switched to context ${JSON.stringify(name)}.\n`);
}

function contextYaml(c: KubeContext): string {
  return `- context:\n    cluster: ${c.cluster || '""'}\n${c.namespace ? `    namespace: ${c.namespace}\n` : ""}    user: ${c.user || '""'}\n  name: ${c.name}\n`;
}

function view(cfg: KubeConfig, args: string[], flags: Flags): KubectlResult {
  if (args.length) return fail(`error: unexpected arguments: [${args.join(" ")}]\nSee 'kubectl config view -h' for help and examples\n`);
  const output = flag(flags, "output") ?? "yaml";
  if (output !== "yaml" && output !== "json") return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,yaml\n`);
  let contexts = cfg.contexts;
  let clusters = cfg.clusters;
  let users = cfg.users;
  if (flags.bools.has("minify")) {
    const cur = cfg.contexts.find((c) => c.name === cfg.currentContext);
    if (!cur) return fail(cfg.currentContext ? `error: cannot locate context ${cfg.currentContext}\n` : "error: current-context must exist in order to minify\n");
    contexts = [cur];
    clusters = cfg.clusters.filter((c) => c.name === cur.cluster);
    users = cfg.users.filter((u) => u.name === cur.user);
  }
  const raw = flags.bools.has("raw");
  // --raw would print the real key material, which the simulator does not have: show placeholders.
  const data = raw ? "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==" : "DATA+OMITTED";
  const byName = <T extends { name: string }>(xs: T[]) => [...xs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (output === "json") {
    const obj = {
      kind: "Config", apiVersion: "v1", preferences: {},
      clusters: byName(clusters).map((c) => ({ name: c.name, cluster: { server: c.server, "certificate-authority-data": data } })),
      users: byName(users).map((u) => ({ name: u.name, user: { "client-certificate-data": data, "client-key-data": data } })),
      contexts: byName(contexts).map((c) => ({ name: c.name, context: { cluster: c.cluster, user: c.user, ...(c.namespace ? { namespace: c.namespace } : {}) } })),
      "current-context": cfg.currentContext,
    };
    return ok(`${JSON.stringify(obj, null, 4)}\n`);
  }
  let y = "apiVersion: v1\n";
  y += clusters.length ? "clusters:\n" + byName(clusters).map((c) => `- cluster:\n    certificate-authority-data: ${data}\n    server: ${c.server}\n  name: ${c.name}\n`).join("") : "clusters: null\n";
  y += contexts.length ? "contexts:\n" + byName(contexts).map(contextYaml).join("") : "contexts: null\n";
  y += `current-context: ${cfg.currentContext || '""'}\nkind: Config\npreferences: {}\n`;
  y += users.length ? "users:\n" + byName(users).map((u) => `- name: ${u.name}\n  user:\n    client-certificate-data: ${data}\n    client-key-data: ${data}\n`).join("") : "users: null\n";
  return ok(y);
}

function run(ctx: KubectlContext, args: string[], flags: Flags): KubectlResult {
  const [sub, ...rest] = args;
  const cfg = kubeconfigOf(ctx);
  switch (sub) {
    case "get-contexts": return getContexts(cfg, rest, flags);
    case "current-context":
      return cfg.currentContext ? ok(`${cfg.currentContext}\n`) : fail("error: current-context is not set\n");
    case "use-context":
    case "use":
      return switchContext(cfg, rest);
    case "set-context": return setContext(cfg, rest, flags);
    case "view": return view(cfg, rest, flags);
    case "get-clusters":
      return ok(`NAME\n${cfg.clusters.map((c) => `${c.name}\n`).join("")}`);
    case "get-users":
      return ok(`NAME\n${cfg.users.map((u) => `${u.name}\n`).join("")}`);
    case undefined:
      return ok(CONFIG_HELP);
    default:
      if (SUBCOMMANDS.includes(sub)) return fail(`error: kubectl config ${sub} is not available in this simulator; contexts can be listed, switched and given a namespace (get-contexts, use-context, set-context --current --namespace=NS)\n`);
      // cobra: an unknown subcommand of a command without Args validation prints its help.
      return fail(`error: unknown command "${sub}" for "kubectl config"\nRun 'kubectl config --help' for usage.\n`);
  }
}

const CONFIG_HELP = `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes
place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for
your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When
a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the
last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.

Available Commands:
  current-context   Display the current-context
  delete-cluster    Delete the specified cluster from the kubeconfig
  delete-context    Delete the specified context from the kubeconfig
  delete-user       Delete the specified user from the kubeconfig
  get-clusters      Display clusters defined in the kubeconfig
  get-contexts      Describe one or many contexts
  get-users         Display users defined in the kubeconfig
  rename-context    Rename a context from the kubeconfig file
  set               Set an individual value in a kubeconfig file
  set-cluster       Set a cluster entry in kubeconfig
  set-context       Set a context entry in kubeconfig
  set-credentials   Set a user entry in kubeconfig
  unset             Unset an individual value in a kubeconfig file
  use-context       Set the current-context in a kubeconfig file
  view              Display merged kubeconfig settings or a specified kubeconfig file

Usage:
  kubectl config SUBCOMMAND [options]

Use "kubectl config <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

export const configCommand: Command = {
  name: "config",
  valueFlags: ["output", "namespace", "cluster", "user", "kubeconfig", "context"],
  boolFlags: ["current", "no-headers", "minify", "raw", "flatten", "merge"],
  run: (ctx, args, flags) => run(ctx, args, flags),
};
