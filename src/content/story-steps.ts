import type { Content } from './content-types.ts';
import type { Section, Step } from './schema.ts';

/** One step with its place in the whole story: the unit the scroll tracker counts. */
export interface StoryStep {
  section: Section;
  sectionIndex: number;
  /** Index within its section. */
  stepIndex: number;
  /** Index within the whole story. */
  index: number;
  step: Step;
}

export function storySteps(content: Content): StoryStep[] {
  let index = 0;
  return content.sections.flatMap((section, sectionIndex) =>
    section.steps.map((step, stepIndex) => ({
      section,
      sectionIndex,
      stepIndex,
      index: index++,
      step,
    })),
  );
}

/** The story-wide index of a section's first step, or undefined for an unknown slug. */
export function firstStepOf(steps: readonly StoryStep[], slug: string): number | undefined {
  return steps.find((s) => s.section.slug === slug)?.index;
}
