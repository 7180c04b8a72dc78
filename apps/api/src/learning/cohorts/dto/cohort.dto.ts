import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AddCohortLearnerRequest,
  type AssignCohortCourseRequest,
  COHORT_NAME_MAX_LENGTH,
  type CreateCohortRequest,
  EMAIL_MAX_LENGTH,
  type RenameCohortRequest,
} from '@passerelle/contracts';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export class RenameCohortDto implements RenameCohortRequest {
  @ApiProperty({ maxLength: COHORT_NAME_MAX_LENGTH, example: 'Lyon, autumn evening group' })
  @trim
  @IsString()
  @Length(1, COHORT_NAME_MAX_LENGTH)
  name!: string;
}

export class CreateCohortDto extends RenameCohortDto implements CreateCohortRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Admins only: the mentor of the cohort' })
  @IsOptional()
  @IsUUID()
  mentorId?: string;
}

export class AddCohortLearnerDto implements AddCohortLearnerRequest {
  @ApiProperty({ description: 'Email or username the learner signs in with' })
  @trim
  @IsString()
  @Length(1, EMAIL_MAX_LENGTH)
  identifier!: string;
}

export class AssignCohortCourseDto implements AssignCohortCourseRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  courseId!: string;
}
