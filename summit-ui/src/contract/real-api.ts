import { readFileSync } from 'node:fs';

import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

/**
 * The running application for the contract test: its address, and a `fetch` for the UI's fetchers
 * that sends their relative paths there, keeps the session cookie as a browser would, and checks
 * every answer against the OpenAPI document the build wrote, from which the UI's types come.
 */
export interface RealApi {
  /** Every answer that broke the document: method, path, status and what was wrong. */
  readonly breaches: string[];
  /** How many answers were checked against the document. */
  readonly checked: () => number;
  /** Forgets the session cookie, as a browser whose session ended. */
  forgetCookies(): void;
}

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}

function env(name: string): string {
  const value = (import.meta.env as Record<string, string | undefined>)[name];
  if (!value) {
    throw new Error(`${name} is not set: the contract test runs from UiContractIntegrationTest`);
  }
  return value;
}

export const apiUrl = () => env('SUMMIT_API_URL');
export const apiPassword = () => env('SUMMIT_API_PASSWORD');

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema says it (Ajv's own `nullable` needs a `type` beside
 * it, which a `$ref` or `allOf` has not): the schema, or null.
 */
function withNulls(schema: unknown): unknown {
  if (Array.isArray(schema)) {
    return schema.map(withNulls);
  }
  if (typeof schema !== 'object' || schema === null) {
    return schema;
  }
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, withNulls(value)]),
  );
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

/** Installs the real API's `fetch` in place of the global one. */
export function useRealApi(): RealApi {
  const base = apiUrl();
  const document = withNulls(
    parse(readFileSync(env('SUMMIT_OPENAPI_DOCUMENT'), 'utf8')),
  ) as Document;
  // Formats (date-time, uuid) and examples are not checked here; types, required fields and enums are.
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(document, 'openapi');
  const validators = new Map<string, ValidateFunction | null>();
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  const breaches: string[] = [];
  let checked = 0;
  let cookies = new Map<string, string>();

  function validator(template: string, method: string, status: number, type: string) {
    const key = `${method} ${template} ${status} ${type}`;
    if (!validators.has(key)) {
      const escaped = template.replaceAll('~', '~0').replaceAll('/', '~1');
      const responses = document.paths[template]?.[method]?.responses ?? {};
      const response = responses[String(status)] ?? responses.default;
      const schema = response?.content?.[type]?.schema;
      validators.set(
        key,
        schema === undefined
          ? null
          : ajv.compile({
              $ref: `openapi#/paths/${escaped}/${method}/responses/${responses[String(status)] ? status : 'default'}/content/${type.replace('/', '~1')}/schema`,
            }),
      );
    }
    return validators.get(key) ?? null;
  }

  async function check(method: string, url: URL, response: Response) {
    const match = templates.find(({ pattern }) => pattern.test(url.pathname));
    const where = `${method} ${url.pathname} ${response.status}`;
    if (!match) {
      breaches.push(`${where}: the document has no such path`);
      return;
    }
    const type = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
    if (response.status === 204 || !type.includes('json')) {
      return;
    }
    const body: unknown = await response.clone().json();
    const validate = validator(match.template, method.toLowerCase(), response.status, type);
    if (response.ok && validate === null) {
      breaches.push(`${where}: the document describes no ${type} answer with this status`);
      return;
    }
    if (validate && !validate(body)) {
      breaches.push(`${where}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(body)}`);
    }
    checked += 1;
  }

  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : input, base);
    const headers = new Headers(init.headers);
    if (init.credentials !== 'omit' && cookies.size > 0) {
      headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await realFetch(url, { ...init, headers, credentials: 'omit' });
    if (init.credentials !== 'omit') {
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const at = pair.indexOf('=');
        const name = pair.slice(0, at).trim();
        const value = pair.slice(at + 1).trim();
        if (value === '' || /max-age=0/i.test(line)) {
          cookies.delete(name);
        } else {
          cookies.set(name, value);
        }
      }
    }
    await check(init.method ?? 'GET', url, response);
    return response;
  };

  return {
    breaches,
    checked: () => checked,
    forgetCookies: () => {
      cookies = new Map();
    },
  };
}
