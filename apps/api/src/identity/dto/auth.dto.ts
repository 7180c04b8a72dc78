import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LANGUAGE_CODES,
  type LanguageCode,
  PASSWORD_MAX_LENGTH,
  type RefreshRequest,
  type SignInRequest,
  type SignOutRequest,
  type SignUpRequest,
} from '@passerelle/contracts';
import { IsIn, IsString, Length, Matches, ValidateIf } from 'class-validator';

import { REFRESH_TOKEN_PATTERN } from '../secrets';
import { DisplayNameField, EmailField, PasswordField, UsernameField } from './fields';

export class SignUpDto implements SignUpRequest {
  @ApiPropertyOptional({ description: 'Give an email or a username.' })
  @ValidateIf((dto: SignUpDto) => dto.email !== undefined || dto.username === undefined)
  @EmailField()
  email?: string;

  @ApiPropertyOptional({ description: 'For learners without an email.' })
  @ValidateIf((dto: SignUpDto) => dto.username !== undefined || dto.email === undefined)
  @UsernameField()
  username?: string;

  @PasswordField()
  password!: string;

  @DisplayNameField()
  displayName!: string;

  @ApiProperty({ enum: LANGUAGE_CODES })
  @IsIn(LANGUAGE_CODES)
  preferredLanguage!: LanguageCode;
}

export class SignInDto implements SignInRequest {
  @ApiProperty({ description: 'An email or a username', example: 'learner@passerelle.local' })
  @IsString()
  @Length(1, 254)
  identifier!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class RefreshDto implements RefreshRequest, SignOutRequest {
  @ApiProperty({ description: 'The refresh token of the last session response' })
  @IsString()
  @Matches(REFRESH_TOKEN_PATTERN, { message: 'refreshToken is not a refresh token' })
  refreshToken!: string;
}
