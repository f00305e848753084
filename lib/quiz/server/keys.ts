import "server-only";
import { key as whatKubernetesDoes } from "@/content/01-why-kubernetes/01-what-kubernetes-does/quiz.key";
import { key as clusterAnatomy } from "@/content/01-why-kubernetes/02-cluster-anatomy/quiz.key";
import { key as firstContactWithKubectl } from "@/content/01-why-kubernetes/03-first-contact-with-kubectl/quiz.key";
import { key as apiServerAndEtcd } from "@/content/02-control-loop/01-api-server-and-etcd/quiz.key";
import { key as controllers } from "@/content/02-control-loop/02-controllers/quiz.key";
import { key as schedulerAndKubelet } from "@/content/02-control-loop/03-scheduler-and-kubelet/quiz.key";
import { key as journeyOfAnApply } from "@/content/02-control-loop/04-journey-of-an-apply/quiz.key";
import { key as podsAndContainers } from "@/content/03-pods-labels-namespaces/01-pods-and-containers/quiz.key";
import { key as labelsAndSelectors } from "@/content/03-pods-labels-namespaces/02-labels-and-selectors/quiz.key";
import { key as namespacesAndContexts } from "@/content/03-pods-labels-namespaces/03-namespaces-and-contexts/quiz.key";
import { key as requestsAndLimits } from "@/content/03-pods-labels-namespaces/04-requests-and-limits/quiz.key";
import { key as podIpsAndServices } from "@/content/04-networking/01-pod-ips-and-services/quiz.key";
import { key as portsAndServiceTypes } from "@/content/04-networking/02-ports-and-service-types/quiz.key";
import { key as dnsAndKubeProxy } from "@/content/04-networking/03-dns-and-kube-proxy/quiz.key";
import { key as ingressAndNetworkPolicies } from "@/content/04-networking/04-ingress-and-network-policies/quiz.key";
import { key as debuggingServices } from "@/content/04-networking/05-debugging-services/quiz.key";
import { key as configMapsAndSecrets } from "@/content/05-configuration-and-storage/01-configmaps-and-secrets/quiz.key";
import { key as volumesAndPersistentStorage } from "@/content/05-configuration-and-storage/02-volumes-and-persistent-storage/quiz.key";
import { key as deploymentsAndReplicaSets } from "@/content/06-deployments-and-statefulsets/01-deployments-and-replicasets/quiz.key";
import { key as statefulSets } from "@/content/06-deployments-and-statefulsets/02-statefulsets/quiz.key";
import { key as daemonSetsJobsAndCronJobs } from "@/content/06-deployments-and-statefulsets/03-daemonsets-jobs-and-cronjobs/quiz.key";
import { key as rollingUpdates } from "@/content/07-rollouts-and-rollbacks/01-rolling-updates/quiz.key";
import { key as historyAndRollback } from "@/content/07-rollouts-and-rollbacks/02-history-and-rollback/quiz.key";
import { key as blueGreenAndCanary } from "@/content/07-rollouts-and-rollbacks/03-blue-green-and-canary/quiz.key";
import { key as healthProbes } from "@/content/07-rollouts-and-rollbacks/04-health-probes/quiz.key";
import { key as taintsTolerationsAndAffinity } from "@/content/08-scheduling-and-operations/01-taints-tolerations-and-affinity/quiz.key";
import { key as cordonDrainAndNodeFailure } from "@/content/08-scheduling-and-operations/02-cordon-drain-and-node-failure/quiz.key";
import { key as autoscalingAndAccess } from "@/content/08-scheduling-and-operations/03-autoscaling-and-access/quiz.key";
import { key as capstoneShipTheShop } from "@/content/08-scheduling-and-operations/04-capstone-ship-the-shop/quiz.key";
import { key as troubleshootingPods } from "@/content/08-scheduling-and-operations/05-troubleshooting-pods/quiz.key";
import type { QuizKey } from "../model";

// Answer keys by quiz id. Server-only: importing this from a client component fails the
// build (server-only), and the leak test scans .next/static for the keys' canaries.
export const QUIZ_KEYS: readonly QuizKey[] = [whatKubernetesDoes, clusterAnatomy, firstContactWithKubectl, apiServerAndEtcd, controllers, schedulerAndKubelet, journeyOfAnApply, podsAndContainers, labelsAndSelectors, namespacesAndContexts, requestsAndLimits, podIpsAndServices, portsAndServiceTypes, dnsAndKubeProxy, ingressAndNetworkPolicies, debuggingServices, configMapsAndSecrets, volumesAndPersistentStorage, deploymentsAndReplicaSets, statefulSets, daemonSetsJobsAndCronJobs, rollingUpdates, historyAndRollback, blueGreenAndCanary, healthProbes, taintsTolerationsAndAffinity, cordonDrainAndNodeFailure, autoscalingAndAccess, capstoneShipTheShop, troubleshootingPods];

export function findQuizKey(quizId: string): QuizKey | undefined {
  return QUIZ_KEYS.find((k) => k.quizId === quizId);
}

/** questionId → right order, for every ordering question (so a shuffle never starts solved). */
export function orderingAnswers(key: QuizKey): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, k] of Object.entries(key.keys)) if (k.type === "ordering") out[id] = k.order;
  return out;
}
