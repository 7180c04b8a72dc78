import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  COMPETENCE_AREAS,
  type CourseLevels,
  type CreateCourseRequest,
  type CreateItemRequest,
  type CreateModuleRequest,
  type EnrolRequest,
  EXERCISE_CODE_MAX_LENGTH,
  EXERCISE_HINTS_MAX,
  EXERCISE_PROMPT_MAX_LENGTH,
  type ExerciseDefinition,
  type ExerciseText,
  HINT_MAX_LENGTH,
  ItemKind,
  LANGUAGE_CODES,
  type LanguageCode,
  LESSON_MAX_LENGTH,
  LEVEL_MAX,
  LEVEL_MIN,
  QUESTION_OPTION_MAX_LENGTH,
  QUESTION_OPTIONS_MAX,
  QUESTION_OPTIONS_MIN,
  QUESTION_PROMPT_MAX_LENGTH,
  QuestionKind,
  QUIZ_QUESTIONS_MAX,
  type QuizAnswersRequest,
  type QuizQuestion,
  SLUG_MAX_LENGTH,
  SLUG_MIN_LENGTH,
  SLUG_PATTERN,
  SOLUTION_FILE_PATTERN,
  SUMMARY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  type Translations,
  type UpdateItemRequest,
  type UpdateModuleRequest,
} from '@passerelle/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

import { TranslationsOf } from '../../common/i18n/translations';
import { PATCH } from '../../common/problem/validation';

export class CourseTextDto {
  @ApiProperty({ maxLength: TITLE_MAX_LENGTH })
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title!: string;
  @ApiProperty({ maxLength: SUMMARY_MAX_LENGTH })
  @IsString()
  @MaxLength(SUMMARY_MAX_LENGTH)
  summary!: string;
}
const CourseTranslationsDto = TranslationsOf(CourseTextDto, 'CourseTranslationsDto');

export class LevelRangeDto {
  @ApiProperty({ minimum: LEVEL_MIN, maximum: LEVEL_MAX })
  @IsInt()
  @Min(LEVEL_MIN)
  @Max(LEVEL_MAX)
  entry!: number;
  @ApiProperty({ minimum: LEVEL_MIN, maximum: LEVEL_MAX })
  @IsInt()
  @Min(LEVEL_MIN)
  @Max(LEVEL_MAX)
  target!: number;
}

class LevelsDto {}
for (const area of COMPETENCE_AREAS) {
  ApiPropertyOptional({ type: LevelRangeDto })(LevelsDto.prototype, area);
  IsOptional()(LevelsDto.prototype, area);
  IsObject()(LevelsDto.prototype, area);
  ValidateNested()(LevelsDto.prototype, area);
  Type(() => LevelRangeDto)(LevelsDto.prototype, area);
}

