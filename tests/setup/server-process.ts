import { spawn, spawnSync, type ChildProcess } from 'node:child_process'

export const E2E_DIST_DIR = process.env.E2E_DIST_DIR || '.next-test'

/** Runs a command to completion, failing with its output when it exits non-zero. */
export function runOrFail(command: string, args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(command, args, { env: env as NodeJS.ProcessEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

export type RunningServer = { url: string; process: ChildProcess; output: () => string; stop: () => Promise<void> }

/** Starts `next start` on the given port and waits until it answers (the e2e build unless env.NEXT_DIST_DIR). */
export async function startServer(port: number, env: Record<string, string | undefined>): Promise<RunningServer> {
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { NEXT_DIST_DIR: E2E_DIST_DIR, ...env, PORT: String(port) } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid!, 'SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL')
  }
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log}`)
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) })
      if (response.status > 0) return { url, process: child, output: () => log, stop }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  await stop()
  throw new Error(`next start did not answer within 60 s:\n${log}`)
}
