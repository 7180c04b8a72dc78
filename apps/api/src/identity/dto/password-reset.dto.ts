import { ApiProperty } from '@nestjs/swagger';
import {
  type PasswordResetRequest,
  type PasswordResetWithCodeRequest,
  type PasswordResetWithLinkRequest,
} from '@passerelle/contracts';
import { IsString, Length, Matches } from 'class-validator';

import { EmailField, PasswordField } from './fields';

export class PasswordResetRequestDto implements PasswordResetRequest {
  @EmailField()
  email!: string;
}

export class PasswordResetWithLinkDto implements PasswordResetWithLinkRequest {
  @ApiProperty({ description: 'The secret from the reset link' })
  @IsString()
  @Matches(/^[\w-]{43}$/, { message: 'token is not a reset link token' })
  token!: string;

  @PasswordField()
  password!: string;
}

export class PasswordResetWithCodeDto implements PasswordResetWithCodeRequest {
  @ApiProperty({ description: 'The username (or email) of the account', example: 'karim_92' })
  @IsString()
  @Length(1, 254)
  identifier!: string;

  @ApiProperty({
    description: 'The code from the mentor; spaces and dashes are ignored',
    example: '1234 5678',
  })
  @IsString()
  @Length(1, 32)
  code!: string;

  @PasswordField()
  password!: string;
}
