// Resolving what the user typed ("po", "pods", "deploy", "deployments.apps", "Pod") to a
// KindSpec, as kubectl's RESTMapper does, and the names kubectl prints for objects.
import type { KindSpec } from "../types";

export function resolveKind(kinds: readonly KindSpec[], text: string): KindSpec | undefined {
  const lower = text.toLowerCase();
  const dot = lower.indexOf(".");
  const name = dot < 0 ? lower : lower.slice(0, dot);
  const group = dot < 0 ? undefined : lower.slice(dot + 1);
  return kinds.find(
    (k) =>
      (group === undefined || k.group === group) &&
      (k.resource === name || k.singular === name || k.kind.toLowerCase() === name || k.shortNames.includes(name)),
  );
}

export function kindByGVK(kinds: readonly KindSpec[], apiVersion: string, kind: string): KindSpec | undefined {
  return kinds.find((k) => k.apiVersion === apiVersion && k.kind === kind);
}

/** "deployment.apps" / "pod": the name printer's resource part. */
export const kindRef = (k: KindSpec) => (k.group ? `${k.kind.toLowerCase()}.${k.group}` : k.kind.toLowerCase());
/** "deployments.apps" / "pods": GroupResource.String() as in API error messages. */
export const groupResource = (k: KindSpec) => (k.group ? `${k.resource}.${k.group}` : k.resource);

export const unknownResource = (text: string) => `error: the server doesn't have a resource type "${text}"\n`;

/**
 * The API server's deprecation warning for a kind (a Warning header on every request, printed
 * once by kubectl's warning handler): core/v1 Endpoints since 1.33.
 */
export const deprecationWarning = (k: KindSpec): string =>
  k.kind === "Endpoints" && k.apiVersion === "v1" ? "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n" : "";
