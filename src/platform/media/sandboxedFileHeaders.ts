/**
 * Headers for a stored file as Payload serves it (upload.modifyResponseHeaders): whatever a file
 * turns out to hold, the browser runs nothing of it in our origin (`Content-Security-Policy:
 * sandbox`), never guesses another type, and with `download` saves it instead of opening it (what
 * residents send, read by staff signed in to the admin).
 */
export function sandboxedFileHeaders({ download }: { download: boolean }) {
  return ({ headers }: { headers: Headers }): Headers => {
    headers.set('Content-Security-Policy', 'sandbox')
    headers.set('X-Content-Type-Options', 'nosniff')
    if (download) headers.set('Content-Disposition', 'attachment')
    return headers
  }
}
