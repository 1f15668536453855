import type { Attachment } from 'svelte/attachments';

/**
 * Pointer gestures on the timeline as Svelte attachments. They only listen: every change goes
 * through the callbacks into the app state, and Svelte redraws. Positions are pixels from the
 * plot's left edge, via `plotX`.
 */

/** A drag counts as a drag, not a click, once it has moved this far. */
const DRAG_THRESHOLD = 3;

export interface PanZoomHandlers {
  /** Pixels from the plot's left edge for a client x. */
  plotX(clientX: number): number;
  /** Pan by `dx` pixels (positive shows earlier times). */
  pan(dx: number): void;
  /** Zoom by `k` about the pixel `x`. */
  zoom(k: number, x: number): void;
  /** Two fingers moved from `from` to `to` (pixels). */
  pinch(from: [number, number], to: [number, number]): void;
  /** The wheel's zoom factor (d3-zoom's), from core. */
  wheelFactor(event: WheelEvent): number;
}

/**
 * Drag to pan, two-finger pinch to zoom, wheel to zoom about the pointer (a horizontal wheel or
 * Shift+wheel pans). A click that ends a drag does not reach the marks, so panning across a mark
 * does not select it.
 */
export function panZoom(handlers: PanZoomHandlers): Attachment<Element> {
  return (node) => {
    const element = node as HTMLElement;
    const pointers = new Map<number, number>();
    let startX = 0;
    let dragging = false;
    let swallowClick = false;

    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      swallowClick = false;
      pointers.set(event.pointerId, handlers.plotX(event.clientX));
      if (pointers.size === 1) {
        startX = event.clientX;
        dragging = false;
      } else {
        // A second finger: from here on it is a pinch, held by this element.
        dragging = true;
        for (const id of pointers.keys()) capture(element, id);
      }
    };
    const onMove = (event: PointerEvent) => {
      const previous = pointers.get(event.pointerId);
      if (previous === undefined) return;
      const x = handlers.plotX(event.clientX);
      if (!dragging && Math.abs(event.clientX - startX) < DRAG_THRESHOLD) return;
      if (!dragging) {
        dragging = true;
        capture(element, event.pointerId);
      }
      if (pointers.size >= 2) {
        const [a, b] = [...pointers.entries()];
        const from: [number, number] = [a![1], b![1]];
        pointers.set(event.pointerId, x);
        const [c, d] = [...pointers.values()];
        handlers.pinch(from, [c!, d!]);
      } else {
        pointers.set(event.pointerId, x);
        handlers.pan(x - previous);
      }
      event.preventDefault();
    };
    const onUp = (event: PointerEvent) => {
      if (!pointers.delete(event.pointerId)) return;
      if (dragging && pointers.size === 0) swallowClick = true;
    };
    const onClick = (event: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.stopPropagation();
      event.preventDefault();
    };
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      if (sideways || event.shiftKey) {
        handlers.pan(-(sideways ? event.deltaX : event.deltaY));
      } else {
        handlers.zoom(handlers.wheelFactor(event), handlers.plotX(event.clientX));
      }
    };

    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onUp);
    element.addEventListener('click', onClick, { capture: true });
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onUp);
      element.removeEventListener('click', onClick, { capture: true });
      element.removeEventListener('wheel', onWheel);
    };
  };
}

export interface DragHandlers {
  plotX(clientX: number): number;
  /** The pointer went down at `x` on `target`. Return false to ignore this pointer. */
  start(x: number, target: Element, event: PointerEvent): boolean | void;
  /** It moved to `x`. */
  move(x: number): void;
  /** It was released at `x`; `moved` is false for a click. */
  end(x: number, moved: boolean): void;
}

/** A one-pointer drag held by the element (mouse, pen or one finger): the brush and the cursor. */
export function drag(handlers: DragHandlers): Attachment<Element> {
  return (node) => {
    const element = node as HTMLElement;
    let active: number | null = null;
    let startX = 0;
    let moved = false;

    const onDown = (event: PointerEvent) => {
      if (active !== null || event.button !== 0) return;
      const x = handlers.plotX(event.clientX);
      if (handlers.start(x, event.target as Element, event) === false) return;
      event.preventDefault();
      event.stopPropagation();
      active = event.pointerId;
      startX = event.clientX;
      moved = false;
      capture(element, event.pointerId);
    };
    const onMove = (event: PointerEvent) => {
      if (event.pointerId !== active) return;
      if (!moved && Math.abs(event.clientX - startX) < DRAG_THRESHOLD) return;
      moved = true;
      handlers.move(handlers.plotX(event.clientX));
    };
    const onUp = (event: PointerEvent) => {
      if (event.pointerId !== active) return;
      active = null;
      handlers.end(handlers.plotX(event.clientX), moved);
    };

    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onUp);
    return () => {
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onUp);
    };
  };
}

function capture(element: Element, pointerId: number) {
  try {
    element.setPointerCapture(pointerId);
  } catch {
    // The pointer is already gone (released between events): nothing to hold.
  }
}
