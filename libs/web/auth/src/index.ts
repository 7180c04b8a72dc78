export * from './lib/account-language';
export * from './lib/auth.interceptor';
export * from './lib/guards';
export * from './lib/problems';
export * from './lib/session';
