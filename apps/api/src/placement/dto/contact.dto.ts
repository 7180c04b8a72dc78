import { ApiProperty } from '@nestjs/swagger';
import {
  CONTACT_CHANNELS,
  type ContactChannel,
  type ContactRequest,
  normalisePhone,
  PHONE_PATTERN,
} from '@passerelle/contracts';
import { Transform } from 'class-transformer';
import { IsIn, Matches, ValidateIf } from 'class-validator';

export class ContactDto implements ContactRequest {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '+33612345678',
    description: 'International form: +, country code, number (spaces are removed).',
  })
  @Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    return value.trim() === '' ? null : normalisePhone(value);
  })
  @ValidateIf((_, value) => value !== null)
  @Matches(PHONE_PATTERN, {
    message: 'write the number with + and the country code, such as +33612345678',
  })
  phone!: string | null;

  @ApiProperty({ enum: CONTACT_CHANNELS })
  @IsIn(CONTACT_CHANNELS)
  contactVia!: ContactChannel;
}
