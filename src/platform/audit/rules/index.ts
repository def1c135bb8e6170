export { ANONYMOUS_ACTOR, AUDIT_ACTIONS, changeAction, type AuditAction } from './actions'
export { AUDIT_CSV_HEADER, AUDIT_EXPORT_MAX_ROWS, auditCsv, type AuditCsvEntry } from './audit-csv'
export { changedFields, fieldList } from './changed-fields'
