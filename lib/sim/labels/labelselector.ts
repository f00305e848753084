// metav1.LabelSelector (matchLabels + matchExpressions) as controllers use it
// (apimachinery pkg/apis/meta/v1/helpers.go LabelSelectorAsSelector, FormatLabelSelector).
import { NOTHING, newRequirement, selectorFromRequirements, type Operator, type Requirement, type Selector } from "./selector";

export interface LabelSelectorRequirement {
  key: string;
  operator: "In" | "NotIn" | "Exists" | "DoesNotExist" | string;
  values?: string[];
}
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

const OPS: Record<string, Operator> = { In: "in", NotIn: "notin", Exists: "exists", DoesNotExist: "!" };

/**
 * nil selects nothing; an empty selector {} selects everything. Throws with upstream's text
 * on an unknown operator or invalid key/value.
 */
export function labelSelectorFromObject(ls: LabelSelector | null | undefined): Selector {
  if (ls === null || ls === undefined) return NOTHING;
  const reqs: Requirement[] = [];
  for (const [k, v] of Object.entries(ls.matchLabels ?? {})) reqs.push(newRequirement(k, "=", [v]));
  for (const expr of ls.matchExpressions ?? []) {
    const op = OPS[expr.operator];
    if (op === undefined) throw new Error(`${JSON.stringify(expr.operator)} is not a valid label selector operator`);
    reqs.push(newRequirement(expr.key, op, expr.values ?? []));
  }
  return selectorFromRequirements(reqs);
}

/** FormatLabelSelector: the selector's text, "<none>" when empty, "<error>" when invalid. */
export function formatLabelSelector(ls: LabelSelector | null | undefined): string {
  let text: string;
  try {
    text = labelSelectorFromObject(ls).toString();
  } catch {
    return "<error>";
  }
  return text.length === 0 ? "<none>" : text;
}
