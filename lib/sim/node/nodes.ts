// Kind-like Node objects: kind-control-plane (tainted) plus kind-worker, kind-worker2, …
import type { ObjectInput } from "../types";

export interface NodeSpec {
  name?: string;
  role?: "control-plane" | "worker";
  cpu?: string;
  memory?: string;
  pods?: number;
  labels?: Record<string, string>;
  taints?: { key: string; value?: string; effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute" }[];
}

export const KUBELET_VERSION = "v1.34.0";
export const CONTAINER_RUNTIME = "containerd://2.1.3";

/** `nodes: 3` → control plane + 2 workers (the default kind layout). */
export function expandNodeSpecs(nodes: number | NodeSpec[] | undefined): NodeSpec[] {
  if (Array.isArray(nodes)) return nodes;
  const n = Math.max(1, Math.min(nodes ?? 3, 100));
  return Array.from({ length: n }, (_, i) => ({ role: i === 0 ? "control-plane" : "worker" }));
}

function defaultName(spec: NodeSpec, workerIndex: number): string {
  if (spec.name) return spec.name;
  if (spec.role === "control-plane") return "kind-control-plane";
  return workerIndex === 1 ? "kind-worker" : `kind-worker${workerIndex}`;
}

/** Node manifests; addresses follow the fixed 172.18.0.<i+2> plan, pod CIDRs 10.244.<i>.0/24. */
export function createNodeObjects(nodes?: number | NodeSpec[], timestamp = ""): ObjectInput[] {
  let worker = 0;
  return expandNodeSpecs(nodes).map((spec, i) => {
    const cp = spec.role === "control-plane";
    const name = defaultName(spec, cp ? 0 : ++worker);
    const labels: Record<string, string> = {
      "beta.kubernetes.io/arch": "amd64",
      "beta.kubernetes.io/os": "linux",
      "kubernetes.io/arch": "amd64",
      "kubernetes.io/hostname": name,
      "kubernetes.io/os": "linux",
      ...(cp ? { "node-role.kubernetes.io/control-plane": "", "node.kubernetes.io/exclude-from-external-load-balancers": "" } : {}),
      ...spec.labels,
    };
    const taints = spec.taints ?? (cp ? [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" as const }] : []);
    const resources = { cpu: spec.cpu ?? "4", "ephemeral-storage": "100Gi", memory: spec.memory ?? "8Gi", pods: String(spec.pods ?? 110) };
    const condition = (type: string, status: string, reason: string, message: string) => ({
      type, status, lastHeartbeatTime: timestamp, lastTransitionTime: timestamp, reason, message,
    });
    return {
      apiVersion: "v1",
      kind: "Node",
      metadata: { name, labels, annotations: { "node.alpha.kubernetes.io/ttl": "0", "volumes.kubernetes.io/controller-managed-attach-detach": "true" } },
      spec: { podCIDR: `10.244.${i}.0/24`, podCIDRs: [`10.244.${i}.0/24`], providerID: `kind://docker/kind/${name}`, ...(taints.length ? { taints } : {}) },
      status: {
        capacity: { ...resources },
        allocatable: { ...resources },
        conditions: [
          condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
          condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
          condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
          condition("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
        ],
        addresses: [{ type: "InternalIP", address: `172.18.0.${i + 2}` }, { type: "Hostname", address: name }],
        daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
        nodeInfo: {
          machineID: "", systemUUID: "", bootID: "",
          kernelVersion: "6.8.0-1015-gcp", osImage: "Debian GNU/Linux 12 (bookworm)",
          containerRuntimeVersion: CONTAINER_RUNTIME, kubeletVersion: KUBELET_VERSION, kubeProxyVersion: "",
          operatingSystem: "linux", architecture: "amd64",
        },
        images: [],
      },
    };
  });
}
