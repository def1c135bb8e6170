export { GUIDE_PARTS, OPEN_GOVERNMENT_PAGES, type GuidePartName, type OpenGovernmentPageKey } from './guide-pages'
