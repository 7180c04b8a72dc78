import { ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGE_CODES, type LanguageCode } from '@passerelle/contracts';
import { IsIn, IsOptional } from 'class-validator';

/** `?lang=`: the language a response's texts should be in (each domain falls back on its own). */
export class LanguageQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGE_CODES })
  @IsOptional()
  @IsIn(LANGUAGE_CODES)
  lang?: LanguageCode;
}
