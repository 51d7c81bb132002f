import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope recipients (RCPT TO). */
  recipients: string[];
  parsed: ParsedMail;
}

/**
 * A real SMTP server on a free local port that keeps what it receives, and can
 * refuse messages with a temporary failure, as a busy server would.
 */
export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  /** How many DATA commands have been answered so far, refused or not. */
  attempts = 0;
  private refusals = 0;
  private readonly server: SMTPServer;

  private constructor() {
    this.server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 1000,
      onData: (stream, session, callback) => void this.onData(stream, session, callback),
    });
  }

  static async start(): Promise<SmtpTestServer> {
    const smtp = new SmtpTestServer();
    await new Promise<void>((resolve, reject) => {
      smtp.server.once('error', reject);
      smtp.server.listen(0, '127.0.0.1', () => resolve());
    });
    return smtp;
  }

  get url(): string {
    const address = this.server.server.address();
    if (!address || typeof address === 'string') throw new Error('The SMTP server is not listening');
    return `smtp://127.0.0.1:${address.port}`;
  }

  /** Answers the next `count` messages with 451 (try again later). */
  refuseNext(count: number): void {
    this.refusals = count;
  }

  /** Resolves once `count` messages in all have arrived that `match`, or fails after `timeoutMs`. */
  async waitFor(match: (mail: ReceivedMail) => boolean, count = 1, timeoutMs = 20_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.filter(match);
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`Expected ${count} message(s), got ${found.length} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void): Promise<void> {
    this.attempts++;
    try {
      const parsed = await simpleParser(stream);
      if (this.refusals > 0) {
        this.refusals--;
        callback(Object.assign(new Error('Busy, try again later'), { responseCode: 451 }));
        return;
      }
      this.received.push({ recipients: session.envelope.rcptTo.map((r) => r.address), parsed });
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}
