import { expect, test } from '@playwright/test';

import { shot } from '../support/pages';

test.describe('the portal on a slow connection', () => {
  test('shows a splash before the app has loaded, in the phone dark mode too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    // The app's script never arrives: what shows is index.html alone.
    await page.route(/\/main-\w+\.js$/, () => undefined);
    await page.goto('/sign-in', { waitUntil: 'commit' });
    const splash = page.getByRole('status');
    await expect(splash).toHaveText('Passerelle');
    await expect(splash).toHaveCSS('background-color', 'rgb(20, 24, 29)');
    await page.screenshot({ path: shot('portal-splash-dark') });
  });

  test('the app replaces the splash; the Arabic font downloads only once Arabic shows', async ({
    page,
  }) => {
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    const index = await page.request.get('/sign-in', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(index.headers()['content-encoding']).toBe('br');

    await page.goto('/sign-in');
    await expect(page.getByLabel('Email or username')).toBeEditable();
    await expect(page.locator('.splash')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    expect(fonts).toEqual([]);

    await page.getByTestId('language').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('أهلاً بعودتك');
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.fonts].some(
            (font) => font.family.includes('Noto Sans Arabic') && font.status === 'loaded',
          ),
        ),
      )
      .toBe(true);
    expect(fonts.some((url) => url.includes('noto-sans-arabic'))).toBe(true);
    await page.screenshot({ path: shot('portal-sign-in-ar') });
  });
});
