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
  // One probe at a time, each waiting as long as the deadline allows: the first request starts
  // Payload and renders the home page, which on a busy machine (the other suites share its two
  // cores) can take longer than any short timeout, and probes abandoned early would keep the
  // server rendering for nobody, each one slowing the next. Only a refused connection (the port
  // not yet open) is retried at once.
  const deadline = Date.now() + 90_000
  let lastError = ''
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log}`)
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())) })
      await response.arrayBuffer()
      if (response.status > 0) return { url, process: child, output: () => log, stop }
    } catch (error) {
      lastError = String((error as { cause?: unknown }).cause ?? error)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  await stop()
  throw new Error(`next start did not answer within 90 s (last error: ${lastError}):\n${log}`)
}
