import type { Access, PayloadRequest } from 'payload'

/** The answer form (a server action of ours) marks its request context; nobody else creates answers. */
export const USEFULNESS_FORM = 'usefulnessForm'

export const isUsefulnessForm = (req: PayloadRequest) => req.context?.[USEFULNESS_FORM] === true

export const usefulnessFormOnly: Access = ({ req }) => isUsefulnessForm(req)
