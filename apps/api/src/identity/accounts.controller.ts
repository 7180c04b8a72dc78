import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AccountView, type Page, Role } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { Problems, Returns } from '../common/openapi/responses';
import { AccountsService } from './accounts.service';
import { ListAccountsQueryDto, UpdateMyAccountDto } from './dto/account.dto';

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Returns(200, 'AccountViewPage', 'A page of accounts')
  @Authenticated({ roles: [Role.Admin] })
  list(@Query() query: ListAccountsQueryDto): Promise<Page<AccountView>> {
    return this.accounts.list(query);
  }

  @Get('me')
  @Returns(200, 'AccountView', 'The signed-in account')
  @Problems(404)
  @Authenticated()
  me(@CurrentAccount() actor: AuthenticatedAccount): Promise<AccountView> {
    return this.accounts.get(actor, actor.id);
  }

  @Patch('me')
  @Returns(200, 'AccountView', 'The account, changed')
  @Problems(404)
  @Authenticated()
  updateMe(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: UpdateMyAccountDto,
  ): Promise<AccountView> {
    return this.accounts.updateMine(actor, body);
  }

  @Get(':id')
  @Returns(200, 'AccountView', 'For the account itself or an admin')
  @Problems(403, 404)
  @Authenticated()
  get(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AccountView> {
    return this.accounts.get(actor, id);
  }
}
