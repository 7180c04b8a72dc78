import type { InvitableRole } from './roles';

export const InvitationStatus = {
  Pending: 'pending',
  Accepted: 'accepted',
  Expired: 'expired',
  Revoked: 'revoked',
} as const;
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];

export interface CreateInvitationRequest {
  email: string;
  displayName: string;
  role: InvitableRole;
}

export interface InvitationView {
  id: string;
  email: string;
  displayName: string;
  role: InvitableRole;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
}

/** Returned once, when the invitation is made: the link carries the only copy of its secret. */
export interface CreatedInvitationResponse {
  invitation: InvitationView;
  link: string;
}

/** What the invited person sees before choosing a password. */
export interface InvitationPreview {
  email: string;
  displayName: string;
  role: InvitableRole;
  expiresAt: string;
}

export interface AcceptInvitationRequest {
  token: string;
  password: string;
}
