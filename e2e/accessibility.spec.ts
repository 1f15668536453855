import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import seed from '../data/events.json' with { type: 'json' };
import { colourDistanceAtMapMiddle, dateline, expect, test } from './test';

const title = (id: string) => seed.events.find((e) => e.id === id)!.title;

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The contrast ratio (WCAG 2.1) of an element's text colour on its own background colour. */
function textContrast(target: Locator): Promise<number> {
  return target.evaluate((element) => {
    const style = getComputedStyle(element);
    const luminance = (colour: string) => {
      const [r, g, b] = colour
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map((c) => {
          const v = Number(c) / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [a, b] = [luminance(style.color), luminance(style.backgroundColor)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations (WCAG 2.1 A/AA), ${theme} theme, with and without a selection`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    const ui = dateline(page);
    await page.goto('/');
    await ui.basemapDrawn();
    expect(await axeViolations(page)).toEqual([]);
    await ui.eventButton(title('haftar-kuznetsov-tobruk')).click();
    await expect(ui.details.getByRole('heading', { level: 2 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`filled buttons keep their text readable (4.5:1), ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const ui = dateline(page);
    await page.goto('/');
    const story = page.getByRole('button', { name: 'Story', exact: true });
    await story.click();
    await expect(story).toHaveAttribute('aria-pressed', 'true');
    await ui.chip('Libya').click();
    await expect(ui.chip('Libya')).toHaveAttribute('aria-pressed', 'true');
    for (const filled of [
      page.getByRole('button', { name: 'Copy link' }),
      story,
      ui.chip('Libya'),
    ]) {
      expect(await textContrast(filled)).toBeGreaterThanOrEqual(4.5);
    }
  });
}

test('no axe violations with the load report open', async ({ page }) => {
  test.slow();
  await page.goto('/');
  const csv =
    'id,date,title,lat,lon\na,2019-08-18,Good row,55.75,37.61\nb,2019-13-40,Bad date,1,1\n';
  await page
    .getByLabel(/^Data file/)
    .setInputFiles({ name: 'report.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText(/row 3/).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('skip links lead to the map, the timeline and the events', async ({ page }) => {
  await page.goto('/');
  // The page renders once the seed dataset has arrived: a key pressed before that goes nowhere.
  await expect(page.getByRole('link', { name: 'Skip to map' })).toBeAttached();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to map' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Map' })).toBeFocused();
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Skip to events' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Events' })).toBeFocused();
});

test('keyboard only: filter by a tag, select from the table, read details, copy the link', async ({
  page,
  context,
}) => {
  test.slow(); // many key presses
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ui = dateline(page);
  await page.goto('/');
  await tabTo(page, ui.chip('Libya'));
  await page.keyboard.press('Enter');
  await expect(ui.chip('Libya')).toHaveAttribute('aria-pressed', 'true');

  // Move the time cursor by keys: it appears at the first step and walks on.
  const cursor = ui.timeline.getByRole('slider', { name: 'Time cursor' });
  await tabTo(page, cursor);
  await page.keyboard.press('Home');
  const start = await cursor.getAttribute('aria-valuetext');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(cursor).not.toHaveAttribute('aria-valuetext', start ?? '');

  const name = title('italy-embassy-tripoli');
  await tabTo(page, ui.eventButton(name));
  await page.keyboard.press('Enter');
  await expect(ui.details.getByRole('heading', { name })).toBeVisible();
  await expect(ui.details).toContainText('9–15 January 2017');
  await expect(page.getByTestId('selection-announcer')).toHaveText(
    `Selected: ${name}, 9–15 January 2017`,
  );

  await tabTo(page, page.getByRole('button', { name: 'Copy link' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'event=italy-embassy-tripoli',
  );
});

test('"?" lists the keyboard shortcuts and Escape closes the list', async ({ page }) => {
  await page.goto('/');
  // Its button and its "?" key come with the same component: once one is there, so is the other.
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.locator('body').press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Clear the selection');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('the theme toggle switches to dark, the map with it, and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?map=6/27/17'); // central Libya: land at the middle of the map
  await dateline(page).basemapDrawn();
  const landColour = (hex: string) =>
    colourDistanceAtMapMiddle(page, 'canvas.dl-basemap-canvas', hex);
  await expect.poll(() => landColour('#f7f5f0')).toBeLessThan(8); // --map-land, light
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => landColour('#262e37')).toBeLessThan(8); // --map-land, dark
  // After a reload the page is dark again, the map too, and the button says so.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await dateline(page).basemapDrawn();
  await expect.poll(() => landColour('#262e37')).toBeLessThan(8);
});
