import type { DatelineEvent } from '../event';
import type { EventFilter } from '../eventFilter';

/**
 * Seeded random events for checking the index against the naive filter. Tests only. They have
 * what breaks interval and facet code: ties (many events on the same day), zero-length events,
 * spans from a millisecond to ten years, a value listed twice by one event, values that
 * localeCompare calls equal ("Café" composed and decomposed), rare values, accents and case.
 */
export function randomEvents(random: () => number, count: number): DatelineEvent[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], most: number) =>
    Array.from({ length: Math.floor(random() * (most + 1)) }, () => pick(list));
  return Array.from({ length: count }, (_, i) => {
    // A third of the events fall on a few shared days: ties.
    const day = random() < 0.3 ? pick(TIE_DAYS) : Math.floor(random() * 1500);
    const start = FIRST + day * DAY + (random() < 0.1 ? Math.floor(random() * DAY) : 0);
    const length = pick(LENGTHS)(random);
    const tags = some(TAGS, 3);
    if (random() < 0.02) tags.push('Rare tag');
    return {
      id: `e${i}`,
      date: '',
      title: `${pick(WORDS)} ${pick(WORDS)}`,
      summary: some(WORDS, 4).join(' '),
      ...(random() < 0.5 ? { place: pick(WORDS) } : {}),
      tags,
      actors: some(ACTORS, 2),
      sources: random() < 0.5 ? [{ title: pick(WORDS) }] : [],
      time: { start, end: start + length, precision: 'day' as const },
    };
  });
}

/** A random filter over `events`' vocabulary, with each part set or not. */
export function randomFilter(random: () => number, events: readonly DatelineEvent[]): EventFilter {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const from = FIRST + Math.floor((random() * 1700 - 100) * DAY);
  const span = pick([0, 1, DAY, 30 * DAY, 400 * DAY, 5000 * DAY, -3 * DAY]);
  const word = pick(WORDS);
  const start = Math.floor(random() * word.length);
  const fragment = word.slice(start, start + 1 + Math.floor(random() * 4));
  return {
    range: random() < 0.6 ? [from, from + span] : null,
    tags:
      random() < 0.5
        ? Array.from({ length: 1 + Math.floor(random() * 2) }, () =>
            pick([...TAGS, 'Rare tag', 'Nowhere']),
          )
        : [],
    actors: random() < 0.3 ? [pick([...ACTORS, 'Nobody'])] : [],
    query:
      random() < 0.4
        ? pick([
            fragment,
            fragment.toUpperCase(),
            `${fragment} ${pick(WORDS)}`,
            '  ',
            `é ${fragment}`,
          ])
        : '',
    only:
      random() < 0.25
        ? new Set(
            Array.from({ length: Math.floor(random() * 40) }, () =>
              random() < 0.9 && events.length ? pick(events).id : 'missing',
            ),
          )
        : null,
  };
}

const DAY = 86_400_000;
const FIRST = Date.UTC(2015, 0, 1);
const TIE_DAYS = [10, 11, 500, 900];
const LENGTHS: ((random: () => number) => number)[] = [
  () => DAY,
  () => DAY,
  () => DAY,
  () => 0,
  () => 1,
  (random) => Math.ceil(random() * 60) * DAY,
  (random) => Math.ceil(random() * 800) * DAY,
  () => 3650 * DAY,
];
const TAGS = ['Libya', 'INF treaty', 'Diplomacy', 'Café', 'Cafe\u0301', 'libya'];
const ACTORS = ['Russia', 'Ḥaftar', 'Italy', 'United States', 'NATO'];
const WORDS = ['Tripolí', 'tobruk', 'Ḥaftar', 'KUZNETSOV', 'embassy', 'treaty', 'Moscow', 'near'];
