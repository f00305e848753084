// Kind → decoding schema. Kinds without one (Event, Lease, EndpointSlice, …) are not checked.
import type { Schema } from "./types";
import { coreSchemas } from "./core";
import { workloadSchemas } from "./workloads";
import { networkingSchemas } from "./networking";

const SCHEMAS: Readonly<Record<string, Schema>> = { ...coreSchemas, ...workloadSchemas, ...networkingSchemas };

export const schemaFor = (kind: string): Schema | undefined => (Object.hasOwn(SCHEMAS, kind) ? SCHEMAS[kind] : undefined);
