import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ConsentRequest,
  ENDORSEMENT_MAX_LENGTH,
  JOB_HOURS_MAX,
  JOB_HOURS_MIN,
  PROFILE_LIMITS,
  PROFILE_SECTIONS,
  type ProfileRequest,
  type ProfileSection,
  RIGHT_TO_WORK,
  type RightToWork,
  type WorkExperience,
  YEAR_MONTH_PATTERN,
} from '@passerelle/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const YEAR_MONTH = { message: 'use a year and month such as 2021-09' };

export class WorkExperienceDto implements WorkExperience {
  @ApiProperty() @trim @IsString() @Length(1, PROFILE_LIMITS.experienceText) title!: string;
  @ApiProperty() @trim @IsString() @MaxLength(PROFILE_LIMITS.experienceText) organisation!: string;
  @ApiProperty({ example: '2021-09' }) @Matches(YEAR_MONTH_PATTERN, YEAR_MONTH) from!: string;

  @ApiProperty({ example: '2023-06', nullable: true, type: String })
  @ValidateIf((_, value) => value !== null)
  @Matches(YEAR_MONTH_PATTERN, YEAR_MONTH)
  to!: string | null;

  @ApiProperty()
  @trim
  @IsString()
  @MaxLength(PROFILE_LIMITS.experienceDescription)
  description!: string;
}

export class ProfileDto implements ProfileRequest {
  @ApiProperty({ maxLength: PROFILE_LIMITS.headline })
  @trim
  @IsString()
  @MaxLength(PROFILE_LIMITS.headline)
  headline!: string;

  @ApiProperty({ maxLength: PROFILE_LIMITS.bio })
  @trim
  @IsString()
  @MaxLength(PROFILE_LIMITS.bio)
  bio!: string;

  @ApiProperty({ type: [WorkExperienceDto] })
  @IsArray()
  @ArrayMaxSize(PROFILE_LIMITS.experience)
  @ValidateNested({ each: true })
  @Type(() => WorkExperienceDto)
  experience!: WorkExperienceDto[];

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true }, { message: 'availableFrom must be a date such as 2027-01-04' })
  availableFrom!: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: JOB_HOURS_MIN,
    maximum: JOB_HOURS_MAX,
  })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(JOB_HOURS_MIN)
  @Max(JOB_HOURS_MAX)
  hoursPerWeek!: number | null;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(PROFILE_LIMITS.locations)
  @IsString({ each: true })
  @Length(1, PROFILE_LIMITS.location, { each: true })
  preferredLocations!: string[];

  @ApiProperty() @IsBoolean() remoteOk!: boolean;

  @ApiPropertyOptional({ enum: RIGHT_TO_WORK, nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsIn(RIGHT_TO_WORK)
  rightToWork!: RightToWork | null;
}

export class ConsentDto implements ConsentRequest {
  @ApiProperty() @IsBoolean() openToWork!: boolean;

  @ApiProperty({ enum: PROFILE_SECTIONS, isArray: true })
  @IsArray()
  @ArrayMaxSize(PROFILE_SECTIONS.length)
  @IsIn(PROFILE_SECTIONS, { each: true })
  sections!: ProfileSection[];
}

export class EndorsementDto {
  @ApiProperty({ maxLength: ENDORSEMENT_MAX_LENGTH })
  @trim
  @IsString()
  @Length(1, ENDORSEMENT_MAX_LENGTH)
  body!: string;
}
