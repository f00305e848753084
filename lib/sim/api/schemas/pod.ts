// core/v1 PodSpec and its parts, as far as a learner's manifest goes. Rarely written nested
// structs (securityContext, affinity, tolerations…) are free-form: they are accepted, not checked.
import { type Schema, any, arrayOf, bool, int32, int64, intstr, quantity, str, strMap, strings, struct } from "./types";
import { objectMeta } from "./meta";

export const resourceList: Schema = { t: "map", go: "v1.ResourceList", of: quantity };

const probe = struct("Probe", {
  exec: struct("ExecAction", { command: strings }),
  httpGet: struct("HTTPGetAction", { path: str, port: intstr, host: str, scheme: str, httpHeaders: arrayOf(struct("HTTPHeader", { name: str, value: str })) }),
  tcpSocket: struct("TCPSocketAction", { port: intstr, host: str }),
  grpc: struct("GRPCAction", { port: int32, service: str }),
  initialDelaySeconds: int32,
  timeoutSeconds: int32,
  periodSeconds: int32,
  successThreshold: int32,
  failureThreshold: int32,
  terminationGracePeriodSeconds: int64,
});

const container = struct("Container", {
  name: str,
  image: str,
  command: strings,
  args: strings,
  workingDir: str,
  ports: arrayOf(struct("ContainerPort", { name: str, hostPort: int32, containerPort: int32, protocol: str, hostIP: str })),
  envFrom: any,
  env: arrayOf(struct("EnvVar", { name: str, value: str, valueFrom: any })),
  resources: struct("ResourceRequirements", { limits: resourceList, requests: resourceList, claims: any }),
  resizePolicy: any,
  restartPolicy: str,
  restartPolicyRules: any,
  volumeMounts: arrayOf(
    struct("VolumeMount", { name: str, readOnly: bool, recursiveReadOnly: str, mountPath: str, subPath: str, mountPropagation: str, subPathExpr: str }),
  ),
  volumeDevices: any,
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: any,
  terminationMessagePath: str,
  terminationMessagePolicy: str,
  imagePullPolicy: str,
  securityContext: any,
  stdin: bool,
  stdinOnce: bool,
  tty: bool,
});

/** Volume sources every kind of storage can name (PersistentVolume reuses the free-form ones). */
export const otherVolumeSources = Object.fromEntries(
  "awsElasticBlockStore gcePersistentDisk gitRepo nfs iscsi glusterfs rbd flexVolume cinder cephfs flocker downwardAPI fc azureFile vsphereVolume quobyte azureDisk photonPersistentDisk projected portworxVolume scaleIO storageos csi ephemeral image local"
    .split(" ")
    .map((k) => [k, any]),
);

const volume = struct("Volume", {
  name: str,
  hostPath: struct("HostPathVolumeSource", { path: str, type: str }),
  emptyDir: struct("EmptyDirVolumeSource", { medium: str, sizeLimit: quantity }),
  secret: struct("SecretVolumeSource", { secretName: str, items: any, defaultMode: int32, optional: bool }),
  configMap: struct("ConfigMapVolumeSource", { name: str, items: any, defaultMode: int32, optional: bool }),
  persistentVolumeClaim: struct("PersistentVolumeClaimVolumeSource", { claimName: str, readOnly: bool }),
  ...otherVolumeSources,
});

export const podSpec = struct("PodSpec", {
  volumes: arrayOf(volume),
  initContainers: arrayOf(container),
  containers: arrayOf(container),
  ephemeralContainers: any,
  restartPolicy: str,
  terminationGracePeriodSeconds: int64,
  activeDeadlineSeconds: int64,
  dnsPolicy: str,
  nodeSelector: strMap,
  serviceAccountName: str,
  serviceAccount: str,
  automountServiceAccountToken: bool,
  nodeName: str,
  hostNetwork: bool,
  hostPID: bool,
  hostIPC: bool,
  shareProcessNamespace: bool,
  securityContext: any,
  imagePullSecrets: any,
  hostname: str,
  hostnameOverride: str,
  subdomain: str,
  affinity: any,
  schedulerName: str,
  tolerations: any,
  hostAliases: any,
  priorityClassName: str,
  priority: int32,
  dnsConfig: any,
  readinessGates: any,
  runtimeClassName: str,
  enableServiceLinks: bool,
  preemptionPolicy: str,
  overhead: resourceList,
  topologySpreadConstraints: any,
  setHostnameAsFQDN: bool,
  os: any,
  hostUsers: bool,
  schedulingGates: any,
  resourceClaims: any,
  resources: struct("ResourceRequirements", { limits: resourceList, requests: resourceList, claims: any }),
});

export const podTemplateSpec = struct("PodTemplateSpec", { metadata: objectMeta, spec: podSpec });

