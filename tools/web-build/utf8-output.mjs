/**
 * esbuild plugin for the apps' `@nx/angular:application` build: write non-ASCII text as UTF-8
 * rather than `\uXXXX` escapes. esbuild escapes by default, which makes the Arabic catalog
 * three times larger (gzip shrinks the escapes back only in part). The apps are served as
 * UTF-8 (`<meta charset="utf-8">` and `charset=utf-8` on every script).
 */
export default {
  name: 'utf8-output',
  setup(build) {
    build.initialOptions.charset = 'utf8';
  },
};
