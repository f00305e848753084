// Exercises: definitions, the action log the widget records, deterministic replay and the
// check helpers authors compose. Pure (no Next.js); the grading endpoint's handler is in server/.
export { actionLogSchema, actionSchema, checkRequestSchema, faultSchema, issueMessages, LOG_LIMITS } from "./action-log";
export type { Action, ActionLog, CheckRequest, FaultSpec } from "./action-log";
export type * from "./types";
export { startCluster } from "./start";
export { advanceToNow } from "./timing";
export { injectFault } from "./sim-adapter";
export { stateHash } from "./state-hash";
export { timeline } from "./replay";
export { grade, gradeSteps, type GradeOutcome, type GradeReport } from "./grade";
