// Written by scripts/write-versions.mjs from package.json; a test checks that they agree.
export const PACKAGE_NAME = '@callroll/mcp';
export const VERSION = '0.1.0';
