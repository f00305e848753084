// Commands about the cluster and the client rather than objects: version, cluster-info,
// api-resources (apiresources.go: NAME SHORTNAMES APIVERSION NAMESPACED KIND, sorted by API
// group then name, -o wide|name, --namespaced, --api-group), top (no metrics-server: the
// Metrics API is missing, as in a fresh kind cluster) and edit (no terminal editor here: the
// course's YAML editor tab takes its place).
import { fail, ok, type Command, type KubectlResult } from "../context";
import { flag, namespaceOf } from "../flags";
import { formatApiError } from "../errors";
import { formatTable } from "../tabwriter";
import { API_SERVER_URL } from "../kubeconfig";
import { resolveObjects, nameOf } from "../rollout/targets";
import { KUBELET_VERSION } from "../../node/nodes";

/** kubectl 1.34's client version and the kustomize it embeds; the server is the kind node image's. */
const CLIENT_VERSION = "v1.34.0";
const KUSTOMIZE_VERSION = "v5.7.1";

export const versionCommand: Command = {
  name: "version",
  valueFlags: ["output"],
  boolFlags: ["client"],
  run(_ctx, args, flags): KubectlResult {
    if (args.length) return fail(`error: unknown command "${args[0]}" for "kubectl version"\n`);
    const output = flag(flags, "output");
    if (output !== undefined) {
      if (output !== "yaml" && output !== "json") return fail("error: --output must be 'yaml' or 'json'\n");
      const client = { major: "1", minor: "34", gitVersion: CLIENT_VERSION };
      const body: Record<string, unknown> = { clientVersion: client, kustomizeVersion: KUSTOMIZE_VERSION };
      if (!flags.bools.has("client")) body.serverVersion = { major: "1", minor: "34", gitVersion: KUBELET_VERSION };
      if (output === "json") return ok(`${JSON.stringify(body, null, 2)}\n`);
      const server = body.serverVersion ? `serverVersion:\n  gitVersion: ${KUBELET_VERSION}\n  major: "1"\n  minor: "34"\n` : "";
      return ok(`clientVersion:\n  gitVersion: ${CLIENT_VERSION}\n  major: "1"\n  minor: "34"\nkustomizeVersion: ${KUSTOMIZE_VERSION}\n${server}`);
    }
    let out = `Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`;
    if (!flags.bools.has("client")) out += `Server Version: ${KUBELET_VERSION}\n`;
    return ok(out);
  },
};

