import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  type ChangeJobStatusRequest,
  CONTRACT_TYPES,
  type ContractType,
  JOB_DESCRIPTION_MAX_LENGTH,
  JOB_HOURS_MAX,
  JOB_HOURS_MIN,
  JOB_LOCATION_MAX_LENGTH,
  JOB_STATUSES,
  JOB_TITLE_MAX_LENGTH,
  type JobRequest,
  type JobRequirements,
  type JobStatus,
  REMOTE_OPTIONS,
  type RemoteOption,
} from '@passerelle/contracts';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

import { PATCH } from '../../common/problem/validation';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export class JobDto implements JobRequest {
  @ApiProperty({ maxLength: JOB_TITLE_MAX_LENGTH, example: 'Junior web developer' })
  @trim
  @IsString()
  @Length(1, JOB_TITLE_MAX_LENGTH)
  title!: string;

  @ApiProperty({ maxLength: JOB_DESCRIPTION_MAX_LENGTH })
  @trim
  @IsString()
  @MaxLength(JOB_DESCRIPTION_MAX_LENGTH)
  description!: string;

  @ApiProperty({ maxLength: JOB_LOCATION_MAX_LENGTH, example: 'Lyon' })
  @trim
  @IsString()
  @Length(1, JOB_LOCATION_MAX_LENGTH)
  location!: string;

  @ApiProperty({ enum: REMOTE_OPTIONS })
  @IsIn(REMOTE_OPTIONS)
  remote!: RemoteOption;

  @ApiProperty({ enum: CONTRACT_TYPES })
  @IsIn(CONTRACT_TYPES)
  contractType!: ContractType;

  @ApiProperty({ minimum: JOB_HOURS_MIN, maximum: JOB_HOURS_MAX })
  @IsInt()
  @Min(JOB_HOURS_MIN)
  @Max(JOB_HOURS_MAX)
  hoursPerWeek!: number;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-01-04' })
  @ValidateIf((_, value) => value !== null)
  @IsISO8601(
    { strict: true, strictSeparator: true },
    { message: 'startDate must be a date such as 2027-01-04' },
  )
  startDate!: string | null;

  @ApiProperty({
    description:
      'levels: { area: minimum level 1–8 }, languages: [{ language, skill }], courses: [{ courseId, required }]',
  })
  @IsObject()
  requirements!: JobRequirements;
}

export class UpdateJobDto extends PartialType(JobDto, PATCH) {}

export class ChangeJobStatusDto implements ChangeJobStatusRequest {
  @ApiProperty({ enum: JOB_STATUSES })
  @IsIn(JOB_STATUSES)
  status!: JobStatus;
}
