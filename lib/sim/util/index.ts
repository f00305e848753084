export * from "./quantity";
export * from "./duration";
export * from "./hash";
export * from "./intstr";
