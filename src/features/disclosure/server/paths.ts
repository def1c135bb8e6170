/** The public addresses of the feature, once. */
export const APPLY_PATH = '/open-government/apply'
export const TRACK_PATH = '/open-government/apply/track'
export const RECEIPT_COOKIE = 'disclosure_receipt'
