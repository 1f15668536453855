import type { LatLon } from './greatCircle';
import { formatIsoInstant, parseIsoInstant } from './isoInstant';
import { LAUNCH_SITES } from './launchSites';

/** Everything a share link carries (DESIGN.md, "Share-link contract"). Times are UTC ms. */
export interface ShareState {
  from: number | null;
  to: number | null;
  /** Time cursor. */
  t: number | null;
  mode: 'cumulative' | 'window';
  /** Window length in days, for window mode. */
  window: number;
  tags: string[];
  actors: string[];
  q: string;
  event: string | null;
  map: { zoom: number; lat: number; lon: number } | null;
  ring: LatLon;
  band: [number, number];
  showband: boolean;
  inband: boolean;
  data: string | null;
  /** Playback speed, whether it loops, and the timeline's lanes (grouping). */
  speed: 'day' | 'week' | 'month' | 'year' | 'event';
  loop: boolean;
  lanes: 'none' | 'tags' | 'actors';
  /** The timeline's visible time span (its zoom), or null for "fit the events". */
  view: [number, number] | null;
  /** Story mode: the story's id, and the step shown (1-based in the link, like people count). */
  story: string | null;
  step: number;
}

export const DEFAULT_SHARE_STATE: ShareState = {
  from: null,
  to: null,
  t: null,
  mode: 'cumulative',
  window: 30,
  tags: [],
  actors: [],
  q: '',
  event: null,
  map: null,
  ring: { ...LAUNCH_SITES[0]!.at },
  band: [500, 5500],
  showband: true,
  inband: false,
  data: null,
  speed: 'month',
  loop: false,
  lanes: 'none',
  view: null,
  story: null,
  step: 1,
};

/** What the dataset holds, to check ids, tags and actors against. */
export interface ShareContext {
  eventIds: Known;
  tags: Known;
  actors: Known;
  /** Story ids, including the time-order story every dataset has. */
  storyIds: Known;
}

/** Values a link is checked against: a Set, or the keys of a Map the app keeps anyway. */
export interface Known {
  has(value: string): boolean;
}

/** A part of a link that was ignored, and why, for the notice. */
export interface LinkProblem {
  param: string;
  reason: string;
}

/** A value, a problem, or a value kept in part with a problem about the rest. */
type Parsed<T> = { value: T; problem?: string } | { problem: string };

interface Param<K extends keyof ShareState> {
  field: K;
  /** Reads the raw (still percent-encoded) value. */
  parse(raw: string, context: ShareContext): Parsed<ShareState[K]>;
  /** The raw value to write, already percent-encoded. */
  format(value: ShareState[K]): string;
  equals?(a: ShareState[K], b: ShareState[K]): boolean;
}

const MAX_VALUE_LENGTH = 2000;
const MAX_LIST_ITEMS = 200;

const decode = (raw: string) => decodeURIComponent(raw.replace(/\+/g, ' '));
/** Keeps the characters a reader can see in a link readable; escapes the separators we use. */
const encode = (text: string) =>
  encodeURIComponent(text).replace(/%20/g, '+').replace(/%3A/gi, ':').replace(/%40/g, '@');

const time: Param<'from'>['parse'] = (raw) => {
  const value = parseIsoInstant(decode(raw));
  return value === null ? { problem: 'is not a date (use YYYY-MM-DD)' } : { value };
};
const formatTime = (value: number | null) => (value === null ? '' : formatIsoInstant(value));

function list<K extends 'tags' | 'actors'>(field: K, noun: string): Param<K> {
  return {
    field,
    parse(raw, context) {
      const known = context[field];
      const items = raw.split(',').map(decode).filter(Boolean);
      if (items.length > MAX_LIST_ITEMS)
        return { problem: `has more than ${MAX_LIST_ITEMS} items` };
      const unknown = items.filter((item) => !known.has(item));
      const value = [...new Set(items.filter((item) => known.has(item)))];
      if (unknown.length && !value.length) {
        return { problem: `no ${noun} ${unknown.map((u) => `'${u}'`).join(', ')} in this dataset` };
      }
      return unknown.length
        ? {
            value,
            problem: `no ${noun} ${unknown.map((u) => `'${u}'`).join(', ')} in this dataset`,
          }
        : { value };
    },
    format: (value) => value.map(encode).join(','),
    equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  };
}

function oneOf<K extends keyof ShareState>(field: K, values: readonly ShareState[K][]): Param<K> {
  return {
    field,
    parse: (raw) =>
      (values as readonly string[]).includes(raw)
        ? { value: raw as ShareState[K] }
        : { problem: `is not one of ${values.join(', ')}` },
    format: (value) => String(value),
  };
}

