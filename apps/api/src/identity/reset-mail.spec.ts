import { resetMail } from './reset-mail';

describe('resetMail', () => {
  const link = 'https://passerelle.example.org/reset-password#token=abc';

  it('is written in the account’s language, with the link on its own line', () => {
    const mail = resetMail('nadia@example.org', 'fr', 'Nadia', link, 60);
    expect(mail.to).toBe('nadia@example.org');
    expect(mail.subject).toContain('nouveau mot de passe');
    expect(mail.text).toContain('Bonjour Nadia');
    expect(mail.text).toContain(`\n\n${link}\n\n`);
    expect(mail.text).toContain('60 minutes');
  });

  it('speaks Arabic to Arabic readers and falls back to English otherwise', () => {
    expect(resetMail('a@b.c', 'ar', 'Amina', link, 30).text).toContain('مرحبًا Amina');
    expect(resetMail('a@b.c', 'xx', 'Amina', link, 30).text).toContain('Hello Amina');
  });
});