export const clusterInfoCommand: Command = {
  name: "cluster-info",
  valueFlags: ["namespace"],
  boolFlags: [],
  run(ctx, args, flags): KubectlResult {
    if (args[0] === "dump") return fail("error: kubectl cluster-info dump is not available in this simulator; use kubectl get, describe and logs\n");
    if (args.length) return fail(`error: unknown command "${args[0]}" for "kubectl cluster-info"\n`);
    // The cluster-service Services of kube-system (kind's kube-dns) are linked through the API
    // server proxy; upstream colours the names (go-colortext), plain text here.
    const ns = flag(flags, "namespace") ?? "kube-system";
    let out = `Kubernetes control plane is running at ${API_SERVER_URL}\n`;
    try {
      for (const s of ctx.api.list("services", ns, { labelSelector: "kubernetes.io/cluster-service=true" }).items) {
        const port = s.spec?.ports?.[0];
        const scheme = port && (port.name === "https" || port.port === 443) ? "https" : "";
        const name = port ? [scheme, s.metadata.name, port.name ?? ""].filter((x, i) => x || i === 1).join(":").replace(/:$/, "") : s.metadata.name;
        out += `${s.metadata.labels?.["kubernetes.io/name"] ?? s.metadata.name} is running at ${API_SERVER_URL}/api/v1/namespaces/${ns}/services/${name}/proxy\n`;
      }
    } catch (e) {
      return fail(formatApiError(e));
    }
    return ok(`${out}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
  },
};

export const apiResourcesCommand: Command = {
  name: "api-resources",
  valueFlags: ["output", "api-group", "namespaced", "sort-by", "verbs", "categories"],
  boolFlags: ["no-headers", "cached"],
  run(ctx, args, flags): KubectlResult {
    if (args.length) return fail(`error: unexpected arguments: [${args.join(" ")}]\nSee 'kubectl api-resources -h' for help and examples\n`);
    const output = flag(flags, "output") ?? "";
    if (!["", "wide", "name"].includes(output)) return fail(`error: --output ${output} is not available\n`);
    const sortBy = flag(flags, "sort-by") ?? "";
    if (sortBy && sortBy !== "name" && sortBy !== "kind") return fail(`error: --sort-by accepts only name or kind\n`);
    const group = flag(flags, "api-group");
    const namespaced = flag(flags, "namespaced");
    if (namespaced !== undefined && namespaced !== "true" && namespaced !== "false") return fail(`error: invalid argument "${namespaced}" for "--namespaced" flag: strconv.ParseBool: parsing "${namespaced}": invalid syntax\n`);
    const kinds = ctx.kinds
      .filter((k) => (group === undefined || k.group === group) && (namespaced === undefined || String(k.namespaced) === namespaced))
      .map((k) => ({ k, key: sortBy === "name" ? k.resource : sortBy === "kind" ? k.kind : k.group }));
    // sort.Stable on the key, ties by resource name.
    kinds.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.k.resource < b.k.resource ? -1 : a.k.resource > b.k.resource ? 1 : 0));
    if (output === "name") return ok(kinds.map(({ k }) => `${k.resource}${k.group ? `.${k.group}` : ""}\n`).join(""));
    const verbs = "[create delete deletecollection get list patch update watch]";
    const rows: string[][] = flags.bools.has("no-headers") ? [] : [["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND", ...(output === "wide" ? ["VERBS"] : [])]];
    for (const { k } of kinds) rows.push([k.resource, k.shortNames.join(","), k.apiVersion, String(k.namespaced), k.kind, ...(output === "wide" ? [verbs] : [])]);
    return ok(formatTable(rows));
  },
};

export const topCommand: Command = {
  name: "top",
  valueFlags: ["namespace", "selector", "sort-by", "field-selector"],
  boolFlags: ["all-namespaces", "containers", "no-headers", "use-protocol-buffers", "sum", "show-capacity"],
  run(_ctx, args): KubectlResult {
    const sub = args[0];
    if (sub === undefined) return fail("error: kubectl top needs a resource: kubectl top node or kubectl top pod\n");
    if (!["node", "nodes", "no", "pod", "pods", "po"].includes(sub)) return fail(`error: unknown command "${sub}" for "kubectl top"\n`);
    // A kind cluster has no metrics-server, so metrics.k8s.io is not served (top_node.go / top_pod.go).
    return fail("error: Metrics API not available\n");
  },
};

export const editCommand: Command = {
  name: "edit",
  valueFlags: ["namespace", "filename", "output", "selector"],
  boolFlags: ["all-namespaces", "save-config", "record", "windows-line-endings"],
  run(ctx, args, flags, stdin): KubectlResult {
    if (args.length === 0 && flag(flags, "filename") === undefined) return fail("error: you must provide one or more resources by argument or filename (.json|.yaml|.yml)\n");
    const r = resolveObjects(ctx, args, flags, stdin);
    if (typeof r === "string") return fail(r);
    if (r.stderr) return fail(r.stderr);
    const t = r.targets[0];
    const what = t ? `${nameOf(t)}` : args.join(" ");
    const nsFlag = t?.kind.namespaced && namespaceOf(flags) !== "default" ? ` -n ${namespaceOf(flags)}` : "";
    return fail(
      `error: kubectl edit opens a text editor, which this course's terminal does not have.\n` +
      `Use the YAML editor tab instead: copy the output of \`kubectl get ${what}${nsFlag} -o yaml\`, change it there and press Apply.\n` +
      `For small changes, kubectl patch, kubectl set image/env, kubectl scale, kubectl label and kubectl annotate work here too.\n`,
    );
  },
};
