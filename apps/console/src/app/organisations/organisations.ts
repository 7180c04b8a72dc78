import {
  type AccountStatus,
  type CreateOrganisationRequest,
  type InviteEmployerRequest,
  type OrganisationMember,
  OrganisationRole,
  type OrganisationSummary,
  ProblemType,
  Role,
} from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError, problemOf } from '@passerelle/web-auth';

import type { CellValue } from '../shared/table';

/**
 * The organisations area's logic as plain functions: where `/organisations` leads, what the
 * forms send, and what the API's answers mean to the person reading them.
 */

/** Where `/organisations` takes someone: admins to the list, an employer to their own. */
export type OrganisationsLanding =
  | { kind: 'list' }
  | { kind: 'organisation'; id: string }
  | { kind: 'none' };

export function landingFor(
  role: Role | null,
  organisations: readonly OrganisationSummary[],
): OrganisationsLanding {
  if (role === Role.Admin) return { kind: 'list' };
  if (organisations.length === 0) return { kind: 'none' };
  // An employer belongs to one organisation; should that ever change, they get the list.
  if (organisations.length === 1) return { kind: 'organisation', id: organisations[0].id };
  return { kind: 'list' };
}

export interface OrganisationFormValue {
  name: string;
  description: string;
}

export function createOrganisationRequest(value: OrganisationFormValue): CreateOrganisationRequest {
  const description = value.description.trim();
  return { name: value.name.trim(), ...(description ? { description } : {}) };
}

export interface InviteFormValue {
  email: string;
  displayName: string;
  role: OrganisationRole;
}

export function inviteEmployerRequest(value: InviteFormValue): InviteEmployerRequest {
  return { email: value.email.trim(), displayName: value.displayName.trim(), role: value.role };
}

/** An organisation without an owner gets one first; after that, colleagues join as members. */
export function defaultInviteRole(members: readonly OrganisationMember[]): OrganisationRole {
  return members.some((m) => m.role === OrganisationRole.Owner)
    ? OrganisationRole.Member
    : OrganisationRole.Owner;
}

export type ConflictFields = Partial<Record<'name' | 'email', UiMessage>>;

/**
 * What a 409 names, in this area's words: the generic conflict message speaks of "email or
 * username", which is wrong for an organisation's name and vague for an employer already placed.
 */
export function conflictFields(error: unknown): ConflictFields {
  const problem = problemOf(error);
  const fields: ConflictFields = {};
  if (problem?.type !== ProblemType.Conflict) return fields;
  for (const fieldError of problem.errors ?? []) {
    if (fieldError.field === 'name') fields.name = { key: 'org.errors.nameTaken' };
    if (fieldError.field === 'email') {
      fields.email = {
        key:
          fieldError.code === 'otherOrganisation'
            ? 'org.errors.otherOrganisation'
            : 'org.errors.emailActive',
      };
    }
  }
  return fields;
}

/** A failed load of one organisation: "not found" covers the ones the reader may not see. */
export function loadFailure(error: unknown): UiMessage {
  return problemOf(error)?.status === 404 ? { key: 'org.notFound' } : explainError(error).message;
}

export function roleLabel(role: OrganisationRole): MessageKey {
  return `org.role.${role}`;
}

export function statusLabel(status: AccountStatus): MessageKey {
  return `org.status.${status}`;
}

export type OrganisationSortKey = 'name' | 'members' | 'created';

export function organisationSortValue(
  organisation: OrganisationSummary,
  key: OrganisationSortKey,
): CellValue {
  switch (key) {
    case 'name':
      return organisation.name;
    case 'members':
      return organisation.memberCount;
    case 'created':
      return organisation.createdAt;
  }
}

/** Organisations whose name or description holds every word of the search, in any case. */
export function filterOrganisations(
  organisations: readonly OrganisationSummary[],
  search: string,
): OrganisationSummary[] {
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...organisations];
  return organisations.filter((o) => {
    const text = `${o.name} ${o.description}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** The CSV of the list as shown; dates as ISO days, so that spreadsheets sort them. */
export function organisationsCsv(
  organisations: readonly OrganisationSummary[],
  header: { name: string; description: string; members: string; created: string },
): { header: string[]; rows: CellValue[][] } {
  return {
    header: [header.name, header.description, header.members, header.created],
    rows: organisations.map((o) => [
      o.name,
      o.description || null,
      o.memberCount,
      o.createdAt.slice(0, 10),
    ]),
  };
}
