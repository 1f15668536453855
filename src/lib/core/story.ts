import type { DatelineEvent } from './event';
import type { LoadProblem } from './validateDataset';

/** One stop of a guided story: an event, and what to say about it. */
export interface StoryStep {
  event: string;
  note?: string;
}

/** A curated sequence a dataset may define: `stories: [{ id, title, steps: [{ event, note }] }]`. */
export interface Story {
  id: string;
  title: string;
  steps: StoryStep[];
}

/** The story every dataset has: its (filtered) events in time order. */
export const TIME_ORDER_STORY_ID = 'time';

export function timeOrderStory(events: readonly DatelineEvent[]): Story {
  return {
    id: TIME_ORDER_STORY_ID,
    title: 'All events in time order',
    steps: events.map((event) => ({ event: event.id })),
  };
}

/**
 * Reads a dataset's `stories`. A step naming an unknown event is dropped and reported; a story
 * left with no step, or without id or title, is reported and skipped. Never throws.
 */
export function validateStories(
  input: unknown,
  eventIds: { has(id: string): boolean },
): { stories: Story[]; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  if (input === undefined || input === null) return { stories: [], problems };
  if (!Array.isArray(input)) {
    return { stories: [], problems: [{ row: 0, field: 'stories', reason: 'must be a list' }] };
  }
  const stories: Story[] = [];
  const seen = new Set<string>([TIME_ORDER_STORY_ID]);
  input.forEach((raw: unknown, index) => {
    const row = index + 1;
    const story = raw as Partial<Record<keyof Story, unknown>> | null;
    const id = typeof story?.id === 'string' ? story.id.trim() : '';
    const title = typeof story?.title === 'string' ? story.title.trim() : '';
    if (!id || !title || !Array.isArray(story?.steps)) {
      problems.push({
        row,
        field: 'stories',
        reason: 'a story needs an id, a title and a list of steps',
      });
      return;
    }
    if (seen.has(id)) {
      problems.push({
        row,
        field: 'stories.id',
        reason: `story id '${id}' is used twice (or reserved)`,
        id,
      });
      return;
    }
    const steps: StoryStep[] = [];
    (story.steps as unknown[]).forEach((step, i) => {
      const s = step as { event?: unknown; note?: unknown } | null;
      if (typeof s?.event !== 'string' || !eventIds.has(s.event)) {
        problems.push({
          row,
          field: `stories.steps[${i}]`,
          reason: `no event '${String(s?.event)}' in this dataset`,
          id,
        });
        return;
      }
      steps.push({
        event: s.event,
        ...(typeof s.note === 'string' && s.note.trim() ? { note: s.note.trim() } : {}),
      });
    });
    if (!steps.length) {
      problems.push({ row, field: 'stories.steps', reason: 'the story has no usable step', id });
      return;
    }
    seen.add(id);
    stories.push({ id, title, steps });
  });
  return { stories, problems };
}
