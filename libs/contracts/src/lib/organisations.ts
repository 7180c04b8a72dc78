import type { AccountStatus } from './accounts';

export const ORGANISATION_NAME_MAX_LENGTH = 120;
export const ORGANISATION_DESCRIPTION_MAX_LENGTH = 1_000;

/** An employer's place in their organisation: owners also invite colleagues. */
export const OrganisationRole = { Owner: 'owner', Member: 'member' } as const;
export type OrganisationRole = (typeof OrganisationRole)[keyof typeof OrganisationRole];
export const ORGANISATION_ROLES: readonly OrganisationRole[] = Object.values(OrganisationRole);

/** A partner organisation that hires learners. */
export interface OrganisationSummary {
  id: string;
  name: string;
  description: string;
  memberCount: number;
  createdAt: string;
}

export interface OrganisationMember {
  /** The employer's account. */
  id: string;
  displayName: string;
  email: string | null;
  role: OrganisationRole;
  /** `invited` until they accept the invitation. */
  status: AccountStatus;
  addedAt: string;
}

export interface OrganisationDetail extends OrganisationSummary {
  members: OrganisationMember[];
  /** The signed-in account may invite employers into it: an admin, or one of its owners. */
  canInvite: boolean;
}

export interface CreateOrganisationRequest {
  name: string;
  description?: string;
}

/** Invites an employer into the organisation; they choose a password through the link. */
export interface InviteEmployerRequest {
  email: string;
  displayName: string;
  role: OrganisationRole;
}
