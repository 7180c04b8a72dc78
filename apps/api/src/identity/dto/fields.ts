import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  normalizeIdentifier,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  USERNAME_MAX_LENGTH,
  USERNAME_MIN_LENGTH,
  USERNAME_PATTERN,
} from '@passerelle/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const trimLower = Transform(({ value }) =>
  typeof value === 'string' ? normalizeIdentifier(value) : value,
);

/** Field rules shared by every DTO that carries the field, built from the contract's limits. */
export const EmailField = (options: ApiPropertyOptions = {}) =>
  applyDecorators(
    ApiProperty({ example: 'amina@example.org', maxLength: EMAIL_MAX_LENGTH, ...options }),
    trimLower,
    IsEmail({}, { message: 'email must be an email address' }),
    MaxLength(EMAIL_MAX_LENGTH),
  );

export const UsernameField = (options: ApiPropertyOptions = {}) =>
  applyDecorators(
    ApiProperty({
      example: 'amina.k',
      minLength: USERNAME_MIN_LENGTH,
      maxLength: USERNAME_MAX_LENGTH,
      pattern: USERNAME_PATTERN.source,
      ...options,
    }),
    trimLower,
    IsString(),
    Length(USERNAME_MIN_LENGTH, USERNAME_MAX_LENGTH),
    Matches(USERNAME_PATTERN, {
      message: 'username may hold letters, digits, dot, dash and underscore only',
    }),
  );

export const PasswordField = () =>
  applyDecorators(
    ApiProperty({
      format: 'password',
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
    }),
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH),
    MaxLength(PASSWORD_MAX_LENGTH),
  );

export const DisplayNameField = (options: ApiPropertyOptions = {}) =>
  applyDecorators(
    ApiProperty({ example: 'Amina K.', maxLength: DISPLAY_NAME_MAX_LENGTH, ...options }),
    trim,
    IsString(),
    Length(1, DISPLAY_NAME_MAX_LENGTH),
  );
