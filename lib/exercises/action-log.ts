// The learner's action log, as the browser widget records it and the grader replays it:
// `{ at: virtualMs, kind, payload }` (DESIGN.md "Exercises and grading"). Every field is
// bounded so a hostile body costs little to reject; objects are strict so a forged field
// (`passed: true`) is an error, not something silently ignored.
import { z } from "zod";

export const LOG_LIMITS = {
  /** Actions per attempt. */
  actions: 500,
  /** One kubectl command line, in UTF-8 bytes. */
  lineBytes: 4 * 1024,
  /** One manifest (editor apply, or kubectl stdin), in UTF-8 bytes. */
  manifestBytes: 64 * 1024,
  /** The whole request body, in bytes. */
  bodyBytes: 256 * 1024,
  /** Virtual time of the last action: 2 h. */
  virtualMs: 2 * 3600 * 1000,
} as const;

const encoder = new TextEncoder();
/** UTF-8 size within `max` bytes; encodes only when the UTF-16 length cannot decide it. */
const fitsBytes = (s: string, max: number) => s.length <= max && (s.length * 3 <= max || encoder.encode(s).length <= max);

const boundedText = (max: number, what: string) =>
  z.string().refine((s) => fitsBytes(s, max), { message: `${what} is longer than ${max / 1024} KB` });

/**
 * The simulator's YAML reader already stops alias expansion at 100 aliases ("billion laughs");
 * a manifest with more alias references than that cannot be something a learner typed, so it
 * is refused before any replay.
 */
const MAX_YAML_ALIASES = 100;
const manifest = boundedText(LOG_LIMITS.manifestBytes, "a manifest").refine((s) => (s.match(/\*[A-Za-z0-9_-]+/g)?.length ?? 0) <= MAX_YAML_ALIASES, {
  message: `a manifest uses more than ${MAX_YAML_ALIASES} YAML aliases`,
});

const name = z.string().min(1).max(253);
const virtualMs = z
  .number()
  .int("virtual time must be a whole number of milliseconds")
  .min(0, "virtual time cannot be negative")
  .max(LOG_LIMITS.virtualMs, "virtual time is past the 2 h limit of an exercise");

export const faultSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("failNode"), node: name }),
  z.strictObject({ type: z.literal("recoverNode"), node: name }),
  z.strictObject({ type: z.literal("cordon"), node: name }),
  z.strictObject({ type: z.literal("uncordon"), node: name }),
  z.strictObject({ type: z.literal("drain"), node: name }),
  z.strictObject({ type: z.literal("killContainer"), namespace: name, pod: name, container: name }),
  z.strictObject({ type: z.literal("deletePod"), namespace: name, pod: name }),
]);
export type FaultSpec = z.infer<typeof faultSchema>;

export const actionSchema = z.discriminatedUnion("kind", [
  /** A command typed in the terminal (`kubectl` prefix optional), with stdin for `-f -`. */
  z.strictObject({
    at: virtualMs,
    kind: z.literal("kubectl"),
    payload: z.strictObject({ line: boundedText(LOG_LIMITS.lineBytes, "a kubectl command"), stdin: manifest.optional() }),
  }),
  /** The editor's Apply button: `kubectl apply -f -` with the editor's YAML. */
  z.strictObject({ at: virtualMs, kind: z.literal("apply"), payload: z.strictObject({ yaml: manifest }) }),
  /** A fault button. */
  z.strictObject({ at: virtualMs, kind: z.literal("fault"), payload: faultSchema }),
  /** Time controls: the clock ran until `at` (play, step, fast-forward). */
  z.strictObject({ at: virtualMs, kind: z.literal("wait"), payload: z.strictObject({}).optional() }),
]);
export type Action = z.infer<typeof actionSchema>;

export const actionLogSchema = z
  .array(actionSchema)
  .max(LOG_LIMITS.actions, `an attempt holds at most ${LOG_LIMITS.actions} actions`)
  .superRefine((actions, ctx) => {
    for (let i = 1; i < actions.length; i++) {
      if (actions[i]!.at < actions[i - 1]!.at) {
        ctx.addIssue({ code: "custom", path: [i, "at"], message: `action ${i} happens before action ${i - 1}: times must not decrease` });
        return;
      }
    }
  });
export type ActionLog = Action[];

/** The body of POST /api/exercises/<id>/check. */
export const checkRequestSchema = z.strictObject({
  /** Optional echo of the URL's id; when present it must match. */
  exerciseId: z.string().max(128).optional(),
  actions: actionLogSchema,
  /** The widget's state hash after its last action (stateHash in lib/exercises). */
  stateHash: z.string().regex(/^[0-9a-f]{1,64}$/, "stateHash must be lower-case hex").optional(),
  /** Chosen by the client per attempt; a retry with the same key returns the stored result. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_.:-]{8,128}$/, "idempotencyKey must be 8–128 characters of A–Z, a–z, 0–9, _ . : -"),
});
export type CheckRequest = z.infer<typeof checkRequestSchema>;

/** Field messages for a 422 answer: "actions.3.payload.line: a kubectl command is longer than 4 KB". */
export function issueMessages(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message));
}
