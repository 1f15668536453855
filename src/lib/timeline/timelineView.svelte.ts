import { max, utcDay, type TimeInterval } from 'd3';
import {
  binInterval,
  clampDomain,
  endOrder,
  filterPositions,
  indexDensity,
  paddedExtent,
  panDomain,
  pinchDomain,
  snapRange,
  subsetTimeBins,
  timeBins,
  timeDensity,
  timelineGroups,
  timeIndexAt,
  timelineLayout,
  zoomDomain,
  zoomLimits,
  type TimeBin,
  type TimeRange,
} from '../core';
import { getAppState } from '../state/appState.svelte';
import {
  AXIS_HEIGHT,
  CURSOR_TRACK,
  LANES_GROUPED,
  LANES_SINGLE,
  MARGIN,
  trackRows,
} from './timelineGeometry';

/** From this many events on, a density histogram sits under the marks. */
const HISTOGRAM_MIN = 150;
/**
 * Above this many events in view the timeline counts instead of drawing (badges over the
 * histogram). Measured: packing lanes costs about 1 ms per 2,500 events in view.
 */
export const AGGREGATE_ABOVE = 4000;
/**
 * From this many drawn marks on, they are painted on a canvas instead of SVG nodes. Measured
 * on the 2-core machine (see the timeline report): a zoom frame that creates and removes a few
 * hundred SVG marks costs tens of ms of main thread; the canvas redraws them in one or two.
 */
export const CANVAS_ABOVE = 120;
const DAY = 864e5;

/**
 * What the timeline shows, derived from the app state and the plot's width: its events, the
 * visible domain, the layout (D3 computes it, core's timelineLayout), the histogram, and the
 * bounds of the brush and the cursor; with the intents that move the view. The parts only render.
 */
export class TimelineView {
  /** Read from the component context, so a TimelineView is created in a component's script. */
  readonly app = getAppState();
  width = $state(0);
  readonly plotWidth = $derived(Math.max(0, this.width - MARGIN.left - MARGIN.right));

