import { ApiProperty } from '@nestjs/swagger';
import { SubmissionKind, type SubmitRequest } from '@passerelle/contracts';
import { IsIn } from 'class-validator';

import { SourceField } from './source-field';

export class SubmitDto implements SubmitRequest {
  @ApiProperty({
    enum: Object.values(SubmissionKind),
    description: 'run: the examples; submit: every test',
  })
  @IsIn(Object.values(SubmissionKind))
  kind!: SubmitRequest['kind'];

  @SourceField()
  source!: string;
}
