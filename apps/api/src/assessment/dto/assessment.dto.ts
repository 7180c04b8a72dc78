import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  type AnswerRequest,
  ASSESSMENT_CODE_MAX_LENGTH,
  ASSESSMENT_IMAGE_PATTERN,
  ASSESSMENT_ITEM_KINDS,
  ASSESSMENT_OPTION_MAX_LENGTH,
  ASSESSMENT_OPTIONS_MAX,
  ASSESSMENT_OPTIONS_MIN,
  ASSESSMENT_PROMPT_MAX_LENGTH,
  type AssessmentItemKind,
  type AssessmentItemRequest,
  type AssessmentItemText,
  type ChangeLanguageRequest,
  COMPETENCE_AREAS,
  type CompetenceArea,
  DEVICE_ACCESS,
  type DeviceAccess,
  type IntakeRequest,
  IRT_BOUNDS,
  ITEM_KEY_PATTERN,
  JOB_GOAL_MAX_LENGTH,
  LANGUAGE_CODES,
  LANGUAGE_SKILLS,
  type LanguageCode,
  type LanguageSkill,
  type OverridePlacementRequest,
  PLACEMENT_NOTE_MAX_LENGTH,
  type Schooling,
  SCHOOLING_LEVELS,
  SPOKEN_LANGUAGE_PATTERN,
  SPOKEN_LANGUAGES_MAX,
  type SpokenLanguage,
  type StartAttemptRequest,
  type Translations,
} from '@passerelle/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { TranslationsOf } from '../../common/i18n/translations';
import { PATCH } from '../../common/problem/validation';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export class SpokenLanguageDto implements SpokenLanguage {
  @ApiProperty({ example: 'ar', description: 'ISO 639-1 or 639-3 code' })
  @IsString()
  @Matches(SPOKEN_LANGUAGE_PATTERN, { message: 'language must be an ISO 639 code such as ar' })
  language!: string;

  @ApiProperty({ enum: LANGUAGE_SKILLS })
  @IsIn(LANGUAGE_SKILLS)
  skill!: LanguageSkill;
}

export class IntakeDto implements IntakeRequest {
  @ApiProperty({ type: [SpokenLanguageDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'name at least one language you speak' })
  @ArrayMaxSize(SPOKEN_LANGUAGES_MAX)
  @ValidateNested({ each: true })
  @Type(() => SpokenLanguageDto)
  languages!: SpokenLanguageDto[];

  @ApiProperty({ enum: DEVICE_ACCESS, isArray: true })
  @IsArray()
  @ArrayMaxSize(DEVICE_ACCESS.length)
  @IsIn(DEVICE_ACCESS, { each: true })
  devices!: DeviceAccess[];

  @ApiProperty({ enum: SCHOOLING_LEVELS })
  @IsIn(SCHOOLING_LEVELS)
  schooling!: Schooling;

  @ApiProperty({ maxLength: JOB_GOAL_MAX_LENGTH, example: 'Web developer' })
  @trim
  @IsString()
  @MaxLength(JOB_GOAL_MAX_LENGTH)
  jobGoal!: string;
}

export class LanguageDto implements StartAttemptRequest, ChangeLanguageRequest {
  @ApiProperty({ enum: LANGUAGE_CODES })
  @IsIn(LANGUAGE_CODES, { message: 'the skills check is not offered in this language' })
  language!: LanguageCode;
}

export class AnswerDto implements AnswerRequest {
  @ApiProperty({ minimum: 1, description: 'The position of the item answered (1 = first)' })
  @IsInt()
  @Min(1)
  position!: number;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  itemId!: string;

  @ApiPropertyOptional({ type: [String], description: 'Option ids, in order for ordering items' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ASSESSMENT_OPTIONS_MAX)
  @IsString({ each: true })
  @Length(1, 20, { each: true })
  choiceIds?: string[];

  @ApiPropertyOptional({ description: '"I don’t know"' })
  @IsOptional()
  @IsBoolean()
  dontKnow?: boolean;
}

export class OverridePlacementDto implements OverridePlacementRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  courseIds!: string[];

