// kubectl label: "pod/x labeled" (added or changed), "unlabeled" (removed), "label(s) changed"
// (both), "not labeled" (nothing); setting a key to the value it already has needs no
// --overwrite, any other value fails with "'k' already has a value (v), and --overwrite is false".
import type { Command } from "../context";
import { isValidLabelValue } from "../../labels";
import { runMetadataCommand, type Pairs } from "../rollout/metadata";

function parseLabels(specs: string[]): Pairs | string {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const spec of specs) {
    if (spec.includes("=")) {
      const parts = spec.split("=");
      if (parts.length !== 2) return `error: invalid label spec: ${spec}\n`;
      const errs = isValidLabelValue(parts[1]!);
      if (errs.length) return `error: invalid label value: ${JSON.stringify(spec)}: ${errs.join(";")}\n`;
      set[parts[0]!] = parts[1]!;
    } else if (spec.endsWith("-")) remove.push(spec.slice(0, -1));
    else return `error: unknown label spec: ${spec}\n`;
  }
  if (remove.some((k) => k in set)) return "error: can not both modify and remove a label in the same command\n";
  return { set, remove };
}

export const labelCommand: Command = {
  name: "label",
  valueFlags: ["namespace", "filename", "selector", "resource-version", "output"],
  boolFlags: ["overwrite", "all", "list", "all-namespaces"],
  run(ctx, args, flags, stdin) {
    return runMetadataCommand(
      ctx, args, flags, stdin, "labels", parseLabels,
      (current, set) => {
        const errs = Object.keys(set).filter((k) => k in current && current[k] !== set[k]).map((k) => `'${k}' already has a value (${current[k]}), and --overwrite is false`);
        return errs.length === 0 ? undefined : errs.length === 1 ? errs[0] : `[${errs.join(", ")}]`;
      },
      (before, after) => {
        const old = before.metadata.labels ?? {};
        const removed = Object.keys(old).some((k) => !(k in after));
        const added = Object.entries(after).some(([k, v]) => old[k] !== v);
        return added && removed ? "label(s) changed" : added ? "labeled" : removed ? "unlabeled" : "not labeled";
      },
    );
  },
};
