// Kubelet event and status texts (pkg/kubelet/events, images/image_manager.go, kuberuntime).

export interface PodRef { name: string; namespace: string; uid: string }

/** format.Pod: "<name>_<namespace>(<uid>)". */
export const formatPod = (p: PodRef) => `${p.name}_${p.namespace}(${p.uid})`;

export const backOffRestartMessage = (container: string, pod: PodRef) =>
  `Back-off restarting failed container ${container} in pod ${formatPod(pod)}`;

export const pullingMessage = (image: string) => `Pulling image "${image}"`;
export const backOffPullMessage = (image: string) => `Back-off pulling image "${image}"`;
export const alreadyPresentMessage = (image: string) =>
  `Container image "${image}" already present on machine`;
