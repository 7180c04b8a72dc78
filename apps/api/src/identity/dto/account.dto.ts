import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  LANGUAGE_CODES,
  type LanguageCode,
  type ListAccountsQuery,
  PAGE_SIZE_MAX,
  Role,
  ROLES,
  type UpdateMyAccountRequest,
} from '@passerelle/contracts';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

import { DisplayNameField } from './fields';

/** Far beyond any real list, and small enough that the offset stays an ordinary integer. */
const PAGE_MAX = 100_000;

/** Fields left out stay as they are; `null` is not a value any of them can take. */
const IfPresent = () => ValidateIf((_object, value) => value !== undefined);

export class UpdateMyAccountDto implements UpdateMyAccountRequest {
  @IfPresent()
  @DisplayNameField({ required: false })
  displayName?: string;

  @ApiPropertyOptional({ enum: LANGUAGE_CODES })
  @IfPresent()
  @IsIn(LANGUAGE_CODES)
  preferredLanguage?: LanguageCode;
}

export class ListAccountsQueryDto implements ListAccountsQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_MAX, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_MAX)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_SIZE_MAX, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  pageSize?: number;
}
