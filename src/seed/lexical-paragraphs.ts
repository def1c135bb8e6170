/** Rich text for demo content: one paragraph per string; a string starting with "- " joins a bullet list. */
const text = (value: string) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (value: string) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [text(value)] })
const list = (items: string[]) => ({
  type: 'list', listType: 'bullet', tag: 'ul', start: 1, format: '', indent: 0, version: 1, direction: 'ltr',
  children: items.map((item, i) => ({ type: 'listitem', value: i + 1, checked: undefined, format: '', indent: 0, version: 1, direction: 'ltr', children: [text(item)] })),
})

export function lexicalParagraphs(blocks: string[]) {
  const children: unknown[] = []
  let items: string[] = []
  const flush = () => {
    if (items.length) children.push(list(items))
    items = []
  }
  for (const block of blocks) {
    if (block.startsWith('- ')) items.push(block.slice(2))
    else {
      flush()
      children.push(paragraph(block))
    }
  }
  flush()
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children } } as never
}
