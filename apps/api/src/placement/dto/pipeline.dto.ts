import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AddToPipelineRequest,
  APPLICATION_MESSAGE_MAX_LENGTH,
  type ApplyRequest,
  type InvitationAnswerRequest,
  type MoveStageRequest,
  NOTE_MAX_LENGTH,
  type NoteRequest,
  PIPELINE_STAGES,
  type PipelineStage,
  REJECTION_REASON_MAX_LENGTH,
} from '@passerelle/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export class AddToPipelineDto implements AddToPipelineRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() learnerId!: string;
}

export class MoveStageDto implements MoveStageRequest {
  @ApiProperty({ enum: PIPELINE_STAGES }) @IsIn(PIPELINE_STAGES) stage!: PipelineStage;

  @ApiPropertyOptional({ maxLength: REJECTION_REASON_MAX_LENGTH })
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(REJECTION_REASON_MAX_LENGTH)
  reason?: string;
}

export class NoteDto implements NoteRequest {
  @ApiProperty({ maxLength: NOTE_MAX_LENGTH })
  @trim
  @IsString()
  @Length(1, NOTE_MAX_LENGTH)
  body!: string;
}

export class ApplyDto implements ApplyRequest {
  @ApiProperty({ maxLength: APPLICATION_MESSAGE_MAX_LENGTH })
  @trim
  @IsString()
  @MaxLength(APPLICATION_MESSAGE_MAX_LENGTH)
  message!: string;
}

export class InvitationAnswerDto implements InvitationAnswerRequest {
  @ApiProperty() @IsBoolean() accept!: boolean;
}
