import type { AdminViewServerProps } from 'payload'
import { rolePermissions, type Grant, type Operation } from '@/features/accounts/server/role-permissions'
import { SECOND_FACTOR_ROLES } from '@/features/accounts/rules/second-factor-policy'
import { STAFF_ROLES } from '@/platform/access/roles'
import { AdminViewShell } from '@/platform/admin/ui/AdminViewShell'

const ROLE_NAMES = { admin: '管理员', editor: '编辑', reviewer: '审核员', handler: '留言办理员' } as const
const OPERATION_NAMES: Record<Operation, string> = { read: '查看', create: '新建', update: '修改', delete: '删除' }
const GRANT_TEXT: Record<Grant, string> = { all: '可以', some: '部分', none: '—' }

/** Admin view /admin/staff-roles: what each role may do, generated from the access rules in force. */
export async function StaffRolesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const rows = req.user ? await rolePermissions(req.payload) : []
  return (
    <AdminViewShell initPageResult={initPageResult} params={params} searchParams={searchParams} nav={[{ label: '各角色的权限' }]} title="各角色可以做什么">
      <p>
        本表由系统实际执行的访问规则生成，规则改变时本表随之改变。“部分”表示只限符合条件的记录，例如已发布的内容、本人的账户或本部门的留言；“—”表示不可。一个账户可同时拥有多个角色，权限取其合计。
      </p>
      <p>
        {SECOND_FACTOR_ROLES.map((role) => ROLE_NAMES[role]).join('、')}须设置动态验证码（两步验证）。发布内容须经另一人审核；留言的个人信息默认遮盖，查看时记入审计日志。
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table className="table" style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
          <caption style={{ textAlign: 'left', fontWeight: 'bold', padding: '0.5rem 0' }}>各栏目的操作权限（{rows.length} 个栏目）</caption>
          <thead>
            <tr>
              <th scope="col">栏目</th>
              {STAFF_ROLES.map((role) => (
                <th scope="col" key={role}>
                  {ROLE_NAMES[role]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.kind}:${row.slug}`} data-slug={row.slug}>
                <th scope="row" style={{ textAlign: 'left' }}>
                  {row.label}
                </th>
                {STAFF_ROLES.map((role) => (
                  <td key={role} data-role={role}>
                    {(Object.entries(row.grants[role]) as [Operation, Grant][]).map(([op, grant]) => (
                      <span key={op} style={{ display: 'inline-block', marginRight: '0.6rem', whiteSpace: 'nowrap' }}>
                        {OPERATION_NAMES[op]} {GRANT_TEXT[grant]}
                      </span>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminViewShell>
  )
}
