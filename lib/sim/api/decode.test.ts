import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster";
import { ApiError } from "./errors";
import { decodeError } from "./decode";

// Texts: encoding/json's UnmarshalTypeError as kube-apiserver returns it (e.g. `ConfigMap in version
// "v1" cannot be handled as a ConfigMap: json: cannot unmarshal number into Go struct field
// ConfigMap.data of type string`), strict decoding's `strict decoding error: unknown field
// "spec.template.spec.containers[0].lifecycle.preStart"` (kubernetes e2e/KEP texts), and
// resource.Quantity's ErrFormatWrong.
const QTY = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const pod = (container: Record<string, unknown>, spec: Record<string, unknown> = {}) => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name: "p", namespace: "default" },
  spec: { containers: [{ name: "app", image: "nginx", ...container }], ...spec },
});
const deployment = (container: Record<string, unknown>) => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web" },
  spec: { replicas: 1, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "app", image: "nginx", ...container }] } } },
});

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error("expected an ApiError");
}

describe("decodeError: encoding/json type errors", () => {
  it("names the innermost Go struct and the json path without indices", () => {
    expect(decodeError({ kind: "Pod" }, pod({ image: 3 }))).toBe("json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string");
    expect(decodeError({ kind: "Deployment" }, deployment({ ports: [{ containerPort: "80" }] }))).toBe(
      "json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32",
    );
    expect(decodeError({ kind: "Pod" }, pod({}, { containers: "nginx" }))).toBe("json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container");
    expect(decodeError({ kind: "Pod" }, pod({}, { containers: ["nginx"] }))).toBe("json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type v1.Container");
    expect(decodeError({ kind: "Pod" }, { ...pod({}), spec: 3 })).toBe("json: cannot unmarshal number into Go struct field Pod.spec of type v1.PodSpec");
    expect(decodeError({ kind: "ConfigMap" }, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, data: { port: 80 } })).toBe(
      "json: cannot unmarshal number into Go struct field ConfigMap.data of type string",
    );
    expect(decodeError({ kind: "Pod" }, { ...pod({}), metadata: { name: "p", labels: { tier: true } } })).toBe(
      "json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string",
    );
  });

  it("integers: a fraction or an int32 overflow is reported with the number", () => {
    expect(decodeError({ kind: "Deployment" }, { ...deployment({}), spec: { ...deployment({}).spec, replicas: 1.5 } })).toBe(
      "json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32",
    );
    expect(decodeError({ kind: "Deployment" }, { ...deployment({}), spec: { ...deployment({}).spec, replicas: 3000000000 } })).toBe(
      "json: cannot unmarshal number 3000000000 into Go struct field DeploymentSpec.spec.replicas of type int32",
    );
    expect(decodeError({ kind: "Pod" }, pod({}, { terminationGracePeriodSeconds: "30" }))).toBe(
      "json: cannot unmarshal string into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64",
    );
  });

  it("the first type error in document order wins over later ones and over unknown fields", () => {
    expect(decodeError({ kind: "Pod" }, pod({ image: 3, command: 5, containerz: 1 }))).toBe(
      "json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string",
    );
  });

  it("Quantity and IntOrString unmarshallers: their own errors", () => {
    expect(decodeError({ kind: "Pod" }, pod({ resources: { requests: { cpu: "lots" } } }))).toBe(QTY);
    expect(decodeError({ kind: "Pod" }, pod({ resources: { limits: { memory: true } } }))).toBe(QTY);
    expect(decodeError({ kind: "Pod" }, pod({ resources: { limits: { cpu: 1, memory: "128Mi" }, requests: { cpu: 0.5 } } }))).toBeUndefined();
    for (const q of ["100m", "0.5Gi", "1e3", ".5", "+1Ki", " 2 "]) expect(decodeError({ kind: "Pod" }, pod({ resources: { requests: { memory: q } } })), q).toBeUndefined();
    for (const q of ["1.5.5", "1Mb", "", "1 Gi"]) expect(decodeError({ kind: "Pod" }, pod({ resources: { requests: { memory: q } } })), q).toBe(QTY);
    const svc = (targetPort: unknown) => ({ apiVersion: "v1", kind: "Service", metadata: { name: "s" }, spec: { ports: [{ port: 80, targetPort }] } });
    expect(decodeError({ kind: "Service" }, svc("http"))).toBeUndefined();
    expect(decodeError({ kind: "Service" }, svc(8080))).toBeUndefined();
    expect(decodeError({ kind: "Service" }, svc(true))).toBe("json: cannot unmarshal bool into Go struct field ServicePort.spec.ports.targetPort of type int32");
    expect(decodeError({ kind: "Service" }, svc(80.5))).toBe("json: cannot unmarshal number 80.5 into Go struct field ServicePort.spec.ports.targetPort of type int32");
  });

  it("Secret data is []byte", () => {
    expect(decodeError({ kind: "Secret" }, { apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, data: { k: 1 } })).toBe(
      "json: cannot unmarshal number into Go struct field Secret.data of type []uint8",
    );
  });
});

