import type { workEn } from './work.en';

/** Work in the portal: matching jobs, applications, interview invitations, my data. */
export const workAr: Record<keyof typeof workEn, string> = {};
