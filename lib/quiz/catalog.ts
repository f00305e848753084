import { quiz as whatKubernetesDoes } from "@/content/01-why-kubernetes/01-what-kubernetes-does/quiz";
import { quiz as clusterAnatomy } from "@/content/01-why-kubernetes/02-cluster-anatomy/quiz";
import { quiz as firstContactWithKubectl } from "@/content/01-why-kubernetes/03-first-contact-with-kubectl/quiz";
import { quiz as apiServerAndEtcd } from "@/content/02-control-loop/01-api-server-and-etcd/quiz";
import { quiz as controllers } from "@/content/02-control-loop/02-controllers/quiz";
import { quiz as schedulerAndKubelet } from "@/content/02-control-loop/03-scheduler-and-kubelet/quiz";
import { quiz as journeyOfAnApply } from "@/content/02-control-loop/04-journey-of-an-apply/quiz";
import { quiz as podsAndContainers } from "@/content/03-pods-labels-namespaces/01-pods-and-containers/quiz";
import { quiz as labelsAndSelectors } from "@/content/03-pods-labels-namespaces/02-labels-and-selectors/quiz";
import { quiz as namespacesAndContexts } from "@/content/03-pods-labels-namespaces/03-namespaces-and-contexts/quiz";
import { quiz as requestsAndLimits } from "@/content/03-pods-labels-namespaces/04-requests-and-limits/quiz";
import { quiz as podIpsAndServices } from "@/content/04-networking/01-pod-ips-and-services/quiz";
import { quiz as portsAndServiceTypes } from "@/content/04-networking/02-ports-and-service-types/quiz";
import { quiz as dnsAndKubeProxy } from "@/content/04-networking/03-dns-and-kube-proxy/quiz";
import { quiz as ingressAndNetworkPolicies } from "@/content/04-networking/04-ingress-and-network-policies/quiz";
import { quiz as debuggingServices } from "@/content/04-networking/05-debugging-services/quiz";
import { quiz as configMapsAndSecrets } from "@/content/05-configuration-and-storage/01-configmaps-and-secrets/quiz";
import { quiz as volumesAndPersistentStorage } from "@/content/05-configuration-and-storage/02-volumes-and-persistent-storage/quiz";
import { quiz as deploymentsAndReplicaSets } from "@/content/06-deployments-and-statefulsets/01-deployments-and-replicasets/quiz";
import { quiz as statefulSets } from "@/content/06-deployments-and-statefulsets/02-statefulsets/quiz";
import { quiz as daemonSetsJobsAndCronJobs } from "@/content/06-deployments-and-statefulsets/03-daemonsets-jobs-and-cronjobs/quiz";
import { quiz as rollingUpdates } from "@/content/07-rollouts-and-rollbacks/01-rolling-updates/quiz";
import { quiz as historyAndRollback } from "@/content/07-rollouts-and-rollbacks/02-history-and-rollback/quiz";
import { quiz as blueGreenAndCanary } from "@/content/07-rollouts-and-rollbacks/03-blue-green-and-canary/quiz";
import { quiz as healthProbes } from "@/content/07-rollouts-and-rollbacks/04-health-probes/quiz";
import { quiz as taintsTolerationsAndAffinity } from "@/content/08-scheduling-and-operations/01-taints-tolerations-and-affinity/quiz";
import { quiz as cordonDrainAndNodeFailure } from "@/content/08-scheduling-and-operations/02-cordon-drain-and-node-failure/quiz";
import { quiz as autoscalingAndAccess } from "@/content/08-scheduling-and-operations/03-autoscaling-and-access/quiz";
import { quiz as capstoneShipTheShop } from "@/content/08-scheduling-and-operations/04-capstone-ship-the-shop/quiz";
import { quiz as troubleshootingPods } from "@/content/08-scheduling-and-operations/05-troubleshooting-pods/quiz";
import type { PublicQuiz } from "./model";

export { quizIdForLesson } from "./model";

// Public quizzes by lesson. Bundlers need static imports, so each content/<module>/<lesson>/
// quiz.ts is listed here once; catalog.test.ts walks content/ and fails when a quiz.ts or
// quiz.key.ts is missing from this list or from server/keys.ts.
export const QUIZZES: readonly PublicQuiz[] = [whatKubernetesDoes, clusterAnatomy, firstContactWithKubectl, apiServerAndEtcd, controllers, schedulerAndKubelet, journeyOfAnApply, podsAndContainers, labelsAndSelectors, namespacesAndContexts, requestsAndLimits, podIpsAndServices, portsAndServiceTypes, dnsAndKubeProxy, ingressAndNetworkPolicies, debuggingServices, configMapsAndSecrets, volumesAndPersistentStorage, deploymentsAndReplicaSets, statefulSets, daemonSetsJobsAndCronJobs, rollingUpdates, historyAndRollback, blueGreenAndCanary, healthProbes, taintsTolerationsAndAffinity, cordonDrainAndNodeFailure, autoscalingAndAccess, capstoneShipTheShop, troubleshootingPods];

export function findQuiz(quizId: string): PublicQuiz | undefined {
  return QUIZZES.find((q) => q.id === quizId);
}

export function findQuizForLesson(lessonSlug: string): PublicQuiz | undefined {
  return QUIZZES.find((q) => q.lesson === lessonSlug);
}
