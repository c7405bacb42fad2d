/**
 * A stand-in for an AI provider's HTTP API on 127.0.0.1: it answers requests with a
 * scripted list of responses (the last one repeats) and records what it received, so a
 * test can count the SDK's retries.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string> | undefined;
  body: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: string;
}

export interface MockApi {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startMockApi(responses: ScriptedResponse[]): Promise<MockApi> {
  if (responses.length === 0) throw new Error('startMockApi needs at least one response');
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', body });
    const scripted = responses[Math.min(requests.length - 1, responses.length - 1)]!;
    res.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers });
    res.end(JSON.stringify(scripted.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
