export { cronJobController } from "./controller";
export { CRONJOB_CONTROLLER, SCHEDULED_TIMESTAMP } from "./sync";
export { parseStandard, CronError, type Schedule } from "./schedule";
