import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { SOURCE_MAX_LENGTH } from '@passerelle/contracts';
import { IsString, Matches, MaxLength } from 'class-validator';

/** Text only: control characters other than tab and line breaks mean binary garbage. */
// eslint-disable-next-line no-control-regex -- matching them is the point
const TEXT_ONLY = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/;

/** A learner's source code, as every DTO that carries it accepts it. */
export const SourceField = () =>
  applyDecorators(
    ApiProperty({ maxLength: SOURCE_MAX_LENGTH }),
    IsString(),
    MaxLength(SOURCE_MAX_LENGTH),
    Matches(TEXT_ONLY, { message: 'source must be text' }),
  );