describe("decodeError: strict decoding", () => {
  it("lists every unknown field with its indexed path, comma-separated, in document order", () => {
    expect(decodeError({ kind: "Pod" }, pod({}, { containerz: [] }))).toBe('strict decoding error: unknown field "spec.containerz"');
    expect(decodeError({ kind: "Deployment" }, { ...deployment({ imagePullPolicyy: "Always" }), foo: 1, spec: { ...deployment({ imagePullPolicyy: "Always" }).spec, replica: 2 } })).toBe(
      'strict decoding error: unknown field "spec.template.spec.containers[0].imagePullPolicyy", unknown field "spec.replica", unknown field "foo"',
    );
  });

  it("accepts null anywhere, free-form parts (status, securityContext) and kinds without a schema", () => {
    expect(decodeError({ kind: "Pod" }, pod({ image: null, securityContext: { whatever: 1 } }, { nodeSelector: null }))).toBeUndefined();
    expect(decodeError({ kind: "Pod" }, { ...pod({}), status: { anything: [1] } })).toBeUndefined();
    expect(decodeError({ kind: "Lease" }, { nonsense: 1 })).toBeUndefined();
    // A key whose value is undefined is not in the JSON body.
    expect(decodeError({ kind: "Pod" }, pod({ containerz: undefined }))).toBeUndefined();
  });
});

describe("decoding in the API server", () => {
  const setup = () => {
    const c = createCluster({ nodes: 1 });
    return { c, api: c.internals.client("test") };
  };

  it("create: 400 BadRequest `<Kind> in version \"<v>\" cannot be handled as a <Kind>: …`, nothing stored", () => {
    const { api } = setup();
    const e = apiError(() => api.create(pod({ image: 3 })));
    expect([e.code, e.reason, e.message]).toEqual([
      400,
      "BadRequest",
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string',
    ]);
    expect(apiError(() => api.create(deployment({ resources: { limits: { cpu: "lots" } } }))).message).toBe(`Deployment in version "v1" cannot be handled as a Deployment: ${QTY}`);
    expect(apiError(() => api.get("pods", "default", "p")).code).toBe(404);
  });

  it("update: the same decoding of the body", () => {
    const { api } = setup();
    const p = api.create(pod({}));
    const e = apiError(() => api.update({ ...p, spec: { ...p.spec, containerz: 1 } }));
    expect([e.code, e.message]).toEqual([400, 'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containerz"']);
  });

  it("merge patch: an Invalid on the field patch carrying the patched object", () => {
    const { api } = setup();
    api.create(deployment({}));
    const e = apiError(() => api.patch("deployments", "default", "web", { spec: { replicas: "3" } }));
    expect(e.code).toBe(422);
    expect(e.message).toMatch(/^ "" is invalid: patch: Invalid value: "\{.*\}": json: cannot unmarshal string into Go struct field DeploymentSpec\.spec\.replicas of type int32$/);
    expect(apiError(() => api.patch("deployments", "default", "web", { spec: { replicaz: 3 } })).message).toMatch(/: strict decoding error: unknown field "spec.replicaz"$/);
  });

  it("kubectl create -f -: Error from server (BadRequest): error when creating \"STDIN\": …, exit 1", () => {
    const { c } = setup();
    const cases: [string, string][] = [
      [
        "image: 3",
        'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string',
      ],
      ["image: nginx\n    containerz: 1", 'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].containerz"'],
      ["image: nginx\n    resources:\n      requests:\n        cpu: lots", `Pod in version "v1" cannot be handled as a Pod: ${QTY}`],
    ];
    for (const [line, msg] of cases) {
      const out = c.kubectl("create -f -", `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    ${line}\n`);
      expect(out).toEqual({ stdout: "", stderr: `Error from server (BadRequest): error when creating "STDIN": ${msg}\n`, exitCode: 1 });
    }
    const two = c.kubectl("create -f -", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containerz: []\n  containers:\n  - name: app\n    image: nginx\n    foo: bar\n");
    expect(two.stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containerz", unknown field "spec.containers[0].foo"\n',
    );
    // apply of a new object creates it, and says so in the error as kubectl does.
    const applied = c.kubectl("apply -f -", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: 3\n");
    expect(applied).toEqual({
      stdout: "",
      stderr: 'Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string\n',
      exitCode: 1,
    });
    expect(c.kubectl("apply -f -", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: nginx\n")).toEqual({
      stdout: "pod/p created\n",
      stderr: "",
      exitCode: 0,
    });
  });
});