function number(text: string): number | null {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** Decimal places for a map centre at `zoom`: about a tenth of a pixel. */
export function mapDecimals(zoom: number): number {
  return Math.min(6, Math.max(1, Math.ceil(zoom * Math.log10(2) + 0.5)));
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** One table of parameters, in the order they are written. */
const PARAMS: { [K in keyof ShareState]: Param<K> } = {
  from: { field: 'from', parse: time, format: formatTime },
  to: { field: 'to', parse: time, format: formatTime },
  t: { field: 't', parse: time, format: formatTime },
  mode: {
    field: 'mode',
    parse: (raw) =>
      raw === 'window' || raw === 'cumulative'
        ? { value: raw }
        : { problem: "is not 'cumulative' or 'window'" },
    format: (value) => value,
  },
  window: {
    field: 'window',
    parse: (raw) => {
      const days = number(raw);
      return days !== null && days > 0 && days <= 36_600
        ? { value: days }
        : { problem: 'is not a number of days between 0 and 36,600' };
    },
    format: (value) => String(value),
  },
  tags: list('tags', 'tag'),
  actors: list('actors', 'actor'),
  q: {
    field: 'q',
    parse: (raw) => ({ value: decode(raw).slice(0, 500) }),
    format: (value) => encode(value),
  },
  event: {
    field: 'event',
    parse: (raw, context) => {
      const id = decode(raw);
      return context.eventIds.has(id)
        ? { value: id }
        : { problem: `no event '${id}' in this dataset` };
    },
    format: (value) => (value === null ? '' : encode(value)),
  },
  map: {
    field: 'map',
    parse: (raw) => {
      const [zoom, lat, lon] = decode(raw).split('/').map(number);
      if (zoom == null || lat == null || lon == null || raw.split('/').length !== 3) {
        return { problem: 'is not zoom/lat/lon' };
      }
      if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85.06 || Math.abs(lon) > 180) {
        return { problem: 'is outside the map (zoom 0-22, lat ±85, lon ±180)' };
      }
      return { value: { zoom, lat, lon } };
    },
    format: (value) => {
      if (!value) return '';
      const decimals = mapDecimals(value.zoom);
      return `${round(value.zoom, 2)}/${round(value.lat, decimals)}/${round(value.lon, decimals)}`;
    },
    equals: (a, b) =>
      a === b || (!!a && !!b && a.zoom === b.zoom && a.lat === b.lat && a.lon === b.lon),
  },
  ring: {
    field: 'ring',
    parse: (raw) => {
      const parts = decode(raw).split(',');
      const [lat, lon] = parts.map(number);
      if (parts.length !== 2 || lat == null || lon == null) return { problem: 'is not lat,lon' };
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180)
        return { problem: 'is outside lat ±90, lon ±180' };
      return { value: { lat, lon } };
    },
    format: (value) => `${round(value.lat, 4)},${round(value.lon, 4)}`,
    equals: (a, b) => a.lat === b.lat && a.lon === b.lon,
  },
  band: {
    field: 'band',
    parse: (raw) => {
      const parts = decode(raw).split('-');
      const [inner, outer] = parts.map(number);
      if (parts.length !== 2 || inner == null || outer == null)
        return { problem: 'is not inner-outer in km' };
      if (!(inner >= 0 && inner < outer && outer <= 20_000)) {
        return { problem: 'needs 0 ≤ inner < outer ≤ 20,000 km' };
      }
      return { value: [inner, outer] };
    },
    format: (value) => `${value[0]}-${value[1]}`,
    equals: (a, b) => a[0] === b[0] && a[1] === b[1],
  },
  showband: {
    field: 'showband',
    parse: (raw) =>
      raw === '0' || raw === '1' ? { value: raw === '1' } : { problem: 'is not 0 or 1' },
    format: (value) => (value ? '1' : '0'),
  },
  inband: {
    field: 'inband',
    parse: (raw) =>
      raw === '0' || raw === '1' ? { value: raw === '1' } : { problem: 'is not 0 or 1' },
    format: (value) => (value ? '1' : '0'),
  },
  data: {
    field: 'data',
    parse: (raw) => {
      const text = decode(raw);
      // Same-origin paths or absolute http(s) URLs; the loader checks CORS and content.
      if (/^\/(?!\/)/.test(text)) return { value: text };
      try {
        const url = new URL(text);
        return url.protocol === 'https:' || url.protocol === 'http:'
          ? { value: url.href }
          : { problem: 'is not an http(s) link' };
      } catch {
        return { problem: 'is not a link' };
      }
    },
    format: (value) => (value === null ? '' : encode(value)),
  },
  speed: oneOf('speed', ['day', 'week', 'month', 'year', 'event']),
  loop: {
    field: 'loop',
    parse: (raw) =>
      raw === '0' || raw === '1' ? { value: raw === '1' } : { problem: 'is not 0 or 1' },
    format: (value) => (value ? '1' : '0'),
  },
  lanes: oneOf('lanes', ['none', 'tags', 'actors']),
  view: {
    field: 'view',
    parse: (raw) => {
      const parts = decode(raw).split('~');
      const [start, end] = parts.map(parseIsoInstant);
      if (parts.length !== 2 || start == null || end == null || start >= end) {
        return { problem: 'is not start~end (two dates, the first earlier)' };
      }
      return { value: [start, end] };
    },
    format: (value) => (value ? `${formatIsoInstant(value[0])}~${formatIsoInstant(value[1])}` : ''),
    equals: (a, b) => a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]),
  },
  story: {
    field: 'story',
    parse: (raw, context) => {
      const id = decode(raw);
      return context.storyIds.has(id)
        ? { value: id }
        : { problem: `no story '${id}' in this dataset` };
    },
    format: (value) => (value === null ? '' : encode(value)),
  },
  step: {
    field: 'step',
    parse: (raw) =>
      /^[1-9]\d{0,6}$/.test(raw)
        ? { value: Number(raw) }
        : { problem: 'is not a step number (1, 2, …)' },
    format: (value) => String(value),
  },
};

