import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCompileHints } from '../../../scripts/compile-hints.mjs';

// A dist dir cut down by hand: the build manifest names two root main files; a page chunk beside them is
// not one of them and must stay as it is.
let dist: string;
const RUNTIME = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["static/chunks/runtime.js"]);\n';
const REACT = '"use strict";function a(){return 1}\n//# sourceMappingURL=react.js.map\n';
const PAGE = '(globalThis.TURBOPACK||[]).push(["static/chunks/page.js",1,function(){}]);\n';

function write(rel: string, content: string) {
  fs.mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
  fs.writeFileSync(path.join(dist, rel), content);
}
const read = (rel: string) => fs.readFileSync(path.join(dist, rel), 'utf8');

beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'hkmr-hints-'));
  write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/runtime.js', 'static/chunks/react.js'] }));
  write('static/chunks/runtime.js', RUNTIME);
  write('static/chunks/react.js', REACT);
  write('static/chunks/page.js', PAGE);
});
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('compile hints on the scripts every page boots with (scripts/compile-hints.mjs)', () => {
  it('puts V8\'s magic comment on the first line of each root main file, the code unchanged after it', () => {
    expect(addCompileHints(dist)).toEqual(['static/chunks/runtime.js', 'static/chunks/react.js']);
    expect(read('static/chunks/runtime.js')).toBe(`//# allFunctionsCalledOnLoad\n${RUNTIME}`);
    expect(read('static/chunks/react.js')).toBe(`//# allFunctionsCalledOnLoad\n${REACT}`);
  });

  it('leaves other chunks to lazy compilation', () => {
    addCompileHints(dist);
    expect(read('static/chunks/page.js')).toBe(PAGE);
  });

  it('adds the comment once when run again on the same build', () => {
    addCompileHints(dist);
    addCompileHints(dist);
    expect(read('static/chunks/react.js')).toBe(`//# allFunctionsCalledOnLoad\n${REACT}`);
  });

  it('names the manifest when there is no build', () => {
    fs.rmSync(path.join(dist, 'build-manifest.json'));
    expect(() => addCompileHints(dist)).toThrow(`${path.join(dist, 'build-manifest.json')}: cannot read the build manifest`);
  });

  it('names the field when the manifest has no root main files', () => {
    write('build-manifest.json', JSON.stringify({ pages: {} }));
    expect(() => addCompileHints(dist)).toThrow('build-manifest.json: rootMainFiles: expected a non-empty list of .js paths, got undefined');
  });
});
