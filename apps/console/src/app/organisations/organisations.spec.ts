import { HttpErrorResponse } from '@angular/common/http';
import {
  type OrganisationMember,
  type OrganisationSummary,
  type ProblemDetails,
  ProblemType,
} from '@passerelle/contracts';

import { sortRows } from '../shared/table';
import {
  conflictFields,
  createOrganisationRequest,
  defaultInviteRole,
  filterOrganisations,
  inviteEmployerRequest,
  landingFor,
  loadFailure,
  organisationsCsv,
  organisationSortValue,
} from './organisations';

const ATELIER: OrganisationSummary = {
  id: 'o1',
  name: 'Atelier Numérique',
  description: 'Web agency in Lyon',
  memberCount: 3,
  createdAt: '2026-02-01T10:00:00Z',
};
const BOULANGERIE: OrganisationSummary = {
  id: 'o2',
  name: 'boulangerie Solidaire',
  description: '',
  memberCount: 0,
  createdAt: '2026-03-05T10:00:00Z',
};

function member(role: OrganisationMember['role']): OrganisationMember {
  return {
    id: `a-${role}`,
    displayName: 'Someone',
    email: 'someone@example.org',
    role,
    status: 'active',
    addedAt: '2026-03-01T00:00:00Z',
  };
}

function problem(status: number, body: Partial<ProblemDetails>): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: { type: ProblemType.BadRequest, title: 'x', status, ...body },
  });
}

describe('where /organisations leads', () => {
  it('shows an admin the list, even with one organisation or none', () => {
    expect(landingFor('admin', [ATELIER])).toEqual({ kind: 'list' });
    expect(landingFor('admin', [])).toEqual({ kind: 'list' });
  });

  it('takes an employer straight to their organisation', () => {
    expect(landingFor('employer', [ATELIER])).toEqual({ kind: 'organisation', id: 'o1' });
  });

  it('tells an employer without an organisation that there is none yet', () => {
    expect(landingFor('employer', [])).toEqual({ kind: 'none' });
  });
});

describe('organisation forms', () => {
  it('sends a trimmed name, and the description only when there is one', () => {
    expect(createOrganisationRequest({ name: '  Atelier ', description: ' Web agency\n' })).toEqual(
      { name: 'Atelier', description: 'Web agency' },
    );
    expect(createOrganisationRequest({ name: 'Atelier', description: '   ' })).toEqual({
      name: 'Atelier',
    });
  });

  it('sends an invitation as typed, without stray spaces', () => {
    expect(
      inviteEmployerRequest({ email: ' hr@example.org ', displayName: ' Inès ', role: 'owner' }),
    ).toEqual({ email: 'hr@example.org', displayName: 'Inès', role: 'owner' });
  });

  it('suggests an owner first, then members', () => {
    expect(defaultInviteRole([])).toBe('owner');
    expect(defaultInviteRole([member('member')])).toBe('owner');
    expect(defaultInviteRole([member('member'), member('owner')])).toBe('member');
  });
});

describe('what the API answers', () => {
  it('names a taken organisation name in the words of this area', () => {
    const error = problem(409, {
      type: ProblemType.Conflict,
      errors: [{ field: 'name', code: 'unique', message: 'Another organisation has this name.' }],
    });
    expect(conflictFields(error)).toEqual({ name: { key: 'org.errors.nameTaken' } });
  });

  it('tells an existing account from an employer of another organisation', () => {
    const taken = problem(409, {
      type: ProblemType.Conflict,
      errors: [{ field: 'email', code: 'unique', message: 'email is already used' }],
    });
    const elsewhere = problem(409, {
      type: ProblemType.Conflict,
      errors: [{ field: 'email', code: 'otherOrganisation', message: 'Already elsewhere.' }],
    });
    expect(conflictFields(taken)).toEqual({ email: { key: 'org.errors.emailActive' } });
    expect(conflictFields(elsewhere)).toEqual({ email: { key: 'org.errors.otherOrganisation' } });
  });

  it('leaves other failures to the generic messages', () => {
    const invalid = problem(400, {
      type: ProblemType.Validation,
      errors: [{ field: 'name', code: 'isLength', message: 'name must be shorter' }],
    });
    expect(conflictFields(invalid)).toEqual({});
    expect(conflictFields(new Error('offline'))).toEqual({});
  });

  it('says "not found" for an organisation the reader may not see', () => {
    expect(loadFailure(problem(404, { type: ProblemType.NotFound }))).toEqual({
      key: 'org.notFound',
    });
    expect(loadFailure(new HttpErrorResponse({ status: 0 }))).toEqual({ key: 'errors.network' });
  });
});

describe('the organisations table', () => {
  it('finds organisations by every word of the search, in name or description', () => {
    const all = [ATELIER, BOULANGERIE];
    expect(filterOrganisations(all, '  ')).toEqual(all);
    expect(filterOrganisations(all, 'LYON web')).toEqual([ATELIER]);
    expect(filterOrganisations(all, 'solidaire')).toEqual([BOULANGERIE]);
    expect(filterOrganisations(all, 'lyon bakery')).toEqual([]);
  });

  it('sorts by name whatever the case, by employers and by date', () => {
    const all = [BOULANGERIE, ATELIER];
    const names = (key: 'name' | 'members' | 'created', descending: boolean) =>
      sortRows(all, { key, descending }, organisationSortValue).map((o) => o.id);
    expect(names('name', false)).toEqual(['o1', 'o2']);
    expect(names('members', true)).toEqual(['o1', 'o2']);
    expect(names('created', true)).toEqual(['o2', 'o1']);
  });

  it('exports what is shown, with plain numbers and ISO days', () => {
    expect(
      organisationsCsv([ATELIER, BOULANGERIE], {
        name: 'Name',
        description: 'Description',
        members: 'Employers',
        created: 'Added',
      }),
    ).toEqual({
      header: ['Name', 'Description', 'Employers', 'Added'],
      rows: [
        ['Atelier Numérique', 'Web agency in Lyon', 3, '2026-02-01'],
        ['boulangerie Solidaire', null, 0, '2026-03-05'],
      ],
    });
  });
});
