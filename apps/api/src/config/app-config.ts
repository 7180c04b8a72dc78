import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import type { Settings } from './settings';

export const SETTINGS_KEY = 'settings';

/** The validated settings, injectable anywhere; read through @nestjs/config. */
@Injectable()
export class AppConfig {
  readonly settings: Settings;
  /** Without a configured secret (outside production), tokens are signed with a per-process one. */
  readonly jwtSecret: string;

  constructor(config: ConfigService) {
    this.settings = config.getOrThrow<Settings>(SETTINGS_KEY);
    this.jwtSecret = this.settings.jwtSecret ?? randomBytes(48).toString('base64url');
  }

  /** The base address of links the API hands out, e.g. invitation links. */
  publicUrl(): string {
    return this.settings.publicUrl ?? `http://localhost:${this.settings.port}`;
  }
}
