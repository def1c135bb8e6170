/** One hostile or malformed input, named so a failure says which one. */
export type TextCase = { name: string; value: string }
export type QueryCase = { name: string; query: string }
export type FileCase = { name: string; fileName: string; type: string; data: Uint8Array }
