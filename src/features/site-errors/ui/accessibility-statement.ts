import { ERROR_REPORT_WORKING_DAYS } from '@/features/site-errors/rules'

/**
 * 无障碍声明: what is tested on every release (tests/e2e/, run in real Chromium before a build is
 * accepted), the problems known today and how to report one. Keep it true when the tests change.
 */
export const ACCESSIBILITY_STATEMENT = {
  reviewedOn: '2026-12-03',
  standard: '本网站以《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668-2019）和 WCAG 2.1 AA 级为目标。',
  tested: [
    '每个公开页面在真实浏览器（Chromium）中用 axe-core 自动检查，发现问题即不予发布新版本。',
    '每个公开页面在 360 像素宽的手机屏幕上检查，不出现横向滚动，长者模式（大字号）下同样检查。',
    '只用键盘可以完成浏览和填写表单：每页有“跳到正文”链接，获得焦点的元素有清楚的边框。',
    '留言、查询和网站找错等表单在关闭 JavaScript 的浏览器中也能提交并看到结果；填写有误时在字段旁用文字说明。',
    '页面的 HTML 经过有效性检查；图片有替代文字，图表下方附有数据表格。',
    '提供简体和繁体两种字形，以及放大字号、加大行距的长者模式。',
  ],
  known: [
    '服务网点地图只是补充，地图本身不便于读屏软件使用；请使用地图旁的文字列表，内容完全相同。',
    '部分早年的政策文件附件和宣传折页是扫描的 PDF，读屏软件可能无法朗读；需要文字版请通过下方方式告诉我们。',
    '工作人员使用的管理后台（非公开页面）登录页仍有 3 项中等程度的自动检查提示，正在改进。',
  ],
  report: `发现无障碍问题，请通过“网站找错”告诉我们，我们在 ${ERROR_REPORT_WORKING_DAYS} 个工作日内处理；也可以拨打 12320。需要某个文件的其他格式（如文字版），请写明文件名称。`,
} as const
