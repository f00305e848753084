import "server-only";
// Server-only: exercise id → public definition + checks. Imports every exercise.checks.ts,
// so nothing that reaches the browser may import this file.
import { checks as desiredStateAndSelfHealing } from "@/content/01-why-kubernetes/01-what-kubernetes-does/exercise.checks";
import { checks as followTheScheduler } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise.checks";
import { checks as firstContact } from "@/content/01-why-kubernetes/03-first-contact-with-kubectl/exercise.checks";
import { checks as pastTheApiServer } from "@/content/02-control-loop/01-api-server-and-etcd/exercise.checks";
import { checks as scaleAndSelfHeal } from "@/content/02-control-loop/02-controllers/exercise.checks";
import { checks as unstickThePods } from "@/content/02-control-loop/03-scheduler-and-kubelet/exercise.checks";
import { checks as deployFromScratch } from "@/content/02-control-loop/04-journey-of-an-apply/exercise.checks";
import { checks as initAndSidecar } from "@/content/03-pods-labels-namespaces/01-pods-and-containers/exercise.checks";
import { checks as quarantineAPod } from "@/content/03-pods-labels-namespaces/02-labels-and-selectors/exercise.checks";
import { checks as teamNamespace } from "@/content/03-pods-labels-namespaces/03-namespaces-and-contexts/exercise.checks";
import { checks as rightSizeTheCache } from "@/content/03-pods-labels-namespaces/04-requests-and-limits/exercise.checks";
import { checks as fixTheEmptyService } from "@/content/04-networking/01-pod-ips-and-services/exercise.checks";
import { checks as openANodeport } from "@/content/04-networking/02-ports-and-service-types/exercise.checks";
import { checks as fixTheOrdersUrl } from "@/content/04-networking/03-dns-and-kube-proxy/exercise.checks";
import { checks as routeTheShop } from "@/content/04-networking/04-ingress-and-network-policies/exercise.checks";
import { checks as fixThePaymentsService } from "@/content/04-networking/05-debugging-services/exercise.checks";
import { checks as configureBilling } from "@/content/05-configuration-and-storage/01-configmaps-and-secrets/exercise.checks";
import { checks as unstickTheClaim } from "@/content/05-configuration-and-storage/02-volumes-and-persistent-storage/exercise.checks";
import { checks as adoptTheOrphans } from "@/content/06-deployments-and-statefulsets/01-deployments-and-replicasets/exercise.checks";
import { checks as databaseAsAStatefulSet } from "@/content/06-deployments-and-statefulsets/02-statefulsets/exercise.checks";
import { checks as rerunTheReport } from "@/content/06-deployments-and-statefulsets/03-daemonsets-jobs-and-cronjobs/exercise.checks";
import { checks as zeroDowntimeUpdate } from "@/content/07-rollouts-and-rollbacks/01-rolling-updates/exercise.checks";
import { checks as recoverABadRelease } from "@/content/07-rollouts-and-rollbacks/02-history-and-rollback/exercise.checks";
import { checks as switchBlueToGreen } from "@/content/07-rollouts-and-rollbacks/03-blue-green-and-canary/exercise.checks";
import { checks as probeTheSlowCheckout } from "@/content/07-rollouts-and-rollbacks/04-health-probes/exercise.checks";
import { checks as dedicatedBatchNodes } from "@/content/08-scheduling-and-operations/01-taints-tolerations-and-affinity/exercise.checks";
import { checks as surviveANodeFailure } from "@/content/08-scheduling-and-operations/02-cordon-drain-and-node-failure/exercise.checks";
import { checks as autoscaleWeb } from "@/content/08-scheduling-and-operations/03-autoscaling-and-access/exercise.checks";
import { checks as shipTheShop } from "@/content/08-scheduling-and-operations/04-capstone-ship-the-shop/exercise.checks";
import { checks as threeBrokenWorkloads } from "@/content/08-scheduling-and-operations/05-troubleshooting-pods/exercise.checks";
import { findExercise } from "../catalog";
import type { Exercise, ExerciseChecks } from "../types";

export const ALL_CHECKS: readonly ExerciseChecks[] = [desiredStateAndSelfHealing, followTheScheduler, firstContact, pastTheApiServer, scaleAndSelfHeal, unstickThePods, deployFromScratch, initAndSidecar, quarantineAPod, teamNamespace, rightSizeTheCache, fixTheEmptyService, openANodeport, fixTheOrdersUrl, routeTheShop, fixThePaymentsService, configureBilling, unstickTheClaim, adoptTheOrphans, databaseAsAStatefulSet, rerunTheReport, zeroDowntimeUpdate, recoverABadRelease, switchBlueToGreen, probeTheSlowCheckout, dedicatedBatchNodes, surviveANodeFailure, autoscaleWeb, shipTheShop, threeBrokenWorkloads];

const byId = new Map(ALL_CHECKS.map((c) => [c.exerciseId, c]));

export interface LoadedExercise {
  exercise: Exercise;
  checks: ExerciseChecks;
}

/** The exercise and its checks, or undefined for an unknown id. */
export function loadExercise(id: string): LoadedExercise | undefined {
  const exercise = findExercise(id);
  const checks = byId.get(id);
  return exercise && checks ? { exercise, checks } : undefined;
}
