import fs from 'node:fs'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { distanceMetres } from '@/features/stations/rules'
import { importStationCsv, previewStationCsv, stationDirectory } from '@/features/stations/server/import-stations'
import { parseStationFilters, type StationFilters } from '@/features/stations/server/station-list-query'
import { findStationByKey, loadStationOptions, searchStations, type StationOptions } from '@/features/stations/server/station-search'
import type { User } from '@/payload-types'
import { seedStationDirectory } from '@/seed/seed-stations'
import { rest } from './helpers/api-client'
import { createStaff, loginToken } from './helpers/staff-accounts'

let payload: Payload
let editor: User
let options: StationOptions
const FIXTURE = fs.readFileSync('tests/fixtures/stations-with-problems.csv', 'utf8')
const GOOD_KEYS = ['test-001', 'test-002', 'test-004', 'test-007', 'test-008']

// 2026-11-30 is a Monday. Beijing time is UTC+8.
const at = (beijing: string) => new Date(`${beijing}+08:00`)

const filters = (params: Record<string, string> = {}): StationFilters => parseStationFilters(params, options)

async function keysFor(params: Record<string, string>, now = at('2026-11-30T10:00:00')) {
  const result = await searchStations(payload, filters(params), options, { now, perPage: 50 })
  return result.items.map((item) => item.station.key).sort()
}

/** A station as staff would save it in the admin, with only the fields a test cares about changed. */
async function stationData(overrides: Record<string, unknown> = {}) {
  const directory = await stationDirectory(payload)
  return {
    key: 'manual-001',
    name: '手工录入的服务站',
    type: 'township-station' as const,
    district: directory.districtIds.get('jinjiang') as number,
    street: directory.districtIds.get('jinjiang-chunxilu') as number,
    address: '锦江区春熙路街道1号',
    lat: 30.655,
    lng: 104.08,
    slots: [{ weekday: '1' as const, opens: '09:00', closes: '17:00' }],
    lastVerifiedAt: '2026-11-01T04:00:00.000Z',
    _status: 'published' as const,
    ...overrides,
  }
}

async function refusal(data: Record<string, unknown>): Promise<string> {
  try {
    // As the system: these checks hold for any author, and only a second person may publish (issue 8).
    await payload.create({ collection: 'service-stations', data: (await stationData(data)) as never })
  } catch (error) {
    const errors = (error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []
    return errors.map((e) => e.message).join('；') || String(error)
  }
  throw new Error('the station was saved although it should have been refused')
}

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await createStaff(payload, 'editor@example.test', ['editor'])
  await createStaff(payload, 'handler@example.test', ['handler'])
  await seedStationDirectory(payload, { created: [], kept: [] })
  options = await loadStationOptions(payload)
})

