// kubectl create deployment / job (kubectl pkg/cmd/create/create_deployment.go, create_job.go).
// A Deployment is labelled app=NAME and names each container after its image's last path
// element without tag or digest; a Job's single container is named after the Job.
import { fail, type KubectlResult } from "../context";
import { flag } from "../flags";
import { emit, meta } from "./create-output";
import type { CreateSub } from "./create-subcommands";
import { fnv32a, safeEncodeString, utf8 } from "../../util/hash";

/**
 * "registry.io/team/nginx:1.25" → "nginx". A name with "_" or "." gets those turned into "-"
 * plus a 5-character suffix (sanitizeAndUniquify); upstream draws the suffix at random, the
 * simulator derives it from the image so runs stay deterministic.
 */
export function containerNameFor(image: string): string {
  let name = image.split("/").at(-1) ?? image;
  name = name.split(":")[0] ?? name;
  name = name.split("@")[0] ?? name;
  if (!/[_.]/.test(name)) return name;
  const suffix = safeEncodeString(String(fnv32a(utf8(image)))).padEnd(5, "b").slice(0, 5);
  return `${name.replace(/[_.]/g, "-")}-${suffix}`;
}

const int32 = (text: string, flagName: string, cmd: string): number | string =>
  /^[+-]?\d+$/.test(text) ? Number(text) : `error: invalid argument "${text}" for "--${flagName}" flag: strconv.ParseInt: parsing "${text}": invalid syntax\nSee 'kubectl create ${cmd} --help' for usage.\n`;

export const createDeployment: CreateSub = {
  name: "deployment",
  aliases: ["deploy"],
  valueFlags: ["image", "port", "replicas"],
  run(ctx, name, rest, flags): KubectlResult {
    const images = (flags.values.get("image") ?? []).flatMap((v) => v.split(",")).filter((v) => v !== "");
    if (!flags.values.has("image")) return fail('error: required flag(s) "image" not set\n');
    if (images.length > 1 && rest.length > 0) return fail("error: cannot specify multiple --image options and command\n");
    const replicas = int32(flag(flags, "replicas") ?? "1", "replicas", "deployment");
    if (typeof replicas === "string") return fail(replicas);
    const port = int32(flag(flags, "port") ?? "-1", "port", "deployment");
    if (typeof port === "string") return fail(port);
    const labels = { app: name };
    // Container fields in Go struct order: name, image, command, ports, resources. Only the first container gets --port.
    const containers = images.map((image, i) => ({
      name: containerNameFor(image),
      image,
      ...(rest.length ? { command: rest } : {}),
      ...(i === 0 && port >= 0 ? { ports: [{ containerPort: port }] } : {}),
      resources: {},
    }));
    const deploy = {
      kind: "Deployment",
      apiVersion: "apps/v1",
      metadata: meta(name, flag(flags, "namespace"), labels),
      spec: {
        replicas,
        selector: { matchLabels: labels },
        template: { metadata: { creationTimestamp: null, labels }, spec: { containers } },
        strategy: {},
      },
      status: {},
    };
    return emit(ctx, flags, deploy as never, "deployment.apps", true, "created", "failed to create deployment: ");
  },
};

export const createJob: CreateSub = {
  name: "job",
  aliases: [],
  valueFlags: ["image", "from"],
  run(ctx, name, rest, flags): KubectlResult {
    const image = flag(flags, "image");
    const from = flag(flags, "from");
    if (!image === !from) return fail("error: either --image or --from must be specified\n");
    if (from) return fail("error: --from is not supported by this simulator\n");
    const container = { name, image, ...(rest.length ? { command: rest } : {}), resources: {} };
    const job = {
      kind: "Job",
      apiVersion: "batch/v1",
      metadata: meta(name, flag(flags, "namespace")),
      spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [container], restartPolicy: "Never" } } },
      status: {},
    };
    return emit(ctx, flags, job as never, "job.batch", true, "created", "failed to create job: ");
  },
};
