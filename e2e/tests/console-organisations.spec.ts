import { type Browser, expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations, shot, signIntoConsole } from '../support/pages';

/** Someone opens their invitation link on their own device and chooses a password. */
async function accept(browser: Browser, link: string, password: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByTestId('accept').click();
  await expect(page.getByTestId('welcome')).toBeVisible();
  return page;
}

async function invite(page: Page, email: string, name: string, role: 'owner' | 'member') {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Role', { exact: true }).selectOption(role);
  await page.getByTestId('invite-employer').click();
  const link = (await page.getByTestId('employer-invitation-link').textContent())?.trim() ?? '';
  expect(link).toMatch(/\/console\/accept-invitation#token=[\w-]{43}$/);
  return link;
}

test.describe('console organisations', () => {
  test('an admin adds an organisation and its owner, who invites a colleague', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const stamp = Date.now().toString(36);
    const organisation = `Atelier Numérique ${stamp}`;
    const ownerEmail = `owner.${stamp}@example.org`;
    const colleagueEmail = `colleague.${stamp}@example.org`;

    // The admin creates the organisation and lands on it.
    await signIntoConsole(page, 'admin@passerelle.local');
    await page.getByTestId('nav-organisations').click();
    await expect(page).toHaveTitle('Organisations · Passerelle console');
    await page.getByLabel('Name', { exact: true }).fill(organisation);
    await page
      .getByLabel('Description', { exact: true })
      .fill('Web agency. Hires junior developers.');
    await page.getByTestId('create-organisation').click();
    await expect(page.getByTestId('organisation-name')).toHaveText(organisation);
    await expect(page.getByText('No employers yet. Invite the first one below.')).toBeVisible();

    // The first employer is its owner (the form suggests it); the link is shown to copy.
    await expect(page.getByLabel('Role', { exact: true })).toHaveValue('owner');
    const ownerLink = await invite(page, ownerEmail, 'Inès Owner', 'owner');
    const employers = page.getByTestId('organisation-employers');
    await expect(employers).toContainText(ownerEmail);
    await expect(employers).toContainText('Owner');
    await expect(employers).toContainText('Invited');
    await page.screenshot({ path: shot('console-organisation-admin'), fullPage: true });
    await expectNoAxeViolations(page);

    // Back on the list: the organisation with its one employer; its name cannot be used again.
    await page.getByRole('link', { name: 'All organisations' }).click();
    await page.getByLabel('Search by name or description').fill(stamp);
    const row = page.getByTestId('organisations-table').getByRole('row', { name: organisation });
    await expect(row.locator('td.num')).toHaveText('1');
    await page.getByLabel('Name', { exact: true }).fill(organisation);
    await page.getByTestId('create-organisation').click();
    await expect(page.getByText('Another organisation has this name.')).toBeVisible();
    await page.screenshot({ path: shot('console-organisations'), fullPage: true });
    await expectNoAxeViolations(page);

    // The owner accepts and finds their organisation straight from the navigation.
    const owner = await accept(browser, ownerLink, 'owner password 1');
    await owner.getByTestId('nav-organisations').click();
    await expect(owner.getByTestId('organisation-name')).toHaveText(organisation);
    await expect(owner).toHaveURL(/\/console\/organisations\/[\w-]{36}$/);
    await expect(owner.getByRole('link', { name: 'All organisations' })).toHaveCount(0);
    await expect(owner.getByTestId('organisation-employers')).toContainText('Active');

    // The owner invites a colleague, as a member.
    await expect(owner.getByLabel('Role', { exact: true })).toHaveValue('member');
    const colleagueLink = await invite(owner, colleagueEmail, 'Karim Colleague', 'member');
    await expect(owner.getByTestId('organisation-employers')).toContainText(colleagueEmail);
    await owner.screenshot({ path: shot('console-organisation-owner'), fullPage: true });
    await expectNoAxeViolations(owner);
    // An email that already has an account cannot be invited.
    await owner.getByLabel('Email', { exact: true }).fill('admin@passerelle.local');
    await owner.getByLabel('Name', { exact: true }).fill('Adèle');
    await owner.getByTestId('invite-employer').click();
    await expect(owner.getByText('This email already has an account.')).toBeVisible();
    await owner.context().close();

    // The colleague, a member, sees the organisation but invites nobody.
    const colleague = await accept(browser, colleagueLink, 'colleague password 1');
    await colleague.getByTestId('nav-organisations').click();
    await expect(colleague.getByTestId('organisation-name')).toHaveText(organisation);
    await expect(colleague.getByTestId('ask-owner')).toBeVisible();
    await expect(colleague.getByTestId('invite-employer')).toHaveCount(0);
    await colleague.context().close();
  });
});
