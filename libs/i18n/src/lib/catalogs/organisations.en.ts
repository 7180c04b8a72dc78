/** Partner organisations in the console: the admin's list, an organisation and its employers. */
export const organisationsEn = {
  // The console's navigation builds its label from the area id (`console.nav.<id>`).
  'console.nav.organisations': 'Organisations',

  'org.title': 'Organisations',
  'org.detailTitle': 'Organisation',
  'org.intro':
    'Partner organisations that hire learners. Open one to see its employers and to invite more.',
  'org.exportCsv': 'Download CSV',
  'org.filters': 'Filter the organisations',
  'org.search': 'Search by name or description',
  'org.summary': {
    by: 'total',
    one: '{shown} of {total} organisation shown',
    other: '{shown} of {total} organisations shown',
  },
  'org.empty': 'No organisations yet. Add the first one below.',
  'org.noMatch': 'No organisation matches this search.',
  'org.column.name': 'Name',
  'org.column.description': 'Description',
  'org.column.members': 'Employers',
  'org.column.created': 'Added',
  'org.new': 'New organisation',
  'org.name': 'Name',
  'org.nameHint': 'The name people know it by. Each organisation has its own name.',
  'org.description': 'Description',
  'org.descriptionHint': 'Optional. What they do and who they want to hire.',
  'org.create': 'Create organisation',
  'org.none':
    'You are not part of an organisation yet. An admin will add you. Then you will find it here.',
  'org.notFound': 'This organisation does not exist, or you cannot see it.',

  'org.back': 'All organisations',
  'org.addedOn': 'Added on {date}',
  'org.employers': 'Employers ({count})',
  'org.employersOf': 'Employers of {name}',
  'org.noEmployers': 'No employers yet.',
  'org.noEmployersInvite': 'No employers yet. Invite the first one below.',
  'org.employer.name': 'Name',
  'org.employer.email': 'Email',
  'org.employer.role': 'Role',
  'org.employer.status': 'Status',
  'org.role.owner': 'Owner',
  'org.role.member': 'Member',
  'org.status.invited': 'Invited',
  'org.status.active': 'Active',
  'org.status.disabled': 'Disabled',
  'org.askOwner': 'To add a colleague, ask an owner of your organisation.',

  'org.invite': 'Invite an employer',
  'org.inviteIntro': 'They get a link to choose a password and join {name}.',
  'org.invite.email': 'Email',
  'org.invite.name': 'Name',
  'org.invite.role': 'Role',
  'org.invite.roleHint': 'Owners can also invite colleagues. Members cannot.',
  'org.invite.submit': 'Create invitation',
  'org.invite.created':
    'Invitation created. No email is sent: copy this link and send it to {name}. It works once.',

  'org.errors.nameTaken': 'Another organisation has this name. Choose another name.',
  'org.errors.emailActive':
    'This email already has an account. Only people without an account can be invited.',
  'org.errors.otherOrganisation': 'This person is already in another organisation.',
};
