import { ApiProperty } from '@nestjs/swagger';
import {
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
  INVITABLE_ROLES,
  type InvitableRole,
} from '@passerelle/contracts';
import { IsIn, IsString, Matches } from 'class-validator';

import { DisplayNameField, EmailField, PasswordField } from './fields';

export class CreateInvitationDto implements CreateInvitationRequest {
  @EmailField()
  email!: string;

  @DisplayNameField()
  displayName!: string;

  @ApiProperty({ enum: INVITABLE_ROLES })
  @IsIn(INVITABLE_ROLES, { message: `role must be one of: ${INVITABLE_ROLES.join(', ')}` })
  role!: InvitableRole;
}

export class InvitationTokenDto {
  @ApiProperty({ description: 'The secret from the invitation link' })
  @IsString()
  @Matches(/^[\w-]{43}$/, { message: 'token is not an invitation token' })
  token!: string;
}

export class AcceptInvitationDto extends InvitationTokenDto implements AcceptInvitationRequest {
  @PasswordField()
  password!: string;
}
