import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateOrganisationRequest,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  type InviteEmployerRequest,
  ORGANISATION_DESCRIPTION_MAX_LENGTH,
  ORGANISATION_NAME_MAX_LENGTH,
  ORGANISATION_ROLES,
  type OrganisationRole,
} from '@passerelle/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const lower = Transform(({ value }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value,
);

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @ApiProperty({ maxLength: ORGANISATION_NAME_MAX_LENGTH, example: 'Atelier Numérique Lyon' })
  @trim
  @IsString()
  @Length(1, ORGANISATION_NAME_MAX_LENGTH)
  name!: string;

  @ApiPropertyOptional({ maxLength: ORGANISATION_DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(ORGANISATION_DESCRIPTION_MAX_LENGTH)
  description?: string;
}

export class InviteEmployerDto implements InviteEmployerRequest {
  @ApiProperty({ example: 'hiring@example.org' })
  @lower
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @ApiProperty({ maxLength: DISPLAY_NAME_MAX_LENGTH })
  @trim
  @IsString()
  @Length(1, DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

  @ApiProperty({ enum: ORGANISATION_ROLES })
  @IsIn(ORGANISATION_ROLES)
  role!: OrganisationRole;
}
