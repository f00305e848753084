// How kubectl prints API failures (k8s.io/kubectl/pkg/cmd/util/helpers.go StandardErrorMessage):
// "Error from server (<Reason>): <message>", and "The <message>" for Invalid.

interface StatusLike {
  reason?: string;
  message?: string;
}

export function isApiError(e: unknown): e is Required<StatusLike> {
  return typeof e === "object" && e !== null && typeof (e as StatusLike).reason === "string" && typeof (e as StatusLike).message === "string";
}

export function isNotFound(e: unknown): boolean {
  return isApiError(e) && e.reason === "NotFound";
}

export function formatApiError(e: unknown): string {
  if (isApiError(e)) {
    if (e.reason === "Invalid") return `The ${e.message}\n`;
    return `Error from server (${e.reason}): ${e.message}\n`;
  }
  return `error: ${e instanceof Error ? e.message : String(e)}\n`;
}
