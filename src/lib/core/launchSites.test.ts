import { describe, expect, it } from 'vitest';
import { LAUNCH_SITES, launchSiteAt } from './launchSites';

describe('LAUNCH_SITES', () => {
  it('has the presets the issue asks for, Moscow first, each named once', () => {
    const names = LAUNCH_SITES.map((s) => s.name);
    expect(names.slice(0, 4)).toEqual(['Moscow', 'Kaliningrad', 'Tobruk', 'Tripoli']);
    expect(names).toContain('Comiso, Sicily');
    expect(new Set(LAUNCH_SITES.map((s) => s.id)).size).toBe(LAUNCH_SITES.length);
  });

  it('survives a share link: four decimals at most', () => {
    for (const { at } of LAUNCH_SITES) {
      expect(Number(at.lat.toFixed(4))).toBe(at.lat);
      expect(Number(at.lon.toFixed(4))).toBe(at.lon);
    }
  });
});

describe('launchSiteAt', () => {
  it('finds a preset within a kilometre, and nothing elsewhere', () => {
    expect(launchSiteAt({ lat: 55.7558, lon: 37.6173 })?.name).toBe('Moscow');
    expect(launchSiteAt({ lat: 32.084, lon: 23.9764 })?.name).toBe('Tobruk');
    expect(launchSiteAt({ lat: 55.9, lon: 37.6173 })).toBeNull();
  });
});
