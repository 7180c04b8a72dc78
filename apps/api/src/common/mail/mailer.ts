import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { AppConfig } from '../../config/app-config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail through the SMTP server of `SMTP_URL`. Without one (development, or an installation
 * that has no mail yet), each mail is written to the log as a warning instead, for someone to
 * pass on by hand.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(config: AppConfig) {
    const { smtpUrl, from } = config.settings.mail;
    this.transport = smtpUrl ? createTransport(smtpUrl) : null;
    this.from = from;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) {
      this.logger.warn({ message: 'mail not sent (no SMTP_URL), written here instead', ...mail });
      return;
    }
    await this.transport.sendMail({ from: this.from, ...mail });
  }

  /**
   * Sends without waiting: the caller's answer takes the same time whether or not a mail goes
   * out (so it cannot tell whether an account exists). A failure is logged, without the text.
   */
  sendInBackground(mail: Mail): void {
    this.send(mail).catch((error: unknown) =>
      this.logger.error({
        message: 'mail not sent',
        subject: mail.subject,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
