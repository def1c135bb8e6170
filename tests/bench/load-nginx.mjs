// nginx for the load bench, from Debian's package: one process, two servers. The first is the
// production set-up (deploy/nginx/site.conf rendered for the bench's own ports and folders); the
// second serves saved copies of the same pages as plain files, the yardstick the others are
// compared with.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { renderSiteConf } from '../../deploy/nginx/render-site-conf.mjs'

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx'

/**
 * Writes nginx.conf into `folder`. `staticPages` are `{ path, file }` pairs: the request path
 * (query strings are ignored) and the file in `docroot` that answers it.
 */
export function writeBenchNginxConf(folder, { upstreams, proxyPort, staticPort, docroot, staticPages, placeholder }) {
  // `placeholder`: the site's CSP_NONCE_PLACEHOLDER, the deployment's secret.
  const site = renderSiteConf({ upstreams, listen: `127.0.0.1:${proxyPort}`, serverName: 'localhost', cacheDir: folder, placeholder })
  fs.writeFileSync(path.join(folder, 'site.conf'), site)
  const temp = (name) => path.join(folder, 'temp', name)
  const mimeTypes = fs.existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : 'types { text/html html; }'
  const locations = staticPages.map(({ path: at, file }) => `        location = ${at} { try_files /${file} =404; }`).join('\n')
  const conf = `daemon off;
worker_processes auto;
pid ${path.join(folder, 'nginx.pid')};
error_log ${path.join(folder, 'error.log')} warn;
events { worker_connections 4096; }
http {
    ${mimeTypes}
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};

    include ${path.join(folder, 'site.conf')};

    # The yardstick: the same pages saved as files, gzip as in site.conf.
    server {
        listen 127.0.0.1:${staticPort};
        root ${docroot};
        charset utf-8;
        gzip on;
        gzip_vary on;
        gzip_comp_level 1;
        gzip_min_length 256;
${locations}
    }
}
`
  const file = path.join(folder, 'nginx.conf')
  fs.writeFileSync(file, conf)
  // nginx's workers run as another user when the bench runs as root: let them read and write here.
  fs.mkdirSync(path.join(folder, 'temp'), { recursive: true })
  for (const dir of [folder, path.join(folder, 'temp'), docroot]) fs.chmodSync(dir, 0o755)
  return file
}

/**
 * Checks the configuration, then starts nginx in the foreground of its own process group.
 * `onSpawn` receives the child at once, so the caller can stop it whatever happens next.
 */
export async function startNginx(folder, confFile, probeUrl, onSpawn) {
  const base = ['-p', folder, '-e', path.join(folder, 'error.log'), '-c', confFile]
  const check = spawnSync(NGINX, ['-t', ...base], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`)
  const child = spawn(NGINX, base, { stdio: ['ignore', 'ignore', 'pipe'], detached: true })
  onSpawn?.(child)
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${stderr}\n${readErrorLog(folder)}`)
    try {
      await fetch(probeUrl, { signal: AbortSignal.timeout(2000) })
      return { child }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`nginx did not answer at ${probeUrl}:\n${readErrorLog(folder)}`)
}

function readErrorLog(folder) {
  try {
    return fs.readFileSync(path.join(folder, 'error.log'), 'utf8').split('\n').slice(-20).join('\n')
  } catch {
    return ''
  }
}
