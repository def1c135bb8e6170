// What the seeding scripts of the benches share: their numeric options, a deterministic random
// generator and the progress lines the bench shows.

/** `--name=N` of this process; `fallback` when it is absent, not a number or not above zero. */
export function numberOption(name: string, fallback: number) {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`))
  const value = found ? Number(found.split('=')[1]) : fallback
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** A small deterministic generator (mulberry32): the same data on every run and database. */
export function seededRandom(seed: number) {
  let state = seed
  const random = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    random,
    pick: <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)],
    between: (min: number, max: number) => min + Math.floor(random() * (max - min + 1)),
  }
}

/** A progress line on stderr; the bench shows the lines that start with [seed]. */
export const log = (message: string) => process.stderr.write(`[seed] ${message}\n`)
