import type { Field } from 'payload'
import { zh } from '@/platform/admin/labels'

/** Image sizes as staff name them. */
const SIZE_NAMES: Record<string, ReturnType<typeof zh>> = {
  small: zh('小图', 'Small'),
  medium: zh('中图', 'Medium'),
  large: zh('大图', 'Large'),
}

const fileFields = (): Field[] => [
  { name: 'mimeType', type: 'text', label: zh('文件类型', 'MIME type') },
  { name: 'thumbnailURL', type: 'text', label: zh('缩略图地址', 'Thumbnail URL') },
]

/**
 * Chinese names for the fields Payload adds to an upload collection (it names them in English
 * only), merged by Payload with its own by name: nothing is added to the schema. `sizes`: the
 * collection's image sizes, whose generated groups get the same names.
 */
export function uploadFieldLabels(sizes: readonly string[] = []): Field[] {
  if (sizes.length === 0) return fileFields()
  return [
    ...fileFields(),
    {
      name: 'sizes',
      type: 'group',
      label: zh('尺寸', 'Sizes'),
      fields: sizes.map((size) => ({ name: size, type: 'group', label: SIZE_NAMES[size] ?? size, fields: [{ name: 'mimeType', type: 'text', label: zh('文件类型', 'MIME type') }] }) as Field),
    },
  ]
}
