"use client";

// <Playground /> for lessons: a free cluster to experiment with, no grading.
import { SimulatorPanel } from "./simulator-panel";
import { useNearViewport } from "./use-near-viewport";
import { useSimulator } from "./use-simulator";

interface Props {
  /** Keys the stored command history; give each Playground on a page its own. */
  id?: string;
  title?: string;
  nodes?: number;
  seed?: number;
}

function LivePlayground({ id = "playground", title = "Playground", nodes, seed }: Props) {
  const sim = useSimulator({ nodes, seed });
  return <SimulatorPanel sim={sim} title={title} storageKey={`playground:${id}`} />;
}

export function Playground(props: Props) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref}>
      {near ? (
        <LivePlayground {...props} />
      ) : (
        // Same footprint as the live widget, so nothing jumps when it starts.
        <section aria-label={props.title ?? "Playground"} className="not-prose my-8 h-[36rem] rounded-2xl border border-zinc-200 bg-zinc-50/60 dark:border-zinc-800 dark:bg-zinc-900/40" />
      )}
    </div>
  );
}
