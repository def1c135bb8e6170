/** What a staff action's endpoint answered: its own message (a refusal's reason), and the rest of its answer. */
export type StaffActionResult = { ok: boolean; text: string; answer: Record<string, unknown> | null }

/**
 * Posts one staff action (a desk step, a pending-change decision, generating a report's tables) to
 * our API with the staff cookie. A refusal comes back with the endpoint's Chinese message, never as
 * success; a network failure with a plain one.
 */
export async function postStaffAction(url: string, body?: unknown, failure = '操作未能完成，请稍后再试。'): Promise<StaffActionResult> {
  try {
    const json = body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
    const response = await fetch(url, { method: 'POST', credentials: 'include', ...json })
    const answer = (await response.json().catch(() => null)) as Record<string, unknown> | null
    const said = (key: string) => (typeof answer?.[key] === 'string' ? (answer[key] as string) : '')
    return response.ok ? { ok: true, text: said('message'), answer } : { ok: false, text: said('error') || failure, answer }
  } catch {
    return { ok: false, text: '网络连接失败，请稍后再试。', answer: null }
  }
}
