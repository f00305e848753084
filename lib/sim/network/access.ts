// How kubectl (exec, and the laptop's curl/hey) reaches the network model inside a cluster: a
// fresh NetworkView per call, the cluster's seeded random for endpoint picks (iptables'
// statistic match), kube-proxy's ClientIP affinity table kept in component state (so it is in
// the snapshot), and the trace for every hop.
import type { ControllerContext, Lister } from "../types";
import type { NetEnv } from "./request";
import type { AffinityTable } from "./route";
import { viewFromLister } from "./view";

export interface NetworkAccess {
  readonly lister: Lister;
  env(): NetEnv;
}

export function networkAccess(ctx: ControllerContext, epochMs: number): NetworkAccess {
  return {
    lister: ctx.lister,
    env: () => ({
      view: viewFromLister(ctx.lister),
      now: ctx.now(),
      epochMs,
      pick: (n) => ctx.random.int(n),
      affinity: ctx.state<{ affinity: AffinityTable }>(() => ({ affinity: {} })).affinity,
      trace: (e) => ctx.trace(e),
    }),
  };
}
