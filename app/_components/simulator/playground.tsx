"use client";

// <Playground /> for lessons: a free cluster to experiment with, no grading.
import { SimulatorPanel } from "./simulator-panel";
import { useSimulator } from "./use-simulator";

interface Props {
  /** Keys the stored command history; give each Playground on a page its own. */
  id?: string;
  title?: string;
  nodes?: number;
  seed?: number;
}

export function Playground({ id = "playground", title = "Playground", nodes, seed }: Props) {
  const sim = useSimulator({ nodes, seed });
  return <SimulatorPanel sim={sim} title={title} storageKey={`playground:${id}`} />;
}
