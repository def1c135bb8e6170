import { createFeedbackChallenge } from '@/platform/security/proof-of-work'

// Every request gets a fresh, single-use challenge: never cached or prerendered.
export const dynamic = 'force-dynamic'

const NO_STORE = { 'Cache-Control': 'no-store' }

/** The proof-of-work challenge the feedback form's widget fetches (JSON, same origin). */
export async function GET() {
  try {
    return Response.json(await createFeedbackChallenge(), { headers: NO_STORE })
  } catch (error) {
    // Only a missing secret in production gets here; the widget shows its error text and the form
    // still posts (the message then goes to moderation).
    console.error('feedback-challenge:', error instanceof Error ? error.message : error)
    return Response.json({ error: 'challenge unavailable' }, { status: 503, headers: NO_STORE })
  }
}
