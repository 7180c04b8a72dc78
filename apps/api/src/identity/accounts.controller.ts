import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AccountView, type Page, Role } from '@passerelle/contracts';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Authenticated, CurrentAccount } from '../common/auth/decorators';
import { ParseUuidPipe } from '../common/http/parse-uuid.pipe';
import { AccountsService } from './accounts.service';
import {
  AccountPageDto,
  AccountViewDto,
  ListAccountsQueryDto,
  UpdateMyAccountDto,
} from './dto/account.dto';

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Authenticated({ roles: [Role.Admin] })
  @ApiOkResponse({ type: AccountPageDto })
  list(@Query() query: ListAccountsQueryDto): Promise<Page<AccountView>> {
    return this.accounts.list(query);
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: AccountViewDto })
  me(@CurrentAccount() actor: AuthenticatedAccount): Promise<AccountView> {
    return this.accounts.get(actor, actor.id);
  }

  @Patch('me')
  @Authenticated()
  @ApiOkResponse({ type: AccountViewDto })
  updateMe(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Body() body: UpdateMyAccountDto,
  ): Promise<AccountView> {
    return this.accounts.updateMine(actor, body);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: AccountViewDto, description: 'For the account itself or an admin' })
  get(
    @CurrentAccount() actor: AuthenticatedAccount,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AccountView> {
    return this.accounts.get(actor, id);
  }
}
