// DescribePodTemplate and describeContainers of kubectl describe: the "Pod Template:" block of
// deployments/replicasets/statefulsets (and `rollout history --revision`), and the container
// sections of a pod (with their statuses).
/* eslint-disable @typescript-eslint/no-explicit-any */
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, PrefixWriter, printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from "./prefixwriter";
import { rfc1123z } from "./timefmt";

export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: any;
}

const probeText = (p: any): string => {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(" ")}] ${attrs}`;
  if (p.httpGet) {
    const scheme = String(p.httpGet.scheme ?? "HTTP").toLowerCase();
    const host = p.httpGet.host ?? "";
    return `http-get ${scheme}://${host}:${p.httpGet.port ?? ""}${p.httpGet.path ?? ""} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ""}:${p.tcpSocket.port ?? ""} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ""} ${attrs}`;
  return `unknown ${attrs}`;
};

function describeState(w: PrefixWriter, title: string, state: any): void {
  if (state?.running) {
    w.write(LEVEL_2, `${title}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123z(state.running.startedAt)}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if (t.signal > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(LEVEL_3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else {
    w.write(LEVEL_2, `${title}:\tWaiting\n`);
    if (state?.waiting?.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  }
}

const RESOURCE_ORDER = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function describeResources(w: PrefixWriter, resources: any, level: number): void {
  for (const [title, list] of [["Limits", resources?.limits], ["Requests", resources?.requests]] as const) {
    const names = Object.keys(list ?? {}).sort(RESOURCE_ORDER);
    if (names.length === 0) continue;
    w.write(level, `${title}:\n`);
    for (const n of names) w.write(level + 1, `${n}:\t${list[n]}\n`);
  }
}

/** EnvValueRetriever: the value a downward-API fieldRef resolves to in this pod ("" when unknown). */
export function fieldRefValue(pod: any, fieldPath: string): string {
  const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(fieldPath);
  if (m) return String(pod?.metadata?.[m[1]!]?.[m[2]!] ?? "");
  const paths: Record<string, unknown> = {
    "metadata.name": pod?.metadata?.name, "metadata.namespace": pod?.metadata?.namespace, "metadata.uid": pod?.metadata?.uid,
    "spec.nodeName": pod?.spec?.nodeName, "spec.serviceAccountName": pod?.spec?.serviceAccountName,
    "status.podIP": pod?.status?.podIP, "status.hostIP": pod?.status?.hostIP,
  };
  return String(paths[fieldPath] ?? "");
}

/** `pod` is set when describing a pod (fieldRef values are resolved), not a template. */
export function describeContainers(w: PrefixWriter, label: string, containers: any[], statuses: any[] | undefined, space: string, pod?: any): void {
  const byName = new Map<string, any>((statuses ?? []).map((s) => [s.name, s]));
  w.write(LEVEL_0, `${space}${label}:${containers.length === 0 ? " <none>" : ""}\n`);
  for (const c of containers) {
    const status = byName.get(c.name);
    w.write(LEVEL_1, `${space ? " " : ""}${c.name}:\n`);
    if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ""}\n`);
    w.write(LEVEL_2, `Image:\t${c.image ?? ""}\n`);
    if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID ?? ""}\n`);
    const ports: any[] = c.ports ?? [];
    // Newer kubectl appends the port's name: "5000/TCP (http)".
    const named = (n: number, p: any) => `${n}/${p.protocol ?? "TCP"}${p.name ? ` (${p.name})` : ""}`;
    const portText = ports.map((p) => named(p.containerPort, p)).join(", ");
    w.write(LEVEL_2, portText.includes(",") ? `Ports:\t${portText}\n` : `Port:\t${portText || "<none>"}\n`);
    const hostText = ports.map((p) => named(p.hostPort ?? 0, p)).join(", ");
    w.write(LEVEL_2, hostText.includes(",") ? `Host Ports:\t${hostText}\n` : `Host Port:\t${hostText || "<none>"}\n`);
    for (const [title, list] of [["Command", c.command], ["Args", c.args]] as const) {
      if (!Array.isArray(list) || list.length === 0) continue;
      w.write(LEVEL_2, `${title}:\n`);
      for (const item of list) for (const line of String(item).split("\n")) w.write(LEVEL_3, `${line}\n`);
    }
    if (status) {
      describeState(w, "State", status.state);
      if (status.lastState?.terminated) describeState(w, "Last State", status.lastState);
      w.write(LEVEL_2, `Ready:\t${status.ready ? "True" : "False"}\n`);
      w.write(LEVEL_2, `Restart Count:\t${status.restartCount ?? 0}\n`);
    }
    describeResources(w, c.resources, LEVEL_2);
    if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${probeText(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${probeText(c.readinessProbe)}\n`);
    if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${probeText(c.startupProbe)}\n`);
    const envFrom: any[] = c.envFrom ?? [];
    if (envFrom.length > 0) {
      w.write(LEVEL_2, "Environment Variables from:\n");
      for (const e of envFrom) {
        const ref = e.configMapRef ?? e.secretRef ?? {};
        const from = e.configMapRef ? "ConfigMap" : e.secretRef ? "Secret" : "";
        const prefix = e.prefix ? ` with prefix '${e.prefix}'` : "";
        w.write(LEVEL_3, `${ref.name ?? ""}\t${from}${prefix}\tOptional: ${ref.optional === true}\n`);
      }
    }
    const env: any[] = c.env ?? [];
    w.write(LEVEL_2, `Environment:${env.length === 0 ? "\t<none>" : ""}\n`);
    for (const e of env) {
      const vf = e.valueFrom;
      if (!vf) {
        String(e.value ?? "").split("\n").forEach((s, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
      } else if (vf.fieldRef) {
        const value = pod ? fieldRefValue(pod, vf.fieldRef.fieldPath) : "";
        w.write(LEVEL_3, `${e.name}:\t${value} (${vf.fieldRef.apiVersion ?? "v1"}:${vf.fieldRef.fieldPath})\n`);
      } else if (vf.resourceFieldRef) {
        w.write(LEVEL_3, `${e.name}:\t (${vf.resourceFieldRef.resource})\n`);
      } else if (vf.secretKeyRef) {
        w.write(LEVEL_3, `${e.name}:\t<set to the key '${vf.secretKeyRef.key}' in secret '${vf.secretKeyRef.name}'>\tOptional: ${vf.secretKeyRef.optional === true}\n`);
      } else if (vf.configMapKeyRef) {
        w.write(LEVEL_3, `${e.name}:\t<set to the key '${vf.configMapKeyRef.key}' of config map '${vf.configMapKeyRef.name}'>\tOptional: ${vf.configMapKeyRef.optional === true}\n`);
      }
    }
    const mounts: any[] = [...(c.volumeMounts ?? [])].sort((a, b) => RESOURCE_ORDER(a.mountPath, b.mountPath));
    w.write(LEVEL_2, `Mounts:${mounts.length === 0 ? "\t<none>" : ""}\n`);
    for (const m of mounts) {
      const flags = [m.readOnly ? "ro" : "rw", ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])];
      w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(",")})\n`);
    }
  }
}

