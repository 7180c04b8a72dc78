#!/usr/bin/env node
/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of a built web app,
 * so that the server sends compressed files without compressing on each request. Usage:
 * `node tools/web-build/precompress.mjs dist/apps/portal/browser [more folders…]`.
 *
 * A copy is written only when it is smaller than the file; fonts and images are already
 * compressed and are left alone.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.json',
  '.svg',
  '.txt',
  '.map',
  '.ico',
  '.xml',
  '.webmanifest',
]);
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function compress(path) {
  const data = await readFile(path);
  const copies = [
    [
      '.br',
      await brotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
    ],
    ['.gz', await gz(data, { level: 9 })],
  ];
  let written = 0;
  for (const [suffix, copy] of copies) {
    await rm(path + suffix, { force: true });
    if (copy.length < data.length) {
      await writeFile(path + suffix, copy);
      if (suffix === '.br') written = copy.length;
    }
  }
  return { bytes: data.length, brotli: written || data.length };
}

export async function precompress(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && TEXT.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
  const sizes = await Promise.all(files.map(compress));
  return {
    files: files.length,
    bytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
    brotli: sizes.reduce((sum, s) => sum + s.brotli, 0),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const dir of process.argv.slice(2)) {
    const { files, bytes, brotli: br } = await precompress(dir);
    console.log(
      `${dir}: ${files} text files, ${Math.round(bytes / 1024)} kB, ${Math.round(br / 1024)} kB with brotli`,
    );
  }
}
