import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';

import { ValidationFailed } from '../problem/app-error';

/** Validates a path parameter as a UUID, naming the parameter in the problem it reports. */
@Injectable()
export class ParseUuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUUID(value)) return value;
    const field = metadata.data ?? 'id';
    throw ValidationFailed.field(field, 'isUuid', `${field} must be a UUID`);
  }
}
