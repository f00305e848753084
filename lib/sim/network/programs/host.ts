// Programs on the learner's laptop, outside the cluster: the terminal line "curl …" or "hey …"
// (cluster.kubectl takes them as the same one entry point as kubectl lines). Traffic starts at
// the laptop (172.18.0.1 on kind's docker network): node IPs with NodePorts and LoadBalancer IPs
// are reachable, cluster IPs and pod IPs are not, cluster DNS names do not resolve.
import type { NetworkAccess } from "../access";
import { curl } from "./curl";
import { hey } from "./hey";
import type { ProgramResult } from "./result";

export const HOST_PROGRAMS = ["curl", "hey"] as const;

export function runHostProgram(net: NetworkAccess, argv: readonly string[]): ProgramResult | undefined {
  const [cmd, ...args] = argv;
  if (cmd === "curl") return curl({ ...net.env(), from: { external: true }, version: "8.5.0", tty: true }, args);
  if (cmd === "hey") return hey(net.env(), args);
  return undefined;
}
