import { describe, expect, it } from 'vitest';
import { pixelRect } from './pixelRect';

describe('pixelRect', () => {
  const canvas = { width: 300, height: 200 };

  it('widens a box to whole device pixels', () => {
    expect(pixelRect([10.2, 5.5, 20.1, 9], 1, canvas)).toEqual([10, 5, 11, 4]);
    // At ratio 1.5: 15.3 to 30.15 across, 8.25 to 13.5 down.
    expect(pixelRect([10.2, 5.5, 20.1, 9], 1.5, canvas)).toEqual([15, 8, 16, 6]);
  });

  it('cuts it to the canvas, and is null when nothing of it is on it', () => {
    expect(pixelRect([-5, -5, 10, 10], 1, canvas)).toEqual([0, 0, 10, 10]);
    expect(pixelRect([290, 190, 320, 230], 1, canvas)).toEqual([290, 190, 10, 10]);
    expect(pixelRect([400, 0, 420, 10], 1, canvas)).toBeNull();
    expect(pixelRect([0, -30, 10, -10], 1, canvas)).toBeNull();
  });
});
