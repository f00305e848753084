// The client's address for per-IP rate limits.
//
// `next start` sets X-Forwarded-For to the socket's address only when the request has none
// (base-server: `x-forwarded-for ??= socket.remoteAddress`), so without a proxy in front a
// client can put any address there. Behind N trusted reverse proxies that each append the
// address they received from, the client is the entry N from the right. TRUSTED_PROXY_HOPS
// says N; with 0 (no proxy) the rightmost entry is used, which an attacker can forge — per-IP
// limits then only slow honest clients' mistakes, and the per-user limits carry the load.

/** Largest accepted header we bother to parse; longer ones are forged anyway. */
const MAX_HEADER = 2048;

export function clientIp(request: Request, trustedProxyHops = 0): string {
  const forwarded = (request.headers.get("x-forwarded-for") ?? "").slice(0, MAX_HEADER);
  const entries = forwarded
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const index = trustedProxyHops > 0 ? entries.length - trustedProxyHops : entries.length - 1;
  const picked = entries[Math.max(0, index)] ?? request.headers.get("x-real-ip")?.trim() ?? "";
  return normalizeIp(picked) || "unknown";
}

/** IPv4-mapped IPv6 (::ffff:1.2.3.4) counts as the IPv4 address; anything else non-IP is dropped. */
function normalizeIp(raw: string): string {
  const ip = raw.replace(/^\[|\]$/g, "").replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return ip;
  if (/^[0-9a-f:]+$/i.test(ip) && ip.includes(":") && ip.length <= 45) return ip.toLowerCase();
  return "";
}
