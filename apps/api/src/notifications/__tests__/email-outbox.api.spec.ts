import net from 'node:net';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { EmailOutboxService } from '../email-outbox.service.js';

interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/** A minimal SMTP server on loopback (RFC 5321's happy path) that keeps what it receives. */
function smtpServer(): Promise<{ port: number; received: ReceivedMail[]; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = net.createServer((socket) => {
    let mail: ReceivedMail = { from: '', to: [], data: '' };
    let inData = false;
    let buffer = '';
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(mail);
            mail = { from: '', to: [], data: '' };
            socket.write('250 queued\r\n');
          } else mail.data += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'MAIL') mail.from = line;
        if (verb === 'RCPT') mail.to.push(line);
        if (verb === 'DATA') inData = true;
        if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write(verb === 'DATA' ? '354 go on\r\n' : '250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      resolve({ port: address.port, received, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

describe('e-mail queue: sent through the configured SMTP server, once', () => {
  let smtp: Awaited<ReturnType<typeof smtpServer>>;
  let api: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    smtp = await smtpServer();
    api = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'GovIndex <govindex@example.vn>' });
    dataSource = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('sends queued mails, marks them sent, and does not send them again', async () => {
    const recipient = `nhac-han-${Date.now()}@example.vn`;
    const [row] = await dataSource.query<Array<{ id: number }>>(
      `INSERT INTO email_outbox (to_address, subject, body) VALUES ($1, 'Nhắc hạn nộp báo cáo', 'Hạn nộp báo cáo 6 tháng là 03/07') RETURNING id`,
      [recipient],
    );
    const outbox = api.app.get(EmailOutboxService);
    const first = await outbox.sendPending();
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const mine = smtp.received.filter((mail) => mail.to.join().includes(recipient));
    expect(mine).toHaveLength(1);
    // Vietnamese subjects travel MIME-encoded (RFC 2047).
    expect(mine[0]!.data).toMatch(/Subject: =\?UTF-8\?/i);
    expect(mine[0]!.from).toContain('govindex@example.vn');
    const [state] = await dataSource.query<Array<{ status: string; sent_at: Date | null }>>('SELECT status, sent_at FROM email_outbox WHERE id = $1', [row!.id]);
    expect(state).toMatchObject({ status: 'sent' });
    expect(state!.sent_at).not.toBeNull();

    await outbox.sendPending();
    expect(smtp.received.filter((mail) => mail.to.join().includes(recipient))).toHaveLength(1);
  });
});