export function describeVolumes(w: PrefixWriter, volumes: any[] | undefined, space: string): void {
  if (!volumes || volumes.length === 0) return w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(LEVEL_1, `${space ? " " : ""}${v.name}:\n`);
    if (v.emptyDir) {
      w.write(LEVEL_2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ""}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? "<unset>"}\n`);
    } else if (v.hostPath) {
      w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type || "<none>"}\n`);
    } else if (v.configMap) {
      w.write(LEVEL_2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ""}\n    Optional:\t${v.configMap.optional === true}\n`);
    } else if (v.secret) {
      w.write(LEVEL_2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ""}\n    Optional:\t${v.secret.optional === true}\n`);
    } else if (v.persistentVolumeClaim) {
      w.write(LEVEL_2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`);
    } else if (v.projected) {
      w.write(LEVEL_2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
      for (const s of v.projected.sources ?? []) {
        if (s.secret) w.write(LEVEL_2, `SecretName:\t${s.secret.name}\n    Optional:\t${s.secret.optional === true}\n`);
        else if (s.downwardAPI) w.write(LEVEL_2, "DownwardAPI:\ttrue\n");
        else if (s.configMap) w.write(LEVEL_2, `ConfigMapName:\t${s.configMap.name}\n    Optional:\t${s.configMap.optional === true}\n`);
        else if (s.serviceAccountToken) w.write(LEVEL_2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 3607}\n`);
      }
    } else {
      w.write(LEVEL_1, "<unknown>\n");
    }
  }
}

/** DescribePodTemplate into an existing writer. */
export function writePodTemplate(w: PrefixWriter, template: PodTemplate | undefined): void {
  w.write(LEVEL_0, "Pod Template:\n");
  if (!template) return w.write(LEVEL_1, "<unset>");
  const spec = template.spec ?? {};
  printLabelsMultiline(w, "  Labels", template.metadata?.labels);
  if (Object.keys(template.metadata?.annotations ?? {}).length > 0) printAnnotationsMultiline(w, "  Annotations", template.metadata?.annotations);
  if (spec.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec.initContainers ?? []).length > 0) describeContainers(w, "Init Containers", spec.initContainers, undefined, "  ");
  describeContainers(w, "Containers", spec.containers ?? [], undefined, "  ");
  describeVolumes(w, spec.volumes, "  ");
  if (spec.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabelsMultiline(w, "  Node-Selectors", spec.nodeSelector);
  printTolerationsMultiline(w, "  Tolerations", spec.tolerations);
}

/**
 * The text `rollout history --revision=N` prints (history.go printTemplate): upstream's
 * PrefixWriter there writes to a plain buffer, not a tabwriter, so the tabs stay in the output
 * and the terminal's 8-column tab stops do the "alignment".
 */
export function describePodTemplate(template: PodTemplate | undefined): string {
  const w = new PrefixWriter();
  writePodTemplate(w, template);
  return w.raw();
}
