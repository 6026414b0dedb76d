/**
 * How every script here and the browser tests launch a browser: Debian's Chromium (a browser is
 * never downloaded), headless, software-rendered, with nothing that reaches out to the internet.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
