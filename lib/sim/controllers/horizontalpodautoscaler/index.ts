export { horizontalPodAutoscalerController, SYNC_PERIOD_MS } from "./controller";
