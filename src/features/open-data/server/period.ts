/** The months the figures cover, both ends included, as 'YYYY-MM' (the form of receivedMonth). */
export type Period = { from: string; to: string }
