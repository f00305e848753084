import { describe, expect, it } from "vitest";
import { alreadyExists, conflict, forbidden, invalid, notFound } from "./errors";

const deploy = { kind: "Deployment", resource: "deployments", group: "apps" };
const pod = { kind: "Pod", resource: "pods", group: "" };

describe("kube-apiserver error texts", () => {
  it("NotFound / AlreadyExists / Conflict name the group resource", () => {
    expect(notFound(deploy, "web").message).toBe('deployments.apps "web" not found');
    expect(notFound(pod, "x").message).toBe('pods "x" not found');
    expect(notFound({ kind: "Namespace", resource: "namespaces", group: "" }, "foo").message).toBe('namespaces "foo" not found');
    expect(alreadyExists(deploy, "web").message).toBe('deployments.apps "web" already exists');
    expect(conflict(deploy, "web").message).toBe(
      'Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again',
    );
    expect([notFound(pod, "x").code, alreadyExists(pod, "x").code, conflict(pod, "x").code]).toEqual([404, 409, 409]);
  });

  it("Forbidden with and without a name", () => {
    expect(forbidden(pod, "x", "unable to create new content in namespace foo because it is being terminated").message).toBe(
      'pods "x" is forbidden: unable to create new content in namespace foo because it is being terminated',
    );
    expect(forbidden(pod, "", "nope").message).toBe("pods is forbidden: nope");
  });

  it("Invalid: one error bare, several bracketed; values printed as Go does", () => {
    expect(invalid(deploy, "web", [{ type: "Invalid value", field: "spec.replicas", value: -1, detail: "must be greater than or equal to 0" }]).message).toBe(
      'Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
    const e = invalid(pod, "p", [
      { type: "Required value", field: "spec.containers[0].image" },
      { type: "Invalid value", field: "metadata.name", value: "Bad", detail: "x" },
      { type: "Unsupported value", field: "spec.restartPolicy", value: "Sometimes", detail: 'supported values: "Always", "Never", "OnFailure"' },
      { type: "Invalid value", field: "spec.selector", value: { matchLabels: { a: "b" } }, detail: "y" },
      { type: "Forbidden", field: "spec", detail: "pod updates may not change fields" },
      { type: "Too long", field: "metadata.annotations", detail: "may not be more than 262144 bytes" },
    ]);
    expect(e.message).toBe(
      'Pod "p" is invalid: [spec.containers[0].image: Required value, metadata.name: Invalid value: "Bad": x, spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure", spec.selector: Invalid value: {"matchLabels":{"a":"b"}}: y, spec: Forbidden: pod updates may not change fields, metadata.annotations: Too long: may not be more than 262144 bytes]',
    );
    expect([e.code, e.reason]).toEqual([422, "Invalid"]);
  });

  it("Invalid drops duplicate messages like ToAggregate", () => {
    const dup = { type: "Required value" as const, field: "spec.x" };
    expect(invalid(pod, "p", [dup, dup]).message).toBe('Pod "p" is invalid: spec.x: Required value');
  });
});
