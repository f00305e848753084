// How kubectl (exec, and the laptop's curl/hey) reaches the network model inside a cluster: a
// fresh NetworkView per call, the cluster's seeded random for endpoint picks (iptables'
// statistic match), kube-proxy's ClientIP affinity table kept in component state (so it is in
// the snapshot), and the trace for every hop.
import type { ControllerContext, KubeObject, Lister } from "../types";
import { containerView, emptyState as emptyKubeletState } from "../node/kubelet";
import type { NetEnv } from "./request";
import type { AffinityTable } from "./route";
import { viewFromLister } from "./view";

export interface NetworkAccess {
  readonly lister: Lister;
  env(): NetEnv;
  /** What a running container sees from the kubelet: the env it was created with, its mounted ConfigMap/Secret files. */
  containerView?(pod: KubeObject, container: string): { env?: [string, string][]; files: Record<string, string> } | undefined;
}

export function networkAccess(ctx: ControllerContext, epochMs: number, kubelet?: ControllerContext): NetworkAccess {
  return {
    lister: ctx.lister,
    containerView: kubelet ? (pod, container) => containerView(kubelet.state(emptyKubeletState), pod, container) : undefined,
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
