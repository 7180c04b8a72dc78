import { ApiProperty } from '@nestjs/swagger';
import { SOURCE_MAX_LENGTH, SubmissionKind, type SubmitRequest } from '@passerelle/contracts';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';

export class SubmitDto implements SubmitRequest {
  @ApiProperty({
    enum: Object.values(SubmissionKind),
    description: 'run: the examples; submit: every test',
  })
  @IsIn(Object.values(SubmissionKind))
  kind!: SubmitRequest['kind'];

  @ApiProperty({ maxLength: SOURCE_MAX_LENGTH })
  @IsString()
  @MaxLength(SOURCE_MAX_LENGTH)
  // Text only: control characters other than tab and line breaks mean binary garbage.
  // eslint-disable-next-line no-control-regex -- matching them is the point
  @Matches(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/, { message: 'source must be text' })
  source!: string;
}
