/** How a resident judges a reply; 满意 and 基本满意 count as satisfied in the open-data figures. */
export const RATINGS = [
  { value: 'satisfied', label: '满意' },
  { value: 'basically', label: '基本满意' },
  { value: 'unsatisfied', label: '不满意' },
] as const

export type Rating = (typeof RATINGS)[number]['value']

export function isRating(value: unknown): value is Rating {
  return RATINGS.some((rating) => rating.value === value)
}

export const ratingLabel = (value: unknown) => RATINGS.find((rating) => rating.value === value)?.label ?? ''