export class CreateCourseDto implements CreateCourseRequest {
  @ApiProperty({ example: 'digital-basics', pattern: SLUG_PATTERN.source })
  @IsString()
  @Length(SLUG_MIN_LENGTH, SLUG_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: 'slug may hold lower-case letters, digits and dashes only' })
  slug!: string;

  @ApiProperty({ enum: LANGUAGE_CODES })
  @IsIn(LANGUAGE_CODES)
  defaultLanguage!: LanguageCode;

  @ApiProperty({ type: CourseTranslationsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CourseTranslationsDto)
  translations!: Translations<CourseTextDto>;

  @ApiProperty({ type: LevelsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LevelsDto)
  levels!: CourseLevels;
}

export class UpdateCourseDto extends PartialType(CreateCourseDto, PATCH) {}

export class ModuleTextDto {
  @ApiProperty() @IsString() @Length(1, TITLE_MAX_LENGTH) title!: string;
}
const ModuleTranslationsDto = TranslationsOf(ModuleTextDto, 'ModuleTranslationsDto');

export class CreateModuleDto implements CreateModuleRequest {
  @ApiProperty({ type: ModuleTranslationsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ModuleTranslationsDto)
  translations!: Translations<ModuleTextDto>;
}

export class ItemTextDto {
  @ApiProperty() @IsString() @Length(1, TITLE_MAX_LENGTH) title!: string;
  @ApiPropertyOptional({ description: 'Markdown (lessons)', maxLength: LESSON_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(LESSON_MAX_LENGTH)
  body?: string;
}
const ItemTranslationsDto = TranslationsOf(ItemTextDto, 'ItemTranslationsDto');

export class QuestionTextDto {
  @ApiProperty({ maxLength: QUESTION_PROMPT_MAX_LENGTH })
  @IsString()
  @Length(1, QUESTION_PROMPT_MAX_LENGTH)
  prompt!: string;
  @ApiProperty({ type: [String], maxItems: QUESTION_OPTIONS_MAX })
  @IsArray()
  @ArrayMinSize(QUESTION_OPTIONS_MIN)
  @ArrayMaxSize(QUESTION_OPTIONS_MAX)
  @IsString({ each: true })
  @Length(1, QUESTION_OPTION_MAX_LENGTH, { each: true })
  options!: string[];
}
const QuestionTranslationsDto = TranslationsOf(QuestionTextDto, 'QuestionTranslationsDto');

export class QuizQuestionDto implements QuizQuestion {
  @ApiProperty({ enum: Object.values(QuestionKind) })
  @IsIn(Object.values(QuestionKind))
  kind!: QuizQuestion['kind'];

  @ApiProperty({
    type: [Number],
    description: 'Indexes of the right options (in order, for ordering)',
  })
  @IsArray()
  @ArrayMaxSize(QUESTION_OPTIONS_MAX)
  @IsInt({ each: true })
  @Min(0, { each: true })
  answer!: number[];

  @ApiProperty({ type: QuestionTranslationsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => QuestionTranslationsDto)
  translations!: Translations<QuestionTextDto>;
}

/** Text only: control characters other than tab and line breaks mean binary garbage. */
// eslint-disable-next-line no-control-regex -- matching them is the point
const TEXT_ONLY = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/;
const IsCode = (name: string, min = 0) =>
  applyDecorators(
    IsString(),
    Length(min, EXERCISE_CODE_MAX_LENGTH),
    Matches(TEXT_ONLY, { message: `${name} must be text` }),
  );

export class ExerciseTextDto implements ExerciseText {
  @ApiProperty({ description: 'Markdown', maxLength: EXERCISE_PROMPT_MAX_LENGTH })
  @IsString()
  @Length(1, EXERCISE_PROMPT_MAX_LENGTH)
  prompt!: string;

  @ApiProperty({ type: [String], maxItems: EXERCISE_HINTS_MAX, description: 'Markdown, in order' })
  @IsArray()
  @ArrayMaxSize(EXERCISE_HINTS_MAX)
  @IsString({ each: true })
  @Length(1, HINT_MAX_LENGTH, { each: true })
  hints!: string[];
}
const ExerciseTranslationsDto = TranslationsOf(ExerciseTextDto, 'ExerciseTranslationsDto');

export class ExerciseDefinitionDto implements ExerciseDefinition {
  @ApiProperty({ enum: ['javascript'] })
  @IsIn(['javascript'])
  language!: 'javascript';

  @ApiProperty({ example: 'two-fer.js', pattern: SOLUTION_FILE_PATTERN.source })
  @IsString()
  @Matches(SOLUTION_FILE_PATTERN, {
    message: 'solutionFile must be a file name like two-fer.js (letters, digits, - and _)',
  })
  solutionFile!: string;

  @ApiProperty({ maxLength: EXERCISE_CODE_MAX_LENGTH, description: 'The code learners start from' })
  @IsCode('starter')
  starter!: string;

  @ApiProperty({ maxLength: EXERCISE_CODE_MAX_LENGTH, description: 'Tests learners see and run' })
  @IsCode('exampleTests', 1)
  exampleTests!: string;

  @ApiProperty({ maxLength: EXERCISE_CODE_MAX_LENGTH, description: 'Tests run on submit only' })
  @IsCode('hiddenTests')
  hiddenTests!: string;

  @ApiProperty({ type: ExerciseTranslationsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ExerciseTranslationsDto)
  translations!: Translations<ExerciseTextDto>;
}

/** What items of every kind may carry; which of it a kind needs is the service's check. */
class ItemContentDto {
  @ApiPropertyOptional({ type: [QuizQuestionDto], description: 'For quizzes' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(QUIZ_QUESTIONS_MAX)
  @ValidateNested({ each: true })
  @Type(() => QuizQuestionDto)
  questions?: QuizQuestionDto[];

  @ApiPropertyOptional({ type: ExerciseDefinitionDto, description: 'For exercises' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ExerciseDefinitionDto)
  exercise?: ExerciseDefinitionDto;

  @ApiPropertyOptional({
    maxLength: EXERCISE_CODE_MAX_LENGTH,
    description:
      'For exercises: must pass every test, and the starter must not; graded, never stored',
  })
  @IsOptional()
  @IsCode('referenceSolution', 1)
  referenceSolution?: string;
}

export class CreateItemDto extends ItemContentDto implements CreateItemRequest {
  @ApiProperty({ enum: Object.values(ItemKind) })
  @IsIn(Object.values(ItemKind))
  kind!: CreateItemRequest['kind'];

  @ApiProperty({ type: ItemTranslationsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ItemTranslationsDto)
  translations!: Translations<ItemTextDto>;
}

export class UpdateItemDto extends ItemContentDto implements UpdateItemRequest {
  @ApiPropertyOptional({ type: ItemTranslationsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ItemTranslationsDto)
  translations?: Translations<ItemTextDto>;

  @ApiPropertyOptional({ format: 'uuid', description: 'Move the item to this module' })
  @IsOptional()
  @IsUUID()
  moduleId?: string;

  @ApiPropertyOptional({ minimum: 0, description: 'New place in its module, 0 = first' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;
}

export class UpdateModuleDto implements UpdateModuleRequest {
  @ApiPropertyOptional({ type: ModuleTranslationsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ModuleTranslationsDto)
  translations?: Translations<ModuleTextDto>;

  @ApiPropertyOptional({ minimum: 0, description: 'New place in the course, 0 = first' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;
}

/** Each entry a list of option indexes: small non-negative integers. */
const IsOptionLists = () =>
  ValidateBy({
    name: 'isOptionLists',
    validator: {
      validate: (value: unknown) =>
        Array.isArray(value) &&
        value.every(
          (list) =>
            Array.isArray(list) &&
            list.length <= QUESTION_OPTIONS_MAX &&
            list.every((i) => Number.isInteger(i) && i >= 0 && i < QUESTION_OPTIONS_MAX),
        ),
      defaultMessage: () => 'answers must be lists of option numbers, one list per question',
    },
  });

export class QuizAnswersDto implements QuizAnswersRequest {
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'integer' } } })
  @IsArray()
  @ArrayMaxSize(QUIZ_QUESTIONS_MAX)
  @IsOptionLists()
  answers!: number[][];
}

export class EnrolDto implements EnrolRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'For mentors enrolling a learner' })
  @IsOptional()
  @IsUUID()
  learnerId?: string;
}
