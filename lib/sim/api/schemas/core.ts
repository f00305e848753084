// core/v1 kinds other than Pod: Service, ConfigMap, Secret, Namespace, Node, PV, PVC, Endpoints.
import { type Schema, any, arrayOf, bool, bytes, int32, intstr, mapOf, str, strMap, strings, struct, time } from "./types";
import { labelSelector, object } from "./meta";
import { otherVolumeSources, podSpec, resourceList } from "./pod";

/** map[string][]byte: JSON carries base64 strings (checked by the Secret kind itself). */
const bytesMap = mapOf(bytes);

export const persistentVolumeClaim = object("PersistentVolumeClaim", "v1", {
  spec: struct("PersistentVolumeClaimSpec", {
    accessModes: strings,
    selector: labelSelector,
    resources: struct("VolumeResourceRequirements", { limits: resourceList, requests: resourceList }),
    volumeName: str,
    storageClassName: str,
    volumeMode: str,
    dataSource: any,
    dataSourceRef: any,
    volumeAttributesClassName: str,
  }),
});

const serviceSpec = struct("ServiceSpec", {
  ports: arrayOf(struct("ServicePort", { name: str, protocol: str, appProtocol: str, port: int32, targetPort: intstr, nodePort: int32 })),
  selector: strMap,
  clusterIP: str,
  clusterIPs: strings,
  type: str,
  externalIPs: strings,
  sessionAffinity: str,
  loadBalancerIP: str,
  loadBalancerSourceRanges: strings,
  externalName: str,
  externalTrafficPolicy: str,
  healthCheckNodePort: int32,
  publishNotReadyAddresses: bool,
  sessionAffinityConfig: any,
  ipFamilies: strings,
  ipFamilyPolicy: str,
  allocateLoadBalancerNodePorts: bool,
  loadBalancerClass: str,
  internalTrafficPolicy: str,
  trafficDistribution: str,
});

const endpointAddress = struct("EndpointAddress", { ip: str, hostname: str, nodeName: str, targetRef: any });

export const coreSchemas: Record<string, Schema> = {
  Service: object("Service", "v1", { spec: serviceSpec }),
  ConfigMap: object("ConfigMap", "v1", { data: strMap, binaryData: bytesMap, immutable: bool }),
  Secret: object("Secret", "v1", { data: bytesMap, stringData: strMap, type: str, immutable: bool }),
  Namespace: object("Namespace", "v1", { spec: struct("NamespaceSpec", { finalizers: strings }) }),
  Node: object("Node", "v1", {
    spec: struct("NodeSpec", {
      podCIDR: str,
      podCIDRs: strings,
      providerID: str,
      unschedulable: bool,
      taints: arrayOf(struct("Taint", { key: str, value: str, effect: str, timeAdded: time })),
      configSource: any,
      externalID: str,
    }),
  }),
  PersistentVolume: object("PersistentVolume", "v1", {
    spec: struct("PersistentVolumeSpec", {
      capacity: resourceList,
      accessModes: strings,
      claimRef: any,
      persistentVolumeReclaimPolicy: str,
      storageClassName: str,
      mountOptions: strings,
      volumeMode: str,
      nodeAffinity: any,
      volumeAttributesClassName: str,
      hostPath: struct("HostPathVolumeSource", { path: str, type: str }),
      ...otherVolumeSources,
    }),
  }),
  PersistentVolumeClaim: persistentVolumeClaim,
  Endpoints: object("Endpoints", "v1", {
    subsets: arrayOf(
      struct("EndpointSubset", {
        addresses: arrayOf(endpointAddress),
        notReadyAddresses: arrayOf(endpointAddress),
        ports: arrayOf(struct("EndpointPort", { name: str, port: int32, protocol: str, appProtocol: str })),
      }),
    ),
  }),
  Pod: object("Pod", "v1", { spec: podSpec }),
};

