type Siblings = { siblingData?: { startsAt?: string | Date | null } }

/** An event ends after it starts; no end is fine (the calendar file then assumes one hour). */
export const validateEndsAt = (value: unknown, { siblingData }: Siblings) => {
  if (!value || !siblingData?.startsAt) return true
  return new Date(value as string) > new Date(siblingData.startsAt) ? true : '结束时间必须晚于开始时间。'
}

/** Digits, spaces and hyphens, as printed: 028-86123456, 12320, 138 0000 0000. */
export const validateRegistrationPhone = (value: unknown) => {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && /^\+?[0-9][0-9 -]{2,28}[0-9]$/.test(value.trim()) ? true : '请填写电话号码，例如 028-86123456。'
}
