// The end-to-end tests need Debian's Chromium; Playwright cannot download a browser here.
import fs from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(path)) {
  console.error(`Chromium was not found at ${path}.
Install Debian's Chromium and run the tests again:
  sudo apt-get update && sudo apt-get install -y chromium
(or set CHROMIUM_PATH to another Chromium binary). .ci/run does this on CI.`);
  process.exit(1);
}
