import { inspect } from 'node:util';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_ROOT, answer, server, TOKEN, testClient } from '../../test/helpers/msw.js';
import { isApiError, isNetworkError, isTelegramError } from '../errors/errors.js';
import { downloadFile } from './downloadFile.js';

const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255]);
const file = { file_id: 'BQACAgIAAxkBAAIB', file_unique_id: 'AgADd', file_size: 6, file_path: 'documents/file 1.pdf' };

/** Serves `bytes` at the token-bearing file URL and records the paths asked for. */
function serveFile(status = 200): string[] {
  const paths: string[] = [];
  server.use(
    http.get(`${API_ROOT}/file/bot${TOKEN}/*`, ({ request }) => {
      paths.push(new URL(request.url).pathname);
      return status === 200
        ? new HttpResponse(bytes, { headers: { 'content-type': 'application/octet-stream' } })
        : HttpResponse.json({ ok: false, error_code: status, description: 'Not Found' }, { status });
    }),
  );
  return paths;
}

/** Everything an error could leak through. */
const surfaces = (error: unknown) => {
  const e = error as Error;
  return [String(e), e.message, e.stack, JSON.stringify(e), inspect(e, { depth: 5 }), String(e.cause)].join('\n');
};

describe('downloadFile', () => {
  it('calls getFile for a file_id, then fetches the bytes from /file/bot<token>/<file_path>', async () => {
    const seen = answer('getFile', file);
    const paths = serveFile();
    await expect(downloadFile(testClient(), file.file_id)).resolves.toEqual(bytes);
    expect(seen.map((r) => r.json)).toEqual([{ file_id: file.file_id }]);
    expect(paths).toEqual([`/file/bot${TOKEN}/documents/file%201.pdf`]);
  });

  it('skips getFile when given a File with file_path', async () => {
    const seen = answer('getFile', file);
    const paths = serveFile();
    await expect(downloadFile(testClient(), file)).resolves.toEqual(bytes);
    expect(seen).toHaveLength(0);
    expect(paths).toHaveLength(1);
  });

  it('calls getFile for a File without file_path', async () => {
    const { file_path: _, ...bare } = file;
    const seen = answer('getFile', file);
    serveFile();
    await expect(downloadFile(testClient(), bare)).resolves.toEqual(bytes);
    expect(seen.map((r) => r.json)).toEqual([{ file_id: file.file_id }]);
  });

  it('rejects when getFile gives no file_path, without downloading', async () => {
    const { file_path: _, ...bare } = file;
    answer('getFile', bare);
    const paths = serveFile();
    const error = await downloadFile(testClient(), file.file_id).catch((e: unknown) => e);
    expect(isTelegramError(error)).toBe(true);
    expect(String(error)).toContain('file_path');
    expect(paths).toHaveLength(0);
  });

  it('turns a 404 into an ApiError that never shows the token', async () => {
    serveFile(404);
    const error = await downloadFile(testClient(), file).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ method: 'downloadFile', error_code: 404 });
    expect(surfaces(error)).not.toContain(TOKEN);
    expect(surfaces(error)).not.toContain(TOKEN.split(':')[1]);
  });

  it('turns a network fault into a NetworkError that never shows the token or the file URL', async () => {
    server.use(http.get(`${API_ROOT}/file/bot${TOKEN}/*`, () => HttpResponse.error()));
    const error = await downloadFile(testClient(), file).catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect(surfaces(error)).not.toContain(TOKEN.split(':')[1]);
  });

  it('passes a getFile error through', async () => {
    answer('getFile', () =>
      HttpResponse.json({ ok: false, error_code: 400, description: 'Bad Request: file is too big' }, { status: 400 }),
    );
    await expect(downloadFile(testClient(), 'big')).rejects.toMatchObject({
      name: 'ApiError',
      method: 'getFile',
      description: 'Bad Request: file is too big',
    });
  });
});
