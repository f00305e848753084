// IngressClass (networking.k8s.io/v1, cluster-scoped): which controller implements a class,
// validateIngressClassSpec's checks, printIngressClass's columns (NAME CONTROLLER PARAMETERS AGE).
import type { FieldError, KindSpec, KubeObject } from "../types";
import { sinceText } from "../node/time";
import { isDNS1123Subdomain } from "../labels/validation";

/** IsDomainPrefixedPath: "example.com/path", a DNS subdomain then an HTTP path. */
function domainPrefixedPath(field: string, value: string): FieldError[] {
  const slash = value.indexOf("/");
  if (slash < 0) return [{ type: "Invalid value", field, value, detail: 'must be a domain-prefixed path (such as "acme.io/foo")' }];
  const errs: FieldError[] = isDNS1123Subdomain(value.slice(0, slash)).map((detail) => ({ type: "Invalid value", field, value: value.slice(0, slash), detail }));
  if (!/^[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/.test(value.slice(slash + 1))) {
    errs.push({ type: "Invalid value", field, value: value.slice(slash + 1), detail: "Invalid path: must consist of characters matching [A-Za-z0-9/\\-._~%!$&'()*+,;=:]" });
  }
  return errs;
}

export function validateIngressClass(obj: KubeObject, old: KubeObject | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const controller: string = obj.spec?.controller ?? "";
  if (!controller) errs.push({ type: "Required value", field: "spec.controller", detail: "" });
  else if (controller.length > 250) errs.push({ type: "Too long", field: "spec.controller", detail: "may not be more than 250 bytes" });
  else errs.push(...domainPrefixedPath("spec.controller", controller));
  if (old && old.spec?.controller !== controller) errs.push({ type: "Invalid value", field: "spec.controller", value: controller, detail: "field is immutable" });
  const p = obj.spec?.parameters;
  if (p) {
    if (!p.kind) errs.push({ type: "Required value", field: "spec.parameters.kind", detail: "" });
    if (!p.name) errs.push({ type: "Required value", field: "spec.parameters.name", detail: "" });
    if (p.scope !== undefined && p.scope !== "Cluster" && p.scope !== "Namespace") errs.push({ type: "Unsupported value", field: "spec.parameters.scope", value: p.scope, detail: `supported values: "Cluster", "Namespace"` });
    if (p.scope === "Namespace" && !p.namespace) errs.push({ type: "Required value", field: "spec.parameters.namespace", detail: "`parameters.scope` is set to 'Namespace'" });
    if (p.scope === "Cluster" && p.namespace) errs.push({ type: "Forbidden", field: "spec.parameters.namespace", detail: "`parameters.scope` is set to 'Cluster'" });
  }
  return errs;
}

function parameters(o: KubeObject): string {
  const p = o.spec?.parameters;
  if (!p) return "<none>";
  return `${p.apiGroup ? `${p.kind}.${p.apiGroup}` : p.kind}/${p.name}`;
}

export const ingressClassKind: KindSpec = {
  kind: "IngressClass",
  apiVersion: "networking.k8s.io/v1",
  group: "networking.k8s.io",
  resource: "ingressclasses",
  singular: "ingressclass",
  shortNames: [],
  namespaced: false,
  statusSubresource: false,
  tracksGeneration: true,
  defaults(obj) {
    const p = obj.spec?.parameters;
    if (p && p.scope === undefined) p.scope = "Cluster";
  },
  validate: validateIngressClass,
  columns: [
    { name: "Name", priority: 0, cell: (o) => o.metadata.name },
    { name: "Controller", priority: 0, cell: (o) => o.spec?.controller ?? "" },
    { name: "Parameters", priority: 0, cell: parameters },
    { name: "Age", priority: 0, cell: (o, now, epoch) => sinceText(o.metadata.creationTimestamp, now, epoch) },
  ],
};
