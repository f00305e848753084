export { parseSelector } from "./parser";
export { formatLabels, newRequirement, requirementMatches, selectorFromRequirements, NOTHING } from "./selector";
export type { Operator, Requirement, Selector } from "./selector";
export { formatLabelSelector, labelSelectorFromObject } from "./labelselector";
export type { LabelSelector, LabelSelectorRequirement } from "./labelselector";
export * from "./validation";
