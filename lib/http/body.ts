// Request bodies read with a hard size cap, for every route that takes one: the declared
// Content-Length is refused up front, and a body sent without one (or lying about it) stops
// being read at the cap, so an oversized request never sits whole in memory.

/** The body as text; null when it is larger than `max` bytes; undefined when it is not UTF-8. */
export async function readBodyCapped(request: Request, max: number): Promise<string | null | undefined> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
