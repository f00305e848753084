// ConfigMap and Secret volumes as the kubelet projects them: the keys (or `items`) of the object
// become files, refreshed on each periodic pod sync (kubelet --sync-frequency, 1 minute), so an
// edit reaches mounted files within about a minute. A subPath mount is a copy taken when the
// container starts and never changes (upstream bind-mounts the file the atomic writer later
// replaces). Not modelled: a missing ConfigMap/Secret (upstream: FailedMount, ContainerCreating),
// file modes, the ..data symlink layout.
import type { KubeObject, Lister } from "../types";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** kubelet syncFrequency default. */
export const VOLUME_SYNC_MS = 60_000;

/** volume name → file path inside the volume → content. */
export type ProjectedVolumes = Record<string, Record<string, string>>;

const decodeBase64 = (b64: string): string => {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0)));
  } catch {
    return "";
  }
};

/** The files of every configMap/secret volume of the pod, from the objects as they are now. */
export function projectVolumes(pod: KubeObject, lister: Lister): ProjectedVolumes {
  const out: ProjectedVolumes = {};
  for (const v of (pod.spec?.volumes ?? []) as any[]) {
    const src = v.configMap ?? v.secret;
    if (!src) continue;
    const obj = v.configMap ? lister.get("configmaps", pod.metadata.namespace, src.name) : lister.get("secrets", pod.metadata.namespace, src.secretName);
    const data: Record<string, string> = {};
    for (const [k, val] of Object.entries((obj?.data ?? {}) as Record<string, string>)) data[k] = v.secret ? decodeBase64(val) : val;
    const items: { key: string; path: string }[] | undefined = src.items;
    out[v.name] = items?.length ? Object.fromEntries(items.filter((i) => i.key in data).map((i) => [i.path, data[i.key]!])) : data;
  }
  return out;
}

const join = (dir: string, file: string) => `${dir.replace(/\/+$/, "")}/${file}`;

/** Files a container sees through its mounts: whole volumes read live from `projected`, subPath files from `frozen`. */
export function mountedFiles(container: any, projected: ProjectedVolumes, frozen: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (container.volumeMounts ?? []) as any[]) {
    const files = projected[m.name];
    if (!files) continue;
    if (m.subPath) {
      if (m.mountPath in frozen) out[m.mountPath] = frozen[m.mountPath]!;
    } else for (const [f, content] of Object.entries(files)) out[join(m.mountPath, f)] = content;
  }
  return out;
}

/** The subPath files of a container, copied when it starts. */
export function subPathCopies(container: any, projected: ProjectedVolumes): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (container.volumeMounts ?? []) as any[]) {
    const content = m.subPath ? projected[m.name]?.[m.subPath] : undefined;
    if (content !== undefined) out[m.mountPath] = content;
  }
  return out;
}