describe('stations CSV import', () => {
  it('previews without saving: good rows with their action, bad rows by line', async () => {
    const preview = await previewStationCsv(payload, FIXTURE)
    expect(preview.rows.map((r) => [r.line, r.key, r.action])).toEqual([
      [2, 'test-001', 'create'],
      [3, 'test-002', 'create'],
      [5, 'test-004', 'create'],
      [9, 'test-007', 'create'],
      [10, 'test-008', 'create'],
    ])
    expect(await payload.count({ collection: 'service-stations', overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })

  it('imports the good rows and reports each bad row by line, in Chinese', async () => {
    const report = await importStationCsv(payload, FIXTURE, { publish: true })
    expect(report.outcomes.map((o) => o.key)).toEqual(GOOD_KEYS)
    expect(report).toMatchObject({ created: 5, updated: 0, failed: 0 })
    const messages = report.problems.map((p) => p.message)
    expect(report.problems.map((p) => p.line)).toEqual([4, 7, 8])
    expect(messages[0]).toBe('第 4 行（test-003）：区（市）县“火星区”不存在，请使用后台“区域”中的名称')
    expect(messages[1]).toMatch(/^第 7 行（test-005）：坐标 104\.052, 30\.692 不在成都市范围内（纬度和经度可能填反了）$/)
    expect(messages[2]).toMatch(/^第 8 行（test-006）：开放时间无法识别：.*周八/)
    expect(await payload.count({ collection: 'service-stations', where: { key: { in: ['test-003', 'test-005', 'test-006'] } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })

  it('stores what the file says, including quoted fields across lines and other spellings', async () => {
    const quoted = await findStationByKey(payload, 'test-004')
    expect(quoted?.name).toBe('簇桥街道服务站（含"流动人口"窗口）')
    expect(quoted?.accessibility).toBe('二楼，无电梯；\r\n可预约上门服务。')
    const hospital = await findStationByKey(payload, 'test-002')
    expect(hospital).toMatchObject({ type: 'partner-hospital', closedOnPublicHolidays: false, lat: 30.667, lng: 104.058 })
    expect(hospital?.phones?.map((p) => p.number)).toEqual(['028-86000002', '028-86000012'])
    expect(hospital?.lastVerifiedAt.slice(0, 10)).toBe('2026-11-02')
    expect((hospital?.services ?? []).map((s) => (typeof s === 'object' ? s.code : s))).toEqual(['reproductive-checkup', 'hiv-testing'])
    const street = await findStationByKey(payload, 'test-001')
    expect(typeof street?.street === 'object' && street.street?.name).toBe('春熙路街道')
    expect(street?.exceptions).toMatchObject([{ closed: true, note: '内部培训' }])
  })

  it('updates stations by key on a re-import instead of duplicating them', async () => {
    const changed = FIXTURE.replace('春熙路街道计划生育服务站', '春熙路街道计划生育服务站（新址）').replace('人民路1号', '人民路99号')
    const report = await importStationCsv(payload, changed, { publish: true })
    expect(report).toMatchObject({ created: 0, updated: 5, failed: 0 })
    const all = await payload.find({ collection: 'service-stations', where: { key: { equals: 'test-001' } }, overrideAccess: true })
    expect(all.totalDocs).toBe(1)
    expect(all.docs[0]).toMatchObject({ name: '春熙路街道计划生育服务站（新址）', address: '锦江区春熙路街道人民路99号' })
    expect((await payload.count({ collection: 'service-stations', overrideAccess: true })).totalDocs).toBe(5)
  })

  it('lets editors preview and import through the admin endpoints, and no one else', async () => {
    const editorToken = await loginToken('editor@example.test')
    const csv = FIXTURE.split('\r\n').filter((line, i) => i === 0 || line.startsWith('test-008')).join('\r\n')
    const preview = await rest('POST', '/service-stations/import/preview', { token: editorToken, body: { text: csv } })
    expect(preview.status).toBe(200)
    expect(preview.json.rows).toMatchObject([{ key: 'test-008', action: 'update' }])
    const uploaded = await rest('POST', '/service-stations/import/preview', {
      token: editorToken,
      body: { base64: Buffer.from(new TextEncoder().encode(FIXTURE)).toString('base64'), fileName: 'stations.csv' },
    })
    expect(uploaded.json.problems.map((p: { line: number }) => p.line)).toEqual([4, 7, 8])

    const anonymous = await rest('POST', '/service-stations/import', { body: { text: csv } })
    expect(anonymous).toMatchObject({ status: 401, json: { error: '请先登录后台。' } })
    const handler = await rest('POST', '/service-stations/import', { token: await loginToken('handler@example.test'), body: { text: csv } })
    expect(handler.status).toBe(403)

    const renamed = csv.replace('和美社区计生服务室', '和美社区计生服务室（草稿修改）')
    const imported = await rest('POST', '/service-stations/import', { token: editorToken, body: { text: renamed } })
    expect(imported.status).toBe(200)
    expect(imported.json).toMatchObject({ publish: false, updated: 1, created: 0 })
    // Without ?publish=1 the change waits as a draft: the public still sees the published name
    expect((await findStationByKey(payload, 'test-008'))?.name).toBe('和美社区计生服务室')
  })
})

describe('stations: the public list', () => {
  it('filters by district, street, service and type, alone and together', async () => {
    expect(await keysFor({})).toEqual(GOOD_KEYS)
    expect(await keysFor({ district: 'wuhou' })).toEqual(['test-004', 'test-008'])
    expect(await keysFor({ street: 'wuhou-yulin' })).toEqual(['test-008'])
    expect(await keysFor({ service: 'floating-population' })).toEqual(['test-004', 'test-008'])
    expect(await keysFor({ service: 'hiv-testing' })).toEqual(['test-002', 'test-007'])
    expect(await keysFor({ type: 'vct-point' })).toEqual(['test-007'])
    expect(await keysFor({ district: 'wuhou', service: 'floating-population', type: 'community-room' })).toEqual(['test-008'])
    expect(await keysFor({ district: 'chenghua', service: 'free-contraceptives' })).toEqual([])
  })

  it('ignores codes it does not know and a street outside the chosen district', async () => {
    expect(filters({ district: 'atlantis', service: 'nothing', type: 'castle', page: '-3' })).toMatchObject({ district: '', service: '', type: '', page: 1 })
    expect(filters({ district: 'jinjiang', street: 'wuhou-yulin' })).toMatchObject({ district: 'jinjiang', street: '' })
    expect(await keysFor({ district: 'jinjiang', street: 'wuhou-yulin' })).toEqual(['test-001'])
  })

  it('searches names, addresses, areas and phone numbers', async () => {
    expect(await keysFor({ q: '人民医院' })).toEqual(['test-002'])
    expect(await keysFor({ q: '育才路' })).toEqual(['test-004'])
    expect(await keysFor({ q: '猛追湾' })).toEqual(['test-007'])
    expect(await keysFor({ q: '86000008' })).toEqual(['test-008'])
    expect(await keysFor({ q: '100%' })).toEqual([])
  })

  it('keeps "open now" to stations open at that moment in Beijing time', async () => {
    // Monday 10:00: the weekday offices and the hospital
    expect(await keysFor({ open: '1' }, at('2026-11-30T10:00:00'))).toEqual(['test-001', 'test-002', 'test-004'])
    // Tuesday 10:00: the community room opens on Tuesdays; test-001 has a dated exception (training day)
    expect(await keysFor({ open: '1' }, at('2026-12-01T10:00:00'))).toEqual(['test-002', 'test-004', 'test-008'])
    // Tuesday 01:00: only the overnight testing point, open since Monday 20:00
    expect(await keysFor({ open: '1' }, at('2026-12-01T01:00:00'))).toEqual(['test-007'])
    // National Day: only the stations that stay open on public holidays
    expect(await keysFor({ open: '1' }, at('2026-10-01T10:00:00'))).toEqual(['test-002'])
    // Together with other filters
    expect(await keysFor({ open: '1', district: 'wuhou' }, at('2026-11-30T10:00:00'))).toEqual(['test-004'])
  })

  it('sees a change of opening hours at once, within the same minute', async () => {
    const monday = at('2026-11-30T10:00:30')
    expect(await keysFor({ open: '1', district: 'wuhou' }, monday)).toEqual(['test-004'])
    const room = (await payload.find({ collection: 'service-stations', where: { key: { equals: 'test-008' } }, overrideAccess: true })).docs[0]
    const slots = [...(room.slots ?? []), { weekday: '1' as const, opens: '09:30', closes: '11:00' }]
    // Published by the system: the reviewer rule (tests/int/publishing-review.int.spec.ts) is not what this tests.
    await payload.update({ collection: 'service-stations', id: room.id, data: { slots, _status: 'published' } })
    expect(await keysFor({ open: '1', district: 'wuhou' }, monday)).toEqual(['test-004', 'test-008'])
    await payload.update({ collection: 'service-stations', id: room.id, data: { slots: room.slots, _status: 'published' } })
    expect(await keysFor({ open: '1', district: 'wuhou' }, monday)).toEqual(['test-004'])
  })

  it('says for each station whether it is open and when that changes', async () => {
    const result = await searchStations(payload, filters({ district: 'chenghua' }), options, { now: at('2026-11-30T18:00:00') })
    expect(result.items[0].state).toMatchObject({ open: false, opensAt: { date: '2026-11-30', time: '20:00' } })
    expect(result.items[0].state.label).toBe('已关门，今天 20:00 开门')
  })

  it('sorts by distance from the visitor, with the distance, page after page', async () => {
    const near = { lat: 30.655, lng: 104.08 }
    const all = await searchStations(payload, filters({ near: '30.655,104.080' }), options, { perPage: 50 })
    const metres = all.items.map((item) => item.metres as number)
    expect(all.items[0].station.key).toBe('test-001')
    expect(metres[0]).toBeLessThan(1)
    expect(metres).toEqual([...metres].sort((a, b) => a - b))
    for (const item of all.items) expect(item.metres).toBeCloseTo(distanceMetres(near, item.station as { lat: number; lng: number }), 3)
    expect(all.totalDocs).toBe(5)

    // Two to a page: later pages need the search box widened and must continue the same order
    const pages = []
    for (const page of [1, 2, 3]) {
      const result = await searchStations(payload, filters({ near: '30.655,104.080', page: String(page) }), options, { perPage: 2 })
      expect(result.totalPages).toBe(3)
      pages.push(...result.items.map((item) => item.station.key))
    }
    expect(pages).toEqual(all.items.map((item) => item.station.key))
  })

  it('combines distance with "open now" and other filters', async () => {
    const result = await searchStations(payload, filters({ near: '30.609,104.030', open: '1' }), options, { now: at('2026-11-30T10:00:00') })
    expect(result.items.map((item) => item.station.key)).toEqual(['test-004', 'test-002', 'test-001'])
    expect(result.totalDocs).toBe(3)
  })

  it('ignores a position outside Chengdu', () => {
    expect(filters({ near: '39.904,116.407' }).near).toBeNull()
    expect(filters({ near: 'here' }).near).toBeNull()
    expect(filters({ near: '30.65712,104.06634' }).near).toEqual({ lat: 30.657, lng: 104.066 })
  })
})

describe('stations: drafts and checks', () => {
  it('never shows drafts to the public', async () => {
    const csv = `${FIXTURE.split('\r\n')[0]}\r\ndraft-001,尚未发布的服务站,township-station,锦江区,,锦江区草稿路1号,028-86009999,30.65,104.08,免费避孕药具,周一至周五 09:00-17:00,是,,,2026-11-20\r\n`
    const report = await importStationCsv(payload, csv, { user: editor })
    expect(report.created).toBe(1)
    expect(await findStationByKey(payload, 'draft-001')).toBeNull()
    expect(await keysFor({ q: '尚未发布' })).toEqual([])
    expect(await keysFor({ q: '尚未发布', open: '1' })).toEqual([])
    for (const path of ['/service-stations?limit=100', '/service-stations?draft=true&limit=100']) {
      const response = await rest('GET', path)
      expect(response.status).toBe(200)
      expect(response.json.docs.map((d: { key: string }) => d.key)).not.toContain('draft-001')
    }
    const staffView = await payload.find({ collection: 'service-stations', where: { key: { equals: 'draft-001' } }, draft: true, user: editor, overrideAccess: false })
    expect(staffView.totalDocs).toBe(1)
  })

  it('refuses impossible opening hours, coordinates and areas, saying why in Chinese', async () => {
    const overlap = await refusal({
      slots: [
        { weekday: '1', opens: '09:00', closes: '12:00' },
        { weekday: '1', opens: '11:00', closes: '17:00' },
      ],
    })
    expect(overlap).toContain('星期一 09:00–12:00 与 星期一 11:00–17:00 时间重叠')
    expect(await refusal({ slots: [{ weekday: '2', opens: '25:00', closes: '17:00' }] })).toContain('开门时间“25:00”无效')
    expect(await refusal({ lat: 104.08, lng: 30.655 })).toContain('纬度应在 30–31.5 之间（成都市范围），可能与经度填反了')
    expect(await refusal({ key: 'Bad Key' })).toContain('编号无效')
    const directory = await stationDirectory(payload)
    expect(await refusal({ street: directory.districtIds.get('wuhou-yulin') })).toBe('所选街道（乡镇）不属于锦江区')
    expect(await refusal({ district: directory.districtIds.get('wuhou-yulin'), street: null })).toBe('请选择区（市）县，而不是街道')
  })

  it('lets only content staff write stations and areas', async () => {
    const handler = (await payload.find({ collection: 'users', where: { email: { equals: 'handler@example.test' } } })).docs[0] as User
    await expect(payload.create({ collection: 'service-stations', data: (await stationData({ key: 'by-handler' })) as never, user: handler, overrideAccess: false })).rejects.toThrow()
    await expect(rest('POST', '/districts', { body: { name: '新区', code: 'new-area', kind: 'county' } })).resolves.toMatchObject({ status: 403 })
    // Editors write drafts; publishing is a reviewer's (issue 8).
    const saved = await payload.create({ collection: 'service-stations', data: (await stationData({ _status: 'draft' })) as never, draft: true, user: editor, overrideAccess: false })
    expect(saved).toMatchObject({ key: 'manual-001', searchText: expect.stringContaining('春熙路街道'), openingHours: { closedOnPublicHolidays: true } })
  })
})
