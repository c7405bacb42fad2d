/**
 * The code examples on error entries, run as the Rust compiler's error index runs its
 * examples: each TypeScript file runs through the real official SDK against a local mock
 * that replays the documented error response (examples/<provider>/<code>/scenario.json).
 * The broken example must fail the way the entry says and the fixed one must handle the
 * error the way the entry says. Python examples are compiled for syntax.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { startMockApi, type MockApi } from '../support/mock-api';

const examplesRoot = fileURLToPath(new URL('../../examples/', import.meta.url));

const outcomeSchema = z.strictObject({
  /** The process's exit code. */
  exitCode: z.number().int(),
  /** How many HTTP requests reach the API (retries included). */
  requests: z.number().int().positive(),
  /** Text that must appear in stdout or stderr. */
  output: z.array(z.string().min(1)).min(1),
});

const scenarioSchema = z.strictObject({
  about: z.string().min(1),
  responses: z
    .array(
      z.strictObject({
        status: z.number().int(),
        headers: z.record(z.string(), z.string()).optional(),
        /** A JSON body (absent when the response is `raw`, `sse` or `eventStream`). */
        body: z.unknown().optional(),
        /** Text sent as is instead of `body`. */
        raw: z.string().optional(),
        /** Server-sent events (a streamed response). */
        sse: z.array(z.strictObject({ event: z.string().optional(), data: z.unknown() })).optional(),
        /** AWS event-stream frames (Bedrock's streamed responses). */
        eventStream: z
          .array(z.strictObject({ headers: z.record(z.string(), z.string()), body: z.unknown() }))
          .optional(),
        /** Answer only after this many milliseconds (a timeout). */
        delayMs: z.number().int().positive().optional(),
        /** Close the connection before answering, or after the stream's events. */
        drop: z.enum(['before', 'after']).optional(),
        /** Play this response only to a request whose body contains this text (else skip it). */
        ifRequestIncludes: z.string().min(1).optional(),
      }),
    )
    .min(1),
  broken: outcomeSchema,
  fixed: outcomeSchema,
});

interface ExampleDir {
  name: string;
  dir: string;
}

function exampleDirs(): ExampleDir[] {
  return readdirSync(examplesRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((provider) =>
      readdirSync(join(examplesRoot, provider.name), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((code) => ({
          name: `${provider.name}/${code.name}`,
          dir: join(examplesRoot, provider.name, code.name),
        })),
    );
}

/**
 * What each SDK reads from the environment, pointed at the mock: the examples create their
 * clients the way readers do (keys and endpoints from the environment), with the mock in
 * place of the provider. Vertex AI clients get their token from the mock's metadata server.
 */
function exampleEnv(api: MockApi): Record<string, string> {
  const { url } = api;
  return {
    PATH: process.env.PATH ?? '',
    NODE_NO_WARNINGS: '1',
    OPENAI_API_KEY: 'sk-test-key',
    OPENAI_BASE_URL: `${url}/v1`,
    ANTHROPIC_API_KEY: 'sk-ant-test-key',
    ANTHROPIC_BASE_URL: url,
    GEMINI_API_KEY: 'test-key',
    GOOGLE_GEMINI_BASE_URL: url,
    // Azure OpenAI (openai's AzureOpenAI client).
    AZURE_OPENAI_API_KEY: 'test-azure-key',
    AZURE_OPENAI_ENDPOINT: url,
    OPENAI_API_VERSION: '2024-10-21',
    // Amazon Bedrock (@aws-sdk/client-bedrock-runtime).
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: url,
    AWS_EC2_METADATA_DISABLED: 'true',
    // Vertex AI (@google/genai in Vertex mode, @anthropic-ai/vertex-sdk).
    GOOGLE_CLOUD_PROJECT: 'test-project',
    GOOGLE_CLOUD_LOCATION: 'us-central1',
    GOOGLE_VERTEX_BASE_URL: url,
    ANTHROPIC_VERTEX_PROJECT_ID: 'test-project',
    ANTHROPIC_VERTEX_BASE_URL: `${url}/v1`,
    CLOUD_ML_REGION: 'us-east5',
    GCE_METADATA_HOST: api.host,
    METADATA_SERVER_DETECTION: 'assume-present',
    // OpenAI-compatible services: the examples read <PROVIDER>_BASE_URL, defaulting to the real host.
    DEEPSEEK_API_KEY: 'sk-test-deepseek',
    DEEPSEEK_BASE_URL: url,
    OPENROUTER_API_KEY: 'sk-or-v1-test',
    OPENROUTER_BASE_URL: `${url}/api/v1`,
    GROQ_API_KEY: 'gsk_test',
    GROQ_BASE_URL: url,
    MISTRAL_API_KEY: 'test-mistral-key',
    MISTRAL_BASE_URL: url,
    XAI_API_KEY: 'xai-test',
    XAI_BASE_URL: `${url}/v1`,
  };
}

function run(file: string, api: MockApi): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { cwd: examplesRoot, env: exampleEnv(api) });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const dirs = exampleDirs();

describe('every example folder has the full set of files', () => {
  it('finds examples', () => expect(dirs.length).toBeGreaterThan(0));
  it.each(dirs)('$name', ({ dir }) => {
    for (const file of ['broken.ts', 'fixed.ts', 'broken.py', 'fixed.py', 'scenario.json']) {
      expect(existsSync(join(dir, file)), `${dir}/${file}`).toBe(true);
    }
    scenarioSchema.parse(JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')));
  });
});

describe.each(dirs)('$name runs against the real SDK', ({ dir }) => {
  const scenario = scenarioSchema.parse(JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')));

  it.each(['broken', 'fixed'] as const)('%s.ts behaves as the entry says', async (kind) => {
    const api = await startMockApi(scenario.responses);
    try {
      const { code, output } = await run(join(dir, `${kind}.ts`), api);
      const expected = scenario[kind];
      const context = `${kind}.ts output:\n${output}`;
      expect(code, context).toBe(expected.exitCode);
      expect(api.requests.length, context).toBe(expected.requests);
      for (const text of expected.output) expect(output, context).toContain(text);
    } finally {
      await api.close();
    }
  });

  it('the Python examples compile', () => {
    for (const file of ['broken.py', 'fixed.py']) {
      const result = spawnSync('python3', ['-m', 'py_compile', join(dir, file)], {
        encoding: 'utf8',
        // Compiled files go to a temporary folder, not next to the examples.
        env: { ...process.env, PYTHONPYCACHEPREFIX: join(tmpdir(), 'aieg-pycache') },
      });
      expect(result.status, `${file}: ${result.stderr}`).toBe(0);
    }
  });
});
