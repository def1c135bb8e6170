/** An error next to its field, announced with the field (aria-describedby points here). */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">错误：</span>
      {message}
    </p>
  )
}
