/**
 * Serves a built site through nginx with the committed deploy/nginx.conf, for
 * tests that check what a real server sends (types, caching, security headers).
 *
 * The committed file is a map plus a server block meant for nginx's http {}.
 * Here its one `listen` and one `root` line are pointed at a free loopback port
 * and the given folder, and a throwaway main config (pid, logs, temp dirs, all
 * in a temporary folder) includes it. Nginx is found at NGINX_PATH or the usual
 * places; when it is missing and we are root on Debian, Debian's package is
 * installed, as tests/support/browser.mjs does for Chromium. Otherwise this
 * throws: the deploy tests never silently skip.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';

export const SITE_CONFIG = resolve(dirname(fileURLToPath(import.meta.url)), '../../deploy/nginx.conf');

const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx', '/usr/local/nginx/sbin/nginx'];

export interface Nginx {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  port: number;
  /** What nginx wrote to its error log so far. */
  errorLog(): string;
  stop(): Promise<void>;
}

function findNginx(): string | undefined {
  const explicit = process.env.NGINX_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`NGINX_PATH=${explicit}，但该文件不存在。`);
    return explicit;
  }
  return NGINX_PATHS.find((p) => existsSync(p));
}

/** The nginx binary, installing Debian's package when root; throws a clear message when it cannot. */
export function ensureNginx(): string {
  const found = findNginx();
  if (found) return found;
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.info('[nginx] 未找到 nginx，正在用 apt-get 安装 Debian 的 nginx 软件包……');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env });
    const installed = findNginx();
    if (installed) return installed;
  }
  throw new Error(
    '找不到 nginx，部署测试无法运行（不会跳过）。请安装 nginx（Debian/Ubuntu：sudo apt-get install nginx），或设置 NGINX_PATH 指向 nginx 可执行文件。',
  );
}

/** mime.types of this nginx build (next to its compiled-in nginx.conf). */
function mimeTypesOf(nginx: string): string {
  const confPath = /--conf-path=(\S+)/.exec(run(nginx, ['-V']).output)?.[1];
  const candidates = [confPath && join(dirname(confPath), 'mime.types'), '/etc/nginx/mime.types'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`找不到 nginx 的 mime.types（试过：${candidates.join('、')}）。`);
  return found;
}

/** deploy/nginx.conf with its one `listen` and one `root` directive replaced. */
export function siteConfig(port: number, root: string, template = readFileSync(SITE_CONFIG, 'utf8')): string {
  const replaceOne = (text: string, directive: string, value: string) => {
    const pattern = new RegExp(`^(\\s*)${directive}\\s+[^;#\\n]+;`, 'gm');
    const hits = text.match(pattern)?.length ?? 0;
    if (hits !== 1) throw new Error(`deploy/nginx.conf 应当正好有一条未注释的 ${directive} 指令，实际 ${hits} 条。`);
    return text.replace(pattern, `$1${directive} ${value};`);
  };
  if (/["\\]/.test(root)) throw new Error(`站点目录路径不能含引号或反斜杠：${root}`);
  return replaceOne(replaceOne(template, 'listen', `127.0.0.1:${port}`), 'root', `"${root}"`);
}

function mainConfig(work: string, mimeTypes: string): string {
  const runAsRoot = process.getuid?.() === 0;
  return [
    // The master stays in the foreground as our child; as root its workers run as root too,
    // so they can read a dist/ folder anywhere (Debian's default user www-data may not).
    'daemon off;',
    ...(runAsRoot ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${join(work, 'nginx.pid')};`,
    `error_log ${join(work, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    `    include ${mimeTypes};`,
    '    default_type application/octet-stream;',
    '    sendfile on;',
    `    access_log ${join(work, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${join(work, 'temp', kind)};`),
    `    include ${join(work, 'site.conf')};`,
    '}',
    '',
  ].join('\n');
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

async function startOnce(nginx: string, root: string, mimeTypes: string): Promise<Nginx> {
  const port = await freePort();
  const work = mkdtempSync(join(tmpdir(), 'yaodian-nginx-'));
  mkdirSync(join(work, 'temp'));
  writeFileSync(join(work, 'site.conf'), siteConfig(port, root));
  writeFileSync(join(work, 'nginx.conf'), mainConfig(work, mimeTypes));
  const errorLog = () => {
    try {
      return readFileSync(join(work, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };

  // -e: log start-up errors into our folder instead of the compiled-in /var/log/nginx/error.log.
  const args = ['-p', `${work}/`, '-e', join(work, 'error.log'), '-c', join(work, 'nginx.conf')];
  const syntax = run(nginx, [...args, '-t']);
  if (syntax.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`nginx -t 未通过：\n${syntax.output}`);
  }

  const child: ChildProcess = spawn(nginx, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  let exited = false;
  const exit = new Promise<void>((done) => child.on('exit', () => ((exited = true), done())));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  while (!(await answers(`${url}/`))) {
    if (exited || Date.now() > deadline) {
      if (!exited) child.kill('SIGKILL');
      await exit;
      const log = errorLog();
      rmSync(work, { recursive: true, force: true });
      const error = new Error(`nginx 未能在 ${url} 启动：\n${stderr}\n${log}`);
      (error as Error & { addressInUse?: boolean }).addressInUse = /Address already in use/.test(stderr + log);
      throw error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    port,
    errorLog,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exit;
        clearTimeout(timer);
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Runs a command to completion; nginx prints -V and -t to stderr, so both streams are kept. */
function run(command: string, args: string[]): { status: number; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

/**
 * Starts nginx on 127.0.0.1 (a free port) serving `root` with deploy/nginx.conf,
 * waits until it answers, and returns its URL and a stop().
 */
export async function startNginx(root: string): Promise<Nginx> {
  const dir = resolve(root);
  if (!existsSync(dir)) throw new Error(`站点目录不存在：${dir}`);
  const nginx = ensureNginx();
  const mimeTypes = mimeTypesOf(nginx);
  // Another process may take the free port between our check and nginx's bind: try again then.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(nginx, dir, mimeTypes);
    } catch (err) {
      if (attempt >= 3 || !(err as { addressInUse?: boolean }).addressInUse) throw err;
    }
  }
}
