/** Work in the portal: matching jobs, applications, interview invitations, my data. */
export const workEn = {} as const;
