// API errors as kube-apiserver renders them (apimachinery pkg/api/errors/errors.go and
// pkg/util/validation/field/errors.go). kubectl prints `Error from server (<reason>): <message>`.
import type { FieldError, KindSpec, StatusReason } from "../types";

export interface StatusCause {
  reason: string;
  message: string;
  field: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind: string;
  causes?: StatusCause[];
}

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: StatusReason,
    message: string,
    readonly details?: StatusDetails,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The metav1.Status body a client would receive. */
  status(): Record<string, unknown> {
    return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: this.message, reason: this.reason, details: this.details, code: this.code };
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

type Kindish = Pick<KindSpec, "resource" | "group" | "kind">;

/** GroupResource.String(): "deployments.apps", core "pods". */
export const groupResource = (k: Pick<KindSpec, "resource" | "group">) => (k.group ? `${k.resource}.${k.group}` : k.resource);
/** GroupKind.String(): "Deployment.apps", core "Pod". */
export const groupKind = (k: Pick<KindSpec, "kind" | "group">) => (k.group ? `${k.kind}.${k.group}` : k.kind);

const details = (k: Kindish, name: string): StatusDetails => ({ name, ...(k.group ? { group: k.group } : {}), kind: k.resource });

export function notFound(k: Kindish, name: string): ApiError {
  return new ApiError(404, "NotFound", `${groupResource(k)} ${JSON.stringify(name)} not found`, details(k, name));
}

export function alreadyExists(k: Kindish, name: string): ApiError {
  return new ApiError(409, "AlreadyExists", `${groupResource(k)} ${JSON.stringify(name)} already exists`, details(k, name));
}

export const OPTIMISTIC_LOCK_MESSAGE = "the object has been modified; please apply your changes to the latest version and try again";

export function conflict(k: Kindish, name: string, why = OPTIMISTIC_LOCK_MESSAGE): ApiError {
  return new ApiError(409, "Conflict", `Operation cannot be fulfilled on ${groupResource(k)} ${JSON.stringify(name)}: ${why}`, details(k, name));
}

export function forbidden(k: Kindish, name: string, why: string): ApiError {
  const what = name === "" ? groupResource(k) : `${groupResource(k)} ${JSON.stringify(name)}`;
  return new ApiError(403, "Forbidden", `${what} is forbidden: ${why}`, details(k, name));
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, "BadRequest", message);
}

export function methodNotAllowed(verb: string, k: Kindish): ApiError {
  return new ApiError(405, "MethodNotAllowed", `${verb} is not supported on resources of kind ${JSON.stringify(groupResource(k))}`);
}

export function internalError(message: string): ApiError {
  return new ApiError(500, "InternalError", `Internal error occurred: ${message}`);
}

export function resourceExpired(message: string): ApiError {
  return new ApiError(410, "Expired", message);
}

/** field.Error.ErrorBody: the bad value is omitted for Required/Forbidden/Too long. */
export function fieldErrorBody(e: FieldError): string {
  let s: string = e.type;
  if (e.type !== "Required value" && e.type !== "Forbidden" && e.type !== "Too long") {
    s += `: ${formatValue(e.value)}`;
  }
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

/** Numbers and booleans print bare, strings Go-quoted, string slices as Go's %#v, anything else as JSON. */
function formatValue(v: unknown): string {
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return `[]string{${v.map((x) => JSON.stringify(x)).join(", ")}}`;
  if (v === undefined) return "null";
  return JSON.stringify(v) ?? "null";
}

export const fieldErrorString = (e: FieldError) => `${e.field}: ${fieldErrorBody(e)}`;

/**
 * errors.NewInvalid: `Deployment.apps "web" is invalid: <aggregate>`; the aggregate of one
 * error is its text, of several `[a, b]` (duplicates removed, as ToAggregate does).
 */
export function invalid(k: Kindish, name: string, errs: readonly FieldError[]): ApiError {
  const msgs = [...new Set(errs.map(fieldErrorString))];
  const agg = msgs.length === 1 ? msgs[0]! : `[${msgs.join(", ")}]`;
  const causes = errs.map((e) => ({ reason: causeType(e.type), message: fieldErrorBody(e), field: e.field }));
  return new ApiError(422, "Invalid", `${groupKind(k)} ${JSON.stringify(name)} is invalid: ${agg}`, {
    name,
    ...(k.group ? { group: k.group } : {}),
    kind: k.kind,
    causes,
  });
}

function causeType(t: FieldError["type"]): string {
  const map: Record<FieldError["type"], string> = {
    "Required value": "FieldValueRequired",
    "Invalid value": "FieldValueInvalid",
    "Unsupported value": "FieldValueNotSupported",
    Forbidden: "FieldValueForbidden",
    "Duplicate value": "FieldValueDuplicate",
    "Too long": "FieldValueTooLong",
    "Too many": "FieldValueTooMany",
    "Not found": "FieldValueNotFound",
  };
  return map[t];
}
