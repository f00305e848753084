// Every exercise's public definition, by id. A static list rather than a folder scan: the
// definitions are TypeScript modules that the bundler must see as imports (a runtime file
// scan works for lesson.mdx, not for code). catalog.test.ts fails when a content folder holds
// an exercise.ts that is not listed here, so the list cannot silently fall behind.
import { exercise as desiredStateAndSelfHealing } from "@/content/01-why-kubernetes/01-what-kubernetes-does/exercise";
import { exercise as followTheScheduler } from "@/content/01-why-kubernetes/02-cluster-anatomy/exercise";
import { exercise as firstContact } from "@/content/01-why-kubernetes/03-first-contact-with-kubectl/exercise";
import { exercise as pastTheApiServer } from "@/content/02-control-loop/01-api-server-and-etcd/exercise";
import { exercise as scaleAndSelfHeal } from "@/content/02-control-loop/02-controllers/exercise";
import { exercise as unstickThePods } from "@/content/02-control-loop/03-scheduler-and-kubelet/exercise";
import { exercise as deployFromScratch } from "@/content/02-control-loop/04-journey-of-an-apply/exercise";
import { exercise as initAndSidecar } from "@/content/03-pods-labels-namespaces/01-pods-and-containers/exercise";
import { exercise as quarantineAPod } from "@/content/03-pods-labels-namespaces/02-labels-and-selectors/exercise";
import { exercise as teamNamespace } from "@/content/03-pods-labels-namespaces/03-namespaces-and-contexts/exercise";
import { exercise as rightSizeTheCache } from "@/content/03-pods-labels-namespaces/04-requests-and-limits/exercise";
import { exercise as fixTheEmptyService } from "@/content/04-networking/01-pod-ips-and-services/exercise";
import { exercise as openANodeport } from "@/content/04-networking/02-ports-and-service-types/exercise";
import { exercise as fixTheOrdersUrl } from "@/content/04-networking/03-dns-and-kube-proxy/exercise";
import { exercise as routeTheShop } from "@/content/04-networking/04-ingress-and-network-policies/exercise";
import { exercise as fixThePaymentsService } from "@/content/04-networking/05-debugging-services/exercise";
import { exercise as configureBilling } from "@/content/05-configuration-and-storage/01-configmaps-and-secrets/exercise";
import { exercise as unstickTheClaim } from "@/content/05-configuration-and-storage/02-volumes-and-persistent-storage/exercise";
import { exercise as adoptTheOrphans } from "@/content/06-deployments-and-statefulsets/01-deployments-and-replicasets/exercise";
import { exercise as databaseAsAStatefulSet } from "@/content/06-deployments-and-statefulsets/02-statefulsets/exercise";
import { exercise as rerunTheReport } from "@/content/06-deployments-and-statefulsets/03-daemonsets-jobs-and-cronjobs/exercise";
import { exercise as zeroDowntimeUpdate } from "@/content/07-rollouts-and-rollbacks/01-rolling-updates/exercise";
import { exercise as recoverABadRelease } from "@/content/07-rollouts-and-rollbacks/02-history-and-rollback/exercise";
import { exercise as switchBlueToGreen } from "@/content/07-rollouts-and-rollbacks/03-blue-green-and-canary/exercise";
import { exercise as probeTheSlowCheckout } from "@/content/07-rollouts-and-rollbacks/04-health-probes/exercise";
import { exercise as dedicatedBatchNodes } from "@/content/08-scheduling-and-operations/01-taints-tolerations-and-affinity/exercise";
import { exercise as surviveANodeFailure } from "@/content/08-scheduling-and-operations/02-cordon-drain-and-node-failure/exercise";
import { exercise as autoscaleWeb } from "@/content/08-scheduling-and-operations/03-autoscaling-and-access/exercise";
import { exercise as shipTheShop } from "@/content/08-scheduling-and-operations/04-capstone-ship-the-shop/exercise";
import { exercise as threeBrokenWorkloads } from "@/content/08-scheduling-and-operations/05-troubleshooting-pods/exercise";
import type { Exercise } from "./types";

export const EXERCISES: readonly Exercise[] = [desiredStateAndSelfHealing, followTheScheduler, firstContact, pastTheApiServer, scaleAndSelfHeal, unstickThePods, deployFromScratch, initAndSidecar, quarantineAPod, teamNamespace, rightSizeTheCache, fixTheEmptyService, openANodeport, fixTheOrdersUrl, routeTheShop, fixThePaymentsService, configureBilling, unstickTheClaim, adoptTheOrphans, databaseAsAStatefulSet, rerunTheReport, zeroDowntimeUpdate, recoverABadRelease, switchBlueToGreen, probeTheSlowCheckout, dedicatedBatchNodes, surviveANodeFailure, autoscaleWeb, shipTheShop, threeBrokenWorkloads];

const byId = new Map(EXERCISES.map((e) => [e.id, e]));

export const findExercise = (id: string): Exercise | undefined => byId.get(id);

/** The exercise a lesson embeds ("<module>/<lesson>"), if any. */
export const exerciseForLesson = (lesson: string): Exercise | undefined => EXERCISES.find((e) => e.lesson === lesson);
