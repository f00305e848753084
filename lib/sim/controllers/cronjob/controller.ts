// CronJob controller wiring: CronJob events and events of the Jobs it controls queue the
// CronJob; the schedule is followed with one timer per CronJob (never polled).
import type { Controller, WatchEvent } from "../../types";
import { CRONJOB_CONTROLLER, emptyCronState, syncCronJob } from "./sync";

export const cronJobController: Controller = {
  name: CRONJOB_CONTROLLER,
  watches: ["cronjobs", "jobs"],
  keysFor(e: WatchEvent): string[] {
    const o = e.object;
    if (e.resource === "cronjobs") return e.type === "DELETED" ? [] : [`${o.metadata.namespace}/${o.metadata.name}`];
    const ref = o.metadata.ownerReferences?.find((r) => r.controller && r.kind === "CronJob" && r.apiVersion === "batch/v1");
    return ref ? [`${o.metadata.namespace}/${ref.name}`] : [];
  },
  reconcile: syncCronJob,
  timers: {
    "cronjob.sync": (p, ctx) => {
      const { key } = p as { key: string };
      const st = ctx.state(emptyCronState);
      if (st.timers[key] !== undefined && st.timers[key]! <= ctx.now()) delete st.timers[key];
      syncCronJob(key, ctx);
    },
  },
};