/** Parameter names in the order they are written. */
export const SHARE_PARAMS = Object.keys(PARAMS) as (keyof ShareState)[];

function isDefault<K extends keyof ShareState>(key: K, value: ShareState[K]): boolean {
  const param = PARAMS[key] as Param<K>;
  const fallback = DEFAULT_SHARE_STATE[key];
  return param.equals ? param.equals(value, fallback) : value === fallback;
}

/** The query string (without "?") for `state`; defaults are left out, so the default view is "". */
export function encodeShareLink(state: ShareState): string {
  const parts: string[] = [];
  for (const key of SHARE_PARAMS) {
    const value = state[key];
    if (isDefault(key, value)) continue;
    const text = (PARAMS[key] as Param<typeof key>).format(value);
    if (text !== '') parts.push(`${key}=${text}`);
  }
  return parts.join('&');
}

/**
 * Reads a query string (with or without "?"). Never throws: every unknown, malformed,
 * duplicated or oversized part is ignored and reported, and the rest applies.
 */
export function decodeShareLink(
  search: string,
  context: ShareContext,
): { state: ShareState; problems: LinkProblem[] } {
  const state: ShareState = structuredClone(DEFAULT_SHARE_STATE);
  const problems: LinkProblem[] = [];
  const seen = new Set<string>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const raw = eq === -1 ? '' : pair.slice(eq + 1);
    let key: string;
    try {
      key = decode(rawKey);
    } catch {
      problems.push({ param: rawKey.slice(0, 40), reason: 'is not a readable parameter name' });
      continue;
    }
    const shown = key.slice(0, 40);
    if (!Object.hasOwn(PARAMS, key)) {
      problems.push({ param: shown, reason: 'is not a Dateline parameter' });
      continue;
    }
    if (seen.has(key)) {
      problems.push({ param: shown, reason: 'appears more than once; the first is used' });
      continue;
    }
    seen.add(key);
    if (raw.length > MAX_VALUE_LENGTH) {
      problems.push({ param: shown, reason: `is longer than ${MAX_VALUE_LENGTH} characters` });
      continue;
    }
    const param = PARAMS[key as keyof ShareState] as Param<keyof ShareState>;
    let parsed: Parsed<ShareState[keyof ShareState]>;
    try {
      parsed = param.parse(raw, context);
    } catch {
      parsed = { problem: 'is not readable text' };
    }
    if ('value' in parsed) (state as unknown as Record<string, unknown>)[key] = parsed.value;
    if (parsed.problem) problems.push({ param: shown, reason: parsed.problem });
  }
  if ((state.from === null) !== (state.to === null)) {
    problems.push({ param: state.from === null ? 'to' : 'from', reason: 'needs both from and to' });
    state.from = state.to = null;
  } else if (state.from !== null && state.to !== null && state.from >= state.to) {
    problems.push({ param: 'from', reason: 'is not before to' });
    state.from = state.to = null;
  }
  return { state, problems };
}

const KNOWS_NOTHING: Known = { has: () => false };

/**
 * The dataset a link names (`data`), read before any dataset is loaded: its ids, tags and
 * actors can only be checked against that dataset once it is.
 */
export function linkedDataUrl(search: string): string | null {
  const context = {
    eventIds: KNOWS_NOTHING,
    tags: KNOWS_NOTHING,
    actors: KNOWS_NOTHING,
    storyIds: KNOWS_NOTHING,
  };
  return decodeShareLink(search, context).state.data;
}

/** Parameters whose changes are continuous (scrubbing, panning, typing): they replace, not push. */
export const CONTINUOUS_PARAMS: ReadonlySet<keyof ShareState> = new Set(['t', 'map', 'q', 'view']);

/** Which parameters differ between two query strings. */
export function changedParams(a: string, b: string): Set<string> {
  const read = (query: string) =>
    new Map(
      query
        .split('&')
        .filter(Boolean)
        .map((pair) => [pair.split('=')[0]!, pair] as const),
    );
  const [x, y] = [read(a), read(b)];
  const changed = new Set<string>();
  for (const key of new Set([...x.keys(), ...y.keys()]))
    if (x.get(key) !== y.get(key)) changed.add(key);
  return changed;
}
