// A real SMTP server inside the test (npm smtp-server) on a local port; every mail that arrives
// is parsed with mailparser. stop() takes it down (the app sees a refused connection) and
// start() brings it back on the same port, to test that the outbox waits and retries.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtp = {
  url: string;
  port: number;
  received: ParsedMail[];
  stop: () => Promise<void>;
  start: () => Promise<void>;
};

/** `onMail` sees each parsed mail as it arrives (the e2e server writes them to a folder). */
export async function startTestSmtp(opts: { onMail?: (mail: ParsedMail) => void } = {}): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  let server: SMTPServer | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream)
            .then((mail) => {
              received.push(mail);
              opts.onMail?.(mail);
              callback();
            })
            .catch((error: Error) => callback(error));
        },
      });
      server.on("error", reject);
      server.listen(port, "127.0.0.1", () => {
        port = (server!.server.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  const smtp: TestSmtp = {
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    received,
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    start: listen,
  };
  return smtp;
}
