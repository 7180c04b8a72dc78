import { applyDecorators, Header } from '@nestjs/common';

/** For answers that carry secrets (tokens, reset codes): no cache may keep a copy. */
export const NoStore = () => applyDecorators(Header('Cache-Control', 'no-store'));
