/** A label in the admin: Chinese for staff, with the English that Payload shows in its other language. */
export const zh = (zh: string, en: string) => ({ zh, en })

/**
 * A collection's names in the admin. Chinese nouns have no plural, so the plural is the singular
 * unless given; the English plural adds an s unless given.
 */
export function collectionLabels(zhName: string, en: string, enPlural = `${en}s`, zhPlural = zhName) {
  return { singular: zh(zhName, en), plural: zh(zhPlural, enPlural) }
}

/** The admin navigation's groups, each collection and global in one. */
export const ADMIN_GROUPS = Object.freeze({
  content: zh('内容', 'Content'),
  stations: zh('服务网点', 'Service stations'),
  messages: zh('互动交流', 'Messages'),
  system: zh('系统', 'System'),
})
