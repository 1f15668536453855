import seed from '../data/events.json' with { type: 'json' };
import { dateline, expect, test } from './test';

const story = seed.stories[0]!;
const title = (id: string) => seed.events.find((e) => e.id === id)!.title;

test('Story steps through the curated story with buttons and arrow keys, and the link keeps the step', async ({
  page,
}) => {
  const ui = dateline(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Story' }).click();
  const panel = page.getByRole('group', { name: 'Story' });
  await expect(panel).toContainText(`Step 1 of ${story.steps.length}`);
  await expect(panel).toContainText(story.steps[0]!.note!);
  await expect(
    ui.details.getByRole('heading', { name: title(story.steps[0]!.event) }),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Previous' })).toBeDisabled();

  await panel.getByRole('button', { name: 'Next' }).click();
  await expect(
    ui.details.getByRole('heading', { name: title(story.steps[1]!.event) }),
  ).toBeVisible();
  await expect(ui.marker(title(story.steps[1]!.event))).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('ArrowRight');
  await expect(panel).toContainText(`Step 3 of ${story.steps.length}`);
  await expect(page).toHaveURL(new RegExp(`story=${story.id}&step=3`));
  await page.keyboard.press('ArrowLeft');
  await expect(panel).toContainText(`Step 2 of ${story.steps.length}`);

  // The link reopens the story at the same step.
  await page.goto(`/?story=${story.id}&step=${story.steps.length}`);
  await expect(panel).toContainText(`Step ${story.steps.length} of ${story.steps.length}`);
  await expect(panel.getByRole('button', { name: 'Next' })).toBeDisabled();
  const last = story.steps.at(-1)!.event;
  await expect(ui.details.getByRole('heading', { name: title(last) })).toBeVisible();

  await panel.getByRole('button', { name: 'End story' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/story=/);
});

test("a link to a step past the story's end shows its last step and says so", async ({ page }) => {
  const ui = dateline(page);
  const steps = story.steps.length;
  await page.goto(`/?story=${story.id}&step=${steps + 5}`);
  const panel = page.getByRole('group', { name: 'Story' });
  await expect(panel).toContainText(`Step ${steps} of ${steps}`);
  await expect(
    ui.details.getByRole('heading', { name: title(story.steps.at(-1)!.event) }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    `step is past the story's last step (${steps}), which is shown instead`,
  );
  await expect(page).toHaveURL(new RegExp(`story=${story.id}&step=${steps}$`));
});

test('the time-order story follows the filters', async ({ page }) => {
  const ui = dateline(page);
  await page.goto('/?tags=INF+treaty&story=time');
  const panel = page.getByRole('group', { name: 'Story' });
  const inf = seed.events.filter((e) => e.tags.includes('INF treaty'));
  await expect(panel).toContainText(`Step 1 of ${inf.length}`);
  await expect(ui.details.getByRole('heading', { level: 2 })).toHaveText(
    seed.events.find((e) => e.id === 'inf-us-withdrawal')!.title,
  );
});
