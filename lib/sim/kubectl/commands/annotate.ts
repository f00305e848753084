// kubectl annotate: always "annotated"; kubernetes.io/change-cause may be overwritten without
// --overwrite (validateNoAnnotationOverwrites).
import type { Command } from "../context";
import { runMetadataCommand, type Pairs } from "../rollout/metadata";
import { CHANGE_CAUSE } from "../rollout/history";

function parseAnnotations(specs: string[]): Pairs | string {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    if (eq >= 0) {
      if (eq === 0) return `error: invalid annotation format: ${spec}\n`;
      set[spec.slice(0, eq)] = spec.slice(eq + 1);
    } else if (spec.endsWith("-")) remove.push(spec.slice(0, -1));
    else return `error: invalid annotation format: ${spec}\n`;
  }
  const both = remove.filter((k) => k in set);
  if (both.length) return `error: can not both modify and remove the following annotation(s) in the same command: ${both.join(", ")}\n`;
  return { set, remove };
}

export const annotateCommand: Command = {
  name: "annotate",
  valueFlags: ["namespace", "filename", "selector", "resource-version", "output"],
  boolFlags: ["overwrite", "all", "list", "all-namespaces"],
  run(ctx, args, flags, stdin) {
    return runMetadataCommand(
      ctx, args, flags, stdin, "annotations", parseAnnotations,
      (current, set) => {
        const found = Object.keys(set).filter((k) => k !== CHANGE_CAUSE && k in current).map((k) => `'${k}' already has a value (${current[k]})`);
        return found.length ? `--overwrite is false but found the following declared annotation(s): ${found.join("; ")}` : undefined;
      },
      () => "annotated",
    );
  },
};
