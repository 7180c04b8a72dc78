import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMENT_MAX_LENGTH,
  type CommentRequest,
  type FeedbackQuery,
  LANGUAGE_CODES,
  type LanguageCode,
  type MarkFeedbackReadRequest,
  REVIEW_FILTERS,
  type ReviewFeedQuery,
  type ReviewFilter,
} from '@passerelle/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';

/** Far beyond any real feed, and small enough that the offset stays an ordinary integer. */
const PAGE_MAX = 100_000;
/** More lines than any submission can have within the source size limit. */
const LINE_MAX = 64_000;

class LanguageDto {
  @ApiPropertyOptional({ enum: LANGUAGE_CODES })
  @IsOptional()
  @IsIn(LANGUAGE_CODES)
  lang?: LanguageCode;
}

export class ReviewFeedQueryDto extends LanguageDto implements ReviewFeedQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  itemId?: string;

  @ApiPropertyOptional({ enum: REVIEW_FILTERS })
  @IsOptional()
  @IsIn(REVIEW_FILTERS)
  status?: ReviewFilter;

  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_MAX, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_MAX)
  page?: number;
}

export class FeedbackQueryDto extends LanguageDto implements FeedbackQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the feedback on this exercise' })
  @IsOptional()
  @IsUUID()
  itemId?: string;
}

export class CommentDto implements CommentRequest {
  @ApiProperty({ maxLength: COMMENT_MAX_LENGTH })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, COMMENT_MAX_LENGTH)
  body!: string;

  @ApiPropertyOptional({
    minimum: 1,
    description: 'The line commented on; whole submission if left out',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LINE_MAX)
  line?: number;
}

export class MarkFeedbackReadDto implements MarkFeedbackReadRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID(undefined, { each: true })
  ids!: string[];
}