  // The timeline shows what every filter but the brush keeps: the brush is drawn over it, and
  // dragging it must not re-filter or re-index the timeline's own events.
  #kept: { key: unknown[]; positions: Int32Array | null } | null = null;
  /** Where in the app's index the timeline's events are (null: all of them), ascending. */
  readonly positions = $derived.by(() => {
    const filter = this.app.filter;
    const key = [this.app.index, filter.tags, filter.actors, filter.query, filter.only];
    if (this.#kept && key.every((part, i) => part === this.#kept!.key[i]))
      return this.#kept.positions;
    // Without a brushed range the app's own result is the timeline's: no second filter pass.
    const positions =
      filter.range === null
        ? this.app.filteredPositions
        : filterPositions(this.app.index, { ...filter, range: null });
    this.#kept = { key, positions };
    return positions;
  });
  /** The timeline's events indexed: picked out of the app's index, never sorted again. */
  readonly index = $derived(timeIndexAt(this.app.index, this.positions));
  readonly events = $derived(this.index.events);
  /** The events by end time (positions into `index`), from the app index's order by end. */
  readonly endOrder = $derived(endOrder(this.app.index, this.positions));
  /** Event ends, sorted: where Shift+arrows take the brush's end handle. */
  readonly sortedEnds = $derived(Float64Array.from(this.endOrder, (k) => this.index.ends[k]!));

  readonly limits = $derived(zoomLimits(this.app.index.extent));
  readonly domain = $derived(this.app.time.domain ?? paddedExtent(this.index.extent));
  readonly grouped = $derived(this.app.time.grouping !== 'none');
  readonly lanes = $derived(this.grouped ? LANES_GROUPED : LANES_SINGLE);
  readonly layout = $derived(
    // The index's own array (same events, same order): the layout then finds what is in view
    // by binary search instead of testing every event.
    timelineLayout(this.index.events, this.plotWidth, this.domain, {
      maxLanes: this.lanes,
      groups: this.grouped ? timelineGroups(this.index.events, this.app.time.grouping) : undefined,
      edge: MARGIN.left,
      // Rebuilt with the selection, never mutated: a plain Set is right here.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      pinned: new Set(this.app.selectedId ? [this.app.selectedId] : []),
      index: this.index,
      aggregateAbove: AGGREGATE_ABOVE,
    }),
  );
  readonly canvas = $derived(this.layout.marks.length > CANVAS_ABOVE);
  readonly rows = $derived(trackRows(this.layout.groups.length, this.lanes));
  readonly axisTop = $derived(CURSOR_TRACK + this.rows.height);
  readonly height = $derived(this.axisTop + AXIS_HEIGHT + MARGIN.bottom);

  /**
   * The events as a density over time, for the histogram at any zoom: kept for the whole
   * dataset, which every cleared filter comes back to, and built for a filter's result once
   * its view zooms or pans (see `bins`).
   */
  readonly density = $derived(
    this.positions === null
      ? indexDensity(this.app.index)
      : timeDensity(this.index.starts, this.index.ends, this.endOrder),
  );
  readonly binning = $derived(binInterval(this.domain, this.plotWidth, 3));
  /** The bins last counted straight from a filter result, and for which view. */
  #counted: {
    positions: Int32Array;
    domain: readonly [number, number];
    interval: TimeInterval;
    bins: TimeBin[];
  } | null = null;
  readonly bins = $derived.by((): TimeBin[] => {
    if (this.events.length < HISTOGRAM_MIN && this.layout.badges.length === 0) return [];
    const [positions, domain, interval] = [this.positions, this.domain, this.binning.interval];
    if (positions === null) return timeBins(this.density, domain, interval);
    // A new filter result is counted straight into the bins of the view it is seen in; its
    // density (a few megabytes at 100,000 events) waits until that view zooms or pans.
    const counted = this.#counted;
    if (counted?.positions !== positions) {
      const bins = subsetTimeBins(this.app.index, positions, domain, interval);
      this.#counted = { positions, domain, interval, bins };
      return bins;
    }
    const sameView =
      counted.interval === interval &&
      counted.domain[0] === domain[0] &&
      counted.domain[1] === domain[1];
    return sameView ? counted.bins : timeBins(this.density, domain, interval);
  });

  /** The data's extent in whole days: where the brush can go. */
  readonly dataBounds = $derived<TimeRange>(
    Number.isFinite(this.app.index.extent[0])
      ? snapRange(this.app.index.extent[0], this.app.index.extent[1], utcDay)
      : [this.domain[0], this.domain[1]],
  );
  /** Play and the cursor run inside the brushed range when there is one. */
  readonly cursorBounds = $derived<TimeRange>(this.app.time.range ?? this.dataBounds);

  zoomBy(k: number, x = this.plotWidth / 2): void {
    this.app.time.setDomain(zoomDomain(this.domain, this.plotWidth, k, x, this.limits));
  }

  panBy(dx: number): void {
    this.app.time.setDomain(panDomain(this.domain, this.plotWidth, dx, this.limits));
  }

  pinch(from: [number, number], to: [number, number]): void {
    this.app.time.setDomain(pinchDomain(this.domain, this.plotWidth, from, to, this.limits));
  }

  /** Frames the events the map and the list show (every filter applied). */
  fit(): void {
    const shown = this.app.filtered;
    if (shown.length === this.events.length || shown.length === 0) {
      this.app.time.setDomain(null);
      return;
    }
    const end = max(shown, (e) => e.time.end)!;
    this.app.time.setDomain(paddedExtent([shown[0]!.time.start, end]));
  }

  /** Zooms in to frame [from, to] with a little room, as a count badge asks. */
  frame(from: number, to: number): void {
    const pad = Math.max((to - from) * 0.1, DAY / 2);
    this.app.time.setDomain(clampDomain([from - pad, to + pad], this.limits));
  }
}
