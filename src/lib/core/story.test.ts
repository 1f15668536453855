import { describe, expect, it } from 'vitest';
import seed from '../../../data/events.json';
import { timeOrderStory, validateStories } from './story';
import { createTimeIndex } from './timeIndex';
import { validateDataset } from './validateDataset';

const events = createTimeIndex(validateDataset(seed).dataset.events).events;
const ids = new Set(events.map((e) => e.id));

describe('stories', () => {
  it('has a time-order story of the given events', () => {
    const story = timeOrderStory(events);
    expect(story.steps.map((s) => s.event)).toEqual(events.map((e) => e.id));
  });

  it('reads curated stories, dropping and reporting unknown steps', () => {
    const { stories, problems } = validateStories(
      [
        {
          id: 's',
          title: 'S',
          steps: [{ event: 'inf-us-withdrawal', note: ' n ' }, { event: 'nope' }],
        },
        { id: 'empty', title: 'E', steps: [{ event: 'nope' }] },
        { id: 'time', title: 'Reserved', steps: [{ event: 'inf-us-withdrawal' }] },
        { title: 'no id' },
      ],
      ids,
    );
    expect(stories).toEqual([
      { id: 's', title: 'S', steps: [{ event: 'inf-us-withdrawal', note: 'n' }] },
    ]);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [1, 'stories.steps[1]'],
      [2, 'stories.steps[0]'],
      [2, 'stories.steps'],
      [3, 'stories.id'],
      [4, 'stories'],
    ]);
  });

  it('accepts a dataset without stories and rejects a non-list', () => {
    expect(validateStories(undefined, ids)).toEqual({ stories: [], problems: [] });
    expect(validateStories({}, ids).problems).toHaveLength(1);
  });

  it('the seed dataset has a valid curated story', () => {
    const { stories, problems } = validateStories((seed as { stories?: unknown }).stories, ids);
    expect(problems).toEqual([]);
    expect(stories.length).toBeGreaterThan(0);
  });
});
