import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type MyContactView, Role } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { Returns } from '../common/openapi/responses';
import { ContactService } from './contact.service';
import { ContactDto } from './dto/contact.dto';

/** The learner's phone number and how employers may reach them. */
@ApiTags('profiles')
@Authenticated({ roles: [Role.Learner] })
@Controller('me/contact')
export class ContactController {
  constructor(private readonly contact: ContactService) {}

  @Get()
  @Returns(200, 'MyContactView', 'The learner’s contact details')
  mine(@CurrentAccount() actor: AuthenticatedAccount): Promise<MyContactView> {
    return this.contact.mine(actor);
  }

  @Put()
  @Returns(200, 'MyContactView', 'The contact details, saved')
  save(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: ContactDto,
  ): Promise<MyContactView> {
    return this.contact.save(actor, body);
  }
}
