import { ConfigurationError, loadSettings } from './settings';

describe('loadSettings', () => {
  it('applies defaults when nothing is set', () => {
    const settings = loadSettings({});
    expect(settings.port).toBe(3000);
    expect(settings.production).toBe(false);
    expect(settings.seedDemoData).toBe(true);
    expect(settings.databaseUrl).toBeUndefined();
    expect(settings.bodyLimit).toBe('100kb');
  });

  it('reads numbers and booleans from strings', () => {
    const settings = loadSettings({ PORT: '8080', SEED_DEMO_DATA: 'false' });
    expect(settings.port).toBe(8080);
    expect(settings.seedDemoData).toBe(false);
  });

  it('reads the intake prior weight as a share, 0 to 1', () => {
    expect(loadSettings({}).assessment.intakePriorWeight).toBe(1);
    expect(
      loadSettings({ ASSESSMENT_INTAKE_PRIOR_WEIGHT: '0.5' }).assessment.intakePriorWeight,
    ).toBe(0.5);
    expect(() => loadSettings({ ASSESSMENT_INTAKE_PRIOR_WEIGHT: '2' })).toThrow(
      /ASSESSMENT_INTAKE_PRIOR_WEIGHT must not be greater than 1/,
    );
    expect(() => loadSettings({ ASSESSMENT_INTAKE_PRIOR_WEIGHT: 'half' })).toThrow(
      /ASSESSMENT_INTAKE_PRIOR_WEIGHT/,
    );
  });

  it('names the variable that is wrong', () => {
    expect(() => loadSettings({ PORT: 'eighty' })).toThrow(
      'PORT must be an integer number (got "eighty")',
    );
    expect(() => loadSettings({ PORT: '70000' })).toThrow(/PORT must not be greater than 65535/);
    expect(() => loadSettings({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('requires a long JWT secret in production and never echoes it', () => {
    expect(() => loadSettings({ NODE_ENV: 'production' })).toThrow(
      'JWT_SECRET is required in production',
    );
    try {
      loadSettings({ NODE_ENV: 'production', JWT_SECRET: 'short-secret' });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/JWT_SECRET must be at least 32/);
      expect((error as Error).message).not.toContain('short-secret');
    }
  });

  it('turns demo data off by default in production', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://passerelle.example.org',
    };
    expect(loadSettings(production).seedDemoData).toBe(false);
    expect(() => loadSettings({ ...production, SEED_DEMO_DATA: 'true' })).toThrow(/SEED_DEMO_DATA/);
    expect(() => loadSettings({ ...production, PUBLIC_URL: undefined })).toThrow(/PUBLIC_URL/);
  });

  it('reads the mail and password-reset settings and never echoes the SMTP address', () => {
    const defaults = loadSettings({});
    expect(defaults.mail).toEqual({
      smtpUrl: undefined,
      from: 'Passerelle <no-reply@passerelle.local>',
    });
    expect(defaults.passwordResetTtlMinutes).toBe(60);
    expect(defaults.passwordResetCodeTtlHours).toBe(24);
    const set = loadSettings({
      SMTP_URL: 'smtps://mailer:s3cret@mail.example.org',
      MAIL_FROM: 'help@example.org',
      PASSWORD_RESET_TTL_MINUTES: '30',
    });
    expect(set.mail).toEqual({
      smtpUrl: 'smtps://mailer:s3cret@mail.example.org',
      from: 'help@example.org',
    });
    expect(set.passwordResetTtlMinutes).toBe(30);
    try {
      loadSettings({ SMTP_URL: 'http://mailer:s3cret@mail.example.org' });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect((error as Error).message).toMatch(/^SMTP_URL must look like smtp:/);
      expect((error as Error).message).not.toContain('s3cret');
    }
    expect(() => loadSettings({ MAIL_FROM: 'Passerelle' })).toThrow(/MAIL_FROM/);
    expect(() => loadSettings({ PASSWORD_RESET_TTL_MINUTES: '1' })).toThrow(
      /PASSWORD_RESET_TTL_MINUTES/,
    );
  });
});
