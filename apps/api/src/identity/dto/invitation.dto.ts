import { ApiProperty } from '@nestjs/swagger';
import {
  type AcceptInvitationRequest,
  type CreatedInvitationResponse,
  type CreateInvitationRequest,
  INVITABLE_ROLES,
  type InvitableRole,
  type InvitationPreview,
  InvitationStatus,
  type InvitationView,
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

export class InvitationViewDto implements InvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: INVITABLE_ROLES }) role!: InvitableRole;
  @ApiProperty({ enum: Object.values(InvitationStatus) }) status!: InvitationStatus;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CreatedInvitationDto implements CreatedInvitationResponse {
  @ApiProperty({ type: InvitationViewDto }) invitation!: InvitationViewDto;
  @ApiProperty({ description: 'Send this to the invited person; it is shown only once' })
  link!: string;
}

export class InvitationPreviewDto implements InvitationPreview {
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: INVITABLE_ROLES }) role!: InvitableRole;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