  @ApiProperty({ maxLength: PLACEMENT_NOTE_MAX_LENGTH })
  @trim
  @IsString()
  @MaxLength(PLACEMENT_NOTE_MAX_LENGTH)
  note!: string;
}

export class CohortFilterDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;
}

export class PreviewQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGE_CODES })
  @IsOptional()
  @IsIn(LANGUAGE_CODES)
  language?: LanguageCode;
}

export class AssessmentItemTextDto implements AssessmentItemText {
  @ApiProperty({ maxLength: ASSESSMENT_PROMPT_MAX_LENGTH })
  @IsString()
  @Length(1, ASSESSMENT_PROMPT_MAX_LENGTH)
  prompt!: string;

  @ApiProperty({
    type: [String],
    minItems: ASSESSMENT_OPTIONS_MIN,
    maxItems: ASSESSMENT_OPTIONS_MAX,
  })
  @IsArray()
  @ArrayMinSize(ASSESSMENT_OPTIONS_MIN)
  @ArrayMaxSize(ASSESSMENT_OPTIONS_MAX)
  @IsString({ each: true })
  @Length(1, ASSESSMENT_OPTION_MAX_LENGTH, { each: true })
  options!: string[];

  @ApiPropertyOptional({ description: 'Picture items: what the picture shows' })
  @IsOptional()
  @IsString()
  @Length(1, ASSESSMENT_PROMPT_MAX_LENGTH)
  alt?: string;
}
const AssessmentItemTranslationsDto = TranslationsOf(
  AssessmentItemTextDto,
  'AssessmentItemTranslationsDto',
);

export class IrtDto {
  @ApiProperty({ minimum: IRT_BOUNDS.aMin, maximum: IRT_BOUNDS.aMax })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(IRT_BOUNDS.aMin)
  @Max(IRT_BOUNDS.aMax)
  a!: number;

  @ApiProperty({ minimum: IRT_BOUNDS.bMin, maximum: IRT_BOUNDS.bMax })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(IRT_BOUNDS.bMin)
  @Max(IRT_BOUNDS.bMax)
  b!: number;

  @ApiPropertyOptional({ minimum: 0, maximum: IRT_BOUNDS.cMax })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(IRT_BOUNDS.cMax)
  c?: number;
}

export class AssessmentItemDto implements AssessmentItemRequest {
  @ApiProperty({ example: 'safety-scam-sms-02' })
  @trim
  @IsString()
  @Matches(ITEM_KEY_PATTERN, {
    message: 'key must be 3–64 lower-case letters, digits and dashes',
  })
  key!: string;

  @ApiProperty({ enum: COMPETENCE_AREAS })
  @IsIn(COMPETENCE_AREAS)
  area!: CompetenceArea;

  @ApiProperty({ example: '4.2' })
  @IsString()
  @Length(1, 8)
  competence!: string;

  @ApiProperty({ enum: ASSESSMENT_ITEM_KINDS })
  @IsIn(ASSESSMENT_ITEM_KINDS)
  kind!: AssessmentItemKind;

  @ApiPropertyOptional({ example: 'safety-scam-sms-01.svg' })
  @IsOptional()
  @IsString()
  @Matches(ASSESSMENT_IMAGE_PATTERN, { message: 'image must be an .svg file name' })
  image?: string | null;

  @ApiPropertyOptional({ maxLength: ASSESSMENT_CODE_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(ASSESSMENT_CODE_MAX_LENGTH)
  code?: string | null;

  @ApiProperty({ type: IrtDto })
  @IsObject()
  @ValidateNested()
  @Type(() => IrtDto)
  irt!: IrtDto;

  @ApiProperty({
    type: [Number],
    description: 'Right option indexes (all, in order, for ordering)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ASSESSMENT_OPTIONS_MAX)
  @IsInt({ each: true })
  @Min(0, { each: true })
  answer!: number[];

  @ApiProperty({ enum: LANGUAGE_CODES })
  @IsIn(LANGUAGE_CODES)
  fallbackLanguage!: LanguageCode;

  @ApiProperty({ type: AssessmentItemTranslationsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AssessmentItemTranslationsDto)
  translations!: Translations<AssessmentItemTextDto>;
}

export class UpdateAssessmentItemDto extends PartialType(AssessmentItemDto, PATCH) {}
