/**
 * A stand-in for an AI provider's HTTP API on 127.0.0.1: it answers requests with a
 * scripted list of responses (the last one repeats) and records what it received, so a
 * test can count the SDK's retries.
 *
 * Besides a JSON body, a scripted response can be a server-sent event stream (`sse`), an
 * AWS event stream (`eventStream`, binary frames as Bedrock streams them), raw text, a
 * delay (`delayMs`, for timeouts) or a dropped connection (`drop`, before or after the
 * stream), so client-side errors run against the real SDKs too. A response can also be
 * reserved for requests whose body contains some text (`ifRequestIncludes`), so a request
 * error is played only to the request that makes it. It also plays a Google
 * Cloud metadata server, so Vertex AI clients get an access token offline; those requests
 * are not recorded. It speaks HTTP/1.1 and cleartext HTTP/2 on one port, because the AWS
 * SDK's Bedrock Runtime client sends HTTP/2 while the others send HTTP/1.1.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import {
  createServer as createHttp2Server,
  type Http2ServerRequest,
  type Http2ServerResponse,
} from 'node:http2';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { EventStreamCodec } from '@smithy/eventstream-codec';

/** One frame of an AWS event stream: its `:message-type`, `:event-type` or `:exception-type`, and JSON body. */
export interface EventStreamFrame {
  headers: Record<string, string>;
  body: unknown;
}

export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string> | undefined;
  /** A JSON body (the usual case). */
  body?: unknown;
  /** Text sent as is instead of `body` (set its content-type in `headers`). */
  raw?: string | undefined;
  /** Server-sent events, each `data` JSON-encoded unless it is a string. */
  sse?: { event?: string | undefined; data: unknown }[] | undefined;
  /** AWS event-stream frames (application/vnd.amazon.eventstream). */
  eventStream?: EventStreamFrame[] | undefined;
  /** Wait this long before answering: longer than the client's timeout makes a timeout. */
  delayMs?: number | undefined;
  /**
   * Close the connection: `before` sending anything (a connection error), or `after` the
   * stream's events without ending it (a stream cut off mid-way).
   */
  drop?: 'before' | 'after' | undefined;
  /**
   * Play this response only to a request whose body contains this text; any other request
   * skips it and gets the next response. A scenario can so answer the broken request with
   * the error and the fixed request (which no longer sends the bad part) with a success.
   * The last response is always played once reached.
   */
  ifRequestIncludes?: string | undefined;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: string;
}

export interface MockApi {
  url: string;
  /** `host:port`, for clients configured by host (the Google metadata server). */
  host: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

type Request = IncomingMessage | Http2ServerRequest;
type Response = ServerResponse | Http2ServerResponse;

/** HTTP/2's connection preface: what a cleartext HTTP/2 client sends first. */
const HTTP2_PREFACE = 'PRI * HTTP/2.0';

function readBody(req: Request): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const fromUtf8 = (text: string) => new TextEncoder().encode(text);
const eventStreamCodec = new EventStreamCodec((bytes) => new TextDecoder().decode(bytes), fromUtf8);

function encodeFrame(frame: EventStreamFrame): Uint8Array {
  const headers = Object.fromEntries(
    Object.entries(frame.headers).map(([name, value]) => [name, { type: 'string' as const, value }]),
  );
  return eventStreamCodec.encode({ headers, body: fromUtf8(JSON.stringify(frame.body)) });
}

/** Answers the Google Cloud metadata server's token and project requests (google-auth-library). */
function answerMetadata(req: Request, res: ServerResponse): boolean {
  const path = req.url ?? '';
  if (!path.startsWith('/computeMetadata/')) return false;
  const headers = { 'metadata-flavor': 'Google' };
  if (path.includes('/token')) {
    res.writeHead(200, { ...headers, 'content-type': 'application/json' });
    res.end(JSON.stringify({ access_token: 'ya29.test-token', expires_in: 3600, token_type: 'Bearer' }));
  } else if (path.includes('project-id')) {
    res.writeHead(200, { ...headers, 'content-type': 'text/plain' });
    res.end('test-project');
  } else {
    res.writeHead(200, { ...headers, 'content-type': 'text/plain' });
    res.end('');
  }
  return true;
}

async function answer(res: ServerResponse, scripted: ScriptedResponse): Promise<void> {
  if (scripted.delayMs) await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
  if (res.destroyed) return;
  if (scripted.drop === 'before') {
    res.socket?.destroy();
    return;
  }
  if (scripted.sse || scripted.eventStream) {
    const contentType = scripted.sse ? 'text/event-stream' : 'application/vnd.amazon.eventstream';
    res.writeHead(scripted.status, { 'content-type': contentType, ...scripted.headers });
    for (const event of scripted.sse ?? []) {
      const data = typeof event.data === 'string' ? event.data : JSON.stringify(event.data);
      res.write(`${event.event ? `event: ${event.event}\n` : ''}data: ${data}\n\n`);
    }
    for (const frame of scripted.eventStream ?? []) res.write(encodeFrame(frame));
    if (scripted.drop === 'after') {
      // Let the events reach the client first, then cut the connection mid-stream.
      await new Promise((resolve) => setTimeout(resolve, 50));
      res.socket?.destroy();
    } else {
      res.end();
    }
    return;
  }
  res.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers });
  if (scripted.drop === 'after') {
    res.write(scripted.raw ?? JSON.stringify(scripted.body).slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 50));
    res.socket?.destroy();
    return;
  }
  res.end(scripted.raw ?? JSON.stringify(scripted.body));
}

export async function startMockApi(responses: ScriptedResponse[]): Promise<MockApi> {
  if (responses.length === 0) throw new Error('startMockApi needs at least one response');
  const requests: RecordedRequest[] = [];
  const last = responses.length - 1;
  // The next scripted response: responses play in order, one per request, and the last repeats.
  let next = 0;
  const handle = async (req: Request, response: Response) => {
    // The HTTP/2 compatibility API answers with the same calls (writeHead, write, end).
    const res = response as ServerResponse;
    const body = await readBody(req);
    if (answerMetadata(req, res)) return;
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', body });
    let index = next;
    while (index < last && !body.includes(responses[index]!.ifRequestIncludes ?? '')) index++;
    next = Math.min(index + 1, last);
    await answer(res, responses[index]!);
  };
  const http1 = createServer(handle);
  const http2 = createHttp2Server(handle);
  const sockets = new Set<Socket>();
  // One port for both protocols: the first bytes of a connection say which it speaks.
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('readable', () => {
      const head = socket.read(HTTP2_PREFACE.length) as Buffer | null;
      if (head) socket.unshift(head);
      (head?.toString('latin1') === HTTP2_PREFACE ? http2 : http1).emit('connection', socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        // Delayed answers may still hold sockets open; close them so the test ends now.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
