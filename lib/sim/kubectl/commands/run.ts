// kubectl run NAME --image=IMG (kubectl pkg/cmd/run): generates one Pod labelled run=NAME
// (or --labels), whose single container is named NAME; arguments after NAME become the
// container's args, or its command with --command.
import { fail, type Command, type KubectlResult } from "../context";
import { flag } from "../flags";
import { emit, GENERATOR_FLAGS, meta, parseLabels } from "./create-output";

const RESTART = ["Always", "OnFailure", "Never"];

// The distribution reference grammar (reference.ReferenceRegexp): [domain[:port]/]path[:tag][@digest],
// path components lower-case alphanumerics joined by ".", "_", "__" or dashes.
const DOMAIN_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const DOMAIN = `${DOMAIN_PART}(?:\\.${DOMAIN_PART})*(?::[0-9]+)?`;
const COMPONENT = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
const TAG = "[\\w][\\w.-]{0,127}";
const DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}";
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);

export const runCommand: Command = {
  name: "run",
  valueFlags: [...GENERATOR_FLAGS, "image", "port", "labels", "selector", "env", "restart", "image-pull-policy", "serviceaccount"],
  boolFlags: ["command", "expose"],
  run(ctx, args, flags): KubectlResult {
    const name = args[0];
    if (name === undefined || name.startsWith("--")) return fail("error: NAME is required for run\n");
    const image = flag(flags, "image");
    if (image === undefined) return fail('error: required flag(s) "image" not set\n');
    if (image === "") return fail("error: --image is required\n");
    if (!REFERENCE.test(image)) return fail(`error: invalid image name "${image}": invalid reference format\n`);
    const restart = flag(flags, "restart") ?? "Always";
    if (!RESTART.includes(restart)) return fail(`error: invalid restart policy: ${restart}, valid values are: Always, OnFailure, Never\n`);
    // run's -l is --labels (the shared shorthand table maps -l to "selector").
    const labelText = flag(flags, "labels") ?? flag(flags, "selector");
    const labels = labelText ? parseLabels(labelText) : { run: name };
    if (typeof labels === "string") return fail(labels);
    const port = flag(flags, "port");
    let containerPort: number | undefined;
    if (port !== undefined && port !== "") {
      if (!/^[+-]?\d+$/.test(port)) return fail("error: --port must be a number\n");
      containerPort = Number(port);
    }
    const env: { name: string; value: string }[] = [];
    for (const e of flags.values.get("env") ?? []) {
      const eq = e.indexOf("=");
      if (eq <= 0 || !/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(e.slice(0, eq))) return fail(`error: invalid env: ${e}\n`);
      env.push({ name: e.slice(0, eq), value: e.slice(eq + 1) });
    }
    const rest = args.slice(1);
    const useCommand = flags.bools.has("command");
    const pullPolicy = flag(flags, "image-pull-policy");
    if (pullPolicy && !["Always", "IfNotPresent", "Never"].includes(pullPolicy)) return fail(`error: invalid image pull policy: ${pullPolicy}\n`);
    if (flags.bools.has("expose") && !port) return fail("error: --port must be set when exposing a service\n");
    // Container fields in Go struct order: name, image, command, args, ports, env, resources, imagePullPolicy.
    const container: Record<string, unknown> = {
      name,
      image,
      ...(rest.length && useCommand ? { command: rest } : {}),
      ...(rest.length && !useCommand ? { args: rest } : {}),
      ...(containerPort !== undefined ? { ports: [{ containerPort }] } : {}),
      ...(env.length ? { env } : {}),
      resources: {},
      ...(pullPolicy ? { imagePullPolicy: pullPolicy } : {}),
    };
    const sa = flag(flags, "serviceaccount");
    const pod = {
      kind: "Pod",
      apiVersion: "v1",
      metadata: meta(name, flag(flags, "namespace"), labels),
      spec: { containers: [container], restartPolicy: restart, dnsPolicy: "ClusterFirst", ...(sa ? { serviceAccountName: sa } : {}) },
      status: {},
    };
    const created = emit(ctx, flags, pod as never, "pod", true);
    if (created.exitCode !== 0 || !flags.bools.has("expose")) return created;
    // --expose: a ClusterIP Service selecting the pod; its own labels only when --labels was given.
    const svc = {
      kind: "Service",
      apiVersion: "v1",
      metadata: meta(name, flag(flags, "namespace"), labelText ? labels : undefined),
      spec: { ports: [{ protocol: "TCP", port: containerPort, targetPort: containerPort }], selector: labels },
      status: { loadBalancer: {} },
    };
    const exposed = emit(ctx, flags, svc as never, "service", true);
    return { stdout: created.stdout + (flag(flags, "output") === "yaml" ? "---\n" : "") + exposed.stdout, stderr: exposed.stderr, exitCode: exposed.exitCode };
  },
};
