// How a predict-then-run scenario step reads, before the run (under the prompt) and in the
// transcript after it. Pure and simulator-free, so the quiz form can use it in the browser.
import { describeFault, kubectlLine } from "@/lib/instructor/describe-action";
import type { ScenarioStep } from "./model";

/** "kubectl scale deployment web --replicas=5", "fault: fail node kind-worker2", "wait 60 s". */
export function describeStep(step: ScenarioStep): string {
  if ("kubectl" in step) return kubectlLine(step.kubectl);
  if ("wait" in step) return `wait ${step.wait} s`;
  return `fault: ${describeFault(step.fault)}`;
}
