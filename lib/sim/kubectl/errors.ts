// How kubectl prints API failures (k8s.io/kubectl/pkg/cmd/util/helpers.go checkErr and
// StandardErrorMessage): "Error from server (<Reason>): <message>"; for Invalid, "The <Kind>
// <"name"> is invalid" (or "The request is invalid" without kind and name) followed by the
// status causes as "<field>: <message>", one after ": " or, when several, each on its own
// "* " line (MultilineError).

interface StatusLike {
  reason?: string;
  message?: string;
  details?: { kind?: string; name?: string; causes?: { field?: string; message?: string }[] };
}

export function isApiError(e: unknown): e is Required<Pick<StatusLike, "reason" | "message">> & StatusLike {
  return typeof e === "object" && e !== null && typeof (e as StatusLike).reason === "string" && typeof (e as StatusLike).message === "string";
}

export function isNotFound(e: unknown): boolean {
  return isApiError(e) && e.reason === "NotFound";
}

function invalidText(e: StatusLike): string {
  const d = e.details;
  if (!d) return "The request is invalid\n";
  const s = d.kind || d.name ? `The ${d.kind ?? ""} ${JSON.stringify(d.name ?? "")} is invalid` : "The request is invalid";
  const msgs = [...new Set((d.causes ?? []).map((c) => `${c.field ?? ""}: ${c.message ?? ""}`))];
  if (msgs.length === 0) return `${s}\n`;
  if (msgs.length === 1) return `${s}: ${msgs[0]}\n`;
  return `${s}: \n${msgs.map((m) => `* ${m}\n`).join("")}`;
}

export function formatApiError(e: unknown): string {
  if (isApiError(e)) {
    if (e.reason === "Invalid") return invalidText(e);
    return `Error from server (${e.reason}): ${e.message}\n`;
  }
  return `error: ${e instanceof Error ? e.message : String(e)}\n`;
}
