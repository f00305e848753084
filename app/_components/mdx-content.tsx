import { getMDXComponent } from "mdx-bundler/client";
import { Callout } from "./callout";
import { Quiz } from "./quiz/quiz";
import { Exercise } from "./simulator/exercise";
import { Playground } from "./simulator/playground";

// Components available to every lesson. Interactive client components (Simulator, Quiz…)
// are added here; MDX never imports them itself (bundling a client component breaks hooks).
const components = { Callout, Exercise, Playground, Quiz };

export function MdxContent({ code }: { code: string }) {
  const Component = getMDXComponent(code);
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={components} />;
}
