// nginx for the production layout: deploy/nginx.conf rendered and run in the foreground with
// every path it writes under one folder. Plain JavaScript so the benchmark (bench/http.mjs) runs
// it as the deployment script (deploy/stack.ts) and the deploy tests do.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { MAX_UPLOAD_BODY_BYTES } from '../lib/files/limits.mjs';

const run = promisify(execFile);
export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

/**
 * deploy/nginx.conf with its markers filled in (see the file's head).
 * @param {{ prefix: string, listen: string, upstreamPorts: number[] }} options
 */
export function renderNginxConf({ prefix, listen, upstreamPorts }) {
  const template = fs.readFileSync(path.join(process.cwd(), 'deploy', 'nginx.conf'), 'utf8');
  const upstreams = upstreamPorts.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join('\n    ');
  return template.replaceAll('@PREFIX@', prefix).replaceAll('@LISTEN@', listen).replaceAll('@UPSTREAMS@', upstreams).replaceAll('@MAX_BODY@', String(MAX_UPLOAD_BODY_BYTES));
}

/** The status of a GET, 0 when nothing answers. */
function statusOf(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.setTimeout(10_000, () => req.destroy());
  });
}

const tail = (file, lines = 25) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n') : '(no log)');

/**
 * nginx in the foreground (`daemon off`), its configuration checked first (`nginx -t`); resolves
 * once `readyPath` answers 200 through it. stop() is nginx's graceful shutdown (SIGQUIT).
 * @param {{ prefix: string, port: number, upstreamPorts: number[], readyPath?: string }} options
 * @returns {Promise<{ origin: string, prefix: string, stop: () => Promise<void> }>}
 */
export async function startNginx({ prefix, port, upstreamPorts, readyPath = '/api/health/ready' }) {
  fs.mkdirSync(prefix, { recursive: true });
  const conf = path.join(prefix, 'nginx.conf');
  const errorLog = path.join(prefix, 'error.log');
  fs.writeFileSync(conf, renderNginxConf({ prefix, listen: `127.0.0.1:${port}`, upstreamPorts }));
  await run(NGINX, ['-t', '-q', '-p', prefix, '-c', conf, '-e', errorLog]);
  const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', errorLog, '-g', 'daemon off;'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const onParentExit = () => child.kill('SIGKILL');
  process.once('exit', onParentExit);
  const stop = async () => {
    process.off('exit', onParentExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while ((await statusOf(origin + readyPath)) !== 200) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`nginx on ${origin} ${child.exitCode !== null ? 'exited' : 'did not answer'}; ${errorLog} ends:\n${tail(errorLog)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, prefix, stop };
}
