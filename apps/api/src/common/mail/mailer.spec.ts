import { createServer, type Socket } from 'node:net';

import { Logger } from '@nestjs/common';

import type { AppConfig } from '../../config/app-config';
import { Mailer } from './mailer';

const mailer = (smtpUrl?: string) =>
  new Mailer({
    settings: { mail: { smtpUrl, from: 'Passerelle <no-reply@example.org>' } },
  } as unknown as AppConfig);

const mail = { to: 'nadia@example.org', subject: 'Hello', text: 'Open this link:\nhttps://x/y\n' };

/** Just enough of an SMTP server to take one message: what it received, once it has it all. */
function smtpServer(): Promise<{ stop: () => void; port: number; received: Promise<string> }> {
  const sockets = new Set<Socket>();
  let done: (data: string) => void;
  const received = new Promise<string>((resolve) => (done = resolve));
  const server = createServer((socket) => {
    sockets.add(socket);
    let transcript = '';
    let inData = false;
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      for (const line of chunk.toString().split('\r\n').filter(Boolean)) {
        transcript += `${line}\n`;
        if (inData) {
          if (line === '.') {
            inData = false;
            socket.write('250 queued\r\n');
            done(transcript);
          }
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 test\r\n');
        else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (/^QUIT/i.test(line)) {
          socket.end('221 bye\r\n');
        } else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const stop = () => {
        for (const socket of sockets) socket.destroy();
        server.close();
      };
      resolve({ stop, port, received });
    }),
  );
}

describe('Mailer', () => {
  afterEach(() => jest.restoreAllMocks());

  it('writes the mail to the log, as a warning, without SMTP_URL', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    await mailer().send(mail);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ ...mail }));
  });

  it('sends through the SMTP server of SMTP_URL, from MAIL_FROM', async () => {
    const { stop, port, received } = await smtpServer();
    const m = mailer(`smtp://127.0.0.1:${port}`);
    try {
      await m.send(mail);
      m.onModuleDestroy();
      const transcript = await received;
      expect(transcript).toMatch(/MAIL FROM:<no-reply@example.org>/);
      expect(transcript).toMatch(/RCPT TO:<nadia@example.org>/);
      expect(transcript).toContain('Subject: Hello');
      expect(transcript).toContain('https://x/y');
    } finally {
      stop();
    }
  });

  it('logs a failure to send in the background, without the text', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const m = mailer('smtp://127.0.0.1:1');
    m.sendInBackground(mail);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'mail not sent', subject: 'Hello' }),
    );
    expect(JSON.stringify(error.mock.calls)).not.toContain('https://x/y');
    m.onModuleDestroy();
  });
});
