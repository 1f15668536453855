import { dateline, expect, test } from './test';

/**
 * The timeline zoomed to each act of the seed story, for a reviewer to look at. `npm run
 * screenshots` writes them to docs/; a plain test run to test-results/.
 */
const dir = process.env.DATELINE_SCREENSHOT_DIR ?? 'test-results/screenshots';

const acts = [
  // The first day of January 2017 brushed, framed with Fit, then the brush cleared.
  {
    file: 'timeline-2017-01.png',
    month: 'January 2017',
    edge: 'Range end',
    key: 'Home',
    step: 'Shift+ArrowRight',
  },
  // The last day of August 2019, likewise; the cursor then steps back to Shoigu's statement.
  {
    file: 'timeline-2019-08.png',
    month: 'August 2019',
    edge: 'Range start',
    key: 'End',
    step: 'Shift+ArrowLeft',
  },
] as const;

for (const act of acts) {
  test(`screenshot of the timeline zoomed to ${act.month}`, async ({ page }) => {
    const ui = dateline(page);
    const timeline = ui.timeline;
    await page.goto('/');
    await ui.basemapDrawn();
    await timeline.getByRole('slider', { name: act.edge }).focus();
    await page.keyboard.press(act.key);
    await timeline.getByRole('button', { name: 'Fit', exact: true }).click();
    await timeline.getByRole('slider', { name: act.edge }).focus();
    await page.keyboard.press('Escape');
    await expect(timeline.getByRole('status')).toContainText('Drag along the dates');
    await expect(timeline.getByText(act.month, { exact: true })).toBeVisible();

    // The cursor on the act's key event: later events shaded, the one at the cursor ringed.
    const cursor = timeline.getByRole('slider', { name: 'Time cursor' });
    await cursor.focus();
    await page.keyboard.press(act.key === 'Home' ? 'Home' : 'End');
    await page.keyboard.press(act.step);
    await expect(cursor).toHaveAttribute('aria-valuetext', new RegExp(`^\\d+ ${act.month}$`));
    await page.mouse.move(0, 0);
    await cursor.blur();
    await timeline.screenshot({ path: `${dir}/${act.file}` });
  });
}
