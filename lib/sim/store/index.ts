export { Store, storeKey, expired, DEFAULT_HISTORY_LIMIT } from "./store";
export type { StoreState, StatusObject, WatchResult, WriteResult } from "./store";
export { deepClone, deepEqual } from "./json";
