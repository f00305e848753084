import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster";
import { jobKind } from "./job";
import vectors from "../fidelity/k8s-vectors.json";

/* eslint-disable @typescript-eslint/no-explicit-any */

const job = (spec: any = {}, name = "pi") => ({
  apiVersion: "batch/v1",
  kind: "Job",
  metadata: { name },
  spec: { template: { spec: { containers: [{ name: "pi", image: "busybox:1.36", command: ["sleep", "5"] }], restartPolicy: "Never" } }, ...spec },
});

const create = (obj: any) => {
  const c = createCluster();
  return { c, out: c.internals.client("test").create(obj) };
};
const createError = (obj: any) => {
  try {
    create(obj);
  } catch (e) {
    return (e as Error).message;
  }
  return "created";
};

describe("Job kind", () => {
  it("SetDefaults_Job and the generated selector and labels", () => {
    const { out } = create(job());
    const uid = out.metadata.uid;
    expect(out.spec).toMatchObject({ completions: 1, parallelism: 1, backoffLimit: 6, completionMode: "NonIndexed", suspend: false, manualSelector: false, podReplacementPolicy: "TerminatingOrFailed" });
    expect(out.spec.selector).toEqual({ matchLabels: { "batch.kubernetes.io/controller-uid": uid } });
    const expected = { "batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": "pi", "controller-uid": uid, "job-name": "pi" };
    expect(out.spec.template.metadata.labels).toEqual(expected);
    expect(out.metadata.labels).toEqual(expected);
    expect(out.spec.template.spec).toMatchObject({ dnsPolicy: "ClusterFirst", schedulerName: "default-scheduler", terminationGracePeriodSeconds: 30, securityContext: {} });
    expect(out.spec.template.spec.tolerations).toBeUndefined();
    expect(out.spec.template.spec.containers[0]).toMatchObject({ imagePullPolicy: "IfNotPresent", terminationMessagePath: "/dev/termination-log", terminationMessagePolicy: "File", resources: {} });
  });
  it("parallelism alone leaves completions unset; podFailurePolicy defaults replacement to Failed", () => {
    expect(create(job({ parallelism: 3 })).out.spec.completions).toBeUndefined();
    expect(create(job({ podFailurePolicy: { rules: [] } })).out.spec.podReplacementPolicy).toBe("Failed");
  });
  it("restartPolicy must be OnFailure or Never (Always is the pod default)", () => {
    const always = job();
    delete (always.spec.template.spec as any).restartPolicy;
    expect(createError(always)).toBe('Job.batch "pi" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"');
    const bad = job();
    (bad.spec.template.spec as any).restartPolicy = "Sometimes";
    expect(createError(bad)).toBe('Job.batch "pi" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "OnFailure", "Never"');
  });
  it("negative counts, Indexed without completions, bad selector", () => {
    expect(createError(job({ backoffLimit: -1 }))).toBe('Job.batch "pi" is invalid: spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0');
    expect(createError(job({ completionMode: "Indexed", parallelism: 2 }))).toBe('Job.batch "pi" is invalid: spec.completions: Required value: when completion mode is Indexed');
    expect(createError(job({ completionMode: "Sometimes" }))).toBe('Job.batch "pi" is invalid: spec.completionMode: Unsupported value: "Sometimes": supported values: "NonIndexed", "Indexed"');
    expect(createError(job({ manualSelector: true }))).toBe('Job.batch "pi" is invalid: spec.selector: Required value');
    expect(createError(job({ manualSelector: true, selector: { matchLabels: { app: "x" } } }))).toContain("spec.template.metadata.labels: Invalid value: ");
    expect(createError(job({ manualSelector: true, selector: { matchLabels: { app: "x" } } }))).toContain("`selector` does not match template `labels`");
    const tooLong = "a".repeat(62);
    expect(createError(job({ completionMode: "Indexed", completions: 10 }, tooLong))).toBe(`Job.batch "${tooLong}" is invalid: metadata.name: Invalid value: "${tooLong}": will not able to create pod with invalid DNS label: ${tooLong}-9`);
  });
  it("completions and the template are immutable; parallelism is not", () => {
    const { c, out } = create(job({ completions: 3 }));
    const api = c.internals.client("test");
    expect(api.update({ ...out, spec: { ...out.spec, parallelism: 2 } }).spec.parallelism).toBe(2);
    const fresh = api.get("jobs", "default", "pi");
    expect(() => api.update({ ...fresh, spec: { ...fresh.spec, completions: 4 } })).toThrow('Job.batch "pi" is invalid: spec.completions: Invalid value: 4: field is immutable');
  });
  it("KO-COL-10 kubectl get jobs headers", () => {
    const c = (vectors as any).cases.find((x: any) => x.id === "KO-COL-10");
    const headers = (wide: boolean) => jobKind.columns.filter((k) => wide || k.priority === 0).map((k) => k.name.toUpperCase());
    expect(headers(false)).toEqual(c.expected.headers);
    expect(headers(true)).toEqual(c.expected.wideHeaders);
  });
  it("STATUS and COMPLETIONS cells (printJob)", () => {
    const cells = (o: any) => jobKind.columns.slice(0, 3).map((k) => k.cell(o, 0));
    const base = { apiVersion: "batch/v1", kind: "Job", metadata: { name: "pi", uid: "u", resourceVersion: "1", creationTimestamp: "2026-01-01T00:00:00Z" } };
    expect(cells({ ...base, spec: { completions: 3 }, status: { succeeded: 1 } })).toEqual(["pi", "Running", "1/3"]);
    expect(cells({ ...base, spec: { parallelism: 2 }, status: {} })).toEqual(["pi", "Running", "0/1 of 2"]);
    expect(cells({ ...base, spec: { completions: 1 }, status: { conditions: [{ type: "FailureTarget", status: "True" }] } })[1]).toBe("FailureTarget");
    expect(cells({ ...base, spec: { completions: 1 }, status: { conditions: [{ type: "Suspended", status: "True" }] } })[1]).toBe("Suspended");
    expect(cells({ ...base, spec: { completions: 1 }, status: { conditions: [{ type: "Complete", status: "True" }] } })[1]).toBe("Complete");
    const dur = jobKind.columns[3]!;
    expect(dur.cell({ ...base, status: {} } as any, 0)).toBe("");
    expect(dur.cell({ ...base, status: { startTime: "2026-01-01T00:00:00Z", completionTime: "2026-01-01T00:00:42Z" } } as any, 600_000)).toBe("42s");
    expect(dur.cell({ ...base, status: { startTime: "2026-01-01T00:00:00Z" } } as any, 150_000)).toBe("2m30s");
  });
});
