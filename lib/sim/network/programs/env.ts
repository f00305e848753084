// The environment a process in a container sees (what `env` prints): PATH and HOSTNAME, the
// container's envFrom/env (ConfigMap and Secret references and the downward API resolved as the
// kubelet does), the Docker-links style variables of Services that existed when the pod was
// created (enableServiceLinks; the kubernetes Service's always), then the image's own variables.
import type { KubeObject, Lister } from "../../types";
import { normalizeImage } from "../../node/images";

/* eslint-disable @typescript-eslint/no-explicit-any */

const IMAGE_ENV: Record<string, [string, string][]> = {
  "docker.io/library/nginx": [["NGINX_VERSION", "1.25.5"], ["NJS_VERSION", "0.8.4"], ["PKG_RELEASE", "1~bookworm"]],
  "docker.io/library/httpd": [["HTTPD_PREFIX", "/usr/local/apache2"], ["HTTPD_VERSION", "2.4.62"]],
  "docker.io/library/redis": [["REDIS_VERSION", "7.2.5"]],
  "docker.io/library/postgres": [["PG_MAJOR", "16"], ["PGDATA", "/var/lib/postgresql/data"]],
};

const PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

const decode = (b64: string): string => {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
  } catch {
    return "";
  }
};

function fieldRef(pod: KubeObject, path: string): string {
  switch (path) {
    case "metadata.name": return pod.metadata.name;
    case "metadata.namespace": return pod.metadata.namespace ?? "";
    case "metadata.uid": return pod.metadata.uid;
    case "spec.nodeName": return pod.spec?.nodeName ?? "";
    case "spec.serviceAccountName": return pod.spec?.serviceAccountName ?? "default";
    case "status.podIP": return pod.status?.podIP ?? "";
    case "status.hostIP": return pod.status?.hostIP ?? "";
    default: {
      const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
      return m ? (pod.metadata[m[1] as "labels" | "annotations"]?.[m[2]!] ?? "") : "";
    }
  }
}

/** Docker-links variables for one Service (kubelet envvars.FromServices). */
export function serviceLinkVars(svc: KubeObject): [string, string][] {
  const name = svc.metadata.name.toUpperCase().replace(/-/g, "_");
  const ip = svc.spec?.clusterIP;
  const ports: any[] = svc.spec?.ports ?? [];
  if (!ip || ip === "None" || ports.length === 0) return [];
  const out: [string, string][] = [[`${name}_SERVICE_HOST`, ip], [`${name}_SERVICE_PORT`, String(ports[0].port)]];
  for (const p of ports) if (p.name) out.push([`${name}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, "_")}`, String(p.port)]);
  const first = ports[0];
  out.push([`${name}_PORT`, `${(first.protocol ?? "TCP").toLowerCase()}://${ip}:${first.port}`]);
  for (const p of ports) {
    const proto = (p.protocol ?? "TCP");
    const prefix = `${name}_PORT_${p.port}_${proto}`;
    out.push([prefix, `${proto.toLowerCase()}://${ip}:${p.port}`], [`${prefix}_PROTO`, proto.toLowerCase()], [`${prefix}_PORT`, String(p.port)], [`${prefix}_ADDR`, ip]);
  }
  return out;
}

/**
 * The variables a container's env and envFrom define, resolved from the ConfigMaps and Secrets
 * as they are now. The kubelet calls this once, when it creates the container: the values are
 * fixed for the container's life, so a later ConfigMap change reaches only new containers.
 */
export function userEnv(pod: KubeObject, container: any, lister: Lister): [string, string][] {
  const ns = pod.metadata.namespace ?? "default";
  const user: [string, string][] = [];
  for (const src of container.envFrom ?? []) {
    const prefix = src.prefix ?? "";
    if (src.configMapRef) for (const [k, v] of Object.entries((lister.get("configmaps", ns, src.configMapRef.name)?.data ?? {}) as Record<string, string>)) user.push([prefix + k, v]);
    if (src.secretRef) for (const [k, v] of Object.entries((lister.get("secrets", ns, src.secretRef.name)?.data ?? {}) as Record<string, string>)) user.push([prefix + k, decode(v)]);
  }
  for (const e of container.env ?? []) {
    let v: string = e.value ?? "";
    const from = e.valueFrom;
    if (from?.configMapKeyRef) v = ((lister.get("configmaps", ns, from.configMapKeyRef.name)?.data ?? {}) as Record<string, string>)[from.configMapKeyRef.key] ?? "";
    else if (from?.secretKeyRef) v = decode(((lister.get("secrets", ns, from.secretKeyRef.name)?.data ?? {}) as Record<string, string>)[from.secretKeyRef.key] ?? "");
    else if (from?.fieldRef) v = fieldRef(pod, from.fieldRef.fieldPath);
    // $(VAR) references to earlier variables expand; unknown ones stay as written.
    v = v.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, n) => user.find(([k]) => k === n)?.[1] ?? m);
    const i = user.findIndex(([k]) => k === e.name);
    if (i >= 0) user.splice(i, 1);
    user.push([e.name, v]);
  }
  return user;
}

/** `frozen`: the variables the kubelet resolved when it created the container (else resolved now). */
export function containerEnv(pod: KubeObject, container: any, lister: Lister, frozen?: [string, string][]): [string, string][] {
  const ns = pod.metadata.namespace ?? "default";
  const user = frozen ?? userEnv(pod, container, lister);
  const created = pod.metadata.creationTimestamp;
  const links = lister.list("services", ns).filter((s) => pod.spec?.enableServiceLinks !== false && s.metadata.creationTimestamp <= created);
  const master = lister.get("services", "default", "kubernetes");
  const services = [...(master && ns !== "default" ? [master] : []), ...links];
  if (pod.spec?.enableServiceLinks === false && master) services.push(master);
  const svcVars = services.flatMap(serviceLinkVars).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Set(user.map(([k]) => k));
  const image = IMAGE_ENV[normalizeImage(container.image ?? "").repo] ?? [];
  return [["PATH", PATH], ["HOSTNAME", pod.spec?.hostname ?? pod.metadata.name], ...user, ...svcVars.filter(([k]) => !seen.has(k)), ...image, ["HOME", "/root"]];
}
