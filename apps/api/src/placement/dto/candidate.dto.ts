import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CandidateFilters,
  COMPETENCE_AREAS,
  LEVEL_MAX,
  LEVEL_MIN,
  SPOKEN_LANGUAGE_PATTERN,
} from '@passerelle/contracts';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';

import { LanguageQueryDto } from '../../common/i18n/language-query.dto';

export class CandidateFiltersDto extends LanguageQueryDto implements CandidateFilters {
  @ApiPropertyOptional({ enum: COMPETENCE_AREAS })
  @ValidateIf(
    (filters: CandidateFiltersDto) => filters.area !== undefined || filters.level !== undefined,
  )
  @IsIn(COMPETENCE_AREAS, { message: 'area must be one of the competence areas (with level)' })
  area?: string;

  @ApiPropertyOptional({ minimum: LEVEL_MIN, maximum: LEVEL_MAX })
  @ValidateIf(
    (filters: CandidateFiltersDto) => filters.area !== undefined || filters.level !== undefined,
  )
  @Type(() => Number)
  @IsInt({ message: 'level must be a whole number from 1 to 8 (with area)' })
  @Min(LEVEL_MIN)
  @Max(LEVEL_MAX)
  level?: number;

  @ApiPropertyOptional({ example: 'fr' })
  @IsOptional()
  @Matches(SPOKEN_LANGUAGE_PATTERN, { message: 'language must be an ISO 639 code such as fr' })
  language?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 80)
  location?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'availableBy must be a date such as 2027-01-04' })
  availableBy?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;
}
