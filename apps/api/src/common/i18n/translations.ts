import type { Type } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGE_CODES } from '@passerelle/contracts';
import { Type as TransformType } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';

/**
 * A DTO class holding `text` once per supported language (`en`, `fr`, …), each optional and
 * validated as `text`: the shape of `Translations<T>` for class-validator and OpenAPI.
 */
export function TranslationsOf<T>(text: Type<T>, name: string): Type<Partial<Record<string, T>>> {
  const translations = { [name]: class {} }[name];
  for (const code of LANGUAGE_CODES) {
    ApiPropertyOptional({ type: text })(translations.prototype, code);
    IsOptional()(translations.prototype, code);
    IsObject()(translations.prototype, code);
    ValidateNested()(translations.prototype, code);
    TransformType(() => text)(translations.prototype, code);
  }
  return translations as Type<Partial<Record<string, T>>>;
}
