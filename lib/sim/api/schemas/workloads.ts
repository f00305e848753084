// apps/v1 and batch/v1 workload specs (both Go packages are named v1).
import { type Schema, any, bool, int32, int64, intstr, str, struct } from "./types";
import { labelSelector, object, objectMeta } from "./meta";
import { podTemplateSpec } from "./pod";
import { persistentVolumeClaim } from "./core";

const deploymentSpec = struct("DeploymentSpec", {
  replicas: int32,
  selector: labelSelector,
  template: podTemplateSpec,
  strategy: struct("DeploymentStrategy", {
    type: str,
    rollingUpdate: struct("RollingUpdateDeployment", { maxUnavailable: intstr, maxSurge: intstr }),
  }),
  minReadySeconds: int32,
  revisionHistoryLimit: int32,
  paused: bool,
  progressDeadlineSeconds: int32,
});

const replicaSetSpec = struct("ReplicaSetSpec", { replicas: int32, minReadySeconds: int32, selector: labelSelector, template: podTemplateSpec });

const statefulSetSpec = struct("StatefulSetSpec", {
  replicas: int32,
  selector: labelSelector,
  template: podTemplateSpec,
  volumeClaimTemplates: { t: "array", go: "[]v1.PersistentVolumeClaim", of: persistentVolumeClaim },
  serviceName: str,
  podManagementPolicy: str,
  updateStrategy: struct("StatefulSetUpdateStrategy", {
    type: str,
    rollingUpdate: struct("RollingUpdateStatefulSetStrategy", { partition: int32, maxUnavailable: intstr }),
  }),
  revisionHistoryLimit: int32,
  minReadySeconds: int32,
  persistentVolumeClaimRetentionPolicy: struct("StatefulSetPersistentVolumeClaimRetentionPolicy", { whenDeleted: str, whenScaled: str }),
  ordinals: struct("StatefulSetOrdinals", { start: int32 }),
});

const daemonSetSpec = struct("DaemonSetSpec", {
  selector: labelSelector,
  template: podTemplateSpec,
  updateStrategy: struct("DaemonSetUpdateStrategy", {
    type: str,
    rollingUpdate: struct("RollingUpdateDaemonSet", { maxUnavailable: intstr, maxSurge: intstr }),
  }),
  minReadySeconds: int32,
  revisionHistoryLimit: int32,
});

const jobSpec = struct("JobSpec", {
  parallelism: int32,
  completions: int32,
  activeDeadlineSeconds: int64,
  podFailurePolicy: any,
  successPolicy: any,
  backoffLimit: int32,
  backoffLimitPerIndex: int32,
  maxFailedIndexes: int32,
  selector: labelSelector,
  manualSelector: bool,
  template: podTemplateSpec,
  ttlSecondsAfterFinished: int32,
  completionMode: str,
  suspend: bool,
  podReplacementPolicy: str,
  managedBy: str,
});

const cronJobSpec = struct("CronJobSpec", {
  schedule: str,
  timeZone: str,
  startingDeadlineSeconds: int64,
  concurrencyPolicy: str,
  suspend: bool,
  jobTemplate: struct("JobTemplateSpec", { metadata: objectMeta, spec: jobSpec }),
  successfulJobsHistoryLimit: int32,
  failedJobsHistoryLimit: int32,
});

export const workloadSchemas: Record<string, Schema> = {
  Deployment: object("Deployment", "v1", { spec: deploymentSpec }),
  ReplicaSet: object("ReplicaSet", "v1", { spec: replicaSetSpec }),
  StatefulSet: object("StatefulSet", "v1", { spec: statefulSetSpec }),
  DaemonSet: object("DaemonSet", "v1", { spec: daemonSetSpec }),
  Job: object("Job", "v1", { spec: jobSpec }),
  CronJob: object("CronJob", "v1", { spec: cronJobSpec }),
};

